// What the task pane and the ribbon commands say after a run: counts per severity, the issues
// grouped for the list, and the one-line result. Pure, so both front ends share it and the
// commands bundle stays free of React.

import { countBySeverity, type Issue, type Severity } from '../core/model/issue';
import type { SheetReport } from '../core/model/report';
import { format, type Messages } from '../i18n';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface Outcome {
  forms: number;
  errors: number;
  warnings: number;
  /** The first error in sheet order: where a user should look first. */
  firstError: Issue | null;
}

export function summarize(reports: SheetReport[]): Outcome {
  const issues = reports.flatMap((report) => report.issues);
  return {
    forms: reports.reduce((n, report) => n + report.forms.length, 0),
    ...countBySeverity(issues),
    firstError: issues.find((issue) => issue.severity === 'error') ?? null,
  };
}

export function issuesBySeverity(reports: SheetReport[]): Record<Severity, Issue[]> {
  const groups: Record<Severity, Issue[]> = { error: [], warning: [], info: [] };
  for (const issue of reports.flatMap((report) => report.issues)) groups[issue.severity].push(issue);
  return groups;
}

export type RunKind = 'recalculated' | 'validated';

export function outcomeMessage(kind: RunKind, outcome: Outcome, m: Messages): string {
  return format(m.ui[kind], { forms: outcome.forms, errors: outcome.errors, warnings: outcome.warnings });
}

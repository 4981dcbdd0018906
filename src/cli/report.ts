// How a file's results are printed: a table per workbook and the issues with their cells, or
// one JSON object (--json) in the shape documented in the README.

import { countBySeverity, sheetPrefix, type SheetReport } from '../core';
import { formColumns, formRows } from '../frontends/form-rows';
import { fileMessages } from '../i18n/files';
import type { Lang } from '../i18n';
import { format } from '../i18n';
import { table, truncate } from './width';

export interface FileReport {
  file: string;
  sheets: SheetReport[];
  /** The sheets as a recalculation would leave them, when asked for (a 汇总表's figures). */
  recalculated?: SheetReport[];
}

export function hasErrors(report: FileReport): boolean {
  return (
    report.sheets.some((s) => s.issues.some((i) => i.severity === 'error')) ||
    !report.sheets.some((s) => s.forms.length)
  );
}

export function toJson(report: FileReport): object {
  return {
    file: report.file,
    forms: report.sheets.flatMap((s) => s.forms),
    issues: report.sheets.flatMap((s) => s.issues),
  };
}

export function toText(report: FileReport, lang: Lang): string {
  const m = fileMessages(lang, 'cli');
  const forms = report.sheets.flatMap((s) => s.forms.map((f) => ({ f, issues: s.issues })));
  const issues = report.sheets
    .flatMap((s) => s.issues)
    // Info is shown where it tells the user something (a hidden sheet), not "no form here".
    .filter((i) => i.severity !== 'info' || i.code === 'HIDDEN_SHEET')
    .map(
      (i) =>
        `[${m.severity[i.severity]}] ${i.cell ? `${sheetPrefix(i.sheet)}!${i.cell}` : i.sheet} ${i.code} ${i.message}`,
    );
  // No form, but cells left unread (FAR_CELLS) may be where it is: say so too.
  if (!forms.length) return [format(m.cli.noForms, { file: report.file }), ...issues].join('\n');
  const rows = formRows(report.sheets).map(({ cells: [sheet, project, ...figures] }) => [
    truncate(sheet, 16),
    truncate(project, 24),
    ...figures,
  ]);
  const header = formColumns(m);
  const all = countBySeverity(report.sheets.flatMap((s) => s.issues));
  const summary = format(m.cli.summaryLine, {
    forms: forms.length,
    errors: all.errors,
    warnings: all.warnings,
  });
  return [`${m.cli.file}: ${report.file}`, table(header, rows), ...issues, summary].join('\n');
}

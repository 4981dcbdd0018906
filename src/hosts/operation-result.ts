// What an add-in host's operations return and how they shape it, the same in Excel and in WPS: the
// pane and the ribbon read one result whichever host is behind them. Pure.

import type { ChangeSet, Settings, SheetReport } from '../core';
import type { Lang } from '../i18n';

export interface OperationResult {
  reports: SheetReport[];
  /** Round trips to the host the operation took (Excel: syncs; WPS: calls into WPS). */
  syncs: number;
}

/** The settings the pane shows: the workbook's, and the language of this user's window. */
export type PaneSettings = Settings & { lang: Lang };

/** `force` from a button's options as a settings override (absent: the workbook's setting). */
export function forceOverride(options: { force?: boolean }): Partial<Settings> {
  return options.force === undefined ? {} : { force: options.force };
}

/** The reports of the sheets that hold a form; all of them when none does (so the pane can say
 * no form was found on any sheet). */
export function reportsWithForms(reports: SheetReport[]): SheetReport[] {
  const withForms = reports.filter((report) => report.forms.length > 0);
  return withForms.length ? withForms : reports;
}

/** How many cells `changes` writes a value or a fill to (an undo's "restored N cells"). */
export function cellsWritten(changes: ChangeSet): number {
  const cells = new Set<string>();
  for (const change of changes) {
    if (change.kind === 'value' || change.kind === 'fill') cells.add(`${change.sheet}!${change.cell}`);
  }
  return cells.size;
}

// recalculate: fills the computed cells of every form on the given sheets, highlights missing
// 偏差原因, clears highlights that no longer apply, and records how to undo it all.

import { applyToGrid } from './apply-to-grid';
import type { Change, ChangeSet } from '../model/change-set';
import { evaluateSheet, reportOf } from '../validate/check';
import { parseAddress, type Grid } from '../model/grid';
import { planHighlights } from './highlight';
import { planScores, planTotals } from './plan-values';
import type { SheetReport } from '../model/report';
import { withDefaults, type Settings } from '../model/settings';
import type { SheetView } from '../model/sheet-view';
import type { Highlight, WorkbookState } from '../model/state';

export interface Recalculation {
  changes: ChangeSet;
  state: WorkbookState;
  /** The sheets as they will be once the changes are applied. */
  reports: SheetReport[];
}

/** The change that puts a cell back as it is in `view` (value, number format, formula, fill). */
function inverse(view: SheetView, change: Change): Change | null {
  if (change.kind !== 'value' && change.kind !== 'fill') return null;
  const { row, col } = parseAddress(change.cell);
  if (change.kind === 'fill') return { ...change, color: view.fill(row, col) ?? null };
  const formula = view.formula(row, col);
  const before: Change = {
    kind: 'value',
    sheet: change.sheet,
    cell: change.cell,
    value: view.value(row, col),
    format: view.format(row, col),
  };
  return formula ? { ...before, formula } : before;
}

function recalculateSheet(grid: Grid, ledger: Highlight[], settings: Settings) {
  const first = evaluateSheet(grid, settings);
  const scores = first.evals.flatMap((e) => planScores(first.view, e, settings));
  // Each pass reads the sheet as the previous one leaves it; nothing written, nothing to re-read.
  const second = scores.length ? evaluateSheet(applyToGrid(grid, scores), settings) : first;
  const totals = second.evals.flatMap((e) => planTotals(second.view, e));
  const values = [...scores, ...totals];
  const final = totals.length ? evaluateSheet(applyToGrid(grid, values), settings) : second;
  const report = reportOf(final, settings);
  const highlights = planHighlights(final.view, report.issues, ledger);
  const changes = [...values, ...highlights.changes];
  const undo = changes.map((c) => inverse(first.view, c)).filter((c): c is Change => c !== null);
  return { changes, undo, ledger: highlights.ledger, report };
}

export function recalculate(
  grids: Grid[],
  state: WorkbookState,
  settings?: Partial<Settings>,
): Recalculation {
  const s = withDefaults({ ...state.settings, ...settings });
  const sheets = new Set(grids.map((g) => g.sheet));
  let ledger = state.highlights.filter((h) => !sheets.has(h.sheet));
  const changes: Change[] = [];
  const undo: Change[] = [];
  const reports: SheetReport[] = [];
  for (const grid of grids) {
    const result = recalculateSheet(grid, state.highlights, s);
    changes.push(...result.changes);
    undo.push(...result.undo);
    ledger = ledger.concat(result.ledger);
    reports.push(result.report);
  }
  const next: WorkbookState = {
    ...state,
    highlights: ledger,
    undo: changes.length ? { changes: undo, highlights: state.highlights } : state.undo,
  };
  return { changes, state: next, reports };
}

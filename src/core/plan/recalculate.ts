// recalculate: fills the computed cells of every form on the given sheets, highlights missing
// 偏差原因, clears highlights that no longer apply, and records how to undo it all. One pass: each
// sheet is recognised once and each form evaluated once; the report of the sheet as it will be is
// derived from the same forms and the planned values. Where formulas of the user's read the cells
// it writes (a 总分 =SUM over the 得分 it fills), their new results are planned too, and the
// sheets they change are reported as a check of the written sheet reads them.

import { messages, type Messages } from '../../i18n';
import type { Change, ChangeSet } from '../model/change-set';
import { parseAddress, type Grid } from '../model/grid';
import type { SheetReport } from '../model/report';
import { resolveSettings, storedAfter, type Settings } from '../model/settings';
import type { SheetView } from '../model/sheet-view';
import { byName, scoresOn, type Highlight, type WorkbookState, type WrittenScores } from '../model/state';
import { evaluateSheet } from '../score/evaluate-sheet';
import { refreshFormulas } from './formula-results';
import { applyToGrid } from './grid-after';
import { planHighlights, type FillAt } from './highlight';
import { planForm } from './plan-values';
import { reportOfSheet } from './protected-sheet';

export interface Recalculation {
  changes: ChangeSet;
  state: WorkbookState;
  /** The sheets as they will be once the changes are applied. */
  reports: SheetReport[];
  /** Formulas of the user's in computed cells replaced by values (only with `force`). */
  formulasReplaced: number;
  /** A file written from `changes` should have its formulas recalculated when next opened: one
   * reads a written cell and its new result could not be computed (or stands on a sheet never
   * written), or one reads cells no parse can follow (INDIRECT, a name the workbook does not
   * define). */
  calculateOnOpen: boolean;
}

/** A cell whose fill the highlight plan consults. */
export interface FillCell {
  sheet: string;
  cell: string;
}

/**
 * A recalculation planned up to its highlights. A host that reads fills with the sheet passes
 * nothing to `finish`; one that cannot (Excel below ExcelApi 1.9) reads the fills of `fillCells`
 * and passes them, and nothing is recognised or evaluated again.
 */
export interface RecalculationDraft {
  fillCells: FillCell[];
  finish(fills?: FillAt): Recalculation;
}

interface SheetDraft {
  view: SheetView;
  values: Change[];
  /** New results of formulas the writes change (`result` changes). */
  results: Change[];
  formulasReplaced: number;
  report: SheetReport;
  writable: boolean;
  /** The 得分 SelfEval's scores will fill once the values are written, by address. */
  scores: Map<string, number>;
}

/** The change that puts a cell back as it is in `view` (value, number format, formula, fill). */
function inverse(view: SheetView, change: Change, fillAt: FillAt): Change | null {
  if (change.kind !== 'value' && change.kind !== 'fill' && change.kind !== 'result') return null;
  const { row, col } = parseAddress(change.cell);
  if (change.kind === 'fill') return { ...change, color: fillAt(change.sheet, change.cell) ?? null };
  if (change.kind === 'result') return { ...change, value: view.value(row, col) };
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

function draftSheet(grid: Grid, settings: Settings, m: Messages, written: Map<string, number>): SheetDraft {
  const { view, evals } = evaluateSheet(grid, settings, written);
  // A hidden sheet is checked, never written: it may be an old copy kept out of sight. Its report
  // says so (HIDDEN_SHEET), so its forms' errors still stand between the user and "0 errors".
  const writable = !grid.protected && !grid.hidden;
  const planned = grid.hidden ? [] : evals.map((e) => planForm(view, e, settings));
  const plans = writable ? planned : [];
  const after = writable ? plans.map((p) => p.after) : evals;
  const sheet = reportOfSheet(grid, after, () => planned, settings, m);
  return {
    view,
    values: plans.flatMap((p) => p.changes),
    results: [],
    formulasReplaced: plans.reduce((n, p) => n + p.formulasReplaced, 0),
    report: sheet,
    writable,
    // Unwritten sheets keep the ledger they had.
    scores: writable
      ? new Map(plans.flatMap((p) => p.scores.map((w) => [w.cell, w.value] as const)))
      : written,
  };
}

/** Plans the new results of the formulas the drafts' writes change, on the sheets those writes
 * go to, and reports those sheets as they will read. Other sheets are never written (domain.md
 * §4): a formula there that reads a written cell (a 汇总 sheet's =自评表!G13) is left to the
 * spreadsheet, which recalculates it on opening. Returns whether the book should be. */
function withFormulaResults(drafts: SheetDraft[], grids: Grid[], settings: Settings, m: Messages): boolean {
  const writes = drafts.filter((d) => d.writable).flatMap((d) => d.values);
  const refresh = refreshFormulas(grids, writes);
  let calculateOnOpen = refresh.calculateOnOpen;
  const bySheet = new Map(drafts.map((d) => [d.view.grid.sheet, d]));
  for (const change of refresh.changes) {
    const d = change.kind === 'result' ? bySheet.get(change.sheet) : undefined;
    if (d?.writable && d.values.length) d.results.push(change);
    else calculateOnOpen = true;
  }
  for (const d of drafts) {
    if (!d.results.length) continue;
    const after = applyToGrid(d.view.grid, [...d.values, ...d.results]);
    d.report = reportOfSheet(after, evaluateSheet(after, settings, d.scores).evals, () => [], settings, m);
  }
  return calculateOnOpen;
}

/** The fill a cell has in its sheet's grid (undefined when the host could not read fills). */
function gridFills(drafts: SheetDraft[]): FillAt {
  const views = new Map(drafts.map((d) => [d.view.grid.sheet, d.view]));
  return (sheet, cell) => {
    const { row, col } = parseAddress(cell);
    return views.get(sheet)?.fill(row, col);
  };
}

/**
 * Plans a recalculation of `grids` (each sheet once). Settings: resolveSettings(the workbook's
 * stored ones, `overrides`). Messages default to Chinese.
 */
export function draftRecalculation(
  grids: Grid[],
  state: WorkbookState,
  overrides?: Partial<Settings>,
  m: Messages = messages('zh-CN'),
): RecalculationDraft {
  const settings = resolveSettings(state.settings, overrides);
  const drafts = grids.map((g) => draftSheet(g, settings, m, scoresOn(state, g.sheet)));
  const writable = new Set(drafts.filter((d) => d.writable).map((d) => d.view.grid.sheet));
  const calculateOnOpen = withFormulaResults(drafts, grids, settings, m);
  const fillCells: FillCell[] = [];
  const seen = new Set<string>();
  const consult = (sheet: string, cell: string) => {
    if (seen.has(`${sheet}!${cell}`)) return;
    seen.add(`${sheet}!${cell}`);
    fillCells.push({ sheet, cell });
  };
  for (const d of drafts) {
    if (!d.writable) continue;
    for (const i of d.report.issues) if (i.code === 'MISSING_REASON') consult(i.sheet, i.cell);
  }
  for (const h of state.highlights) if (writable.has(h.sheet)) consult(h.sheet, h.cell);

  return {
    fillCells,
    finish(fills) {
      const fillAt = fills ?? gridFills(drafts);
      // The ledger of sheets not recalculated (or not writable) stays as it is.
      let ledger: Highlight[] = state.highlights.filter((h) => !writable.has(h.sheet));
      const changes: Change[] = [];
      const undo: Change[] = [];
      for (const d of drafts) {
        if (!d.writable) continue;
        const highlights = planHighlights(d.view.grid.sheet, d.report.issues, state.highlights, fillAt);
        const sheetChanges = [...d.values, ...d.results, ...highlights.changes];
        for (const c of sheetChanges) changes.push(c);
        for (const c of sheetChanges) {
          const back = inverse(d.view, c, fillAt);
          if (back) undo.push(back);
        }
        ledger = ledger.concat(highlights.ledger);
      }
      const scores = writtenAfter(state, drafts);
      const next: WorkbookState = {
        ...state,
        settings: storedAfter(state.settings, overrides),
        highlights: ledger,
        ...(Object.keys(scores).length || state.scores ? { scores } : {}),
        undo: changes.length ? undoRecord(undo, state) : state.undo,
      };
      return {
        changes,
        state: next,
        reports: drafts.map((d) => d.report),
        formulasReplaced: drafts.reduce((n, d) => n + d.formulasReplaced, 0),
        calculateOnOpen,
      };
    },
  };
}

/** The WrittenScores after a recalculation: the recalculated sheets' from their plans, the
 * others' as they were. */
function writtenAfter(state: WorkbookState, drafts: SheetDraft[]): WrittenScores {
  const drafted = new Set(drafts.map((d) => d.view.grid.sheet));
  const out = byName<Record<string, number>>();
  const before = state.scores ?? {};
  for (const sheet of Object.keys(before)) if (!drafted.has(sheet)) out[sheet] = before[sheet];
  for (const d of drafts) {
    if (!d.scores.size) continue;
    const cells = byName<number>();
    d.scores.forEach((value, cell) => (cells[cell] = value));
    out[d.view.grid.sheet] = cells;
  }
  return out;
}

/** What an undo puts back: the cells, the highlight ledger and the written scores as they were. */
function undoRecord(changes: Change[], state: WorkbookState): NonNullable<WorkbookState['undo']> {
  const record = { changes, highlights: state.highlights };
  return state.scores ? { ...record, scores: state.scores } : record;
}

/** Recalculates `grids` in one go (hosts whose grids carry fills). */
export function recalculate(
  grids: Grid[],
  state: WorkbookState,
  overrides?: Partial<Settings>,
  m?: Messages,
): Recalculation {
  return draftRecalculation(grids, state, overrides, m).finish();
}

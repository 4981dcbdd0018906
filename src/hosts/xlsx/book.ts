// A workbook package held in memory, checked and recalculated through the file layer: the one
// code path of the command line and the offline page (no Node APIs, no ExcelJS). A recalculated
// package is the original patched with the planned cells, so both write the same bytes.

import {
  asRecalculated,
  check,
  recalculate,
  recogniseDeclarations,
  resolveSettings,
  sameState,
  namesStateSheet,
  undo,
  type Grid,
  type Recalculation,
  type SheetReport,
  type Settings,
  type WorkbookState,
} from '../../core';
import { SheetView } from '../../core/model/sheet-view';
import { recognise } from '../../core/recognise/self-evaluation';
import type { Messages } from '../../i18n';
import { cellsWritten } from '../operation-result';
import { patchWorkbook, type WorkbookFile } from '../../xlsx';

/** A package's bytes and what the file layer read from them. */
export interface OpenedBook {
  bytes: Uint8Array;
  book: WorkbookFile;
}

/**
 * The grids of the sheets a person works on: visible ones, and with `hidden` the hidden and very
 * hidden ones too (marked, so their report says so: a form out of sight is still no form to send
 * unchecked); never SelfEval's state sheet (a sheet the user named `_selfeval` is theirs: checked).
 */
export function gridsOf(book: WorkbookFile, options: { hidden?: boolean } = {}): Grid[] {
  return book.sheets
    .filter((s) => s.visibility === 'visible' || options.hidden)
    .filter((s) => !(book.stateSheet && namesStateSheet(s.name)))
    .map((s) => ({
      ...s.grid,
      ...(s.visibility !== 'visible' ? { hidden: true } : {}),
      ...(s.protected ? { protected: true } : {}),
    }));
}

/** Whether a workbook holds a 绩效自评表 or a 目标申报表 on any sheet (hidden ones included): a
 * person's work, which a new workbook written over the file would replace. */
export function holdsForms(book: WorkbookFile): boolean {
  // Recognised only: whether forms are there, not what is wrong with them (check would score
  // and validate every form of the file about to be refused).
  return gridsOf(book, { hidden: true }).some((g) => {
    const view = new SheetView(g);
    return recognise(view).length > 0 || recogniseDeclarations(view).length > 0;
  });
}

/** The reports of `grids`, with the workbook's stored settings under the caller's `overrides`
 * (and its ledger of the 得分 SelfEval wrote). */
export function checkGrids(
  grids: Grid[],
  stored: WorkbookState,
  overrides?: Partial<Settings>,
  m?: Messages,
): SheetReport[] {
  const settings = resolveSettings(stored.settings, overrides);
  return grids.map((g) => check(g, settings, m, stored));
}

/** The state goes into the workbook when it is not the one `stored` there: the recalculation
 * changed cells (its undo record), or settings given to it are kept (--rounding down on a form
 * already right: a later check without it must score the workbook alike). */
export function writesState(result: Recalculation, stored: WorkbookState): boolean {
  return result.changes.length > 0 || !sameState(result.state, stored);
}

/** Every sheet's report, hidden sheets included (and said so), with the workbook's stored
 * settings under the caller's `overrides`. */
export function checkBook(opened: OpenedBook, overrides?: Partial<Settings>, m?: Messages): SheetReport[] {
  return checkGrids(gridsOf(opened.book, { hidden: true }), opened.book.state, overrides, m);
}

/** What a 汇总表 needs of a workbook: its sheets' reports as they are (their issues), and as a
 * recalculation would leave them (their figures). */
export function summaryReports(
  opened: OpenedBook,
  overrides?: Partial<Settings>,
  m?: Messages,
): { reports: SheetReport[]; recalculated: SheetReport[] } {
  const grids = gridsOf(opened.book, { hidden: true });
  const { state } = opened.book;
  return {
    reports: checkGrids(grids, state, overrides, m),
    recalculated: asRecalculated(grids, state, overrides, m),
  };
}

/**
 * Recalculates the visible sheets (hidden ones are checked, not written, and said so) and returns the result with the bytes of the workbook as it will
 * be: the original package patched with the changes (and the state, when anything changed or the
 * workbook keeps one). `stateNotKept` says why a state to be written was not: a sheet of the
 * user's has its name (`taken`, see isStateSheet: no state is written into the user's sheet), the
 * workbook's structure is protected and it has no state sheet yet (`locked`), or the state
 * sheet holds a state this version cannot read (`unreadable`: a newer version's, or damaged).
 */
export function recalculateBook(
  opened: OpenedBook,
  overrides?: Partial<Settings>,
  m?: Messages,
): { result: Recalculation; bytes: Uint8Array; stateNotKept: 'unreadable' | 'taken' | 'locked' | null } {
  const { book } = opened;
  const result = recalculate(gridsOf(book, { hidden: true }), book.state, overrides, m);
  const ours = book.stateSheet;
  const taken = !ours && book.sheets.some((s) => namesStateSheet(s.name));
  const wanted = writesState(result, book.state);
  const why = !wanted
    ? null
    : book.stateUnreadable
      ? 'unreadable'
      : taken
        ? 'taken'
        : !ours && book.structureLocked
          ? 'locked'
          : null;
  const state = wanted && !why ? result.state : undefined;
  return {
    result,
    bytes: patchWorkbook(opened.bytes, result.changes, state, ours, result.calculateOnOpen),
    stateNotKept: why,
  };
}

/**
 * 撤销上次计算 on a file: the bytes of the workbook with the last recalculation's record replayed
 * backwards (every value, format and fill it wrote put back, its highlights and the 得分 ledger as
 * before), the record then gone; `restored` counts the cells. Nothing to undo (no record, or a
 * state this version cannot read): `nothing` says which, and no bytes. A protected sheet the
 * record would write: `blocked` names it, no bytes (as the add-ins refuse it).
 */
export function undoBook(opened: OpenedBook): {
  bytes: Uint8Array | null;
  restored: number;
  nothing?: 'none' | 'unreadable';
  blocked?: string;
} {
  const { book } = opened;
  if (book.stateUnreadable) return { bytes: null, restored: 0, nothing: 'unreadable' };
  if (!book.state.undo) return { bytes: null, restored: 0, nothing: 'none' };
  const { changes, state } = undo(book.state);
  const sheets = new Map(book.sheets.map((s) => [s.name, s]));
  const blocked = [...new Set(changes.map((c) => c.sheet))].find((name) => sheets.get(name)?.protected);
  if (blocked) return { bytes: null, restored: 0, blocked };
  // A sheet deleted since cannot be restored; the rest is.
  const restorable = changes.filter((c) => sheets.has(c.sheet));
  // Values put back may feed the user's formulas: Excel and WPS recalculate on opening.
  const calculate = restorable.some((c) => c.kind === 'value');
  return {
    bytes: patchWorkbook(opened.bytes, restorable, state, book.stateSheet, calculate),
    restored: cellsWritten(restorable),
  };
}

// WorkbookState: what SelfEval remembers inside the workbook, so it travels with the file and
// every host sees the same: the settings, the highlights it set (with the fill each cell had
// before, so a cell's own fill is never lost), and the undo record of the last recalculation.
// Hosts keep it as JSON in a very hidden worksheet named STATE_SHEET (see isStateSheet), column A, in chunks of
// STATE_CHUNK characters (a cell holds at most 32,767).

import type { Change } from './change-set';
import type { Settings } from './settings';

export const STATE_SHEET = '_selfeval';

/** Whether a sheet's name is STATE_SHEET's as Excel and WPS compare names: without regard to
 * case (a user's `_SELFEVAL` is the name SelfEval would add; two such sheets make Excel repair the
 * file, and LibreOffice renames one). */
export function namesStateSheet(name: string): boolean {
  return name.toLowerCase() === STATE_SHEET;
}

/** How a sheet is shown: SelfEval makes its state sheet very hidden (not listed by 取消隐藏). */
export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/**
 * Whether a sheet is SelfEval's state sheet: STATE_SHEET's name, and very hidden as SelfEval makes
 * it, or hidden and holding a state (`chunks`, its column A, read only then): LibreOffice keeps a
 * very hidden sheet but saves it as hidden, and the settings, highlights and undo must survive
 * that. Any other sheet of that name is the user's: checked like any other and never written (the state is then not kept, as when the workbook's structure is protected).
 */
export function isStateSheet(name: string, visibility: SheetVisibility, chunks: () => string[]): boolean {
  if (!namesStateSheet(name) || visibility === 'visible') return false;
  return visibility === 'veryHidden' || stateOf(chunks().join('')) !== null;
}
export const STATE_CHUNK = 30000;

export interface Highlight {
  sheet: string;
  cell: string;
  /** The fill the cell had before we highlighted it ('#RRGGBB'), null for none. */
  previousFill: string | null;
}

export interface WorkbookState {
  version: 1;
  settings?: Partial<Settings>;
  highlights: Highlight[];
  /** What restores the workbook to before the last recalculation. */
  undo?: UndoRecord;
}

export interface UndoRecord {
  /** Changes that put back what the last recalculation overwrote (values, formats, fills). */
  changes: Change[];
  /** The highlight ledger as it was before. */
  highlights: Highlight[];
}

export function emptyState(): WorkbookState {
  return { version: 1, highlights: [] };
}

/** The state a JSON text holds, or null when it holds none (empty, junk, another version). */
function stateOf(json: string): WorkbookState | null {
  if (!json.trim()) return null;
  try {
    const parsed = JSON.parse(json) as Partial<WorkbookState> | null;
    if (parsed?.version !== 1 || !Array.isArray(parsed.highlights)) return null;
    return { version: 1, settings: parsed.settings, highlights: parsed.highlights, undo: parsed.undo };
  } catch {
    return null;
  }
}

/** Reads the state from the chunks a host found in the state sheet; junk gives an empty state. */
export function parseState(chunks: string[]): WorkbookState {
  return readState(chunks).state;
}

/** The state the chunks hold (an empty one when they hold none), read once, and whether they
 * hold text that is no state this version reads (`unreadable`: written by a newer version, or
 * damaged). Such a state is never written over (its highlights' own fills and its settings would
 * be lost for good); the workbook is worked with default settings meanwhile. */
export function readState(chunks: string[]): { state: WorkbookState; unreadable: boolean } {
  const json = chunks.join('');
  const state = stateOf(json);
  return { state: state ?? emptyState(), unreadable: !state && json.trim() !== '' };
}

/** Whether two states would be written alike (a host writes a state only when it is not the one
 * stored: nothing else of the workbook changes). */
export function sameState(a: WorkbookState, b: WorkbookState): boolean {
  return JSON.stringify(serializeState(a)) === JSON.stringify(serializeState(b));
}

/** The chunks a host writes into column A of the state sheet, top to bottom. */
export function serializeState(state: WorkbookState): string[] {
  const json = JSON.stringify(state);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += STATE_CHUNK) chunks.push(json.slice(i, i + STATE_CHUNK));
  return chunks.length ? chunks : ['{}'];
}

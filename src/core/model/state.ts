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

/**
 * The indicator 得分 SelfEval wrote, by sheet and then cell address ('G9'), with the number it
 * wrote. While a cell still holds that number, the score is SelfEval's, not one the user typed:
 * the next recalculation scores the row again from what it holds then (an actual corrected since,
 * another rounding mode), where a typed score is kept (domain.md §4). A number typed over it makes
 * the cell the user's. Kept by sheet to keep the state small (a 40-form workbook holds ~500).
 */
export type WrittenScores = Record<string, Record<string, number>>;

export interface WorkbookState {
  version: 1;
  settings?: Partial<Settings>;
  highlights: Highlight[];
  /** The 得分 SelfEval wrote and the cells still hold (absent in states of earlier versions). */
  scores?: WrittenScores;
  /** What restores the workbook to before the last recalculation. */
  undo?: UndoRecord;
}

export interface UndoRecord {
  /** Changes that put back what the last recalculation overwrote (values, formats, fills). */
  changes: Change[];
  /** The highlight ledger as it was before. */
  highlights: Highlight[];
  /** The written scores as they were before. */
  scores?: WrittenScores;
}

export function emptyState(): WorkbookState {
  return { version: 1, highlights: [] };
}

/** An object without a prototype: sheet names are the user's ('__proto__' is one Excel allows). */
export function byName<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** The written scores a stored state holds; entries of any other shape are dropped (a damaged
 * entry must not make a typed score SelfEval's). */
function writtenScores(stored: unknown): WrittenScores | undefined {
  if (!isRecord(stored)) return undefined;
  const out = byName<Record<string, number>>();
  for (const sheet of Object.keys(stored)) {
    const cells = stored[sheet];
    if (!isRecord(cells)) continue;
    const kept = byName<number>();
    for (const cell of Object.keys(cells)) {
      const value = cells[cell];
      if (typeof value === 'number' && /^[A-Z]{1,3}[1-9][0-9]*$/.test(cell)) kept[cell] = value;
    }
    if (Object.keys(kept).length) out[sheet] = kept;
  }
  return out;
}

/** The scores SelfEval wrote on `sheet` that its cells may still hold, by cell address ('G9'). */
export function scoresOn(
  state: Pick<WorkbookState, 'scores'> | undefined,
  sheet: string,
): Map<string, number> {
  const scores = state?.scores;
  const cells = scores && Object.prototype.hasOwnProperty.call(scores, sheet) ? scores[sheet] : undefined;
  const out = new Map<string, number>();
  if (cells) for (const cell of Object.keys(cells)) out.set(cell, cells[cell]);
  return out;
}

/** The state a JSON text holds, or null when it holds none (empty, junk, another version). */
function stateOf(json: string): WorkbookState | null {
  if (!json.trim()) return null;
  try {
    const parsed = JSON.parse(json) as Partial<WorkbookState> | null;
    if (parsed?.version !== 1 || !Array.isArray(parsed.highlights)) return null;
    const scores = writtenScores(parsed.scores);
    return {
      version: 1,
      settings: parsed.settings,
      highlights: parsed.highlights,
      ...(scores ? { scores } : {}),
      undo: parsed.undo,
    };
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

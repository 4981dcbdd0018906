// ChangeSet: plain operations a host applies in one batch. The core plans them; a host only
// translates them (Office.js or ExcelJS). Cell and range addresses are A1 without the sheet name.

import type { CellValue } from './grid';

export type HorizontalAlign = 'left' | 'center' | 'right';
export type VerticalAlign = 'top' | 'middle' | 'bottom';

export interface CellStyle {
  bold?: boolean;
  fontSize?: number;
  fontName?: string;
  wrap?: boolean;
  horizontal?: HorizontalAlign;
  vertical?: VerticalAlign;
  /** Thin borders on every edge of every cell of the range. */
  border?: boolean;
  /** '#RRGGBB' or null to clear. */
  fill?: string | null;
  /** Shown as a link: blue and underlined, as Excel shows a HYPERLINK a user types. */
  link?: boolean;
}

/** The font colour of a link (Excel's Hyperlink cell style, Office theme since 2013). */
export const LINK_COLOR = '#0563C1';

export interface PageSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit all columns on one page wide. */
  fitToWidth: boolean;
  printArea?: string;
  /** Rows repeated at the top of every printed page, e.g. '1:2'. */
  printTitleRows?: string;
  /** Margins in inches. */
  margins?: { left: number; right: number; top: number; bottom: number };
  horizontallyCentered?: boolean;
}

export type Change =
  /** Write a value; `format` (a number format) is applied before the value; `formula` (e.g.
   * '=SUM(G13:G20)', only ever restored by an undo) replaces `value` when given. */
  | { kind: 'value'; sheet: string; cell: string; value: CellValue; format?: string; formula?: string }
  /** A formula's new cached result, the formula kept (a file's: Excel and WPS recalculate as they
   * write and skip it); null: no result known, the spreadsheet computes it when it opens the file. */
  | { kind: 'result'; sheet: string; cell: string; value: CellValue }
  /** Set ('#RRGGBB') or clear (null) the fill of one cell. */
  | { kind: 'fill'; sheet: string; cell: string; color: string | null }
  /** Select a cell (activating its sheet). */
  | { kind: 'select'; sheet: string; cell: string }
  /** Add a worksheet (the template) and activate it. */
  | { kind: 'addSheet'; sheet: string }
  | { kind: 'merge'; sheet: string; range: string }
  | { kind: 'style'; sheet: string; range: string; style: CellStyle }
  /** Column width in characters of the default font (Excel's unit). */
  | { kind: 'columnWidth'; sheet: string; column: string; width: number }
  /** Row height in points. */
  | { kind: 'rowHeight'; sheet: string; row: number; height: number }
  /** An in-cell dropdown list; hosts without data validation skip it. */
  | { kind: 'validation'; sheet: string; range: string; list: string[] }
  | { kind: 'pageSetup'; sheet: string; setup: PageSetup };

export type ChangeSet = Change[];

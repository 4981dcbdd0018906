// Where things are in a worksheet part's text, for patching: each <row> and <c> with its source
// offsets, each cell's style, formula and attributes, <sheetData> itself, and the default styles
// a new cell inherits (its row's, else its column's).

import { refColumn, refRow } from './cell-ref';
import { WorkbookFormatError } from './errors';
import { MAIN_NS } from './namespaces';
import { attr, prefixOf, scanXml, tagStart, type XmlTag } from './xml';

/** An element's source span: [start, end) of the whole element; `openEnd` just past its open
 * tag; `closeStart` at its close tag (equal to `end` for a self-closing element). */
export interface Span {
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
}

export interface ScannedFormula {
  /** 'shared', 'array', 'dataTable' or undefined for a normal formula. */
  type?: string;
  si?: string;
  ref?: string;
  text: string;
  span: Span;
}

export interface ScannedCell extends Span {
  row: number;
  col: number;
  /** The open tag's attributes as written (qualified name → decoded value), in order. */
  attributes: [string, string][];
  style: number;
  formula?: ScannedFormula;
  /** The cell's own <extLst>, kept as written when the cell is rewritten. */
  extLst?: string;
}

export interface ScannedRow extends Span {
  row: number;
  /** The row's default style (`s` with customFormat="1"), the style of its new cells. */
  style?: number;
  cells: ScannedCell[];
}

export interface SheetScan {
  /** The prefix (with ':') of <sheetData>'s elements: new rows and cells are written with it. */
  prefix: string;
  sheetData: Span;
  rows: ScannedRow[];
  colStyles: { min: number; max: number; style: number }[];
}

const TRUE = new Set(['1', 'true']);

function openSpan(text: string, end: number, tag: XmlTag): Span {
  const start = tagStart(text, end);
  return { start, openEnd: end, closeStart: tag.isSelfClosing ? end : -1, end };
}

function close(span: Span, text: string, end: number): void {
  if (span.closeStart < 0) span.closeStart = tagStart(text, end);
  span.end = end;
}

const NO_ATTRIBUTES: [string, string][] = [];

/**
 * Scans a worksheet part for patching; `part` names it in errors. With `written`, the rows the
 * patch writes to: other rows' cells are kept only when they take part in a shared formula (a
 * master may hand its formula to one), so that a sheet of a million cells is not held cell by
 * cell to write a dozen.
 */
export function scanSheet(text: string, part: string, written?: ReadonlySet<number>): SheetScan {
  let sheetData: Span | null = null;
  let prefix = '';
  const rows: ScannedRow[] = [];
  const colStyles: SheetScan['colStyles'] = [];
  let row: ScannedRow | null = null;
  let cell: ScannedCell | null = null;
  let formula: ScannedFormula | null = null;
  let extStart = -1;
  let rowIndex = -1;
  let colIndex = -1;
  scanXml(text, part, {
    open(tag, end) {
      if (!MAIN_NS.includes(tag.uri)) return;
      switch (tag.local) {
        case 'sheetData':
          sheetData = openSpan(text, end, tag);
          prefix = prefixOf(tag);
          return;
        case 'row': {
          const r = attr(tag, 'r');
          rowIndex = r ? Number(r) - 1 : rowIndex + 1;
          colIndex = -1;
          const s = attr(tag, 's');
          const style = s && TRUE.has(attr(tag, 'customFormat') ?? '') ? Number(s) : undefined;
          // Fields written out, not spread from openSpan: a sheet may hold a million rows.
          const start = tagStart(text, end);
          const closeStart = tag.isSelfClosing ? end : -1;
          row = { start, openEnd: end, closeStart, end, row: rowIndex, style, cells: [] };
          rows.push(row);
          return;
        }
        case 'c': {
          const r = attr(tag, 'r');
          colIndex = r ? refColumn(r) : colIndex + 1;
          if (r && refRow(r) >= 0) rowIndex = refRow(r);
          const kept = !written || written.has(rowIndex);
          const start = tagStart(text, end);
          cell = {
            start,
            openEnd: end,
            closeStart: tag.isSelfClosing ? end : -1,
            end,
            row: rowIndex,
            col: colIndex,
            attributes: kept ? Object.entries(tag.attributes) : NO_ATTRIBUTES,
            style: Number(attr(tag, 's') ?? 0),
          };
          if (kept) row?.cells.push(cell);
          return;
        }
        case 'f':
          // A cell of a row not written joins its row only for a shared formula.
          if (cell && written && !written.has(cell.row) && attr(tag, 't') === 'shared') row?.cells.push(cell);
          if (cell)
            formula = {
              type: attr(tag, 't'),
              si: attr(tag, 'si'),
              ref: attr(tag, 'ref'),
              text: '',
              span: openSpan(text, end, tag),
            };
          return;
        case 'extLst':
          if (cell) extStart = tagStart(text, end);
          return;
        case 'col': {
          const s = attr(tag, 'style');
          if (s && s !== '0')
            colStyles.push({
              min: Number(attr(tag, 'min')) - 1,
              max: Number(attr(tag, 'max')) - 1,
              style: Number(s),
            });
          return;
        }
      }
    },
    close(tag, end) {
      if (!MAIN_NS.includes(tag.uri)) return;
      switch (tag.local) {
        case 'sheetData':
          if (sheetData) close(sheetData, text, end);
          return;
        case 'row':
          if (row) close(row, text, end);
          row = null;
          return;
        case 'c':
          if (cell) close(cell, text, end);
          cell = null;
          return;
        case 'f':
          if (cell && formula) {
            close(formula.span, text, end);
            cell.formula = formula;
          }
          formula = null;
          return;
        case 'extLst':
          if (cell && extStart >= 0) cell.extLst = text.slice(extStart, end);
          extStart = -1;
          return;
      }
    },
    text(t) {
      if (formula) formula.text += t;
    },
  });
  if (!sheetData) throw new WorkbookFormatError(`${part}: a worksheet without <sheetData>`);
  return { prefix, sheetData, rows, colStyles };
}

/** The style a new cell at (row, col) starts from: its row's default, else its column's, else 0. */
export function defaultStyle(scan: SheetScan, row: ScannedRow | undefined, col: number): number {
  if (row?.style !== undefined) return row.style;
  return scan.colStyles.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
}

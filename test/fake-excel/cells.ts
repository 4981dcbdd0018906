// One cell as Office.js sees it, read from and written to an ExcelJS cell: merged cells other than
// the top-left hold '', dates are serial numbers, formulas show their cached result in `values`.
// ExcelJS shares one style object between cells that had the same style in the file, so every
// style write replaces the cell's style object instead of mutating it.

import type { Cell, Fill, Style } from 'exceljs';
import { displayText } from './number-format';

export type OfficeValue = string | number | boolean;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86400000;

export function isMergedAway(cell: Cell): boolean {
  return cell.master !== cell;
}

function plain(value: unknown): OfficeValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return plain(v.result);
    if ('error' in v) return String(v.error);
    if ('text' in v) return plain(v.text);
  }
  return String(value);
}

export function cellValue(cell: Cell | undefined): OfficeValue {
  if (!cell || isMergedAway(cell)) return '';
  return plain(cell.value);
}

export function cellFormula(cell: Cell | undefined): OfficeValue {
  if (cell && !isMergedAway(cell) && cell.formula) return `=${cell.formula}`;
  return cellValue(cell);
}

export function cellNumberFormat(cell: Cell | undefined): string {
  return cell?.numFmt || 'General';
}

export function cellText(cell: Cell | undefined): string {
  return displayText(cellValue(cell), cellNumberFormat(cell));
}

/** Excel reports an unfilled cell as white with pattern 'None'. */
export function cellFill(cell: Cell | undefined): { color: string; pattern: string } {
  const fill = cell?.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none' || !fill.fgColor?.argb) {
    return { color: '#FFFFFF', pattern: 'None' };
  }
  return { color: `#${fill.fgColor.argb.slice(-6).toUpperCase()}`, pattern: 'Solid' };
}

export function solidFill(color: string | null): Fill {
  if (color === null) return { type: 'pattern', pattern: 'none' };
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${toHex(color)}` } };
}

const NAMED_COLORS: Record<string, string> = {
  white: 'FFFFFF',
  black: '000000',
  red: 'FF0000',
  yellow: 'FFFF00',
  orange: 'FFA500',
  green: '008000',
  blue: '0000FF',
};

function toHex(color: string): string {
  const named = NAMED_COLORS[color.toLowerCase()];
  if (named) return named;
  const hex = color.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new Error(`not a colour: ${color}`);
  return hex;
}

export function restyle(cell: Cell, patch: Partial<Style>): void {
  cell.style = { ...cell.style, ...patch };
}

/** Writing through Range.values: '' clears, '=…' is a formula, a leading apostrophe makes the
 * rest text (and is not part of the value), numeric text becomes a number.
 * A merged cell other than the top-left keeps what is written out of sight in Excel; ExcelJS would
 * pass it on to the top-left cell instead, so the fake drops it. */
export function writeValue(cell: Cell, value: OfficeValue | null): void {
  if (isMergedAway(cell)) return;
  if (value === null || value === '') cell.value = null;
  else if (typeof value === 'string' && value.startsWith("'")) cell.value = value.slice(1);
  else if (typeof value === 'string' && value.startsWith('=')) cell.value = { formula: value.slice(1) };
  else if (typeof value === 'string' && cell.numFmt !== '@' && /^-?\d+(\.\d+)?$/.test(value.trim())) {
    cell.value = Number(value);
  } else cell.value = value;
}

export function writeNumberFormat(cell: Cell, format: string): void {
  restyle(cell, { numFmt: format === 'General' ? undefined : format });
}

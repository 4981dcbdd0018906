// Range: values, text, number formats and formulas of an area, its format, merging and selection.
// Writes to a protected sheet fail the batch (AccessDenied) as in Excel.

import type { Cell, Worksheet } from 'exceljs';
import type { Area } from '../../src/core/model/grid';
import { cellsOf, localAddress, qualifiedAddress } from './address';
import {
  cellFill,
  cellFormula,
  cellNumberFormat,
  cellText,
  cellValue,
  writeNumberFormat,
  writeValue,
  type OfficeValue,
} from './cells';
import { FakeClientObject, FakeClientResult } from './client-object';
import { FakeDataValidation } from './data-validation';
import { FakeOfficeError, protectedSheet } from './errors';
import { FakeRangeAreas } from './range-areas';
import { FakeRangeFormat } from './range-format';
import { isProtected, mergedAreas } from './sheet';

export interface RangeTarget {
  sheet: Worksheet;
  area: Area;
}

/** More cells than this in one read or per-cell write is a bug in the caller, not a workload. */
const MAX_CELLS = 1_000_000;

export function readMatrix<V>(
  target: RangeTarget,
  read: (cell: Cell | undefined, row: number, col: number) => V,
): V[][] {
  const { sheet, area } = target;
  if (cellsOf(area) > MAX_CELLS) {
    throw new FakeOfficeError('InvalidArgument', 'The range is too large to read.', 'Range.load');
  }
  const rows: V[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: V[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(read(sheet.findCell(r + 1, c + 1), r, c));
    rows.push(row);
  }
  return rows;
}

/** Runs `write` on every cell of a writable range, creating cells as needed. */
export function writeCells(target: RangeTarget, write: (cell: Cell, r: number, c: number) => void): void {
  const { sheet, area } = target;
  if (isProtected(sheet)) throw protectedSheet(sheet.name);
  if (cellsOf(area) > MAX_CELLS) {
    throw new FakeOfficeError('InvalidArgument', 'The range is too large to write cell by cell.', 'Range');
  }
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++)
      write(sheet.getCell(r + 1, c + 1), r - area.top, c - area.left);
  }
}

/** Office.js takes a 2-D array of the range's size, or one value for every cell. */
function inputAt<V>(input: V | V[][], area: Area, r: number, c: number): V {
  if (!Array.isArray(input)) return input;
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
      'Range',
    );
  }
  return input[r][c];
}

export interface CellPropertiesLoadOptions {
  address?: boolean;
  format?: {
    fill?: { color?: boolean; pattern?: boolean };
    font?: { bold?: boolean; name?: boolean; size?: boolean };
  };
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'Range';
  protected readonly scalarNames = [
    'address',
    'addressLocal',
    'values',
    'text',
    'numberFormat',
    'formulas',
    'rowIndex',
    'columnIndex',
    'rowCount',
    'columnCount',
    'cellCount',
  ];
  private formatObject?: FakeRangeFormat;
  private validationObject?: FakeDataValidation;

  get address(): string {
    return this.get('address');
  }
  get addressLocal(): string {
    return this.get('addressLocal');
  }
  get text(): string[][] {
    return this.get('text');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }

  get values(): OfficeValue[][] {
    return this.get('values');
  }
  set values(input: OfficeValue[][]) {
    this.set('values', input, (t) =>
      writeCells(t, (cell, r, c) => writeValue(cell, inputAt(input, t.area, r, c))),
    );
  }

  get formulas(): OfficeValue[][] {
    return this.get('formulas');
  }
  set formulas(input: OfficeValue[][]) {
    this.set('formulas', input, (t) =>
      writeCells(t, (cell, r, c) => writeValue(cell, inputAt(input, t.area, r, c))),
    );
  }

  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(input: string[][]) {
    this.set('numberFormat', input, (t) =>
      writeCells(t, (cell, r, c) => writeNumberFormat(cell, inputAt(input, t.area, r, c))),
    );
  }

  get format(): FakeRangeFormat {
    this.formatObject ??= new FakeRangeFormat(this.context, () => this.current(), 'derived');
    return this.formatObject;
  }

  /** ExcelApi 1.8. */
  get dataValidation(): FakeDataValidation {
    this.context.host.requires('1.8', 'Range.dataValidation');
    this.validationObject ??= new FakeDataValidation(this.context, () => this.current(), 'derived');
    return this.validationObject;
  }

  protected read(name: string, t: RangeTarget): unknown {
    const { sheet, area } = t;
    switch (name) {
      case 'address':
        return qualifiedAddress(sheet.name, area);
      case 'addressLocal':
        return localAddress(area);
      case 'values':
        return readMatrix(t, cellValue);
      case 'text':
        return readMatrix(t, cellText);
      case 'numberFormat':
        return readMatrix(t, cellNumberFormat);
      case 'formulas':
        return readMatrix(t, cellFormula);
      case 'rowIndex':
        return area.top;
      case 'columnIndex':
        return area.left;
      case 'rowCount':
        return area.bottom - area.top + 1;
      case 'columnCount':
        return area.right - area.left + 1;
      default:
        return cellsOf(area);
    }
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'format') return this.format as FakeClientObject<unknown>;
    if (name === 'dataValidation') return this.dataValidation as FakeClientObject<unknown>;
    return undefined;
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(
      this.context,
      this.child((t) => {
        const r = t.area.top + row;
        const c = t.area.left + column;
        return { sheet: t.sheet, area: { top: r, left: c, bottom: r, right: c } };
      }),
    );
  }

  /** ExcelApi 1.13; a null object when no merged area touches the range. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.host.requires('1.13', 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(
      this.context,
      this.child((t) => {
        const areas = mergedAreas(t);
        return areas.length ? { sheet: t.sheet, areas } : null;
      }),
      'pathOrNull',
    );
  }

  /** ExcelApi 1.9: per-cell properties in one call (here the fill and font). */
  getCellProperties(options: CellPropertiesLoadOptions): FakeClientResult<Record<string, unknown>[][]> {
    this.context.host.requires('1.9', 'Range.getCellProperties');
    const cells = this.child((t) => t);
    return new FakeClientResult(this.context, () => {
      const t = cells();
      if (!t) return [];
      return readMatrix(t, (cell, r, c) => {
        const props: Record<string, unknown> = {};
        if (options.address)
          props.address = qualifiedAddress(t.sheet.name, { top: r, left: c, bottom: r, right: c });
        const fillAsked = options.format?.fill;
        const fontAsked = options.format?.font;
        const format: Record<string, unknown> = {};
        if (fillAsked) {
          const fill = cellFill(cell);
          format.fill = {
            ...(fillAsked.color ? { color: fill.color } : {}),
            ...(fillAsked.pattern ? { pattern: fill.pattern } : {}),
          };
        }
        if (fontAsked) {
          const font = cell?.font ?? {};
          format.font = {
            ...(fontAsked.bold ? { bold: Boolean(font.bold) } : {}),
            ...(fontAsked.name ? { name: font.name ?? 'Calibri' } : {}),
            ...(fontAsked.size ? { size: font.size ?? 11 } : {}),
          };
        }
        if (options.format) props.format = format;
        return props;
      });
    });
  }

  /** ExcelApi 1.2. */
  merge(across = false): void {
    this.context.host.requires('1.2', 'Range.merge');
    this.queueWrite((t) => {
      if (isProtected(t.sheet)) throw protectedSheet(t.sheet.name);
      const { top, left, bottom, right } = t.area;
      if (!across) t.sheet.mergeCells(top + 1, left + 1, bottom + 1, right + 1);
      else for (let r = top; r <= bottom; r++) t.sheet.mergeCells(r + 1, left + 1, r + 1, right + 1);
    });
  }

  /** ExcelApi 1.2. */
  unmerge(): void {
    this.context.host.requires('1.2', 'Range.unmerge');
    this.queueWrite((t) => {
      if (isProtected(t.sheet)) throw protectedSheet(t.sheet.name);
      for (const area of mergedAreas(t))
        t.sheet.unMergeCells(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
    });
  }

  /** Selects the range, activating its sheet. */
  select(): void {
    this.queueWrite((t) => {
      this.context.host.activate(t.sheet);
      this.context.host.selection = { sheet: t.sheet.name, address: localAddress(t.area) };
    });
  }
}

// Range as ET exposes it, over an ExcelJS sheet: Value2 (rows of values for several cells, one
// value for one; dates as serials; empty cells undefined), Formula, Text, NumberFormat,
// MergeCells / MergeArea / Merge, Interior (BGR colours), Font, Borders, alignment, WrapText,
// ColumnWidth / RowHeight, Validation, Select. A multi-cell read of a per-cell property gives null
// when the cells differ. Writing to a protected sheet throws, as does Select on a sheet that is not
// active and a Value2 array of the wrong shape.

import type { Cell, Worksheet } from 'exceljs';
import type { Area } from '../../src/core/model/grid';
import { cellsOf, localAddress } from '../fake-excel/address';
import {
  cellFill,
  cellFormula,
  cellNumberFormat,
  cellText,
  cellValue,
  restyle,
  solidFill,
  writeNumberFormat,
  writeValue,
} from '../fake-excel/cells';
import { isProtected, mergedAreas } from '../fake-excel/sheet';
import { hexOfBgr, bgrOf } from '../../src/hosts/wps/et';
import { EtObject } from './counter';
import { EtError, type FakeEtHost } from './host';

type EtValue = string | number | boolean | undefined;

/** More cells than this in one read is a bug in the caller (a whole column read), not a workload. */
const MAX_READ = 100_000;

const XL_NONE = -4142;
const XL_SOLID = 1;
const XL_UNDERLINE_SINGLE = 2;
const ALIGN_IN = {
  [-4131]: 'left',
  [-4108]: 'center',
  [-4152]: 'right',
  [-4160]: 'top',
  [-4107]: 'bottom',
} as const;

function absolute(area: Area): string {
  return localAddress(area)
    .split(':')
    .map((part) =>
      part.replace(/^([A-Z]*)(\d*)$/, (_, c: string, r: string) => (c ? `$${c}` : '') + (r ? `$${r}` : '')),
    )
    .join(':');
}

/** One value when every item agrees, else null (undefined-free). */
function shared<T>(items: T[]): T | null {
  return items.every((v) => v === items[0]) ? items[0] : null;
}

export class FakeEtRange extends EtObject {
  override readonly etType = 'Range';

  constructor(
    readonly host: FakeEtHost,
    readonly sheet: Worksheet,
    readonly area: Area,
  ) {
    super();
  }

  /** Every cell of the range (the fake's own helper, not ET's). */
  cells(): (Cell | undefined)[] {
    if (cellsOf(this.area) > MAX_READ) throw new EtError('Range', `too large to read: ${this.Address}`);
    const out: (Cell | undefined)[] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++)
      for (let c = this.area.left; c <= this.area.right; c++) out.push(this.sheet.findCell(r + 1, c + 1));
    return out;
  }

  private matrix<T>(read: (cell: Cell | undefined) => T): T[][] {
    const rows: T[][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      const row: T[] = [];
      for (let c = this.area.left; c <= this.area.right; c++)
        row.push(read(this.sheet.findCell(r + 1, c + 1)));
      rows.push(row);
    }
    return rows;
  }

  private single(): boolean {
    return this.area.top === this.area.bottom && this.area.left === this.area.right;
  }

  /** Runs `write` on every cell, creating cells; a protected sheet refuses. */
  writeEach(member: string, write: (cell: Cell, r: number, c: number) => void): void {
    if (isProtected(this.sheet)) throw new EtError(member, `sheet ${this.sheet.name} is protected`);
    if (cellsOf(this.area) > MAX_READ)
      throw new EtError(member, `too large to write cell by cell: ${this.Address}`);
    for (let r = this.area.top; r <= this.area.bottom; r++)
      for (let c = this.area.left; c <= this.area.right; c++)
        write(this.sheet.getCell(r + 1, c + 1), r - this.area.top, c - this.area.left);
  }

  private writeInput<V>(member: string, input: V | V[][], write: (cell: Cell, value: V) => void): void {
    const rows = this.area.bottom - this.area.top + 1;
    const cols = this.area.right - this.area.left + 1;
    if (
      Array.isArray(input) &&
      (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols))
    )
      throw new EtError(member, `the array is not ${rows}×${cols}`);
    this.writeEach(member, (cell, r, c) => write(cell, Array.isArray(input) ? input[r][c] : input));
  }

  get Address(): string {
    return absolute(this.area);
  }

  get Row(): number {
    return this.area.top + 1;
  }

  get Column(): number {
    return this.area.left + 1;
  }

  get Value2(): EtValue | EtValue[][] {
    this.cells();
    const rows = this.matrix((cell): EtValue => {
      const v = cellValue(cell);
      return v === '' && (cell?.value === null || cell?.value === undefined || cell.master !== cell)
        ? undefined
        : v;
    });
    return this.single() ? rows[0][0] : rows;
  }

  set Value2(input: EtValue | null | EtValue[][]) {
    this.writeInput('Range.Value2', input, (cell, v) => writeValue(cell, v ?? null));
  }

  get Formula(): string | string[][] {
    this.cells();
    const rows = this.matrix((cell) => String(cellFormula(cell)));
    return this.single() ? rows[0][0] : rows;
  }

  set Formula(input: string | string[][]) {
    this.writeInput('Range.Formula', input, (cell, v) => writeValue(cell, v));
  }

  get Text(): string | null {
    return shared(this.cells().map(cellText));
  }

  get NumberFormat(): string | null {
    return shared(this.cells().map(cellNumberFormat));
  }

  set NumberFormat(format: string | null) {
    if (typeof format !== 'string') throw new EtError('Range.NumberFormat', 'a format is text');
    this.writeEach('Range.NumberFormat', (cell) => writeNumberFormat(cell, format));
  }

  get MergeCells(): boolean | null {
    return shared(this.cells().map((cell) => Boolean(cell?.isMerged)));
  }

  get MergeArea(): FakeEtRange {
    if (!this.single()) throw new EtError('Range.MergeArea', 'works on one cell only');
    const [area] = mergedAreas({ sheet: this.sheet, area: this.area });
    return area ? new FakeEtRange(this.host, this.sheet, area) : this;
  }

  Merge(): void {
    if (isProtected(this.sheet)) throw new EtError('Range.Merge', `sheet ${this.sheet.name} is protected`);
    const { top, left, bottom, right } = this.area;
    this.sheet.mergeCells(top + 1, left + 1, bottom + 1, right + 1);
  }

  get Interior(): FakeEtInterior {
    return new FakeEtInterior(this);
  }

  get Font(): FakeEtFont {
    return new FakeEtFont(this);
  }

  get Borders(): FakeEtBorders {
    return new FakeEtBorders(this);
  }

  get Validation(): FakeEtValidation {
    return new FakeEtValidation(this);
  }

  get WrapText(): boolean | null {
    return shared(this.cells().map((cell) => Boolean(cell?.alignment?.wrapText)));
  }

  set WrapText(wrap: boolean | null) {
    this.writeEach('Range.WrapText', (cell) =>
      restyle(cell, { alignment: { ...cell.alignment, wrapText: Boolean(wrap) } }),
    );
  }

  private align(member: string, key: 'horizontal' | 'vertical', value: number | null): void {
    const named = ALIGN_IN[value as keyof typeof ALIGN_IN];
    if (!named) throw new EtError(member, `not an alignment: ${value}`);
    const mapped = key === 'vertical' && named === 'center' ? 'middle' : named;
    this.writeEach(member, (cell) => restyle(cell, { alignment: { ...cell.alignment, [key]: mapped } }));
  }

  get HorizontalAlignment(): number | null {
    return null;
  }

  set HorizontalAlignment(value: number | null) {
    this.align('Range.HorizontalAlignment', 'horizontal', value);
  }

  get VerticalAlignment(): number | null {
    return null;
  }

  set VerticalAlignment(value: number | null) {
    this.align('Range.VerticalAlignment', 'vertical', value);
  }

  get ColumnWidth(): number | null {
    return this.sheet.getColumn(this.area.left + 1).width ?? null;
  }

  /** Characters of the default font, for every column of the range. */
  set ColumnWidth(width: number | null) {
    if (isProtected(this.sheet))
      throw new EtError('Range.ColumnWidth', `sheet ${this.sheet.name} is protected`);
    for (let c = this.area.left; c <= this.area.right; c++) this.sheet.getColumn(c + 1).width = Number(width);
  }

  get RowHeight(): number | null {
    return this.sheet.getRow(this.area.top + 1).height ?? null;
  }

  set RowHeight(height: number | null) {
    if (isProtected(this.sheet))
      throw new EtError('Range.RowHeight', `sheet ${this.sheet.name} is protected`);
    if (this.area.bottom - this.area.top > 1000) throw new EtError('Range.RowHeight', 'too many rows');
    for (let r = this.area.top; r <= this.area.bottom; r++) this.sheet.getRow(r + 1).height = Number(height);
  }

  /**
   * The last cell holding a value, by rows or by columns: Find('*', , xlValues, xlPart, xlByRows
   * or xlByColumns, xlPrevious), the one search the adapter makes; null (Nothing) when none.
   */
  Find(
    what: string,
    _after: unknown,
    lookIn: number,
    lookAt: number,
    order: number,
    direction: number,
  ): FakeEtRange | null {
    if (what !== '*' || lookIn !== -4163 || lookAt !== 2 || (order !== 1 && order !== 2) || direction !== 2)
      throw new EtError('Range.Find', 'the fake finds only the last value (*, xlValues, xlPart, xlPrevious)');
    let last: { r: number; c: number } | null = null;
    for (let r = this.area.top; r <= this.area.bottom; r++)
      for (let c = this.area.left; c <= this.area.right; c++) {
        const cell = this.sheet.findCell(r + 1, c + 1);
        if (cell === undefined || cell.value === null || cell.value === undefined || cell.master !== cell)
          continue;
        const later =
          !last ||
          (order === 1
            ? r > last.r || (r === last.r && c > last.c)
            : c > last.c || (c === last.c && r > last.r));
        if (later) last = { r, c };
      }
    return last
      ? new FakeEtRange(this.host, this.sheet, { top: last.r, left: last.c, bottom: last.r, right: last.c })
      : null;
  }

  Select(): void {
    if (this.host.activeName !== this.sheet.name)
      throw new EtError('Range.Select', `sheet ${this.sheet.name} is not the active sheet`);
    this.host.selection = { sheet: this.sheet.name, address: localAddress(this.area) };
  }
}

export class FakeEtInterior extends EtObject {
  override readonly etType = 'Interior';

  constructor(private readonly range: FakeEtRange) {
    super();
  }

  /** BGR; an unfilled cell reads as white (16777215). */
  get Color(): number | null {
    return shared(this.range.cells().map((cell) => bgrOf(cellFill(cell).color)));
  }

  set Color(bgr: number | null) {
    if (typeof bgr !== 'number' || !Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff)
      throw new EtError('Interior.Color', `not a BGR colour: ${String(bgr)}`);
    this.range.writeEach('Interior.Color', (cell) => restyle(cell, { fill: solidFill(hexOfBgr(bgr)) }));
  }

  get Pattern(): number | null {
    return shared(this.range.cells().map((cell) => (cellFill(cell).pattern === 'None' ? XL_NONE : XL_SOLID)));
  }

  set Pattern(pattern: number | null) {
    if (pattern !== XL_NONE && pattern !== XL_SOLID)
      throw new EtError('Interior.Pattern', `unsupported: ${pattern}`);
    this.range.writeEach('Interior.Pattern', (cell) => {
      if (pattern === XL_NONE) restyle(cell, { fill: solidFill(null) });
      else if (cellFill(cell).pattern === 'None') restyle(cell, { fill: solidFill('#FFFFFF') });
    });
  }
}

export class FakeEtFont extends EtObject {
  override readonly etType = 'Font';

  constructor(private readonly range: FakeEtRange) {
    super();
  }

  private set(member: string, patch: Record<string, unknown>): void {
    this.range.writeEach(`Font.${member}`, (cell) => restyle(cell, { font: { ...cell.font, ...patch } }));
  }

  get Bold(): boolean | null {
    return shared(this.range.cells().map((cell) => Boolean(cell?.font?.bold)));
  }

  set Bold(bold: boolean | null) {
    this.set('Bold', { bold: Boolean(bold) });
  }

  get Size(): number | null {
    return shared(this.range.cells().map((cell) => cell?.font?.size ?? 11));
  }

  set Size(size: number | null) {
    this.set('Size', { size: Number(size) });
  }

  get Name(): string | null {
    return shared(this.range.cells().map((cell) => cell?.font?.name ?? '宋体'));
  }

  set Name(name: string | null) {
    this.set('Name', { name: String(name) });
  }

  get Color(): number | null {
    return shared(
      this.range.cells().map((cell) => bgrOf(`#${(cell?.font?.color?.argb ?? 'FF000000').slice(2)}`)),
    );
  }

  set Color(bgr: number | null) {
    if (typeof bgr !== 'number' || !Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff)
      throw new EtError('Font.Color', `not a BGR colour: ${String(bgr)}`);
    this.set('Color', { color: { argb: `FF${hexOfBgr(bgr).slice(1)}` } });
  }

  get Underline(): number | null {
    return shared(this.range.cells().map((cell) => (cell?.font?.underline ? XL_UNDERLINE_SINGLE : XL_NONE)));
  }

  /** xlUnderlineStyleSingle (2) or xlUnderlineStyleNone (-4142). */
  set Underline(style: number | null) {
    if (style !== XL_UNDERLINE_SINGLE && style !== XL_NONE)
      throw new EtError('Font.Underline', `unsupported: ${style}`);
    this.set('Underline', { underline: style === XL_UNDERLINE_SINGLE });
  }
}

export class FakeEtBorders extends EtObject {
  override readonly etType = 'Borders';

  constructor(private readonly range: FakeEtRange) {
    super();
  }

  get LineStyle(): number | null {
    return shared(this.range.cells().map((cell) => (cell?.border?.top?.style ? 1 : XL_NONE)));
  }

  /** xlContinuous (1): a thin line on every edge of every cell of the range. */
  set LineStyle(style: number | null) {
    if (style !== 1) throw new EtError('Borders.LineStyle', `unsupported: ${style}`);
    const thin = { style: 'thin' as const };
    this.range.writeEach('Borders.LineStyle', (cell) =>
      restyle(cell, { border: { top: thin, bottom: thin, left: thin, right: thin } }),
    );
  }

  get Weight(): number | null {
    return shared(this.range.cells().map((cell) => (cell?.border?.top?.style === 'thin' ? 2 : null)));
  }

  /** xlThin (2) only: the lines set by LineStyle are thin already. */
  set Weight(weight: number | null) {
    if (weight !== 2) throw new EtError('Borders.Weight', `unsupported: ${weight}`);
    this.range.writeEach('Borders.Weight', () => undefined);
  }
}

export class FakeEtValidation extends EtObject {
  override readonly etType = 'Validation';

  constructor(private readonly range: FakeEtRange) {
    super();
  }

  Delete(): void {
    this.range.writeEach('Validation.Delete', (cell) => {
      (
        this.range.sheet as Worksheet & { dataValidations: { remove(a: string): void } }
      ).dataValidations.remove(cell.address);
    });
  }

  /** Lists only (xlValidateList = 3, comma-separated items); a range that has one must be Deleted first. */
  Add(type: number, _alertStyle?: number, _operator?: number, formula1?: string): void {
    if (type !== 3 || !formula1) throw new EtError('Validation.Add', `unsupported validation: ${type}`);
    this.range.writeEach('Validation.Add', (cell) => {
      if (cell.dataValidation) throw new EtError('Validation.Add', `${cell.address} has a validation`);
      cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${formula1}"`] };
    });
  }
}

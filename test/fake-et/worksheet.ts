// Worksheets, Worksheet and PageSetup as ET exposes them. Item takes a 1-based index or a name and
// throws for anything else; Add makes the new sheet active and throws when the workbook's
// structure is protected; Visible is xlSheetVisible (-1), xlSheetHidden (0), xlSheetVeryHidden (2);
// UsedRange is $A$1 on an empty sheet.

import type { Cell, Worksheet } from 'exceljs';
import type { Area } from '../../src/core/model/grid';
import { parseRangeAddress } from '../fake-excel/address';
import { isProtected, usedArea } from '../fake-excel/sheet';
import { EtObject } from './counter';
import { EtError, type FakeEtHost } from './host';
import { FakeEtRange } from './range';

/** `area` grown to every cell that has a fill, border or number format of its own. */
function formattedArea(sheet: Worksheet, area: Area | null): Area | null {
  let out = area;
  const rows = (sheet as unknown as { _rows: ({ _cells: (Cell | undefined)[] } | undefined)[] })._rows;
  rows.forEach((row, r) =>
    row?._cells.forEach((cell, c) => {
      const style = cell?.style;
      if (!style || !(style.fill || style.border || style.numFmt)) return;
      out = out
        ? {
            top: Math.min(out.top, r),
            left: Math.min(out.left, c),
            bottom: Math.max(out.bottom, r),
            right: Math.max(out.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    }),
  );
  return out;
}

const VISIBLE = { visible: -1, hidden: 0, veryHidden: 2 } as const;
const STATE_OF: Record<number, Worksheet['state']> = { [-1]: 'visible', 0: 'hidden', 2: 'veryHidden' };

export class FakeEtPageSetup extends EtObject {
  override readonly etType = 'PageSetup';

  constructor(private readonly sheet: Worksheet) {
    super();
  }

  private get setup(): Record<string, unknown> {
    return this.sheet.pageSetup as unknown as Record<string, unknown>;
  }

  get PaperSize(): number {
    return Number(this.setup.paperSize ?? 9);
  }
  set PaperSize(size: number) {
    this.setup.paperSize = size;
  }
  get Orientation(): number {
    return this.setup.orientation === 'landscape' ? 2 : 1;
  }
  set Orientation(o: number) {
    if (o !== 1 && o !== 2) throw new EtError('PageSetup.Orientation', `not an orientation: ${o}`);
    this.setup.orientation = o === 2 ? 'landscape' : 'portrait';
  }
  get Zoom(): number | false {
    return this.setup.fitToPage ? false : 100;
  }
  set Zoom(zoom: number | false) {
    this.setup.fitToPage = zoom === false;
  }
  get FitToPagesWide(): number | false {
    return Number(this.setup.fitToWidth ?? 1);
  }
  set FitToPagesWide(pages: number | false) {
    this.setup.fitToWidth = pages === false ? 0 : pages;
  }
  get FitToPagesTall(): number | false {
    return Number(this.setup.fitToHeight ?? 1) || false;
  }
  set FitToPagesTall(pages: number | false) {
    this.setup.fitToHeight = pages === false ? 0 : pages;
  }
  get PrintArea(): string {
    return String(this.setup.printArea ?? '');
  }
  set PrintArea(area: string) {
    parseRangeAddress(area);
    this.setup.printArea = area.replace(/\$/g, '');
  }
  get PrintTitleRows(): string {
    return String(this.setup.printTitlesRow ?? '');
  }
  set PrintTitleRows(rows: string) {
    if (!/^\$\d+:\$\d+$/.test(rows)) throw new EtError('PageSetup.PrintTitleRows', `not rows: ${rows}`);
    this.setup.printTitlesRow = rows.replace(/\$/g, '');
  }
  private margin(side: string): number {
    const margins = (this.setup.margins ?? {}) as Record<string, number>;
    return (margins[side] ?? 0.7) * 72;
  }
  private setMargin(side: string, points: number): void {
    this.setup.margins = { ...((this.setup.margins ?? {}) as object), [side]: points / 72 };
  }
  get LeftMargin(): number {
    return this.margin('left');
  }
  set LeftMargin(points: number) {
    this.setMargin('left', points);
  }
  get RightMargin(): number {
    return this.margin('right');
  }
  set RightMargin(points: number) {
    this.setMargin('right', points);
  }
  get TopMargin(): number {
    return this.margin('top');
  }
  set TopMargin(points: number) {
    this.setMargin('top', points);
  }
  get BottomMargin(): number {
    return this.margin('bottom');
  }
  set BottomMargin(points: number) {
    this.setMargin('bottom', points);
  }
  get CenterHorizontally(): boolean {
    return Boolean(this.setup.horizontalCentered);
  }
  set CenterHorizontally(centered: boolean) {
    this.setup.horizontalCentered = centered;
  }
}

export class FakeEtWorksheet extends EtObject {
  override readonly etType = 'Worksheet';

  constructor(
    readonly host: FakeEtHost,
    readonly sheet: Worksheet,
  ) {
    super();
  }

  get Name(): string {
    return this.sheet.name;
  }

  set Name(name: string) {
    if (this.host.structureProtected)
      throw new EtError('Worksheet.Name', 'the workbook structure is protected');
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw new EtError('Worksheet.Name', `invalid name ${name}`);
    const other = this.host.sheet(name);
    if (other && other !== this.sheet)
      throw new EtError('Worksheet.Name', `a sheet is named ${name} already`);
    const wasActive = this.host.activeName === this.sheet.name;
    this.sheet.name = name;
    if (wasActive) this.host.activeName = name;
  }

  get Visible(): number {
    return VISIBLE[this.sheet.state];
  }

  set Visible(visible: number) {
    const state = STATE_OF[Number(visible)];
    if (!state) throw new EtError('Worksheet.Visible', `not a visibility: ${visible}`);
    if (this.host.structureProtected)
      throw new EtError('Worksheet.Visible', 'the workbook structure is protected');
    const others = this.host.workbook.worksheets.filter((s) => s !== this.sheet && s.state === 'visible');
    if (state !== 'visible' && !others.length)
      throw new EtError('Worksheet.Visible', 'the last visible sheet cannot be hidden');
    this.sheet.state = state;
    // Hiding the active sheet activates another one, as WPS does.
    if (state !== 'visible' && this.host.activeName === this.sheet.name)
      this.host.activeName = others[0].name;
  }

  get ProtectContents(): boolean {
    return isProtected(this.sheet);
  }

  /** As in WPS, formatted cells count as used too: a sheet filled down to row 30,000 is used to there. */
  get UsedRange(): FakeEtRange {
    const area = formattedArea(this.sheet, usedArea(this.sheet)) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return new FakeEtRange(this.host, this.sheet, area);
  }

  get PageSetup(): FakeEtPageSetup {
    return new FakeEtPageSetup(this.sheet);
  }

  Range(address: string): FakeEtRange {
    if (typeof address !== 'string' || address.includes('!'))
      throw new EtError('Worksheet.Range', `not an address on this sheet: ${String(address)}`);
    return new FakeEtRange(this.host, this.sheet, parseRangeAddress(address));
  }

  /** 1-based row and column. */
  Cells(row: number, column: number): FakeEtRange {
    if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1)
      throw new EtError('Worksheet.Cells', `rows and columns count from 1: (${row}, ${column})`);
    return new FakeEtRange(this.host, this.sheet, {
      top: row - 1,
      left: column - 1,
      bottom: row - 1,
      right: column - 1,
    });
  }

  Activate(): void {
    this.host.activate(this.sheet);
  }
}

export class FakeEtWorksheets extends EtObject {
  override readonly etType = 'Worksheets';

  constructor(readonly host: FakeEtHost) {
    super();
  }

  get Count(): number {
    return this.host.workbook.worksheets.length;
  }

  /** 1-based index or name (any case). */
  Item(index: number | string): FakeEtWorksheet {
    const sheets = this.host.workbook.worksheets;
    if (typeof index === 'number') {
      if (!Number.isInteger(index) || index < 1 || index > sheets.length)
        throw new EtError('Worksheets.Item', `no sheet at ${index} (sheets count from 1)`);
      return new FakeEtWorksheet(this.host, sheets[index - 1]);
    }
    const sheet = this.host.sheet(String(index));
    if (!sheet) throw new EtError('Worksheets.Item', `no sheet named ${index}`);
    return new FakeEtWorksheet(this.host, sheet);
  }

  /** A new sheet named Sheet<n>, made active. */
  Add(before?: FakeEtWorksheet | null, after?: FakeEtWorksheet | null): FakeEtWorksheet {
    if (this.host.structureProtected)
      throw new EtError('Worksheets.Add', 'the workbook structure is protected');
    for (const anchor of [before, after])
      if (anchor && !(anchor instanceof FakeEtWorksheet))
        throw new EtError('Worksheets.Add', 'Before / After take a Worksheet');
    let n = this.Count + 1;
    while (this.host.sheet(`Sheet${n}`)) n++;
    const sheet = this.host.workbook.addWorksheet(`Sheet${n}`);
    this.host.activate(sheet);
    return new FakeEtWorksheet(this.host, sheet);
  }
}

// Worksheet: name, visibility (incl. 'VeryHidden'), protection, ranges, page layout.

import type { Worksheet } from 'exceljs';
import { LAST_COLUMN, LAST_ROW, parseRangeAddress } from './address';
import { FakeClientObject } from './client-object';
import { FakePageLayout } from './page-layout';
import { FakeRange } from './range';
import { isProtected, usedArea } from './sheet';

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

const VISIBILITY: Record<string, SheetVisibility> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};
const STATE: Record<SheetVisibility, Worksheet['state']> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

export class WorksheetProtection extends FakeClientObject<Worksheet> {
  protected readonly typeName = 'WorksheetProtection';
  protected readonly scalarNames = ['protected'];

  get protected(): boolean {
    return this.get('protected');
  }

  protected read(name: string, sheet: Worksheet): unknown {
    return isProtected(sheet);
  }
}

export class FakeWorksheet extends FakeClientObject<Worksheet> {
  protected readonly typeName = 'Worksheet';
  protected readonly scalarNames = ['name', 'id', 'position', 'visibility'];
  private protectionObject?: WorksheetProtection;
  private pageLayoutObject?: FakePageLayout;

  get name(): string {
    return this.get('name');
  }
  set name(value: string) {
    this.set('name', value, (sheet) => (sheet.name = value));
  }

  get id(): string {
    return this.get('id');
  }

  get position(): number {
    return this.get('position');
  }

  get visibility(): SheetVisibility {
    return this.get('visibility');
  }
  set visibility(value: SheetVisibility) {
    this.set('visibility', value, (sheet) => (sheet.state = STATE[value]));
  }

  get protection(): WorksheetProtection {
    this.protectionObject ??= new WorksheetProtection(this.context, () => this.current(), 'derived');
    return this.protectionObject;
  }

  /** ExcelApi 1.9. */
  get pageLayout(): FakePageLayout {
    this.context.host.requires('1.9', 'Worksheet.pageLayout');
    this.pageLayoutObject ??= new FakePageLayout(this.context, () => this.current(), 'derived');
    return this.pageLayoutObject;
  }

  protected read(name: string, sheet: Worksheet): unknown {
    if (name === 'name') return sheet.name;
    if (name === 'id') return `{${sheet.id}}`;
    if (name === 'position') return this.context.host.workbook.worksheets.indexOf(sheet);
    return VISIBILITY[sheet.state] ?? 'Visible';
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'protection') return this.protection as FakeClientObject<unknown>;
    if (name === 'pageLayout') return this.pageLayout as FakeClientObject<unknown>;
    return undefined;
  }

  getRange(address?: string): FakeRange {
    const area = address
      ? parseRangeAddress(address)
      : { top: 0, left: 0, bottom: LAST_ROW, right: LAST_COLUMN };
    return new FakeRange(
      this.context,
      this.child((sheet) => ({ sheet, area })),
    );
  }

  getCell(row: number, column: number): FakeRange {
    const area = { top: row, left: column, bottom: row, right: column };
    return new FakeRange(
      this.context,
      this.child((sheet) => ({ sheet, area })),
    );
  }

  /** An empty sheet's used range is A1. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(
      this.context,
      this.child((sheet) => ({ sheet, area: usedArea(sheet) ?? { top: 0, left: 0, bottom: 0, right: 0 } })),
    );
  }

  /** ExcelApi 1.4; a null object for an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    this.context.host.requires('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(
      this.context,
      this.child((sheet) => {
        const area = usedArea(sheet);
        return area && { sheet, area };
      }),
      'pathOrNull',
    );
  }

  activate(): void {
    this.queueWrite((sheet) => this.context.host.activate(sheet));
  }

  delete(): void {
    this.queueWrite((sheet) => this.context.host.workbook.removeWorksheet(sheet.id));
  }
}

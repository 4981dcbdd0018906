// Workbook: the worksheets and the selection.

import type { Workbook } from 'exceljs';
import { parseRangeAddress } from './address';
import { FakeClientObject } from './client-object';
import type { FakeRequestContext } from './context';
import { FakeRange, type RangeTarget } from './range';
import { FakeWorksheetCollection } from './worksheets';

/** WorkbookProtection (ExcelApi 1.7): whether the structure (adding, hiding sheets…) is locked. */
export class FakeWorkbookProtection extends FakeClientObject<Workbook> {
  protected readonly typeName = 'WorkbookProtection';
  protected readonly scalarNames = ['protected'];

  get protected(): boolean {
    return this.get('protected');
  }

  protected read(): unknown {
    return this.context.host.structureProtected;
  }
}

export class FakeWorkbook extends FakeClientObject<Workbook> {
  protected readonly typeName = 'Workbook';
  protected readonly scalarNames = ['name'];
  readonly worksheets: FakeWorksheetCollection;
  private protectionObject?: FakeWorkbookProtection;

  constructor(context: FakeRequestContext) {
    super(context, () => context.host.workbook, 'derived');
    this.worksheets = new FakeWorksheetCollection(context, this);
  }

  get name(): string {
    return this.get('name');
  }

  /** ExcelApi 1.7. */
  get protection(): FakeWorkbookProtection {
    this.context.host.requires('1.7', 'Workbook.protection');
    this.protectionObject ??= new FakeWorkbookProtection(this.context, () => this.current(), 'derived');
    return this.protectionObject;
  }

  protected read(name: string, workbook: Workbook): unknown {
    return workbook.title || 'Book1';
  }

  protected override navigation(name: string): FakeClientObject<unknown> | undefined {
    if (name === 'worksheets') return this.worksheets as FakeClientObject<unknown>;
    if (name === 'protection') return this.protection as FakeClientObject<unknown>;
    return undefined;
  }

  private selected(): RangeTarget {
    const host = this.context.host;
    const sheet = (host.selection && host.sheet(host.selection.sheet)) || host.activeSheet;
    const address = host.selection && host.sheet(host.selection.sheet) ? host.selection.address : 'A1';
    return { sheet, area: parseRangeAddress(address) };
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => this.selected());
  }

  /** ExcelApi 1.7. */
  getActiveCell(): FakeRange {
    this.context.host.requires('1.7', 'Workbook.getActiveCell');
    return new FakeRange(this.context, () => {
      const { sheet, area } = this.selected();
      return { sheet, area: { top: area.top, left: area.left, bottom: area.top, right: area.left } };
    });
  }
}

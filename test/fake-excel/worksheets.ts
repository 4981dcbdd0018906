// WorksheetCollection: find, add and list sheets.

import type { Worksheet } from 'exceljs';
import { FakeCollection } from './client-object';
import type { FakeRequestContext } from './context';
import { FakeOfficeError, itemNotFound } from './errors';
import type { FakeWorkbook } from './workbook';
import { FakeWorksheet } from './worksheet';

export class FakeWorksheetCollection extends FakeCollection<Worksheet, FakeWorksheet> {
  protected readonly typeName = 'WorksheetCollection';

  constructor(context: FakeRequestContext, workbook: FakeWorkbook) {
    super(context, () => workbook.current()?.worksheets ?? null, 'derived');
  }

  protected item(sheet: Worksheet): FakeWorksheet {
    return new FakeWorksheet(this.context, () => sheet, 'fixed');
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.host.sheet(key);
      if (!sheet) throw itemNotFound(`WorksheetCollection.getItem(${key})`);
      return sheet;
    });
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): FakeWorksheet {
    this.context.host.requires('1.4', 'WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.context, () => this.context.host.sheet(key) ?? null, 'pathOrNull');
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.activeSheet);
  }

  /** Adds a sheet at the end; it does not become active. */
  add(name?: string): FakeWorksheet {
    const host = this.context.host;
    let added: Worksheet | null = null;
    this.context.queue({
      roundTrip: true,
      run: () => {
        if (host.structureProtected) {
          throw new FakeOfficeError(
            'AccessDenied',
            'The workbook structure is protected.',
            'WorksheetCollection.add',
          );
        }
        let sheetName = name;
        for (let n = host.workbook.worksheets.length + 1; !sheetName; n++) {
          if (!host.sheet(`Sheet${n}`)) sheetName = `Sheet${n}`;
        }
        if (host.sheet(sheetName)) {
          throw new FakeOfficeError(
            'ItemAlreadyExists',
            `A sheet named ${sheetName} already exists.`,
            'WorksheetCollection.add',
          );
        }
        added = host.workbook.addWorksheet(sheetName);
      },
    });
    return new FakeWorksheet(this.context, () => added);
  }
}

// The fake must hold code to Excel's rules, or host tests prove nothing: these show each rule fails
// code that breaks it.

import ExcelJS from 'exceljs';
import { installFakeOffice, type FakeOfficeHandle } from '.';
import type { FakeRequestContext } from './context';
import { openFixture } from './node';

type Run = <R>(batch: (context: FakeRequestContext) => Promise<R>) => Promise<R>;

function smallWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('表一');
  sheet.getCell('A1').value = '项目名称';
  sheet.getCell('B2').value = 0.9636;
  sheet.getCell('B2').numFmt = '0.00%';
  sheet.getCell('C3').value = 1261.49;
  sheet.getCell('C3').numFmt = '#,##0.00';
  sheet.mergeCells('A4:C4');
  sheet.getCell('A4').value = '总分';
  workbook.addWorksheet('表二');
  return workbook;
}

let fake: FakeOfficeHandle;
let run: Run;

beforeEach(() => {
  fake = installFakeOffice(smallWorkbook());
  run = fake.excel.run;
});
afterEach(() => fake.uninstall());

describe('the fake Excel enforces load and sync', () => {
  it('throws PropertyNotLoaded for a property never loaded', async () => {
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('表一').getRange('A1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('throws PropertyNotLoaded for a property loaded but not yet synced', async () => {
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('表一').getRange('A1');
      range.load('values');
      expect(() => range.values).toThrow(/call the load method/);
      await context.sync();
      expect(range.values).toEqual([['项目名称']]);
      expect(() => range.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies a write only at sync', async () => {
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('表一').getRange('D1');
      range.values = [[42]];
      expect(fake.workbook.getWorksheet('表一')!.getCell('D1').value).toBeNull();
      await context.sync();
      expect(fake.workbook.getWorksheet('表一')!.getCell('D1').value).toBe(42);
    });
  });

  it('gives loaded values as of the sync, not live', async () => {
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('表一').getRange('A1').load('values');
      await context.sync();
      fake.workbook.getWorksheet('表一')!.getCell('A1').value = 'changed';
      expect(range.values).toEqual([['项目名称']]);
    });
  });

  it('counts a round trip per sync that carries work, and none for an empty one', async () => {
    await run(async (context) => {
      await context.sync();
      expect(fake.syncs).toBe(0);
      context.workbook.worksheets.getItem('表一').load('name');
      await context.sync();
      expect(fake.syncs).toBe(1);
    });
    expect(fake.syncs).toBe(1);
  });

  it('counts the sync Excel.run makes for work still queued at the end', async () => {
    await run(async (context) => {
      context.workbook.worksheets.getItem('表一').getRange('D1').values = [[1]];
    });
    expect(fake.syncs).toBe(1);
    expect(fake.workbook.getWorksheet('表一')!.getCell('D1').value).toBe(1);
  });
});

describe('the fake Excel has null objects and missing items', () => {
  it('knows isNullObject only after a sync', async () => {
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('没有');
      const present = context.workbook.worksheets.getItemOrNullObject('表二');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it('gives a null object for anything got from a null object, with nothing to read', async () => {
    await run(async (context) => {
      const used = context.workbook.worksheets.getItemOrNullObject('没有').getUsedRangeOrNullObject();
      used.load('values');
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(used.values).toBeUndefined();
    });
  });

  it('fails the sync with ItemNotFound for getItem of a missing sheet', async () => {
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('没有').load('name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('lists sheets only once the collection is loaded', async () => {
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheets.load('items/name,items/visibility');
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ['表一', 'Visible'],
        ['表二', 'Visible'],
      ]);
    });
  });
});

describe('the fake Excel reads cells as Office.js does', () => {
  it('shows formatted text, number formats and blanks for merged cells', async () => {
    await run(async (context) => {
      const used = context.workbook.worksheets.getItem('表一').getUsedRange();
      used.load('address,values,text,numberFormat,rowIndex,columnIndex');
      await context.sync();
      expect(used.address).toBe('表一!A1:C4');
      expect(used.text[1][1]).toBe('96.36%');
      expect(used.text[2][2]).toBe('1,261.49');
      expect(used.numberFormat[1][1]).toBe('0.00%');
      expect(used.values[3]).toEqual(['总分', '', '']);
    });
  });

  it('lists merged areas (ExcelApi 1.13)', async () => {
    await run(async (context) => {
      const merged = context.workbook.worksheets.getItem('表一').getUsedRange().getMergedAreasOrNullObject();
      merged.load('address');
      await context.sync();
      expect(merged.address).toBe('表一!A4:C4');
    });
  });

  it('reports fills through getCellProperties (ExcelApi 1.9), white and None when unfilled', async () => {
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('表一').getRange('A1:B1');
      range.getCell(0, 1).format.fill.color = '#FFFF00';
      const props = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
      expect(() => props.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(props.value[0].map((cell) => cell.format)).toEqual([
        { fill: { color: '#FFFFFF', pattern: 'None' } },
        { fill: { color: '#FFFF00', pattern: 'Solid' } },
      ]);
    });
  });
});

describe('the fake Excel keeps to the requirement sets it is given', () => {
  beforeEach(() => {
    fake.uninstall();
    fake = installFakeOffice(smallWorkbook(), { excelApi: '1.7', displayLanguage: 'en-US' });
    run = fake.excel.run;
  });

  it('answers isSetSupported up to its cap', () => {
    const { requirements } = fake.office.context;
    expect(requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(requirements.isSetSupported('ExcelApi', '1.8')).toBe(false);
    expect(requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(fake.office.context.displayLanguage).toBe('en-US');
  });

  it('throws ApiNotFound, at the call, for anything newer', async () => {
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('表一').getRange('A1');
      expect(() => range.getMergedAreasOrNullObject()).toThrow(
        expect.objectContaining({ code: 'ApiNotFound' }),
      );
      expect(() => range.getCellProperties({ format: { fill: { color: true } } })).toThrow(/ExcelApi 1.9/);
      expect(() => range.dataValidation).toThrow(/ExcelApi 1.8/);
      expect(() => context.workbook.worksheets.getItem('表一').pageLayout).toThrow(/ExcelApi 1.9/);
    });
  });
});

describe('the fake Excel protects what Excel protects', () => {
  it('fails a write to a protected sheet with AccessDenied and leaves the cell alone', async () => {
    await fake.workbook.getWorksheet('表一')!.protect('', {});
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('表一').getRange('A1').values = [['x']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.workbook.getWorksheet('表一')!.getCell('A1').value).toBe('项目名称');
  });

  it('refuses inside borders where a range has no inside', async () => {
    await expect(
      run(async (context) => {
        context.workbook.worksheets
          .getItem('表一')
          .getRange('A1:A3')
          .format.borders.getItem('InsideVertical').style = 'Continuous';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('rejects an input array of the wrong size', async () => {
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getItem('表一').getRange('A1:B1').values = [['x']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('the fake Excel over a real fixture', () => {
  it('opens the 2023 city-level workbook with its 15 forms, and selects like Excel', async () => {
    fake.uninstall();
    fake = installFakeOffice(await openFixture('2023-city-centre-blank.xlsx'));
    await fake.excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      expect(sheets.items).toHaveLength(15);
      const last = sheets.items[14];
      last.getRange('B3').select();
      await context.sync();
    });
    expect(fake.selection).toEqual({ sheet: fake.workbook.worksheets[14].name, address: 'B3' });
    expect(fake.activeSheet).toBe(fake.workbook.worksheets[14].name);
  });
});

describe('the fake Excel can refuse calls on null objects', () => {
  it('fails the batch with InvalidObjectPath when told to', async () => {
    fake.uninstall();
    fake = installFakeOffice(smallWorkbook(), { failOnNullObjectCalls: true });
    await expect(
      fake.excel.run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject('没有').getUsedRangeOrNullObject().load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidObjectPath' });
  });
});

describe('the fake Office opens dialogs as Office does', () => {
  type Result = { status: string; value: { close(): void }; error?: { code: number } };
  const open = (url: string, options?: object) =>
    new Promise<Result>((resolve) => {
      let called = false;
      fake.office.context.ui.displayDialogAsync(url, options ?? {}, (result) => {
        called = true;
        resolve(result as Result);
      });
      expect(called).toBe(false); // never inline
    });

  it('opens an https page on the opener’s origin and records it', async () => {
    const result = await open('https://localhost:3000/outcome.html#x', { height: 40, width: 30 });
    expect(result.status).toBe('succeeded');
    expect(fake.dialogs.map((d) => [d.url, d.options, d.open])).toEqual([
      ['https://localhost:3000/outcome.html#x', { height: 40, width: 30 }, true],
    ]);
  });

  it('refuses http (12005), another origin (12004) and a second dialog (12007)', async () => {
    expect((await open('http://localhost:3000/outcome.html')).error?.code).toBe(12005);
    expect((await open('https://example.com/outcome.html')).error?.code).toBe(12004);
    expect((await open('https://localhost:3001/outcome.html')).error?.code).toBe(12004);
    const first = await open('https://localhost:3000/outcome.html');
    expect((await open('https://localhost:3000/outcome.html')).error?.code).toBe(12007);
    first.value.close();
    expect((await open('https://localhost:3000/outcome.html')).status).toBe('succeeded');
  });

  it('tells the opener what the page sends and when the user closes it', async () => {
    const events: unknown[] = [];
    await open('https://localhost:3000/outcome.html');
    const [dialog] = fake.dialogs;
    dialog.addEventHandler('dialogMessageReceived', (arg) => events.push(arg));
    dialog.addEventHandler('dialogEventReceived', (arg) => events.push(arg));
    dialog.messageParent('close');
    dialog.closeByUser();
    expect(events).toEqual([{ message: 'close', origin: 'https://localhost:3000' }, { error: 12006 }]);
    expect(() => dialog.messageParent('again')).toThrow(/closed/);
    expect(() => dialog.addEventHandler('dialogClosed', () => undefined)).toThrow();
  });
});

describe('the fake Office answers as each Office build', () => {
  it('reports the requirement sets of the build', () => {
    fake.uninstall();
    fake = installFakeOffice(smallWorkbook(), { build: 'office2019' });
    const { isSetSupported } = fake.office.context.requirements;
    expect(isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(isSetSupported('ExcelApi', '1.8')).toBe(false);
    expect(isSetSupported('dialogapi', '1.1')).toBe(true);
    expect(isSetSupported('DialogApi', '1.2')).toBe(false);
    expect(isSetSupported('SharedRuntime', '1.1')).toBe(false);
    fake.uninstall();
    fake = installFakeOffice(smallWorkbook(), { build: 'office2016' });
    expect(fake.office.context.requirements.isSetSupported('ExcelApi', '1.2')).toBe(false);
  });

  it('shows the pane only when the manifest declares a shared runtime', async () => {
    await expect(fake.office.addin.showAsTaskpane()).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(fake.panesShown).toBe(0);
    fake.uninstall();
    fake = installFakeOffice(smallWorkbook(), { sharedRuntime: true });
    await fake.office.addin.showAsTaskpane();
    expect(fake.panesShown).toBe(1);
  });
});

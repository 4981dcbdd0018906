// The fake ET keeps WPS's rules, so that the adapter's tests mean something: 1-based indexes,
// BGR colours, Value2 as rows of values with dates as serials, null for a multi-cell property
// whose cells differ, $A$1 as the used range of an empty sheet, and what throws; and it counts
// every call.

import ExcelJS from 'exceljs';
import { installFakeEt } from '.';
import type { EtWorksheet } from '../../src/hosts/wps/et';

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表1');
  ws.getCell('A1').value = '项目名称';
  ws.getCell('B1').value = 12.5;
  ws.getCell('B1').numFmt = '0.00';
  ws.getCell('A2').value = new Date(Date.UTC(2024, 0, 31));
  ws.getCell('C2').value = true;
  ws.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
  ws.mergeCells('A3:B3');
  ws.getCell('A3').value = '合并';
  wb.addWorksheet('空表');
  return wb;
}

function sheet(name: string): { ws: EtWorksheet; et: ReturnType<typeof installFakeEt> } {
  const et = installFakeEt(book());
  return { ws: et.app.ActiveWorkbook!.Worksheets.Item(name), et };
}

afterEach(() => delete (globalThis as Record<string, unknown>).Application);

it('counts each property read, property write and method call as one call', () => {
  const { ws, et } = sheet('表1');
  et.resetCalls();
  const range = ws.Range('B1'); // 1
  void range.Value2; // 2
  range.Value2 = 13; // 3
  expect(et.calls).toBe(3);
  expect(Object.fromEntries(et.members)).toEqual({
    'Worksheet.Range': 1,
    'Range.Value2': 1,
    'Range.Value2=': 1,
  });
});

it('indexes sheets from 1 and throws for 0, past the end and unknown names', () => {
  const { et } = sheet('表1');
  const sheets = et.app.ActiveWorkbook!.Worksheets;
  expect(sheets.Item(1).Name).toBe('表1');
  expect(sheets.Item(2).Name).toBe('空表');
  expect(() => sheets.Item(0)).toThrow(/count from 1/);
  expect(() => sheets.Item(3)).toThrow();
  expect(() => sheets.Item('_selfeval')).toThrow(/no sheet named/);
});

it('gives Value2 as rows of values, dates as serials and empty cells as undefined; one cell as its value', () => {
  const { ws } = sheet('表1');
  expect(ws.Range('A1:C2').Value2).toEqual([
    ['项目名称', 12.5, undefined],
    [45322, undefined, true],
  ]);
  expect(ws.Range('B1').Value2).toBe(12.5);
  expect(ws.Range('B3').Value2).toBeUndefined(); // merged away
  expect(ws.Range('B1').Text).toBe('12.50');
});

it('reads and writes colours as BGR integers, an unfilled cell as white, and null where cells differ', () => {
  const { ws, et } = sheet('表1');
  expect(ws.Range('B2').Interior.Color).toBe(0x0000ff);
  expect(ws.Range('A2').Interior.Color).toBe(0xffffff);
  expect(ws.Range('A2:B2').Interior.Color).toBeNull();
  ws.Range('C1').Interior.Color = 0xff0000; // blue in BGR
  expect(et.workbook.getWorksheet('表1')!.getCell('C1').fill).toMatchObject({
    fgColor: { argb: 'FF0000FF' },
  });
  expect(() => (ws.Range('C1').Interior.Color = '#FF0000' as unknown as number)).toThrow(/BGR/);
});

it('answers NumberFormat and MergeCells of several cells with null when they differ', () => {
  const { ws } = sheet('表1');
  expect(ws.Range('A1:B1').NumberFormat).toBeNull();
  expect(ws.Range('A3:B3').MergeCells).toBe(true);
  expect(ws.Range('A2:A3').MergeCells).toBeNull();
  expect(ws.Range('A1').MergeCells).toBe(false);
  expect(ws.Range('B3').MergeArea.Address).toBe('$A$3:$B$3');
  expect(() => ws.Range('A3:B3').MergeArea).toThrow(/one cell/);
});

it('gives $A$1 as the used range of an empty sheet', () => {
  const { ws } = sheet('空表');
  expect(ws.UsedRange.Address).toBe('$A$1');
  expect(ws.UsedRange.Value2).toBeUndefined();
});

it('throws on writing to a protected sheet, selecting off the active sheet, adding under a protected structure, and on members ET lacks', async () => {
  const wb = book();
  await wb.getWorksheet('表1')!.protect('', {});
  const et = installFakeEt(wb, { structureProtected: true });
  const sheets = et.app.ActiveWorkbook!.Worksheets;
  const ws = sheets.Item('表1');
  expect(() => (ws.Range('A1').Value2 = 'x')).toThrow(/protected/);
  expect(() => sheets.Item('空表').Range('A1').Select()).toThrow(/not the active sheet/);
  expect(() => sheets.Add()).toThrow(/structure is protected/);
  expect(() => (ws as unknown as { getRange(a: string): unknown }).getRange('A1')).toThrow(
    /no member getRange/,
  );
  expect(() => (ws.Range('A1:B2').Value2 = [['x']])).toThrow();
});

it('adds a sheet as the active one, and answers ActiveWorkbook with null when no workbook is open', () => {
  const { et } = sheet('表1');
  const added = et.app.ActiveWorkbook!.Worksheets.Add();
  added.Name = '新表';
  expect(et.activeSheet).toBe('新表');
  expect(installFakeEt(book(), { noWorkbook: true }).app.ActiveWorkbook).toBeNull();
});

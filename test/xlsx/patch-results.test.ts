// A formula's new result written into a file: only its cached value (and type) changes, the
// formula element keeps its bytes (a shared formula's follower stays one); a result that cannot
// be computed leaves none, and workbook.xml then asks for a recalculation when the file opens.

import type { ChangeSet } from '../../src/core';
import { patchWorkbook, readWorkbook } from '../../src/xlsx';
import { unzipText, workbook } from './helpers/package';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET =
  '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>2</v></c><c r="C1" t="str" vm="1"><f>IF(A1&gt;0,"是","否")</f><v>是</v></c></row>' +
  '<row r="2"><c r="A2"><v>2</v></c><c r="B2" s="0"><f t="shared" si="0"/><v>4</v></c><c r="C2"><f>LOOKUP(A2,{0,1})</f><v>1</v></c></row>';
const result = (cell: string, value: string | number | null): ChangeSet[number] => ({
  kind: 'result',
  sheet: 'S',
  cell,
  value,
});
const book = (workbookXml?: string) =>
  workbook([{ name: 'S', xml: SHEET }], workbookXml ? { workbookXml } : {});
const sheetOf = (bytes: Uint8Array) => unzipText(bytes)['xl/worksheets/sheet1.xml'];

it('only the cached value and its type change; the formula, shared or not, keeps its bytes', () => {
  const after = sheetOf(
    patchWorkbook(book(), [
      { kind: 'value', sheet: 'S', cell: 'A2', value: 5 },
      result('B2', 10),
      result('C1', 7),
      result('C2', null),
    ]),
  );
  expect(after).toContain('<c r="B2" s="0"><f t="shared" si="0"/><v>10</v></c>');
  // A number where text was: no t="str", and the value metadata of the old result goes.
  expect(after).toContain('<c r="C1"><f>IF(A1&gt;0,"是","否")</f><v>7</v></c>');
  expect(after).toContain('<c r="C2"><f>LOOKUP(A2,{0,1})</f></c>');
  const grid = readWorkbook(patchWorkbook(book(), [result('C2', '否'), result('C1', null)])).sheets[0].grid;
  expect([grid.values[1][2], grid.formulas![1][2]]).toEqual(['否', '=LOOKUP(A2,{0,1})']);
  expect([grid.values[0][2], grid.formulas![0][2]]).toEqual([null, '=IF(A1>0,"是","否")']);
});

it('a result for a cell without a formula (nothing to recalculate) writes nothing', () => {
  const before = book();
  expect(sheetOf(patchWorkbook(before, [result('A1', 3), result('D9', 1)]))).toBe(sheetOf(before));
});

it('calculateOnOpen: fullCalcOnLoad on the calcPr there is, or a calcPr where the schema wants one', () => {
  const wb = (inner: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets>${inner}</x:workbook>`;
  const asked = (inner: string) =>
    unzipText(patchWorkbook(book(wb(inner)), [result('C2', null)], undefined, false, true))[
      'xl/workbook.xml'
    ];
  expect(asked('<x:calcPr calcId="191029"/>')).toBe(wb('<x:calcPr calcId="191029" fullCalcOnLoad="1"/>'));
  expect(asked('<x:definedNames/><x:extLst/>')).toBe(
    wb('<x:definedNames/><x:calcPr fullCalcOnLoad="1"/><x:extLst/>'),
  );
  expect(asked('')).toBe(wb('<x:calcPr fullCalcOnLoad="1"/>'));
  expect(asked('<x:calcPr fullCalcOnLoad="1"/>')).toBe(wb('<x:calcPr fullCalcOnLoad="1"/>'));
  // Not asked: workbook.xml keeps its bytes.
  const plain = book(wb('<x:calcPr calcId="191029"/>'));
  expect(unzipText(patchWorkbook(plain, [result('C2', 1)]))['xl/workbook.xml']).toBe(
    unzipText(plain)['xl/workbook.xml'],
  );
});

it("defined names reach each sheet, its own over the workbook's", () => {
  const names =
    '<definedNames><definedName name="得分区">S!$B$1:$B$2</definedName><definedName name="Local" localSheetId="1">T!$A$1</definedName><definedName name="local" localSheetId="0">S!$C$1</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">S!$A$1:$C$2</definedName></definedNames>';
  const wbXml = `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/><sheet name="T" sheetId="2" r:id="rId2"/></sheets>${names}</workbook>`;
  const [s, t] = readWorkbook(
    workbook(
      [
        { name: 'S', xml: SHEET },
        { name: 'T', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      ],
      { workbookXml: wbXml },
    ),
  ).sheets;
  const workbookNames = { 得分区: 'S!$B$1:$B$2' };
  expect(s.grid.names).toEqual({
    workbook: workbookNames,
    sheet: { LOCAL: 'S!$C$1', '_XLNM.PRINT_AREA': 'S!$A$1:$C$2' },
  });
  expect(t.grid.names).toEqual({ workbook: workbookNames, sheet: { LOCAL: 'T!$A$1' } });
});

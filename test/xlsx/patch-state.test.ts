// The state sheet: created very hidden (part, workbook entry, relationship, content type) the
// first time, column A rewritten afterwards; the state reads back as written.

import { STATE_CHUNK, type WorkbookState } from '../../src/core';
import { patchWorkbook, readWorkbook } from '../../src/xlsx';
import { unzipText, workbook } from './helpers/package';

const state = (n: number): WorkbookState => ({
  version: 1,
  highlights: Array.from({ length: n }, (_, i) => ({
    sheet: '表 & "引号"',
    cell: `I${i + 1}`,
    previousFill: null,
  })),
});

it('creates the very hidden state sheet, then rewrites its column A', () => {
  const before = workbook([{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }]);
  const big = state(2000); // more than one chunk
  const first = patchWorkbook(before, [], big);
  const parts = unzipText(first);
  expect(parts['xl/workbook.xml']).toContain(
    '<sheet name="S" sheetId="1" r:id="rId1"/><sheet name="_selfeval" sheetId="2" state="veryHidden" r:id="rId2"/></sheets>',
  );
  expect(parts['xl/_rels/workbook.xml.rels']).toContain(
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
  );
  expect(parts['[Content_Types].xml']).toContain(
    '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  const read = readWorkbook(first);
  expect(read.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ['S', 'visible'],
    ['_selfeval', 'veryHidden'],
  ]);
  expect(read.stateChunks.length).toBe(Math.ceil(JSON.stringify(big).length / STATE_CHUNK));
  expect(read.state).toEqual(big);

  const small = state(1);
  const second = patchWorkbook(first, [], small);
  const again = unzipText(second);
  expect(again['xl/workbook.xml']).toBe(parts['xl/workbook.xml']);
  expect(again['xl/worksheets/sheet2.xml']).toMatch(/<row r="2"><c r="A2"\/><\/row>/);
  expect(readWorkbook(second).state).toEqual(small);
});

describe('a _selfeval sheet saved as hidden (LibreOffice keeps a very hidden sheet, but hidden)', () => {
  const stateCell = (json: string) =>
    `<row r="1"><c r="A1" t="inlineStr"><is><t>${json.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c></row>`;
  const saved = (a1: string) =>
    workbook([
      { name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: '_selfeval', xml: stateCell(a1), state: 'hidden' },
    ]);

  it('holding a state, is SelfEval’s: read, and rewritten in place, never a second one added', () => {
    const kept: WorkbookState = { version: 1, settings: { rounding: 'down' }, highlights: [] };
    const before = saved(JSON.stringify(kept));
    const read = readWorkbook(before);
    expect([read.stateSheet, read.state]).toEqual([true, kept]);
    const next = state(1);
    const patched = patchWorkbook(before, [], next, read.stateSheet);
    expect(unzipText(patched)['xl/workbook.xml']).toBe(unzipText(before)['xl/workbook.xml']);
    expect(readWorkbook(patched).state).toEqual(next);
  });

  it('holding anything else, is the user’s: no state read from it, and never written', () => {
    const before = saved('我的备注');
    const read = readWorkbook(before);
    expect([read.stateSheet, read.state]).toEqual([false, { version: 1, highlights: [] }]);
    const after = unzipText(patchWorkbook(before, [], state(1), read.stateSheet));
    expect(after['xl/worksheets/sheet2.xml']).toBe(unzipText(before)['xl/worksheets/sheet2.xml']);
    expect(after['xl/workbook.xml']).toBe(unzipText(before)['xl/workbook.xml']);
  });
});

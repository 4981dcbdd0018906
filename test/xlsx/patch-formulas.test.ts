// Overwriting a formula's cached result removes the formula and its calc chain entry; a shared
// formula's master hands its formula to a follower; an undo that restores a formula adds it back.

import type { ChangeSet } from '../../src/core';
import { patchWorkbook, readWorkbook } from '../../src/xlsx';
import { rel, unzipText, workbook } from './helpers/package';

const SHEET =
  '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c><c r="C1"><f>B1+1</f><v>3</v></c></row>' +
  '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>' +
  '<row r="3"><c r="A3"><v>3</v></c><c r="B3" s="0"><f t="shared" si="0"/><v>6</v></c></row>';

const CHAIN = (entries: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${entries}</calcChain>`;

function base(chain = '<c r="B1" i="1"/><c r="B2"/><c r="B3"/><c r="C1"/>') {
  return workbook([{ name: 'S', xml: SHEET }], {
    parts: { 'xl/calcChain.xml': CHAIN(chain) },
    rels: [rel('rIdC', 'calcChain', 'calcChain.xml')],
  });
}

const value = (cell: string, v: number, formula?: string): ChangeSet[number] => ({
  kind: 'value',
  sheet: 'S',
  cell,
  value: v,
  ...(formula ? { formula } : {}),
});

it('a master overwritten by a value hands its shared formula to the next follower', () => {
  const after = patchWorkbook(base(), [value('B1', 5)]);
  const parts = unzipText(after);
  expect(parts['xl/worksheets/sheet1.xml']).toContain(
    '<c r="B1"><v>5</v></c><c r="C1"><f>B1+1</f><v>3</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">A2*2</f><v>4</v></c></row>',
  );
  // B1's entry goes; B2 said nothing of its sheet and now comes first: it says so.
  expect(parts['xl/calcChain.xml']).toBe(CHAIN('<c i="1" r="B2"/><c r="B3"/><c r="C1"/>'));
  const grid = readWorkbook(after).sheets[0].grid;
  expect(grid.formulas!.map((r) => r[1])).toEqual([null, '=A2*2', '=A3*2']);
  expect(grid.values.map((r) => r[1])).toEqual([5, 4, 6]);
});

it('a shared formula down 150,000 rows hands over whole when its master is overwritten', () => {
  // More followers than a call takes arguments: their area is still found.
  const rows = [
    '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B150000" si="0">A1*2</f><v>2</v></c></row>',
  ];
  for (let r = 2; r <= 150_000; r++)
    rows.push(`<row r="${r}"><c r="B${r}"><f t="shared" si="0"/><v>0</v></c></row>`);
  const after = patchWorkbook(workbook([{ name: 'S', xml: rows.join('') }]), [value('B1', 5)]);
  expect(unzipText(after)['xl/worksheets/sheet1.xml']).toContain(
    '<c r="B2"><f t="shared" ref="B2:B150000" si="0">A2*2</f><v>0</v></c>',
  );
});

it('an undo restores a formula with its cached result and its calc chain entry', () => {
  const overwritten = patchWorkbook(base(), [value('C1', 7)]);
  expect(unzipText(overwritten)['xl/calcChain.xml']).toBe(CHAIN('<c r="B1" i="1"/><c r="B2"/><c r="B3"/>'));
  const restored = patchWorkbook(overwritten, [value('C1', 3, '=B1+1')]);
  const parts = unzipText(restored);
  expect(parts['xl/worksheets/sheet1.xml']).toContain('<c r="C1"><f>B1+1</f><v>3</v></c>');
  expect(parts['xl/calcChain.xml']).toBe(CHAIN('<c r="B1" i="1"/><c r="B2"/><c r="B3"/><c r="C1" i="1"/>'));
  expect(readWorkbook(restored).sheets[0].grid.formulas![0][2]).toBe('=B1+1');
});

it('a calc chain left empty is dropped with its relationship and content type', () => {
  const bytes = workbook([{ name: 'S', xml: '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>' }], {
    parts: { 'xl/calcChain.xml': CHAIN('<c r="A1" i="1"/>') },
    rels: [rel('rIdC', 'calcChain', 'calcChain.xml')],
  });
  const parts = unzipText(patchWorkbook(bytes, [value('A1', 3)]));
  expect(parts['xl/calcChain.xml']).toBeUndefined();
  expect(parts['xl/_rels/workbook.xml.rels']).not.toContain('calcChain');
  expect(parts['xl/worksheets/sheet1.xml']).toContain('<c r="A1"><v>3</v></c>');
});

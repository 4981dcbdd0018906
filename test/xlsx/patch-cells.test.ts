// Patching cells: only the planned <c> elements change, new cells and rows go in order, a cell
// keeps its own style except what the change names, and every other part keeps its bytes.

import { strFromU8, unzipSync, zipSync } from 'fflate';
import type { ChangeSet } from '../../src/core';
import { patchWorkbook, readWorkbook } from '../../src/xlsx';
import { MAIN, STYLES, unzipText, workbook } from './helpers/package';

const SHEET =
  '<row r="2" spans="1:4"><c r="A2" s="4" t="s"><v>0</v></c><c r="D2" s="2"><v>1</v></c></row>' +
  '<row r="4"/>' +
  '<row r="6" ht="20" customHeight="1"><c r="B6" s="1" ph="1"><v>0.5</v></c></row>';

function base(sheet = SHEET) {
  return workbook([{ name: 'S', xml: sheet }], {
    styles: STYLES,
    sharedStrings: ['得分'],
    parts: {
      'docProps/custom.xml': '<Properties>keep me</Properties>',
      'xl/media/image1.png': new Uint8Array([137, 80, 78, 71]),
    },
  });
}

const value = (cell: string, v: string | number | null, extra: object = {}): ChangeSet[number] => ({
  kind: 'value',
  sheet: 'S',
  cell,
  value: v,
  ...extra,
});

/** The names of the parts whose bytes differ between two packages (added and removed included). */
function changedParts(a: Uint8Array, b: Uint8Array): string[] {
  const x = unzipSync(a);
  const y = unzipSync(b);
  const names = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...names]
    .filter((n) => !x[n] || !y[n] || Buffer.compare(Buffer.from(x[n]), Buffer.from(y[n])) !== 0)
    .sort();
}

it('writes values into existing cells, new cells in order in a row, and new rows in order', () => {
  const before = base();
  const after = patchWorkbook(before, [
    value('A2', 9.83),
    value('C2', '优'),
    value('E2', 1),
    value('B4', true as unknown as number),
    value('C3', ' 合计 '),
    value('A7', '#DIV/0!'),
    value('B6', null),
  ]);
  expect(changedParts(before, after)).toEqual(['xl/worksheets/sheet1.xml']);
  const sheet = unzipText(after)['xl/worksheets/sheet1.xml'];
  expect(sheet).toContain(
    '<sheetData><row r="2" spans="1:4"><c r="A2" s="4"><v>9.83</v></c><c r="C2" t="inlineStr"><is><t>优</t></is></c>' +
      '<c r="D2" s="2"><v>1</v></c><c r="E2"><v>1</v></c></row>' +
      '<row r="3"><c r="C3" t="inlineStr"><is><t xml:space="preserve"> 合计 </t></is></c></row>' +
      '<row r="4"><c r="B4" t="b"><v>1</v></c></row>' +
      '<row r="6" ht="20" customHeight="1"><c r="B6" s="1" ph="1"/></row>' +
      '<row r="7"><c r="A7" t="e"><v>#DIV/0!</v></c></row></sheetData>',
  );
  const grid = readWorkbook(after).sheets[0].grid;
  expect(grid.values).toEqual([
    [9.83, null, '优', 1, 1],
    [null, null, ' 合计 ', null, null],
    [null, true, null, null, null],
    [null, null, null, null, null],
    [null, null, null, null, null],
    ['#DIV/0!', null, null, null, null],
  ]);
});

it("clones a cell's own format to set a fill or number format, appending to styles.xml only", () => {
  const before = base();
  const after = patchWorkbook(before, [
    { kind: 'fill', sheet: 'S', cell: 'D2', color: '#FFC7CE' },
    value('B6', 0.9, { format: '0.00%' }),
    value('C6', 9.5, { format: '0.000' }),
    { kind: 'fill', sheet: 'S', cell: 'A2', color: '#FFC7CE' },
    { kind: 'fill', sheet: 'S', cell: 'A9', color: null },
  ]);
  expect(changedParts(before, after)).toEqual(['xl/styles.xml', 'xl/worksheets/sheet1.xml']);
  const styles = unzipText(after)['xl/styles.xml'];
  const old = STYLES;
  // Everything before each container's end is as it was: entries only appended.
  expect(styles).toContain(old.slice(old.indexOf('<fonts'), old.indexOf('<fills')));
  expect(styles).toContain(
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="0.000"/></numFmts>',
  );
  expect(styles).toContain(
    '<fills count="4">' +
      old.slice(old.indexOf('<fills count="3">') + 17, old.indexOf('</fills>')) +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill></fills>',
  );
  expect(styles).toContain(
    '<cellXfs count="8">' +
      old.slice(old.indexOf('<cellXfs count="5">') + 19, old.indexOf('</cellXfs>')) +
      // A2 (xf 4: bold, 0.00) gets the fill; D2 (xf 2: bold, centred, 0.0) keeps font and
      // alignment and gets the fill; C6 (a new cell, xf 0) gets the new format.
      '<xf numFmtId="2" fontId="1" fillId="3" borderId="0" xfId="0" applyFill="1"/>' +
      '<xf numFmtId="164" fontId="1" fillId="3" borderId="0" xfId="0" applyFill="1"><alignment horizontal="center"/></xf>' +
      '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
  );
  const sheet = unzipText(after)['xl/worksheets/sheet1.xml'];
  // B6 already shows 0.00% (xf 1): no new format; A9 had no fill: clearing it changes nothing.
  expect(sheet).toContain('<c r="B6" s="1" ph="1"><v>0.9</v></c><c r="C6" s="7"><v>9.5</v></c>');
  expect(sheet).toContain('<c r="A2" s="5" t="s"><v>0</v></c>');
  expect(sheet).toContain('<c r="D2" s="6"><v>1</v></c>');
  expect(sheet).toContain('<row r="9"><c r="A9"/></row>');
  const grid = readWorkbook(after).sheets[0].grid;
  expect(grid.fills![0]).toEqual(['#FFC7CE', null, null, '#FFC7CE']);
  expect(grid.formats[4][1]).toBe('0.00%');
  expect(grid.text[4].slice(1, 3)).toEqual(['90.00%', '9.500']);

  // The same writes again (a second recalculation, or its undo and redo) add no entries.
  const again = patchWorkbook(after, [
    { kind: 'fill', sheet: 'S', cell: 'D2', color: '#FFC7CE' },
    value('C6', 9.5, { format: '0.000' }),
  ]);
  expect(changedParts(after, again)).toEqual([]);
  // Putting D2's own yellow back (an undo) finds its original format again.
  const undone = patchWorkbook(after, [{ kind: 'fill', sheet: 'S', cell: 'D2', color: '#FFFF00' }]);
  expect(unzipText(undone)['xl/worksheets/sheet1.xml']).toContain('<c r="D2" s="2"><v>1</v></c>');
  // Clearing a fill points at the workbook's own no-fill entry (fill 0).
  const cleared = unzipText(patchWorkbook(after, [{ kind: 'fill', sheet: 'S', cell: 'D2', color: null }]));
  expect(cleared['xl/worksheets/sheet1.xml']).toContain('<c r="D2" s="8"><v>1</v></c>');
  expect(cleared['xl/styles.xml']).toContain(
    '<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyFill="1"><alignment horizontal="center"/></xf></cellXfs>',
  );
});

it('writes new cells with the prefix the sheet uses (x: as the OpenXML SDK writes)', () => {
  const sheet = `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="B1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
  const after = patchWorkbook(workbook([{ name: 'S', xml: sheet }]), [value('A1', 2), value('B2', '良')]);
  expect(unzipText(after)['xl/worksheets/sheet1.xml']).toContain(
    '<x:sheetData><x:row r="1"><x:c r="A1"><x:v>2</x:v></x:c><x:c r="B1"><x:v>1</x:v></x:c></x:row>' +
      '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>良</x:t></x:is></x:c></x:row></x:sheetData>',
  );
  expect(readWorkbook(after).sheets[0].grid.values).toEqual([
    [2, 1],
    [null, '良'],
  ]);
});

it('fills an empty <sheetData/> and ignores selections; refuses unknown sheets and layout changes', () => {
  const bytes = workbook([
    { name: 'S', xml: `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData/></worksheet>` },
  ]);
  const after = patchWorkbook(bytes, [value('B2', 1), { kind: 'select', sheet: 'S', cell: 'B2' }]);
  expect(unzipText(after)['xl/worksheets/sheet1.xml']).toContain(
    '<sheetData><row r="2"><c r="B2"><v>1</v></c></row></sheetData>',
  );
  expect(() => patchWorkbook(bytes, [{ ...value('A1', 1), sheet: 'Nope' }])).toThrow(/no sheet named Nope/);
  expect(() => patchWorkbook(bytes, [{ kind: 'merge', sheet: 'S', range: 'A1:B1' }])).toThrow(/'merge'/);
  expect(strFromU8(unzipSync(patchWorkbook(bytes, []))['xl/worksheets/sheet1.xml'])).toContain(
    '<sheetData/>',
  );
});

it('a workbook naming a styles part its package lacks gets the part where it points, not a second one', () => {
  const broken = unzipSync(base());
  delete broken['xl/styles.xml'];
  const bytes = zipSync(broken);
  const after = patchWorkbook(bytes, [value('C2', 9.5, { format: '0.00' })]);
  const parts = unzipText(after);
  const rels = parts['xl/_rels/workbook.xml.rels'];
  expect(rels.match(/\/styles"/g)).toHaveLength(1);
  expect(parts['xl/styles.xml']).toContain('numFmtId="2"');
  expect(parts['[Content_Types].xml'].match(/\/xl\/styles\.xml/g)).toHaveLength(1);
  expect(readWorkbook(after).sheets[0].grid.formats[0][2]).toBe('0.00');
});

const withStyles = (styles: string) =>
  workbook([{ name: 'S', xml: SHEET }], { styles, sharedStrings: ['得分'] });

it('a styles part without <fills> or <cellXfs> gets them in the schema order, and the highlight shows', () => {
  const fill = { kind: 'fill', sheet: 'S', cell: 'D2', color: '#FFC7CE' } as const;
  // No <fills>: a new list holds Excel's two reserves, then the highlight; it goes after <fonts>.
  const noFills = STYLES.replace(/<fills count="3">.*<\/fills>/, '').replace(/fillId="2"/g, 'fillId="0"');
  const after = patchWorkbook(withStyles(noFills), [fill]);
  const styles = unzipText(after)['xl/styles.xml'];
  expect(styles).toContain(
    '</fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill></fills><borders',
  );
  expect(readWorkbook(after).sheets[0].grid.fills![0]).toEqual([null, null, null, '#FFC7CE']);

  // No <cellXfs>: a new list starts with the default format at every index a cell names (s="4"
  // the highest here: those cells keep showing it), then the highlight.
  const noXfs = STYLES.replace(/<cellXfs count="5">.*<\/cellXfs>/, '');
  const plain = patchWorkbook(withStyles(noXfs), [fill]);
  const xf = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>';
  expect(unzipText(plain)['xl/styles.xml']).toContain(
    `</cellStyleXfs><cellXfs count="6">${xf.repeat(5)}` +
      '<xf numFmtId="0" fontId="0" fillId="3" borderId="0" applyFill="1"/></cellXfs></styleSheet>',
  );
  const grid = readWorkbook(plain).sheets[0].grid;
  expect(grid.fills!.flat().filter((f) => f)).toEqual(['#FFC7CE']);
  // Nothing to highlight: the part stays as it is.
  const untouched = patchWorkbook(withStyles(noXfs), [value('A2', 1)]);
  expect(unzipText(untouched)['xl/styles.xml']).toBe(noXfs);
});

it("a <fills> short of Excel's two reserved fills gets them before the highlight; a package without styles covers the s its cells name", () => {
  const fill = { kind: 'fill', sheet: 'S', cell: 'D2', color: '#FFC7CE' } as const;
  const pink =
    '<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill>';
  const fills = STYLES.match(/<fills count="3">.*<\/fills>/)![0];
  const noneFill = '<fill><patternFill patternType="none"/></fill>';
  const grayFill = '<fill><patternFill patternType="gray125"/></fill>';
  for (const [given, expected] of [
    ['<fills count="0"/>', `<fills count="3">${noneFill}${grayFill}${pink}</fills>`],
    [`<fills count="1">${noneFill}</fills>`, `<fills count="3">${noneFill}${grayFill}${pink}</fills>`],
  ]) {
    const styles = STYLES.replace(fills, given).replace(/fillId="2"/g, 'fillId="0"');
    const after = patchWorkbook(withStyles(styles), [fill]);
    expect(unzipText(after)['xl/styles.xml']).toContain(expected);
    expect(
      readWorkbook(after)
        .sheets[0].grid.fills!.flat()
        .filter((f) => f),
    ).toEqual(['#FFC7CE']);
  }
  // No styles part while the cells name s="1" … s="4": the part made up covers them with the
  // default, so only the highlighted cell turns pink.
  const parts = unzipSync(withStyles(STYLES));
  delete parts['xl/styles.xml'];
  const bare = zipSync(parts);
  const patched = patchWorkbook(bare, [fill]);
  expect(
    readWorkbook(patched)
      .sheets[0].grid.fills!.flat()
      .filter((f) => f),
  ).toEqual(['#FFC7CE']);
});

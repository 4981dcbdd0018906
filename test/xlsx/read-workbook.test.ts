// Reading a workbook: sheets in order with visibility and protection, the state, any prefixes,
// Strict Open XML, and clear errors for what is not a workbook.

import { columnName, serializeState, STATE_SHEET, type WorkbookState } from '../../src/core';
import { unzipSync, Zip, ZipPassThrough, zipSync } from 'fflate';
import { readWorkbook, WorkbookFormatError } from '../../src/xlsx';
import { MAIN, REL, workbook, zip } from './helpers/package';

it('lists every worksheet in order with its visibility and protection', () => {
  const wb = readWorkbook(
    workbook([
      { name: '自评表', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: '隐藏', xml: '', state: 'hidden' },
      {
        name: '保护',
        xml: `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData/><sheetProtection sheet="1" objects="1"/></worksheet>`,
      },
      {
        name: '未保护',
        xml: `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData/><sheetProtection sheet="0"/></worksheet>`,
      },
    ]),
  );
  expect(wb.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
    ['自评表', 'visible', false],
    ['隐藏', 'hidden', false],
    ['保护', 'visible', true],
    ['未保护', 'visible', false],
  ]);
  expect(wb.sheets[2].grid.protected).toBe(true);
  expect(wb.sheets[1].grid.values).toEqual([]);
  expect(wb.state).toEqual({ version: 1, highlights: [] });
});

it('reads the state from column A of the very hidden state sheet', () => {
  const state: WorkbookState = {
    version: 1,
    settings: { rounding: 'down' },
    highlights: [{ sheet: 'S', cell: 'I12', previousFill: null }],
  };
  const chunks = serializeState(state);
  const rows = chunks
    .map((c, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${c}</t></is></c></row>`)
    .join('');
  const wb = readWorkbook(
    workbook([
      { name: 'S', xml: '' },
      { name: STATE_SHEET, xml: rows, state: 'veryHidden' },
    ]),
  );
  expect(wb.stateChunks).toEqual(chunks);
  expect(wb.state).toEqual(state);
});

it('reads an x:-prefixed workbook and sheets (OpenXML SDK) and a prefixed relationships part', () => {
  const sheet = `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>总分</x:t></x:is></x:c><x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
  const bytes = zip({
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<p:Relationships xmlns:p="http://schemas.openxmlformats.org/package/2006/relationships"><p:Relationship Id="R1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></p:Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets><x:sheet name="表" sheetId="1" rel:id="R2"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet.xml"/></Relationships>`,
    'xl/worksheets/sheet.xml': sheet,
  });
  const grid = readWorkbook(bytes).sheets[0].grid;
  expect(grid.values).toEqual([['总分', 2]]);
  expect(grid.formulas).toEqual([[null, '=1+1']]);
});

it('reads Strict Open XML (purl.oclc.org namespaces and relationship types)', () => {
  const main = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
  const rels = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
  const bytes = zip({
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="${main}" xmlns:r="${rels}" conformance="strict"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rels}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<sst xmlns="${main}"><si><t>评分等级</t></si></sst>`,
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="d"><v>2024-06-30T00:00:00</v></c></row></sheetData></worksheet>`,
  });
  expect(readWorkbook(bytes).sheets[0].grid.values).toEqual([['评分等级', 45473]]);
});

it('ignores parts it does not know and reads without shared strings, styles or docProps', () => {
  const bytes = workbook([{ name: 'S', xml: '<row r="1"><c r="A1"><v>3</v></c></row>' }], {
    parts: { 'customXml/item1.xml': '<not-closed>', 'xl/media/image1.png': new Uint8Array([1, 2, 3]) },
  });
  expect(readWorkbook(bytes).sheets[0].grid.values).toEqual([[3]]);
});

it('refuses what is not a workbook with a WorkbookFormatError saying why', () => {
  const ole = new Uint8Array(512);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  expect(() => readWorkbook(ole)).toThrow(/password-protected or legacy/);
  expect(() => readWorkbook(new TextEncoder().encode('hello, world, this is a csv file'))).toThrow(
    WorkbookFormatError,
  );
  expect(() => readWorkbook(zip({ 'a.txt': 'x' }))).toThrow(/no main document/);
  const broken = workbook([{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</c></row>' }]);
  expect(() => readWorkbook(broken)).toThrow(/sheet1.xml: not well-formed XML/);
  const lostRel = workbook([{ name: 'S', xml: '' }], {
    workbookXml: `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId99"/></sheets></workbook>`,
  });
  expect(() => readWorkbook(lostRel)).toThrow(/sheet S: relationship rId99 is missing/);
  // Cells that refer to shared strings in a package that lost them: damaged, not "no form".
  const noStrings = workbook([{ name: 'S', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }]);
  expect(() => readWorkbook(noStrings)).toThrow(/shared strings, but the workbook has none/);
  const oneMissing = workbook([{ name: 'S', xml: '<row r="1"><c r="A1" t="s"><v>3</v></c></row>' }], {
    sharedStrings: ['项目名称'],
  });
  expect(readWorkbook(oneMissing).sheets[0].grid.values).toEqual([[null]]);
});

it('matches elements by namespace, not by name: a foreign <c> or <f> is not a cell or a formula', () => {
  const other = 'http://schemas.microsoft.com/office/excel/2006/main';
  const sheet =
    `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:xm="${other}"><sheetData>` +
    `<row r="1"><c r="A1"><v>1</v></c><xm:c r="B1"><xm:v>9</xm:v></xm:c></row>` +
    `<row r="2" xmlns:s="${MAIN}"><s:c r="A2"><s:v>2</s:v></s:c></row>` +
    `<row r="3"><c r="A3" xmlns="${other}"><v>3</v></c></row>` +
    `</sheetData><extLst><ext><xm:f>Sheet1!A1</xm:f><xm:sqref>A1</xm:sqref></ext></extLst></worksheet>`;
  const grid = readWorkbook(workbook([{ name: 'S', xml: sheet }])).sheets[0].grid;
  expect(grid.values).toEqual([[1], [2]]);
  expect(grid.formulas).toEqual([[null], [null]]);
});

describe('a sheet with stray cells far from the rest', () => {
  const form = '<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1"><v>5</v></c></row>';

  it('reads the block the cells are in and names the far ones, instead of running out of memory', () => {
    const wb = readWorkbook(
      workbook([
        {
          name: '远处',
          xml:
            form +
            '<row r="3"><c r="C3"><v>7</v></c></row>' +
            // A styled cell holding nothing is left out without a word: nothing of it is lost to a check.
            '<row r="70000"><c r="D70000" s="0"/></row>' +
            '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>备注</t></is></c><c r="XFD1048576"><v>1</v></c></row>',
        },
        {
          name: '右边',
          xml:
            form.replace('</row>', '<c r="XFD1"><v>2</v></c></row>') +
            Array.from(
              { length: 299 },
              (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c></row>`,
            ).join(''),
        },
      ]),
    );
    const [far, right] = wb.sheets.map((s) => s.grid);
    expect([far.top, far.left, far.values.length, far.values[0].length]).toEqual([0, 0, 3, 3]);
    expect(far.values[2][2]).toBe(7);
    expect(far.farCells).toEqual({ count: 2, first: 'A1048576' });
    expect([right.values.length, right.values[0].length]).toEqual([300, 2]);
    expect(right.farCells).toEqual({ count: 1, first: 'XFD1' });
  });

  it('reads two forms 150,000 rows apart, and a form above a long list, in one grid', () => {
    const list = Array.from(
      { length: 150000 },
      (_, i) =>
        `<row r="${i + 2000}"><c r="A${i + 2000}"><v>${i}</v></c><c r="E${i + 2000}"><v>1</v></c></row>`,
    ).join('');
    const wb = readWorkbook(
      workbook([
        { name: '两表', xml: form.replace('B1', 'I1') + form.replace(/1"/g, '150001"').replace('B', 'I') },
        { name: '清单', xml: form.replace('B1', 'I1') + list },
      ]),
    );
    const [two, withList] = wb.sheets.map((s) => s.grid);
    expect([two.values.length, two.values[150000][0], two.farCells]).toEqual([150001, '项目名称', undefined]);
    expect([withList.values.length, withList.values[0][0], withList.farCells]).toEqual([
      151999,
      '项目名称',
      undefined,
    ]);
  });

  it('reads a block too large by itself from its top down, as far as affordable', () => {
    // Row 1 reaches column XFD (a cell every 100 columns), column A runs 300 rows: one block.
    const wide = Array.from(
      { length: 164 },
      (_, i) => `<c r="${columnName(i * 100 + 2)}1"><v>1</v></c>`,
    ).join('');
    const down = Array.from(
      { length: 299 },
      (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i}</v></c></row>`,
    ).join('');
    const grid = readWorkbook(workbook([{ name: 'S', xml: form.replace('</row>', `${wide}</row>`) + down }]))
      .sheets[0].grid;
    expect(grid.values[0][0]).toBe('项目名称');
    const rows = grid.values.length;
    expect(rows).toBeGreaterThan(200);
    expect(rows).toBeLessThan(300);
    expect(grid.farCells).toEqual({ count: 300 - rows, first: `A${rows + 1}` });
  });

  it('keeps a sheet whole when its cells are many rows apart but few enough to read', () => {
    const wb = readWorkbook(
      workbook([{ name: 'S', xml: form + '<row r="90000"><c r="A90000"><v>3</v></c></row>' }]),
    );
    const grid = wb.sheets[0].grid;
    expect(grid.values.length).toBe(90000);
    expect(grid.values[89999][0]).toBe(3);
    expect(grid.farCells).toBeUndefined();
  });
});

it('a zip holding two entries for one part is damaged: which one is the sheet cannot be told', () => {
  const good = unzipSync(workbook([{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }]));
  // The same name twice (fflate's streaming writer keeps both, as broken writers do) …
  const chunks: Uint8Array[] = [];
  const twice = new Zip((_, chunk) => chunks.push(chunk));
  for (const [name, bytes] of [
    ...Object.entries(good),
    ['xl/worksheets/sheet1.xml', new Uint8Array()] as const,
  ]) {
    const entry = new ZipPassThrough(name);
    twice.add(entry);
    entry.push(bytes, true);
  }
  twice.end();
  const sameName = new Uint8Array(Buffer.concat(chunks));
  expect(() => readWorkbook(sameName)).toThrow(/two entries named xl\/worksheets\/sheet1\.xml/);
  // … or names Open Packaging takes for one (case aside).
  const caseOnly = zipSync({ ...good, 'XL/Worksheets/Sheet1.xml': new Uint8Array() });
  expect(() => readWorkbook(caseOnly)).toThrow(WorkbookFormatError);
});

// Part names as Open Packaging compares them: without regard to ASCII case, percent-encoding
// decoded. Packages whose zip entries spell a part otherwise than its relationship does (Java and
// .NET writers, hand-edited files) are read and written like any other.

import { unzipSync, zipSync } from 'fflate';
import { emptyState } from '../../src/core';
import { fileKind } from '../../src/hosts/xlsx/file-kind';
import { patchWorkbook, readWorkbook } from '../../src/xlsx';
import { workbook } from './helpers/package';

const SHEET = '<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1"><v>5</v></c></row>';

/** The package with its zip entries renamed by `rename` (parts' text untouched unless `edit` says). */
function renamed(
  bytes: Uint8Array,
  rename: (name: string) => string,
  edit: (name: string, text: string) => string = (_n, t) => t,
): Uint8Array {
  const out: Record<string, Uint8Array> = {};
  for (const [name, b] of Object.entries(unzipSync(bytes)))
    out[rename(name)] = new TextEncoder().encode(edit(name, new TextDecoder().decode(b)));
  return zipSync(out);
}

const base = () => workbook([{ name: '表1', xml: SHEET }]);

it.each([
  [
    'entries in other case than the relationships',
    (n: string) => n.replace('worksheets/sheet1', 'Worksheets/Sheet1'),
  ],
  [
    '_rels/.rels and [Content_Types].xml in other case',
    (n: string) => n.replace('_rels/.rels', '_RELS/.RELS').replace('[Content_Types]', '[content_types]'),
  ],
])('reads a package with %s', (_what, rename) => {
  const bytes = renamed(base(), rename);
  expect(fileKind(bytes, 'x.xlsx')).toBe('ooxml');
  expect(readWorkbook(bytes).sheets[0].grid.values[0]).toEqual(['项目名称', 5]);
});

it('reads a part whose zip entry keeps the percent-encoding its relationship and content type use', () => {
  const bytes = renamed(
    base(),
    (n) => n.replace('worksheets/sheet1.xml', 'worksheets/%E8%A1%A8%201.xml'),
    (_n, t) => t.replace(/sheet1\.xml/g, '%E8%A1%A8%201.xml'),
  );
  expect(readWorkbook(bytes).sheets[0].grid.values[0]).toEqual(['项目名称', 5]);
});

it('writes the sheet its relationship names in other case, and adds no part whose name is already taken', () => {
  // An unrelated 'Sheet2.xml' is there already: the state sheet must not be 'sheet2.xml' beside it.
  const bytes = renamed(
    workbook([{ name: '表1', xml: SHEET }], { parts: { 'xl/worksheets/Sheet2.xml': '<x/>' } }),
    (n) => n.replace('worksheets/sheet1', 'worksheets/SHEET1'),
  );
  const after = patchWorkbook(bytes, [{ kind: 'value', sheet: '表1', cell: 'B1', value: 7 }], emptyState());
  const names = Object.keys(unzipSync(after));
  const lower = names.map((n) => n.toLowerCase());
  expect(new Set(lower).size).toBe(names.length);
  expect(names).toContain('xl/worksheets/SHEET1.xml');
  expect(names).toContain('xl/worksheets/Sheet2.xml');
  expect(readWorkbook(after).sheets[0].grid.values[0]).toEqual(['项目名称', 7]);
});

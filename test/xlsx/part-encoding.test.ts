// Parts written in UTF-16 (some older tools and hand-made packages): read with or without a byte
// order mark, and a patched one keeps its encoding, so that only the planned cell's bytes change.

import { unzipSync, zipSync } from 'fflate';
import { patchWorkbook, readWorkbook } from '../../src/xlsx';
import { workbook } from './helpers/package';

const SHEET = '<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1"><v>5</v></c></row>';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const s = (bom ? '\ufeff' : '') + text;
  const out = new Uint8Array(s.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

/** The one-sheet package with its sheet part re-encoded. */
function withSheetIn(littleEndian: boolean, bom: boolean): Uint8Array {
  const parts: Record<string, Uint8Array> = unzipSync(workbook([{ name: 'S', xml: SHEET }]));
  const text = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']).replace('UTF-8', 'UTF-16');
  parts['xl/worksheets/sheet1.xml'] = utf16(text, littleEndian, bom);
  return zipSync(parts);
}

it.each([
  ['UTF-16LE with a byte order mark', true, true],
  ['UTF-16BE with a byte order mark', false, true],
  ['UTF-16LE without one', true, false],
])('a sheet in %s is read, and written back in the same encoding', (_what, littleEndian, bom) => {
  const before = withSheetIn(littleEndian, bom);
  expect(readWorkbook(before).sheets[0].grid.values[0]).toEqual(['项目名称', 5]);
  const after = patchWorkbook(before, [{ kind: 'value', sheet: 'S', cell: 'B1', value: 7 }]);
  expect(readWorkbook(after).sheets[0].grid.values[0]).toEqual(['项目名称', 7]);
  const a = unzipSync(before)['xl/worksheets/sheet1.xml'];
  const b = unzipSync(after)['xl/worksheets/sheet1.xml'];
  // Same bytes up to the changed <v>: the value 5 became 7, one UTF-16 code unit.
  expect(b.length).toBe(a.length);
  const differing = [...a.keys()].filter((i) => a[i] !== b[i]);
  expect(differing).toHaveLength(1);
});

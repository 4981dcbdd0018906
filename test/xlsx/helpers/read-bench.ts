// Reading speed and memory, measured in a plain Node process (run with `tsx --expose-gc`; jest's
// module sandbox slows some code paths and hides the garbage collector). Prints one JSON line:
// {sheets, readMs, floorMs, ratio, nsFloorMs, nsRatio, heapMB}.
//   floor: unzip the parts a reading needs (sheets, shared strings, styles) and run the same XML
//          parser over them with handlers that do nothing (nsFloor: with saxes resolving namespaces);
//   read:  readWorkbook, which also builds every Grid;
//   heap:  what the WorkbookFile keeps after a full garbage collection.

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'fs';
import path from 'path';
import { SaxesParser } from 'saxes';
import { readWorkbook } from '../../../src/xlsx';

/** The 14 district forms repeated into a workbook of `count` sheets. */
export function bigWorkbook(count: number): Uint8Array {
  const file = path.join(__dirname, '..', '..', 'fixtures', '2022-district-blank.xlsx');
  const src = unzipSync(new Uint8Array(readFileSync(file)));
  const files: Record<string, Uint8Array> = {};
  let sheets = '';
  let rels = '';
  let types = '';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  for (let i = 1; i <= count; i++) {
    files[`xl/worksheets/sheet${i}.xml`] = src[`xl/worksheets/sheet${((i - 1) % 14) + 1}.xml`];
    sheets += `<sheet name="表${i}" sheetId="${i}" r:id="rId${i + 10}"/>`;
    rels += `<Relationship Id="rId${i + 10}" Type="${rel}" Target="worksheets/sheet${i}.xml"/>`;
    types += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${type}"/>`;
  }
  const edit = (name: string, from: RegExp, to: string) => strToU8(strFromU8(src[name]).replace(from, to));
  return zipSync({
    ...files,
    '[Content_Types].xml': edit(
      '[Content_Types].xml',
      /(<Override PartName="\/xl\/worksheets[^>]*\/>)+/,
      types,
    ),
    '_rels/.rels': src['_rels/.rels'],
    'xl/workbook.xml': edit('xl/workbook.xml', /<sheets>.*<\/sheets>/, `<sheets>${sheets}</sheets>`),
    'xl/_rels/workbook.xml.rels': edit(
      'xl/_rels/workbook.xml.rels',
      /(<Relationship Id="rId(?:[4-9]|1\d)"[^>]*\/>)+/,
      rels,
    ),
    'xl/styles.xml': src['xl/styles.xml'],
    'xl/sharedStrings.xml': src['xl/sharedStrings.xml'],
    'xl/theme/theme1.xml': src['xl/theme/theme1.xml'],
  });
}

/** `xmlns`: the parser resolving namespaces itself, as a namespace-aware reader might run it. */
function floor(bytes: Uint8Array, xmlns = false): void {
  const decoder = new TextDecoder();
  const wanted = (n: string) =>
    n.startsWith('xl/worksheets/') || n === 'xl/sharedStrings.xml' || n === 'xl/styles.xml';
  const parts = unzipSync(bytes, { filter: (f) => wanted(f.name) });
  for (const name in parts) {
    const parser = xmlns
      ? new SaxesParser({ xmlns: true, position: false })
      : new SaxesParser({ position: false });
    parser.on('opentag', () => undefined);
    parser.on('closetag', () => undefined);
    parser.on('text', () => undefined);
    parser.write(decoder.decode(parts[name])).close();
  }
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

export function measure(count: number, rounds: number) {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const bytes = bigWorkbook(count);
  for (let i = 0; i < 3; i++) {
    floor(bytes);
    readWorkbook(bytes);
  }
  const floors: number[] = [];
  const nsFloors: number[] = [];
  const reads: number[] = [];
  for (let i = 0; i < rounds; i++) {
    floors.push(time(() => floor(bytes)));
    nsFloors.push(time(() => floor(bytes, true)));
    reads.push(time(() => readWorkbook(bytes)));
  }
  // What a WorkbookFile keeps: the heap with it, less the heap once it is dropped.
  let kept: ReturnType<typeof readWorkbook> | null = readWorkbook(bytes);
  const sheets = kept.sheets.length;
  gc();
  const withGrids = process.memoryUsage().heapUsed;
  kept = null;
  gc();
  const heapMB = (withGrids - process.memoryUsage().heapUsed) / 1e6;
  return {
    sheets,
    readMs: median(reads),
    floorMs: median(floors),
    ratio: median(reads) / median(floors),
    nsFloorMs: median(nsFloors),
    nsRatio: median(reads) / median(nsFloors),
    heapMB,
  };
}

if (require.main === module) console.log(JSON.stringify(measure(Number(process.argv[2] ?? 200), 21)));

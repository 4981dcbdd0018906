// One side of the check-against-floor comparison, alone in its process (run by bench/check.ts):
// `floor`, `read`, `check` or `load` over each fixture workbook, printing one JSON line of CPU
// milliseconds per workbook. Alone, because sides sharing a process share the JIT's and the
// collector's state: saxes run in two modes in one process slows both, and one side's garbage
// is collected during the other's turn.

import { unzipSync } from 'fflate';
import { promises as fs } from 'fs';
import path from 'path';
import { SaxesParser } from 'saxes';
import { FIXTURE_DIR, WORKBOOKS } from './core';

// The compiled command the user runs (npm run bench builds it first).
const dist = path.join(__dirname, '..', 'dist', 'src');
const { checkFile } = require(
  path.join(dist, 'cli', 'checked-file'),
) as typeof import('../src/cli/checked-file');
const { parseArgs } = require(path.join(dist, 'cli', 'args')) as typeof import('../src/cli/args');
const { toText } = require(path.join(dist, 'cli', 'report')) as typeof import('../src/cli/report');
const { readWorkbook } = require(path.join(dist, 'xlsx')) as typeof import('../src/xlsx');

/** The parts a check reads: the workbook, its relationships, styles, shared strings, theme, sheets. */
const READ =
  /^(xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|sharedStrings\.xml|theme\/theme\d*\.xml|worksheets\/[^/]+\.xml)|_rels\/\.rels)$/;

/** The floor: read the file, unzip what a check reads, parse every part's XML (saxes, with the
 * namespace processing a reader of any prefix needs; events counted, nothing built). */
async function floor(file: string): Promise<number> {
  const parts = unzipSync(new Uint8Array(await fs.readFile(file)), { filter: (f) => READ.test(f.name) });
  const decoder = new TextDecoder();
  let events = 0;
  for (const bytes of Object.values(parts)) {
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', () => events++);
    parser.write(decoder.decode(bytes)).close();
  }
  return events;
}

const args = parseArgs(['check'], 'zh-CN');
const SIDES: Record<string, (file: string) => Promise<unknown>> = {
  floor,
  /** The file layer alone: every sheet's Grid. */
  read: async (file) => readWorkbook(new Uint8Array(await fs.readFile(file))),
  /** What `selfeval check FILE` does once started: read, check every sheet, the text report. */
  check: async (file) => toText(await checkFile(file, args), 'zh-CN'),
  /** ExcelJS loading the workbook, for the record. */
  load: async (file) =>
    new (await import('exceljs')).default.Workbook().xlsx.load(
      (await fs.readFile(file)) as unknown as ArrayBuffer,
    ),
};

/** CPU milliseconds of this process (all its threads): steadier than the wall clock on a busy machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPU spent warming a side up before it is measured: every workbook in turns until the JIT has
 * compiled what the side runs. The check runs far more code than the floor (the core's every
 * rule); after ten runs of one workbook it was not compiled yet, and the figure came out about a
 * fifth above the check's steady cost (the first workbook's nearly twice). */
const WARM_MS = 1500;

/** Per workbook, the best of `rounds` rounds of the mean CPU ms of `perRound` runs, after warming
 * up on all the workbooks: another process on the machine slows a round, not the figure. */
async function measure(side: (file: string) => Promise<unknown>, rounds = 7, perRound = 10) {
  const files = WORKBOOKS.map((name) => path.join(FIXTURE_DIR, `${name}.xlsx`));
  const warmStart = cpuMs();
  for (let pass = 0; pass < 10 || cpuMs() - warmStart < WARM_MS; pass++)
    for (const file of files) await side(file);
  const out: Record<string, number> = {};
  for (const name of WORKBOOKS) out[name] = Infinity;
  for (let r = 0; r < rounds; r++)
    for (const [i, name] of WORKBOOKS.entries()) {
      const t = cpuMs();
      for (let k = 0; k < perRound; k++) await side(files[i]);
      out[name] = Math.min(out[name], (cpuMs() - t) / perRound);
    }
  return out;
}

if (require.main === module) {
  const side = SIDES[process.argv[2]];
  if (!side) throw new Error(`side: one of ${Object.keys(SIDES).join(', ')}`);
  measure(side).then((ms) => console.log(JSON.stringify(ms)));
}

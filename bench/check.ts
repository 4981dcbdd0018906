// `selfeval check` time per workbook against the floor: reading the file, unzipping the parts a
// check reads and parsing their XML (fflate + saxes, events ignored), measured in the same run;
// and, for the record, against ExcelJS loading the same workbook alone.

import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { promises as fs } from 'fs';
import path from 'path';
import { SaxesParser } from 'saxes';
import { FIXTURE_DIR, WORKBOOKS } from './core';

// The compiled command the user runs (npm run bench builds it first).
const cli = path.join(__dirname, '..', 'dist', 'src', 'cli');
const { checkFile } = require(path.join(cli, 'checked-file')) as typeof import('../src/cli/checked-file');
const { parseArgs } = require(path.join(cli, 'args')) as typeof import('../src/cli/args');
const { toText } = require(path.join(cli, 'report')) as typeof import('../src/cli/report');
const { readWorkbook } = require(
  path.join(__dirname, '..', 'dist', 'src', 'xlsx'),
) as typeof import('../src/xlsx');

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function ms(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** The parts a check reads: the workbook, its relationships, styles, shared strings, theme, sheets. */
const READ =
  /^(xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|sharedStrings\.xml|theme\/theme\d*\.xml|worksheets\/[^/]+\.xml)|_rels\/\.rels)$/;

/** The floor: read the file, unzip what a check reads, parse every part's XML. */
export async function floor(file: string): Promise<number> {
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

export interface CheckFigures {
  rows: { workbook: string; floorMs: number; readMs: number; checkMs: number; loadMs: number }[];
  /** check ÷ floor, summed over the workbooks (goal ≤ 1.2). */
  floorRatio: number;
  /** Reading alone (the file layer's readWorkbook: every sheet's Grid) ÷ floor: how much of the
   * check's time over the floor is the file layer and how much the core's recognising and
   * validating. */
  readRatio: number;
  /** check ÷ ExcelJS load. */
  loadRatio: number;
  /** Milliseconds per file of the check, the mean of the workbooks' medians. */
  checkMsPerFile: number;
}

/**
 * Medians of `runs` timings of each, the three taken in turns so that all see the same machine
 * (a busy moment slows one round, not one side).
 */
export async function measureCheck(runs = 31): Promise<CheckFigures> {
  const args = parseArgs(['check'], 'zh-CN');
  const rows: CheckFigures['rows'] = [];
  for (const name of WORKBOOKS) {
    const file = path.join(FIXTURE_DIR, `${name}.xlsx`);
    const load = async () =>
      new ExcelJS.Workbook().xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
    const check = async () => toText(await checkFile(file, args), 'zh-CN');
    const base = () => floor(file);
    const read = async () => readWorkbook(new Uint8Array(await fs.readFile(file)));
    await load();
    await check();
    await base();
    await read();
    const loads: number[] = [];
    const checks: number[] = [];
    const floors: number[] = [];
    const reads: number[] = [];
    for (let i = 0; i < runs; i++) {
      floors.push(await ms(base));
      reads.push(await ms(read));
      checks.push(await ms(check));
      loads.push(await ms(load));
    }
    rows.push({
      workbook: name,
      floorMs: median(floors),
      readMs: median(reads),
      checkMs: median(checks),
      loadMs: median(loads),
    });
  }
  const sum = (key: 'floorMs' | 'readMs' | 'checkMs' | 'loadMs') => rows.reduce((s, r) => s + r[key], 0);
  return {
    rows,
    floorRatio: sum('checkMs') / sum('floorMs'),
    readRatio: sum('readMs') / sum('floorMs'),
    loadRatio: sum('checkMs') / sum('loadMs'),
    checkMsPerFile: sum('checkMs') / rows.length,
  };
}

// `selfeval check` wall time per workbook against ExcelJS loading the same workbook alone.

import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { FIXTURE_DIR, WORKBOOKS } from './core';

// The compiled command the user runs (npm run bench builds it first).
const cli = path.join(__dirname, '..', 'dist', 'src', 'cli');
const { checkFile } = require(path.join(cli, 'checked-file')) as typeof import('../src/cli/checked-file');
const { parseArgs } = require(path.join(cli, 'args')) as typeof import('../src/cli/args');
const { toText } = require(path.join(cli, 'report')) as typeof import('../src/cli/report');

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function ms(fn: () => Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/**
 * Medians of `runs` timings of each, the load and the check taken in turns so that both see the
 * same machine (a busy moment slows one pair, not one side).
 */
export async function measureCheck(
  runs = 31,
): Promise<{ rows: { workbook: string; loadMs: number; checkMs: number }[]; ratio: number }> {
  const args = parseArgs(['check'], 'zh-CN');
  const rows = [];
  for (const name of WORKBOOKS) {
    const file = path.join(FIXTURE_DIR, `${name}.xlsx`);
    const load = async () =>
      new ExcelJS.Workbook().xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
    const check = async () => toText(await checkFile(file, args), 'zh-CN');
    await load();
    await check();
    const loads: number[] = [];
    const checks: number[] = [];
    for (let i = 0; i < runs; i++) {
      loads.push(await ms(load));
      checks.push(await ms(check));
    }
    rows.push({ workbook: name, loadMs: median(loads), checkMs: median(checks) });
  }
  const ratio = rows.reduce((s, r) => s + r.checkMs, 0) / rows.reduce((s, r) => s + r.loadMs, 0);
  return { rows, ratio };
}

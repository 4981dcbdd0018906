// `selfeval check` wall time per workbook against ExcelJS loading the same workbook alone.

import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { FIXTURE_DIR, WORKBOOKS } from './core';

// The compiled command the user runs (npm run bench builds it first).
const cli = path.join(__dirname, '..', 'dist', 'src', 'cli');
const { checkFile } = require(
  path.join(cli, 'commands', 'check'),
) as typeof import('../src/cli/commands/check');
const { parseArgs } = require(path.join(cli, 'args')) as typeof import('../src/cli/args');
const { toText } = require(path.join(cli, 'report')) as typeof import('../src/cli/report');

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(ms);
}

export async function measureCheck(
  runs = 15,
): Promise<{ rows: { workbook: string; loadMs: number; checkMs: number }[]; ratio: number }> {
  const args = parseArgs(['check'], 'zh-CN');
  const rows = [];
  for (const name of WORKBOOKS) {
    const file = path.join(FIXTURE_DIR, `${name}.xlsx`);
    const loadMs = await time(
      async () => new ExcelJS.Workbook().xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer),
      runs,
    );
    const checkMs = await time(async () => toText(await checkFile(file, args), 'zh-CN'), runs);
    rows.push({ workbook: name, loadMs, checkMs });
  }
  const ratio = rows.reduce((s, r) => s + r.checkMs, 0) / rows.reduce((s, r) => s + r.loadMs, 0);
  return { rows, ratio };
}

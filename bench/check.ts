// `selfeval check` wall time per workbook against ExcelJS loading the same workbook alone.

import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { checkFile } from '../src/cli/commands/check';
import { parseArgs } from '../src/cli/args';
import { toText } from '../src/cli/report';
import { FIXTURE_DIR, WORKBOOKS } from './core';

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

// `selfeval check` time per workbook against the floor: reading the file, unzipping the parts a
// check reads and parsing their XML (fflate + saxes, events ignored); and, for the record, against
// ExcelJS loading the same workbook. Each side runs alone in its own process (bench/check-side.ts),
// the sides taken in turns, three times: the best of each is kept.

import { spawnSync } from 'child_process';
import path from 'path';
import { WORKBOOKS } from './core';

type Side = 'floor' | 'read' | 'check' | 'load';
const SIDES: Side[] = ['floor', 'read', 'check', 'load'];
const TURNS = 3;

/** CPU ms per workbook of one side, in a new process. */
function runSide(side: Side): Record<string, number> {
  const script = path.join(__dirname, 'check-side.ts');
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, side], {
    encoding: 'utf8',
    cwd: path.join(__dirname, '..'),
  });
  const last = run.stdout.trim().split('\n').pop();
  if (run.status !== 0 || !last) throw new Error(`bench side ${side} failed: ${run.stderr}`);
  return JSON.parse(last) as Record<string, number>;
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
  /** CPU milliseconds per file of the check, the mean over the workbooks. */
  checkMsPerFile: number;
}

export async function measureCheck(): Promise<CheckFigures> {
  const best: Record<Side, Record<string, number>> = { floor: {}, read: {}, check: {}, load: {} };
  for (let turn = 0; turn < TURNS; turn++) {
    for (const side of SIDES) {
      for (const [name, ms] of Object.entries(runSide(side)))
        best[side][name] = Math.min(best[side][name] ?? Infinity, ms);
    }
  }
  const rows = WORKBOOKS.map((workbook) => ({
    workbook,
    floorMs: best.floor[workbook],
    readMs: best.read[workbook],
    checkMs: best.check[workbook],
    loadMs: best.load[workbook],
  }));
  const sum = (key: 'floorMs' | 'readMs' | 'checkMs' | 'loadMs') => rows.reduce((s, r) => s + r[key], 0);
  return {
    rows,
    floorRatio: sum('checkMs') / sum('floorMs'),
    readRatio: sum('readMs') / sum('floorMs'),
    loadRatio: sum('checkMs') / sum('loadMs'),
    checkMsPerFile: sum('checkMs') / rows.length,
  };
}

// `selfeval check FILE` as a user runs it: the built CLI in a new process on the 15-form workbook,
// start to exit (Node's start and the modules it loads included), median of 7 runs.

import { spawnSync } from 'child_process';
import path from 'path';
import { FIXTURE_DIR } from './core';
import { root } from './folder';

const RUNS = 7;

export async function measureOneFile(
  workbook = '2023-city-centre',
): Promise<{ workbook: string; ms: number }> {
  const bin = path.join(await root(), 'bin', 'selfeval.js');
  const file = path.join(FIXTURE_DIR, `${workbook}.xlsx`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [bin, 'check', file, '--json'], { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (!run.stdout.trim()) throw new Error(`selfeval check ${workbook}.xlsx printed nothing: ${run.stderr}`);
  }
  times.sort((a, b) => a - b);
  return { workbook, ms: times[Math.floor(RUNS / 2)] };
}

// Core throughput: recognise + score + validate + plan over every fixture form, one process.

import path from 'path';
import type { Grid } from '../src/core';

// The compiled core the CLI runs (npm run bench builds it first), not the TypeScript loader's.
const dist = path.join(__dirname, '..', 'dist', 'src');
const { check, recalculate, emptyState } = require(path.join(dist, 'core')) as typeof import('../src/core');
const { openWorkbook, readGrids } = require(
  path.join(dist, 'hosts', 'xlsx'),
) as typeof import('../src/hosts/xlsx');

export const FIXTURE_DIR = path.join(__dirname, '..', 'test', 'fixtures');
export const WORKBOOKS = [
  '2022-district',
  '2022-district-blank',
  '2023-city-centre',
  '2023-city-centre-blank',
];

export async function fixtureGrids(): Promise<Grid[]> {
  const grids: Grid[] = [];
  for (const name of WORKBOOKS)
    grids.push(...readGrids(await openWorkbook(path.join(FIXTURE_DIR, `${name}.xlsx`))));
  return grids;
}

/** CPU milliseconds of this process: steadier than the wall clock on a busy machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Forms per CPU-second for `fn` over all grids: the best of `rounds` rounds of `ms` each, so that
 * another process on the machine slows a round but not the figure.
 */
function throughput(grids: Grid[], forms: number, fn: (g: Grid) => void, rounds = 9, ms = 800): number {
  for (let i = 0; i < 30; i++) for (const g of grids) fn(g); // warm up the JIT
  let best = 0;
  for (let round = 0; round < rounds; round++) {
    let passes = 0;
    const start = cpuMs();
    let elapsed = 0;
    while (elapsed < ms) {
      for (const g of grids) fn(g);
      passes++;
      elapsed = cpuMs() - start;
    }
    best = Math.max(best, (passes * forms) / (elapsed / 1000));
  }
  return best;
}

export async function measureCore(): Promise<{
  forms: number;
  checkFormsPerSec: number;
  recalcFormsPerSec: number;
}> {
  const grids = await fixtureGrids();
  const forms = grids.reduce((n, g) => n + check(g).forms.length, 0);
  return {
    forms,
    checkFormsPerSec: throughput(grids, forms, (g) => check(g)),
    recalcFormsPerSec: throughput(grids, forms, (g) => recalculate([g], emptyState())),
  };
}

// Core throughput: recognise + score + validate + plan over every fixture form, one process.

import { recalculate, emptyState, type Grid } from '../src/core';
import { openWorkbook, readGrids } from '../src/hosts/xlsx';
import { check } from '../src/core';
import path from 'path';

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

/** Forms per second for `fn` over all grids, run for at least `ms` milliseconds. */
function throughput(grids: Grid[], forms: number, fn: (g: Grid) => void, ms = 2000): number {
  for (const g of grids) fn(g); // warm up
  let rounds = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < ms) {
    for (const g of grids) fn(g);
    rounds++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return (rounds * forms) / (elapsed / 1000);
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

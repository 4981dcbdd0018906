// A form whose funds block (项目资金) or its 得分 / 执行率 column is missing (domain.md §1): the
// 预算执行得分 has no cell, or no 总分 can be computed at all. "0 errors" must never be said over it.

import { address, check, type Grid } from '../../../src/core';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { defaultSettings } from '../../../src/core/model/settings';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { applyToGrid } from '../../helpers/apply-to-grid';
import { fixture } from '../../helpers/fixtures';

let published: Grid;

beforeAll(async () => {
  published = readGrids(await openWorkbook(fixture('2022-district')))[0];
});

/** The grid with every cell of the funds block's columns `cols` (header to last sub-row) emptied. */
function withoutFundsColumns(grid: Grid, pick: (f: FundsCells) => (number | undefined)[]): Grid {
  const [e] = evaluateSheet(grid, defaultSettings).evals;
  const f = e.form.funds!;
  const cols = pick({ rate: f.rate?.col, score: f.score?.col, budgeted: f.budgeted?.col });
  const rows = [f.row - 1, f.row, ...f.subRows.map((s) => s.row)];
  const changes = rows.flatMap((row) =>
    cols.map((col) => ({ kind: 'value' as const, sheet: grid.sheet, cell: address(row, col!), value: null })),
  );
  return applyToGrid(grid, changes);
}
type FundsCells = { rate?: number; score?: number; budgeted?: number };

const codes = (grid: Grid) => check(grid).issues.map((i) => `${i.severity} ${i.code} ${i.cell}`);

it('the published form has every part: no structure issue', () => {
  expect(codes(published).filter((c) => c.includes('FUNDS_'))).toEqual([]);
});

it('a funds header without 得分 is an error at the header, naming the column', () => {
  const grid = withoutFundsColumns(published, (c) => [c.score]);
  const issues = check(grid).issues.filter((i) => i.code === 'FUNDS_COLUMN_MISSING');
  expect(issues.map((i) => [i.severity, i.cell])).toEqual([['error', 'H4']]);
  expect(issues[0].message).toContain('“得分”');
});

it('a funds header without 执行率 is a warning: the 得分 is still computed from the amounts', () => {
  const grid = withoutFundsColumns(published, (c) => [c.rate]);
  const issues = check(grid).issues.filter((i) => i.code === 'FUNDS_COLUMN_MISSING');
  expect(issues.map((i) => i.severity)).toEqual(['warning']);
  expect(issues[0].message).toContain('“执行率”');
  const [e] = evaluateSheet(grid, defaultSettings).evals;
  expect(e.budget?.expectedScore?.toFixed(2)).toBe('10.00');
});

it('a form without its funds block is an error at its title: no budget score, no 总分', () => {
  // Without 全年预算数 the header is no funds header at all.
  const grid = withoutFundsColumns(published, (c) => [c.budgeted]);
  const [e] = evaluateSheet(grid, defaultSettings).evals;
  expect(e.form.funds).toBeNull();
  expect(e.expectedTotal).toBeNull();
  expect(codes(grid)).toContain('error FUNDS_MISSING A1');
});

// An empty or unreadable 分值 is no 0 (domain.md §2): the cell's own issue says what is wrong, and
// no sum built on it (权重合计, 总分值) is judged or written, lest a clerk "correct" 总分's 分值
// to a sum that counts the unreadable cell as nothing.

import { address, check, emptyState, recalculate, type Grid } from '../../../src/core';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { defaultSettings } from '../../../src/core/model/settings';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { applyToGrid } from '../../../src/core/plan/grid-after';
import { fixture } from '../../helpers/fixtures';
import { messages } from '../../../src/i18n';

const english = messages('en');

let blank: Grid;
let published: Grid;

beforeAll(async () => {
  // A blank form whose 总分 row is labelled: it is found with its 分值 cell empty.
  blank = readGrids(await openWorkbook(fixture('2023-city-centre-blank')))[0];
  published = readGrids(await openWorkbook(fixture('2022-district')))[0];
});

/** The grid with the second indicator's 分值 cell holding `value`. */
function withWeight(grid: Grid, value: string | null): { grid: Grid; cell: string; totalWeight: string } {
  const [e] = evaluateSheet(grid, defaultSettings).evals;
  const w = e.form.indicators[1].weight;
  const cell = address(w.row, w.col);
  const t = e.form.total!.weight;
  return {
    grid: applyToGrid(grid, [{ kind: 'value', sheet: grid.sheet, cell, value }]),
    cell,
    totalWeight: address(t.row, t.col),
  };
}

it.each([
  ['unreadable', '40分x', 'UNREADABLE_VALUE'],
  ['empty', null, 'MISSING_WEIGHT'],
])('a 分值 that is %s is named, and no weight sum is judged on it', (_what, value, code) => {
  const { grid, cell } = withWeight(published, value);
  const issues = check(grid).issues;
  expect(issues.some((i) => i.code === code && i.cell === cell)).toBe(true);
  expect(issues.map((i) => i.code)).not.toContain('WEIGHT_SUM');
  expect(issues.map((i) => i.code)).not.toContain('TOTAL_WEIGHT_MISMATCH');
});

it('recalculate writes no 总分 分值 while a 分值 is unreadable', () => {
  const { grid, totalWeight } = withWeight(blank, 'abc');
  const cleared = (g: Grid) =>
    applyToGrid(g, [{ kind: 'value', sheet: g.sheet, cell: totalWeight, value: null }]);
  const cells = recalculate([cleared(grid)], emptyState()).changes.map((c) => 'cell' in c && c.cell);
  expect(cells).not.toContain(totalWeight);
  // With every 分值 readable the empty 总分 分值 is written.
  const all = recalculate([cleared(blank)], emptyState()).changes.map((c) => 'cell' in c && c.cell);
  expect(all).toContain(totalWeight);
});

it('the weight issues name the budget’s own 分值 (20 here), never a fixed 10', () => {
  const [e] = evaluateSheet(published, defaultSettings).evals;
  const w = e.form.funds!.weight!;
  const grid = applyToGrid(published, [
    { kind: 'value', sheet: published.sheet, cell: address(w.row, w.col), value: 20 },
  ]);
  const messages = Object.fromEntries(check(grid).issues.map((i) => [i.code, i.message]));
  expect(messages.WEIGHT_SUM).toContain('预算执行 20 + 指标分值合计 90.00');
  expect(messages.WEIGHT_SUM).toContain('分值相加为 110.00');
  // The 100 in the 总分 row is right: only the sum is wrong, and only it is flagged.
  expect(messages.TOTAL_WEIGHT_MISMATCH).toBeUndefined();
});

it('分值 adding up to 90 under a typed 总分 分值 of 100: one error, saying the rows add up to 90 and are to check', () => {
  const [e] = evaluateSheet(published, defaultSettings).evals;
  const w = e.form.indicators[0].weight;
  const was = Number(published.values[w.row - published.top][w.col - published.left]);
  const grid = applyToGrid(published, [
    { kind: 'value', sheet: published.sheet, cell: address(w.row, w.col), value: was - 10 },
  ]);
  const t = e.form.total!.weight;
  const onTotal = check(grid).issues.filter((i) => i.cell === address(t.row, t.col));
  expect(onTotal.map((i) => i.code)).toEqual(['WEIGHT_SUM']);
  // Said on the cell showing 100: the message says the rows add up to 90, not that the cell holds it.
  expect(onTotal[0].message).toBe(
    '预算执行与各指标的分值相加为 90.00（预算执行 10 + 指标分值合计 80.00），应为 100：请检查各行的分值',
  );
  const en = check(grid, undefined, english).issues.find((i) => i.code === 'WEIGHT_SUM');
  expect(en?.message).toBe(
    'The weights of the budget and the indicators add up to 90.00 (budget 10 + indicator weights 80.00), not 100: check each row’s weight (分值)',
  );
});

it('分值 adding up to 90 under an empty 总分 分值: WEIGHT_SUM alone, and recalc writes no 90 there', () => {
  const [e] = evaluateSheet(published, defaultSettings).evals;
  const w = e.form.indicators[0].weight;
  const t = e.form.total!.weight;
  const was = Number(published.values[w.row - published.top][w.col - published.left]);
  const grid = applyToGrid(published, [
    { kind: 'value', sheet: published.sheet, cell: address(w.row, w.col), value: was - 10 },
    { kind: 'value', sheet: published.sheet, cell: address(t.row, t.col), value: null },
  ]);
  const onTotal = check(grid).issues.filter((i) => i.cell === address(t.row, t.col));
  expect(onTotal.map((i) => i.code)).toEqual(['WEIGHT_SUM']);
  const cells = recalculate([grid], emptyState()).changes.map((c) => 'cell' in c && c.cell);
  expect(cells).not.toContain(address(t.row, t.col));
});

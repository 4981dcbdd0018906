// The 全年执行数 the 执行率 follows from (domain.md §3, §5): a negative one is the error, on its cell,
// and nothing is computed from it (recalc wrote -25.00 and then flagged its own cell); an empty
// one (or a dash, which means "not applicable" in sub-rows only) is a required field left empty,
// never "0 errors" over an empty 执行率, 得分, 总分 and 等级.

import { address, check, emptyState, recalculate } from '../../../src/core';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { defaultSettings } from '../../../src/core/model/settings';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { applyToGrid } from '../../../src/core/plan/grid-after';
import { fixture } from '../../helpers/fixtures';

it('a negative 全年执行数 is flagged alone, and nothing is computed from it', async () => {
  const blank = readGrids(await openWorkbook(fixture('2022-district-blank')))[0];
  const funds = evaluateSheet(blank, defaultSettings).evals[0].form.funds!;
  const executed = address(funds.executed!.row, funds.executed!.col);
  const rate = address(funds.rate!.row, funds.rate!.col);
  const grid = applyToGrid(blank, [{ kind: 'value', sheet: blank.sheet, cell: executed, value: -100 }]);
  const result = recalculate([grid], emptyState());
  expect(result.changes.map((c) => 'cell' in c && c.cell)).not.toContain(rate);
  const after = check(applyToGrid(grid, result.changes)).issues;
  expect(after.filter((i) => i.cell === executed).map((i) => i.code)).toEqual(['NEGATIVE_VALUE']);
  expect(after.filter((i) => i.cell === rate)).toEqual([]);
});

it.each([null, '—', '-'])(
  'a 全年执行数 left %p is a required field left empty, so the form is never ready with its rate blank',
  async (left) => {
    const published = readGrids(await openWorkbook(fixture('2022-district')))[0];
    const funds = evaluateSheet(published, defaultSettings).evals[0].form.funds!;
    const executed = address(funds.executed!.row, funds.executed!.col);
    const cells = [executed, funds.rate!, funds.score!].map((c) =>
      typeof c === 'string' ? c : address(c.row, c.col),
    );
    const grid = applyToGrid(
      published,
      // A dash means "not applicable" in a sub-row only: the 年度资金总额 row's 执行数 is never that.
      cells.map((cell) => ({
        kind: 'value' as const,
        sheet: published.sheet,
        cell,
        value: cell === executed ? left : null,
      })),
    );
    const issues = check(grid).issues;
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toContainEqual([
      'MISSING_FIELD',
      executed,
    ]);
  },
);

it('a dash in the 年度资金总额 row’s 执行率 or 得分 is a computed cell left empty: never "0 errors"', async () => {
  const published = readGrids(await openWorkbook(fixture('2022-district')))[0];
  const funds = evaluateSheet(published, defaultSettings).evals[0].form.funds!;
  const [rate, score] = [funds.rate!, funds.score!].map((c) => address(c.row, c.col));
  const grid = applyToGrid(published, [
    { kind: 'value', sheet: published.sheet, cell: rate, value: '—' },
    { kind: 'value', sheet: published.sheet, cell: score, value: '-' },
  ]);
  const notCalculated = check(grid)
    .issues.filter((i) => i.code === 'NOT_CALCULATED')
    .map((i) => i.cell);
  expect(notCalculated).toEqual(expect.arrayContaining([rate, score]));
});

// 全年执行数 > 全年预算数 is worth a warning (domain.md §3, §5), on the 年度资金总额 row and on a
// sub-row alike: 上年结转资金 spending 15 of its 10 while the total kept within budget (another
// sub-row spent less) went unremarked, though the money came from elsewhere.

import { check } from '../../../src/core';
import { messages } from '../../../src/i18n';
import { FUNDS, form } from '../../helpers/written-form';

const funds = (total: number[], ...subs: [string, number, number][]) => [
  FUNDS[0],
  ['年度资金总额', ...total, 10, null, null],
  ...subs.map(([label, budgeted, executed]) => [label, budgeted, budgeted, executed, '-', null, '-']),
];
const overruns = (grid: ReturnType<typeof form>, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  check(grid, undefined, messages(lang))
    .issues.filter((i) => i.code === 'BUDGET_OVERRUN')
    .map((i) => `${i.cell} ${i.message}`);

it('a sub-row spent beyond its own budget is a warning at its 全年执行数, named', () => {
  const grid = form({
    funds: funds([100, 100, 95], ['其中：当年财政拨款', 90, 80], ['上年结转资金', 10, 15]),
  });
  expect(overruns(grid)).toEqual(['D7 “上年结转资金”全年执行数 15.00 超过全年预算数 10.00']);
  expect(overruns(grid, 'en')).toEqual(['D7 "上年结转资金": executed 15.00 exceeds the budget 10.00']);
});

it('a sub-row spending with no budget of its own (其他资金 0, spent 5) is an overrun too', () => {
  const grid = form({ funds: funds([100, 100, 95], ['其中：当年财政拨款', 100, 90], ['其他资金', 0, 5]) });
  expect(overruns(grid)).toEqual(['D7 “其他资金”全年执行数 5.00 超过全年预算数 0.00']);
});

it('a 年度资金总额 budget of 0 with 10 spent is an overrun as on its sub-row, beside NO_BUDGET', () => {
  const grid = form({ funds: funds([0, 0, 10], ['其中：当年财政拨款', 0, 10]) });
  expect(overruns(grid)).toEqual([
    'D5 全年执行数 10.00 超过全年预算数 0.00',
    'D6 “当年财政拨款”全年执行数 10.00 超过全年预算数 0.00',
  ]);
  expect(check(grid).issues.map((i) => `${i.cell} ${i.code}`)).toContain('C5 NO_BUDGET');
});

it('the 年度资金总额 row as before; sub-rows within their budgets say nothing', () => {
  const grid = form({
    funds: funds([100, 100, 105], ['其中：当年财政拨款', 90, 90], ['上年结转资金', 10, 10]),
  });
  expect(overruns(grid)).toEqual(['D5 全年执行数 105.00 超过全年预算数 100.00']);
  expect(overruns(grid, 'en')).toEqual(['D5 Executed 105.00 exceeds the budget 100.00']);
});

// A group subtotal row (小计) is checked as the computed cell it is: an empty 得分 is NOT_CALCULATED
// (as the 总分), a different one SUBTOTAL_MISMATCH, a 分值 other than its rows' SUBTOTAL_WEIGHT_MISMATCH.
// Before, an empty one passed with 0 errors, and one in the 三级指标 column was read as an
// indicator missing its target and actual, its 分值 counted twice.

import { check, emptyState, recalculate, type Grid } from '../../../src/core';
import { applyToGrid } from '../../../src/core/plan/grid-after';
import { messages } from '../../../src/i18n';
import { form, SUBTOTAL_IN_NAMES, SUBTOTALLED } from '../../helpers/written-form';

const subtotalled = form({ rows: SUBTOTALLED });
const typed = (grid: Grid, cell: string, value: number) =>
  applyToGrid(grid, [{ kind: 'value', sheet: grid.sheet, cell, value }]);
const on = (grid: Grid, cell: string) => check(grid).issues.filter((i) => i.cell === cell);

it('an empty subtotal 得分 the rows give is NOT_CALCULATED, naming the group and the sum', () => {
  const [issue, ...more] = on(subtotalled, 'G11');
  expect(more).toEqual([]);
  expect(issue).toMatchObject({ code: 'NOT_CALCULATED', severity: 'error' });
  expect(issue.message).toContain('“产出指标”小计得分未计算（应为 57.00）');
  const en = check(subtotalled, undefined, messages('en')).issues.find((i) => i.cell === 'G11');
  expect(en?.message).toMatch(
    /^The "产出指标" subtotal score \(得分\) is not calculated \(it should be 57\.00\)/,
  );
  expect(on(subtotalled, 'G13').map((i) => i.code)).toEqual(['NOT_CALCULATED']);
});

it('a subtotal 得分 other than its rows’ sum is SUBTOTAL_MISMATCH, in both languages', () => {
  const done = applyToGrid(subtotalled, recalculate([subtotalled], emptyState()).changes);
  const wrong = typed(done, 'G11', 60);
  const [issue] = on(wrong, 'G11');
  expect(issue).toMatchObject({ code: 'SUBTOTAL_MISMATCH', severity: 'error' });
  expect(issue.message).toBe('“产出指标”小计得分为 60.00，按该组各指标得分合计应为 57.00');
  expect(check(wrong, undefined, messages('en')).issues.find((i) => i.cell === 'G11')?.message).toBe(
    'The "产出指标" subtotal score is 60.00; the scores of its indicators add up to 57.00',
  );
});

it('a subtotal 分值 other than its rows’ sum says so; an empty one is no issue', () => {
  const done = applyToGrid(subtotalled, recalculate([subtotalled], emptyState()).changes);
  expect(on(typed(done, 'F11', 50), 'F11').map((i) => [i.code, i.message])).toEqual([
    ['SUBTOTAL_WEIGHT_MISMATCH', '“产出指标”小计分值为 50.00，按该组各指标分值合计应为 60.00'],
  ]);
  const noWeight = applyToGrid(done, [{ kind: 'value', sheet: done.sheet, cell: 'F11', value: null }]);
  expect(check(noWeight).issues).toEqual([]);
});

it('after recalc the form has 0 errors, and a subtotal row’s cells raise nothing else', () => {
  const done = applyToGrid(subtotalled, recalculate([subtotalled], emptyState()).changes);
  expect(check(done).issues).toEqual([]);
  // In the 三级指标 column: no MISSING_FIELD on its target and actual, no WEIGHT_SUM of 160.
  const issues = check(form({ rows: SUBTOTAL_IN_NAMES })).issues;
  expect(issues.filter((i) => /^[A-Z]11$/.test(i.cell)).map((i) => [i.cell, i.code])).toEqual([
    ['G11', 'NOT_CALCULATED'],
  ]);
  expect(issues.map((i) => i.code)).not.toContain('WEIGHT_SUM');
});

it('a subtotal 得分 that is no number is UNREADABLE_VALUE, naming the subtotal', () => {
  const done = applyToGrid(subtotalled, recalculate([subtotalled], emptyState()).changes);
  const text = applyToGrid(done, [{ kind: 'value', sheet: done.sheet, cell: 'G11', value: '约57分' }]);
  expect(on(text, 'G11').map((i) => [i.code, i.message])).toEqual([
    ['UNREADABLE_VALUE', '无法识别“产出指标”小计得分：“约57分”'],
  ]);
});

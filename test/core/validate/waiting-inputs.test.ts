// A 总分 or 评分等级 left empty says what it waits for (domain.md §3), also when a row cannot be
// scored for want of an input (an empty 实际完成值, an unreadable 分值) or the budget for want of
// its amounts. Those cells have their own issues; the 总分 and grade said nothing at all. It names
// what is missing: "the 实际完成值 or 分值" sent the user to look at both where one was empty.

import { check, type CellValue } from '../../../src/core';
import { messages } from '../../../src/i18n';
import { FUNDS, INDICATORS, form, type Row } from '../../helpers/written-form';

/** The indicator rows with column `col` of row `row` holding `value`. */
const rowsWith = (row: number, col: number, value: CellValue): Row[] =>
  INDICATORS.map((r, i) => (i === row ? r.map((v, c) => (c === col ? value : v)) : r));
const waiting = (grid: ReturnType<typeof form>) =>
  check(grid)
    .issues.filter((i) => i.code === 'WAITING_FOR_SCORES')
    .map((i) => [i.cell, i.message]);

it('an empty 实际完成值: the 总分 and the grade name the row they wait on', () => {
  const found = waiting(form({ rows: rowsWith(0, 4, null) }));
  expect(found.map(([cell]) => cell)).toEqual(['G13', 'C14']);
  expect(found[0][1]).toBe('总分无法计算：等待 “培训人次”的实际完成值（见这些单元格的问题）');
});

it('an unreadable 分值 (#REF!): likewise, naming the 分值', () => {
  const found = waiting(form({ rows: rowsWith(1, 5, '#REF!') }));
  expect(found[0][1]).toBe('总分无法计算：等待 “考核合格率”的分值（见这些单元格的问题）');
  const en = check(form({ rows: rowsWith(1, 5, '#REF!') }), undefined, messages('en')).issues.find(
    (i) => i.code === 'WAITING_FOR_SCORES',
  );
  expect(en?.message).toBe(
    'Total score (总分) cannot be computed: waiting for the weight (分值) of "考核合格率" (see the issues on those cells)',
  );
});

it('rows lacking the same are named together; a row lacking both says both', () => {
  const rows = rowsWith(0, 5, null).map((r, i) => (i === 1 ? r.map((v, c) => (c === 5 ? null : v)) : r));
  const both = rows.map((r, i) => (i === 2 ? r.map((v, c) => (c === 4 || c === 5 ? null : v)) : r));
  const found = waiting(form({ rows: both }));
  expect(found[0][1]).toBe(
    '总分无法计算：等待 “培训人次”、“考核合格率”的分值、“健康知识知晓率”的实际完成值和分值（见这些单元格的问题）',
  );
});

it('an empty 全年执行数: they wait on the budget amounts', () => {
  const funds: Row[] = [FUNDS[0], ['年度资金总额', 100, 100, null, 10, null, null]];
  const found = waiting(form({ funds }));
  expect(found[0][1]).toBe('总分无法计算：等待 全年执行数（见这些单元格的问题）');
});

it('both at once: one message, saying once where to look', () => {
  const funds: Row[] = [FUNDS[0], ['年度资金总额', 100, 100, null, 10, null, null]];
  const [[, message]] = waiting(form({ funds, rows: rowsWith(0, 4, null) }));
  expect(message).toBe('总分无法计算：等待 “培训人次”的实际完成值、全年执行数（见这些单元格的问题）');
});

// An indicator row without its 三级指标 (the name cell left blank, the row scored from its target,
// actual and 分值) cannot be submitted: the name is asked for like an empty 年度指标值 or
// 实际完成值 (必填项), in the user's language.

import { check, type CellValue } from '../../../src/core';
import { messages } from '../../../src/i18n';
import { INDICATORS, form, type Row } from '../../helpers/written-form';

/** The indicator rows with column `col` of row `row` holding `value`. */
const rowsWith = (row: number, col: number, value: CellValue): Row[] =>
  INDICATORS.map((r, i) => (i === row ? r.map((v, c) => (c === col ? value : v)) : r));
const missingFields = (grid: ReturnType<typeof form>, lang?: 'en') =>
  check(grid, undefined, lang && messages(lang))
    .issues.filter((i) => i.code === 'MISSING_FIELD')
    .map((i) => [i.cell, i.message]);

it('a row scored without its 三级指标 asks for it on the name cell', () => {
  expect(missingFields(form({ rows: rowsWith(0, 2, null) }))).toEqual([['C9', '未填写三级指标']]);
  expect(missingFields(form({ rows: rowsWith(0, 2, '  ') }), 'en')).toEqual([
    ['C9', 'Indicator name (三级指标) is empty'],
  ]);
});

it('every named row passes', () => {
  expect(missingFields(form())).toEqual([]);
});

it('a 三级指标 merged over two rows names both: its second row asks for nothing', () => {
  const rows: Row[] = [
    INDICATORS[0],
    [null, null, null, null, null, null, null, null],
    ...INDICATORS.slice(1),
  ];
  const grid = form({ rows });
  grid.merges.push({ top: 8, left: 2, bottom: 9, right: 2 });
  expect(missingFields(grid)).toEqual([]);
});

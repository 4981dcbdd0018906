// Group subtotal rows (小计) inside the indicator block, as some agencies' forms have them after
// each 一级指标's rows. They are no indicators: a 小计 in the 二级 cell was skipped as an empty
// row (its 得分 never filled, yet 0 errors), one in the 三级指标 column read as an indicator
// (its target and actual missing, its 分值 counted: Σ 150, no 总分).

import { defaultSettings, type Grid } from '../../../src/core';
import { SheetView } from '../../../src/core/model/sheet-view';
import { recognise } from '../../../src/core/recognise/self-evaluation';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import {
  END,
  form,
  INDICATORS,
  sheet,
  SUBTOTALLED,
  SUBTOTAL_IN_NAMES,
  TITLE,
  FIELDS,
  FUNDS,
  GOALS,
  HEADER,
} from '../../helpers/written-form';

const subtotalsOf = (grid: Grid) =>
  recognise(new SheetView(grid))[0].subtotals.map((s) => ({
    row: s.row + 1,
    group: s.group,
    covers: s.covers,
  }));

it('a 小计 in the 二级 cell is no indicator; it covers the rows of the 一级指标 it names', () => {
  const [f] = recognise(new SheetView(form({ rows: SUBTOTALLED })));
  expect(f.indicators.map((i) => i.row + 1)).toEqual([9, 10, 12, 14]);
  expect(subtotalsOf(form({ rows: SUBTOTALLED }))).toEqual([
    { row: 11, group: '产出指标', covers: [0, 1] },
    { row: 13, group: '效益指标', covers: [2] },
  ]);
});

it('a 小计 or 合计 in the 三级指标 column covers the rows above it, back to the previous subtotal', () => {
  const rows = [...SUBTOTAL_IN_NAMES, [null, null, '合计', null, null, 30, null, null]];
  // The 合计 stands right above the 总分 row: it names no group, yet it is a subtotal, since the
  // 总分 row follows.
  const withTail = sheet([TITLE, ...FIELDS, ...FUNDS, ...GOALS, HEADER, ...rows, ...END]);
  const [f] = recognise(new SheetView(withTail));
  expect(f.indicators).toHaveLength(4);
  expect(subtotalsOf(withTail).map((s) => s.covers)).toEqual([
    [0, 1],
    [2, 3],
  ]);
  expect(f.total?.row).toBe(14);
});

it('分项合计 in the first label cell is a subtotal; a 合计 row ending the block is still the 总分', () => {
  const rows = [
    INDICATORS[0],
    INDICATORS[1],
    ['分项合计', null, null, null, null, 60, null, null],
    INDICATORS[2],
    INDICATORS[3],
  ];
  expect(subtotalsOf(form({ rows })).map((s) => s.covers)).toEqual([[0, 1]]);
  const totalAsHeji = sheet([
    TITLE,
    ...FIELDS,
    ...FUNDS,
    ...GOALS,
    HEADER,
    ...INDICATORS,
    ['合计', null, null, null, null, 100, null, null],
    END[1],
  ]);
  const [f] = recognise(new SheetView(totalAsHeji));
  expect(f.subtotals).toEqual([]);
  expect(f.total?.row).toBe(12);
});

describe('a subtotal’s 得分 is the sum of its rows as the 总分 counts them', () => {
  const expectedOf = (grid: Grid, rounding: 'half-up' | 'down' = 'half-up') =>
    evaluateSheet(grid, { ...defaultSettings, rounding }).evals[0].subtotals.map((s) => [
      s.name,
      s.expected?.toFixed(2) ?? null,
      s.expectedWeight?.toFixed(2) ?? null,
    ]);

  it('each row’s score (27.00 and 30.00 under 产出指标)', () => {
    expect(expectedOf(form({ rows: SUBTOTALLED }))).toEqual([
      ['产出指标', '57.00', '60.00'],
      ['效益指标', '20.00', '20.00'],
    ]);
  });

  it('a typed score of more decimals counted to 2 in the workbook’s rounding mode', () => {
    const rows = SUBTOTALLED.map((r) => r.slice());
    rows[0][6] = 27.145;
    expect(expectedOf(form({ rows }))[0][1]).toBe('57.15');
    expect(expectedOf(form({ rows }), 'down')[0][1]).toBe('57.14');
  });

  it('unknown while one of its rows waits for a person', () => {
    const rows = SUBTOTALLED.map((r) => r.slice());
    rows[1][4] = '部分达成年度指标并具有一定效果';
    expect(expectedOf(form({ rows }))).toEqual([
      ['产出指标', null, '60.00'],
      ['效益指标', '20.00', '20.00'],
    ]);
  });
});

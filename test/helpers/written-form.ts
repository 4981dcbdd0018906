// A 自评表 written row by row as agencies type it (values from A1, shown as typed), for rules
// whose cases are easier to read as the rows a clerk sees than as edits of a fixture.

import type { CellValue, Grid } from '../../src/core';

export type Row = CellValue[];

/** A sheet holding `rows` from A1, each value shown as typed. */
export function sheet(rows: Row[]): Grid {
  return {
    sheet: '自评表',
    top: 0,
    left: 0,
    values: rows.map((r) => r.slice()),
    text: rows.map((r) => r.map((v) => (v === null ? '' : String(v)))),
    formats: rows.map((r) => r.map(() => 'General')),
    merges: [],
  };
}

export const TITLE = ['2023年度财政项目支出绩效自评表'];
export const FIELDS: Row[] = [
  ['项目名称', '社区健康培训'],
  ['主管部门', '区卫生健康委员会', null, '实施单位', '区疾病预防控制中心'],
];
export const FUNDS: Row[] = [
  ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度资金总额', 100, 100, 95, 10, null, null],
];
export const GOALS: Row[] = [
  ['年度总体目标', '预期目标', null, '实际完成情况'],
  [null, '完成培训200人次', null, '完成培训180人次'],
];
export const HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析',
];
/** 培训人次 falls short (180 of 200: 27.00 of 30); the others are met. */
export const INDICATORS: Row[] = [
  ['产出指标', '数量指标', '培训人次', '≥200人次', '180人次', 30, null, null],
  ['产出指标', '质量指标', '考核合格率', '≥95%', '96%', 30, null, null],
  ['效益指标', '社会效益指标', '健康知识知晓率', '≥90%', '92%', 20, null, null],
  ['满意度指标', '服务对象满意度指标', '培训对象满意度', '≥90%', '95%', 10, null, null],
];
export const END: Row[] = [
  ['总分', null, null, null, null, 100, null, null],
  ['评分等级', null],
];

/** The form, any of its blocks replaced (an empty list leaves the block out). */
export function form(
  parts: { fields?: Row[]; funds?: Row[]; goals?: Row[]; header?: Row; rows?: Row[] } = {},
) {
  return sheet([
    TITLE,
    ...(parts.fields ?? FIELDS),
    ...(parts.funds ?? FUNDS),
    ...(parts.goals ?? GOALS),
    parts.header ?? HEADER,
    ...(parts.rows ?? INDICATORS),
    ...END,
  ]);
}

/** The grid with `formula` in the cell at (row, col) (0-based, from A1), its result `value`. */
export function withFormula(grid: Grid, row: number, col: number, formula: string, value: CellValue): Grid {
  const formulas = grid.values.map((r, i) => r.map((_, j) => grid.formulas?.[i]?.[j] ?? null));
  const values = grid.values.map((r) => r.slice());
  const text = grid.text.map((r) => r.slice());
  formulas[row][col] = formula;
  values[row][col] = value;
  text[row][col] = value === null ? '' : String(value);
  return { ...grid, formulas, values, text };
}

/** The rows with a group subtotal (小计) under 产出指标 and under 效益指标, in the 二级 cell: the
 * form's rows 9–10, 11 (产出指标 小计, 分值 60; 得分 57.00), 12, 13 (效益指标 小计, 20), 14;
 * 培训人次's shortfall explained. */
export const SUBTOTALLED: Row[] = [
  [...INDICATORS[0].slice(0, 7), '场地受限，下半年补训'],
  INDICATORS[1],
  ['产出指标', '小计', null, null, null, 60, null, null],
  INDICATORS[2],
  ['效益指标', '小 计', null, null, null, 20, null, null],
  INDICATORS[3],
];

/** The rows with a 小计 in the 三级指标 column (row 11, 分值 60) after 产出指标's two rows. */
export const SUBTOTAL_IN_NAMES: Row[] = [
  INDICATORS[0],
  INDICATORS[1],
  [null, null, '小计', null, null, 60, null, null],
  INDICATORS[2],
  INDICATORS[3],
];

// An indicator header without a 实际完成值 column (or one labelled in a way not known) had each
// row's 年度指标值 read as its actual: every row met its target, full marks, 总分 100, 0 errors. A
// header lacking either column now says so, and no row is scored from the other column.

import { check, emptyState, recalculate } from '../../../src/core';
import {
  END,
  form,
  HEADER,
  INDICATORS,
  sheet,
  TITLE,
  FIELDS,
  FUNDS,
  GOALS,
} from '../../helpers/written-form';

const without = (col: number) => ({
  header: HEADER.filter((_, c) => c !== col),
  rows: INDICATORS.map((r) => r.filter((_, c) => c !== col)),
});
const codes = (issues: { code: string; cell: string }[]) => issues.map((i) => `${i.code} ${i.cell}`);

it('no 实际完成值 column: said once on the header, no row scored, nothing written', () => {
  const noActual = form(without(4));
  const { issues, forms } = check(noActual);
  expect(codes(issues)).toContain('INDICATOR_COLUMN_MISSING D8');
  expect(forms[0].indicators.map((i) => i.expectedScore)).toEqual([null, null, null, null]);
  expect(forms[0].total.expectedScore).toBeNull();
  // No row claims its actual is empty: there is no cell to fill.
  expect(issues.filter((i) => i.code === 'MISSING_FIELD')).toEqual([]);
  const done = recalculate([noActual], emptyState());
  expect(
    done.changes.filter((c) => c.kind === 'value' && 'cell' in c && /^F(9|1[0-3])$/.test(c.cell)),
  ).toEqual([]);
});

it('no 年度指标值 column: said on the 实际完成值 header, no row scored', () => {
  const { issues, forms } = check(form(without(3)));
  expect(codes(issues)).toContain('INDICATOR_COLUMN_MISSING D8');
  expect(forms[0].indicators.every((i) => i.expectedScore === null)).toBe(true);
});

it.each(['实际完成', '全年实际完成值', '实际完成情况'])('%s heads the actual column', (label) => {
  const header = HEADER.map((h) => (h === '实际完成值' ? label : h));
  const g = sheet([TITLE, ...FIELDS, ...FUNDS, ...GOALS, header, ...INDICATORS, ...END]);
  const { issues, forms } = check(g);
  expect(forms[0].indicators[0].expectedScore).toBe('27.00'); // 180 of ≥200 人次, 分值 30
  expect(issues.map((i) => i.code)).not.toContain('INDICATOR_COLUMN_MISSING');
});

it('总分 and 评分等级 typed in a 绩效指标 column left of the levels, unmerged, end the rows', () => {
  const g = sheet([
    TITLE,
    ...FIELDS,
    ...FUNDS,
    ...GOALS,
    ['绩效指标', ...HEADER],
    ...INDICATORS.map((r, i) => [i === 0 ? '绩效指标' : null, ...r]),
    // Its 分值 and 得分 empty, as a blank form leaves them: only the label says it is the 总分 row.
    ['总分', null, null, null, null, null, null, null, null],
    ['评分等级', null],
  ]);
  const { issues, forms } = check(g);
  expect(issues.map((i) => i.code)).not.toContain('RESULT_ROW_MISSING');
  expect(forms[0].total.cell).toBe('H13');
});

it('no 年度指标值 column: a row answered in words (及时) is not scored either', () => {
  const rows = [...INDICATORS, ['产出指标', '时效指标', '完成及时性', '及时', '及时', 10, null, null]];
  const g = form({ ...without(3), rows: rows.map((r) => r.filter((_, c) => c !== 3)) });
  const done = recalculate([g], emptyState());
  expect(done.reports[0].forms[0].indicators.map((i) => i.expectedScore)).toEqual([
    null,
    null,
    null,
    null,
    null,
  ]);
  expect(done.changes.some((c) => c.kind === 'value' && /^F(9|1[0-3])$/.test(c.cell))).toBe(false);
});

it('the 年度总体目标 row right above a header lacking 实际完成值 is not read as its upper row', () => {
  const inlineGoals = [
    '年度总体目标',
    '预期目标',
    '完成培训200人次',
    null,
    '实际完成情况',
    '完成培训180人次',
  ];
  const header = HEADER.map((h) => (h === '实际完成值' ? null : h));
  const { issues, forms } = check(
    sheet([TITLE, ...FIELDS, ...FUNDS, inlineGoals, header, ...INDICATORS, ...END]),
  );
  expect(codes(issues)).toContain('INDICATOR_COLUMN_MISSING D7');
  expect(forms[0].indicators.every((i) => i.expectedScore === null)).toBe(true);
  expect(issues.filter((i) => i.code === 'MISSING_FIELD')).toEqual([]); // the goals are found
});

it('a two-row header whose group label 指标值 is merged over 年度指标值 and 实际完成值 is scored', () => {
  const upper = ['一级指标', '二级指标', '三级指标', '指标值', null, '分值', '得分', '偏差原因分析'];
  const lower = [null, null, null, '年度指标值', '实际完成值', null, null, null];
  const g = sheet([TITLE, ...FIELDS, ...FUNDS, ...GOALS, upper, lower, ...INDICATORS, ...END]);
  g.merges.push({ top: 7, left: 3, bottom: 7, right: 4 });
  const { issues, forms } = check(g);
  expect(issues.map((i) => i.code)).not.toContain('INDICATOR_COLUMN_MISSING');
  expect(forms[0].indicators[0].expectedScore).toBe('27.00');
});

it('a label row right below a one-row header (年度指标值 under 指标值) is no indicator', () => {
  const upper = HEADER.map((h) => (h === '年度指标值' ? '指标值' : h === '实际完成值' ? null : h));
  const lower = [null, null, null, '年度指标值', null, null, null, null];
  const { issues, forms } = check(
    sheet([TITLE, ...FIELDS, ...FUNDS, ...GOALS, upper, lower, ...INDICATORS, ...END]),
  );
  expect(forms[0].indicators.map((i) => i.name)).toEqual(INDICATORS.map((r) => r[2]));
  expect(issues.map((i) => i.code)).not.toContain('MISSING_WEIGHT');
  expect(codes(issues)).toContain('INDICATOR_COLUMN_MISSING D8');
});

// A stale 预算执行得分 (the amounts corrected since it was written: 9.36 where 96.36 % executed
// scores 9.64) is flagged on its own cell and rewritten by a recalculation. The 总分 and 评分等级
// asked for are those the form will show then: built on the stale figure, check passed a 总分
// that recalculating changed, and named a grade (良) the form would no longer earn.

import { check } from '../../../src/core';
import { FUNDS, form, type Row } from '../../helpers/written-form';

const REASON = '部分培训因场地改造推迟至次年';
/** Σ 指标得分 80.40 of 90: with the rule's 9.64 the 总分 is 90.04 (优); with the stale 9.36, 89.76 (良). */
const rows: Row[] = [
  ['产出指标', '数量指标', '培训人次', '≥200人次', '136人次', 30, 20.4, REASON],
  ['产出指标', '质量指标', '考核合格率', '≥95%', '96%', 30, 30, null],
  ['效益指标', '社会效益指标', '健康知识知晓率', '≥90%', '92%', 20, 20, null],
  ['满意度指标', '服务对象满意度指标', '培训对象满意度', '≥90%', '95%', 10, 10, null],
];
const staleFunds: Row[] = [FUNDS[0], ['年度资金总额', 100, 100, 96.36, 10, '96.36', '9.36']];

function issuesOf(total: number, grade: string) {
  const grid = form({ funds: staleFunds, rows });
  // 总分 and 评分等级 are the last two rows: fill them as the clerk did.
  const n = grid.values.length;
  grid.values[n - 2][6] = total;
  grid.text[n - 2][6] = String(total);
  grid.values[n - 1][1] = grade;
  grid.text[n - 1][1] = grade;
  return check(grid).issues.map((i) => [i.code, i.message]);
}

it('asks for the 总分 and grade a recalculation gives, not those the stale 预算得分 adds up to', () => {
  const issues = issuesOf(89.76, '良');
  const codes = issues.map(([code]) => code);
  expect(codes).toContain('BUDGET_SCORE_MISMATCH');
  const total = issues.find(([code]) => code === 'TOTAL_MISMATCH');
  expect(total?.[1]).toContain('90.04');
  const grade = issues.find(([code]) => code === 'GRADE_MISMATCH');
  expect(grade?.[1]).toContain('优');
});

it('takes the 总分 and grade a recalculation gives as right, leaving only the stale 预算得分 to fix', () => {
  const codes = issuesOf(90.04, '优').map(([code]) => code);
  expect(codes).toContain('BUDGET_SCORE_MISMATCH');
  expect(codes).not.toContain('TOTAL_MISMATCH');
  expect(codes).not.toContain('GRADE_MISMATCH');
});

// A 得分 holding more than the 2 decimals the 一体化系统 keeps (a formula =E9/D9*F9 without ROUND):
// the system counts each score to 2 decimals, so the 总分 is their sum as rounded (domain.md §3).
// Before, the cells' unrounded sum was taken: such a form passed with a 总分 0.01 above the
// system's, and a correct =ROUND(SUM(…),2) over other scores was called wrong with no word on why.

import { check, emptyState, recalculate } from '../../../src/core';
import {
  END,
  FIELDS,
  FUNDS,
  GOALS,
  HEADER,
  INDICATORS,
  TITLE,
  form,
  sheet,
  withFormula,
} from '../../helpers/written-form';

const issues = (grid: ReturnType<typeof form>) => check(grid).issues;

// 190 of ≥210 scores 27.142857… of 30; 60% of ≥90% 13.333… of 20: as a formula without ROUND gives.
const rows = [
  ['产出指标', '数量指标', '培训人次', '≥210人次', '190人次', 30, (190 / 210) * 30, '人手不足'],
  INDICATORS[1].map((v, i) => (i === 6 ? 30 : v)),
  ['效益指标', '社会效益指标', '健康知识知晓率', '≥90%', '60%', 20, (60 / 90) * 20, '宣传不足'],
  INDICATORS[3].map((v, i) => (i === 6 ? 10 : v)),
];
const unrounded = form({ rows });

it('each 得分 with more than 2 decimals is a warning saying what the system counts', () => {
  const found = issues(unrounded).filter((i) => i.code === 'SCORE_NOT_ROUNDED');
  expect(found.map((i) => [i.cell, i.severity])).toEqual([
    ['G9', 'warning'],
    ['G11', 'warning'],
  ]);
  expect(found[0].message).toContain('27.14');
  expect(found[1].message).toContain('13.33');
});

it('the 总分 is the sum of the scores to 2 decimals, as the system adds them', () => {
  // 9.50 + 27.14 + 30 + 13.33 + 10 = 89.97 (the cells' own sum, 89.976…, would round to 89.98).
  const done = recalculate([unrounded], emptyState());
  expect(done.changes).toContainEqual(expect.objectContaining({ cell: 'G13', value: 89.97 }));
  // A 总分 formula adding the cells as they are is 0.01 off, and said to be.
  const summed = withFormula(
    unrounded,
    12,
    6,
    '=SUM(G5,G9:G12)',
    9.5 + (190 / 210) * 30 + 30 + (60 / 90) * 20 + 10,
  );
  expect(issues(summed).find((i) => i.code === 'TOTAL_MISMATCH')?.message).toContain('89.97');
});

it('scores of 2 decimals or fewer raise nothing', () => {
  const rounded = form({
    rows: rows.map((r) =>
      r.map((v, i) => (i === 6 && typeof v === 'number' ? Math.round(v * 100) / 100 : v)),
    ),
  });
  expect(issues(rounded).some((i) => i.code === 'SCORE_NOT_ROUNDED')).toBe(false);
});

it('a 总分 with more than 2 decimals is said to be sent as 2', () => {
  // 9.50 + 27.14 + 30 + 13.33 + 10 = 89.97, typed as 89.974: it counts as 89.97, no mismatch.
  const total = sheet([
    TITLE,
    ...FIELDS,
    ...FUNDS,
    ...GOALS,
    HEADER,
    ...rows,
    ['总分', null, null, null, null, 100, 89.974],
    END[1],
  ]);
  const found = issues(total).filter((i) => i.cell === 'G13');
  expect(found.map((i) => i.code)).toEqual(['SCORE_NOT_ROUNDED']);
  expect(found[0].message).toContain('总分得分为 89.974');
  expect(found[0].message).toContain('89.97 计分');
  // The note on the total says nothing of adding the total up.
  expect(found[0].message).not.toContain('总分也按');
});

describe('a typed score of more decimals counts as rounded in the workbook’s mode', () => {
  // The rule gives 27.14 (27.142857…) in either mode; 27.149 counts as 27.14 truncated, 27.15 half-up.
  const typed = form({ rows: rows.map((r, k) => (k === 0 ? r.map((v, i) => (i === 6 ? 27.149 : v)) : r)) });
  const mismatch = (rounding: 'down' | 'half-up') =>
    check(typed, { rounding }).issues.find((i) => i.code === 'SCORE_MISMATCH' && i.cell === 'G9');

  it('truncated, it is the rule’s score: no mismatch', () => {
    expect(mismatch('down')).toBeUndefined();
  });

  it('half-up, it is 27.15 against the rule’s 27.14', () => {
    expect(mismatch('half-up')?.message).toMatch(/27\.15.*27\.14/);
  });
});

it('recalc writes a computed score it owns to 2 decimals, where check warned', () => {
  // 95 / 100 gives 9.50; a stale 9.504 typed in the budget 得分 counts alike but is not 2 decimals.
  const funds = [FUNDS[0], ['年度资金总额', 100, 100, 95, 10, 95, 9.504]];
  const grid = form({ funds });
  expect(
    issues(grid)
      .filter((i) => i.cell === 'G5')
      .map((i) => i.code),
  ).toEqual(['SCORE_NOT_ROUNDED']);
  const done = recalculate([grid], emptyState());
  expect(done.changes).toContainEqual(expect.objectContaining({ cell: 'G5', value: 9.5 }));
});

it('a score of more decimals owes a 偏差原因 only when it counts below the 分值', () => {
  // 9.999 of 10 counts as 10.00 half-up (nothing to explain), 9.99 truncated (a reason is due).
  const grid = form({
    rows: INDICATORS.map((r, k) => (k === 3 ? r.map((v, i) => (i === 6 ? 9.999 : v)) : r)),
  });
  const owes = (rounding: 'down' | 'half-up') =>
    check(grid, { rounding }).issues.some((i) => i.code === 'MISSING_REASON' && i.cell === 'H12');
  expect(owes('half-up')).toBe(false);
  expect(owes('down')).toBe(true);
});

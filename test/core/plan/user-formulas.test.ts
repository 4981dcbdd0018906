// Formulas in computed cells are the user's (issue: real cells): recalculation keeps them and
// check compares what they hold; only force replaces them, and says how many.

import { address, check, emptyState, recalculate, type Grid } from '../../../src/core';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { defaultSettings } from '../../../src/core/model/settings';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { fixture } from '../../helpers/fixtures';

let grid: Grid;
let rateCell: string;
let gradeCell: string;

beforeAll(async () => {
  const published = readGrids(await openWorkbook(fixture('2022-district')))[0];
  const [e] = evaluateSheet(published, defaultSettings).evals;
  const rate = e.form.funds!.rate!;
  const grade = e.form.grade!;
  rateCell = address(rate.row, rate.col);
  gradeCell = address(grade.row, grade.col);
  // The template computes 执行率 one step and rounds it its own way, and grades with an IF chain.
  const formulas = published.values.map((row) => row.map((): string | null => null));
  formulas[rate.row - published.top][rate.col - published.left] = '=ROUND(F7/E7*100,1)';
  formulas[grade.row - published.top][grade.col - published.left] = '=IF(G30>=90,"优","良")';
  // Their cached results differ from the rules: a stale rate, a grade of another total.
  const values = published.values.map((row) => row.slice());
  values[rate.row - published.top][rate.col - published.left] = 12.3;
  values[grade.row - published.top][grade.col - published.left] = e.expectedGrade === '差' ? '优' : '差';
  const text = published.text.map((row) => row.slice());
  text[rate.row - published.top][rate.col - published.left] = '12.3';
  text[grade.row - published.top][grade.col - published.left] = String(
    values[grade.row - published.top][grade.col - published.left],
  );
  grid = { ...published, values, text, formulas };
});

it('keeps a formula in 执行率 and 评分等级, writes neither, and reports what they hold', () => {
  const result = recalculate([grid], emptyState());
  expect(result.changes.map((c) => 'cell' in c && c.cell)).not.toContain(rateCell);
  expect(result.changes.map((c) => 'cell' in c && c.cell)).not.toContain(gradeCell);
  expect(result.formulasReplaced).toBe(0);
  const found = result.reports[0].issues.map((i) => [i.code, i.cell]);
  expect(found).toContainEqual(['BUDGET_RATE_MISMATCH', rateCell]);
  expect(found).toContainEqual(['GRADE_MISMATCH', gradeCell]);
});

it('with force, replaces the formulas whose results differ from the rules and counts them', () => {
  const forced = recalculate([grid], emptyState(), { force: true });
  const cells = forced.changes.map((c) => 'cell' in c && c.cell);
  expect(cells).toContain(rateCell);
  expect(cells).toContain(gradeCell);
  expect(forced.formulasReplaced).toBe(2);
  expect(check(grid).issues.map((i) => i.code)).toContain('BUDGET_RATE_MISMATCH');
});

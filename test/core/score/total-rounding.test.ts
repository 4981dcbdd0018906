// A kept typed 得分 may carry more decimals than the form prints (9.995). The 总分 is written to 2
// decimals in the workbook's rounding mode, and the 评分等级 follows that 总分 (domain.md §3): a
// form never says 90.00 and 良, nor does check call a consistent 90.00 / 优 a mismatch.

import { address, check, emptyState, recalculate, type Grid } from '../../../src/core';
import type { RoundingMode } from '../../../src/core/model/settings';
import { valueOf } from '../../../src/core/score/evaluate';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { defaultSettings } from '../../../src/core/model/settings';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { applyToGrid } from '../../../src/core/plan/grid-after';
import { fixture } from '../../helpers/fixtures';

let published: Grid;

beforeAll(async () => {
  published = readGrids(await openWorkbook(fixture('2023-city-centre')))[0];
});

/** The published form with one indicator's 得分 typed so that the rows sum to exactly `sum`, and
 * its 总分 and 评分等级 cells emptied: what recalc writes there, and check's issues after. */
function summingTo(sum: string, rounding: RoundingMode) {
  const [e] = evaluateSheet(published, { ...defaultSettings, rounding }).evals;
  const row = e.indicators.reduce((a, b) => (valueOf(b.weight)!.gt(valueOf(a.weight)!) ? b : a));
  // The rows as recalc leaves them: typed 得分 kept, the budget's 得分 as the rounding mode gives it.
  const rows = e.indicators.reduce((s, i) => s.plus(i.effective!), e.budget!.expectedScore!);
  const score = row.effective!.minus(rows.minus(sum));
  const at = (c: { row: number; col: number }) => address(c.row, c.col);
  const { total, grade } = e.form;
  const typed = applyToGrid(published, [
    { kind: 'value', sheet: published.sheet, cell: at(row.row.score), value: score.toNumber() },
    { kind: 'value', sheet: published.sheet, cell: at(total!.score), value: null },
    { kind: 'value', sheet: published.sheet, cell: at(grade!), value: null },
  ]);
  const state = { ...emptyState(), settings: { rounding } };
  const { changes } = recalculate([typed], state);
  const wrote = (c: { row: number; col: number }) =>
    changes.flatMap((ch) => (ch.kind === 'value' && ch.cell === at(c) ? [ch.value] : []))[0];
  const after = applyToGrid(typed, changes);
  return {
    total: wrote(total!.score),
    grade: wrote(grade!),
    issues: check(after, { rounding }).issues.map((i) => i.code),
  };
}

it('89.995 is written 90.00 and graded 优 when rounding half-up', () => {
  const r = summingTo('89.995', 'half-up');
  expect([r.total, r.grade]).toEqual([90, '优']);
  expect(r.issues).not.toContain('GRADE_MISMATCH');
  expect(r.issues).not.toContain('TOTAL_MISMATCH');
});

it('89.995 is written 89.99 and graded 良 when truncating', () => {
  const r = summingTo('89.995', 'down');
  expect([r.total, r.grade]).toEqual([89.99, '良']);
  expect(r.issues).not.toContain('GRADE_MISMATCH');
  expect(r.issues).not.toContain('TOTAL_MISMATCH');
});

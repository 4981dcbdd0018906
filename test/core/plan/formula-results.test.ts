// A form that adds up and grades itself with formulas (总分 =SUM over the 得分, 评分等级 =IF over the
// 总分): recalc fills the 得分 and keeps the formulas, so their results must change with it, as
// Excel's would. The 总分 kept its old result (0.00 over filled scores): check then called the
// form wrong (TOTAL_MISMATCH) and the file showed 0.00 until Excel recalculated it.

import { check, emptyState, recalculate, undo } from '../../../src/core';
import { applyToGrid } from '../../../src/core/plan/grid-after';
import { form, sheet, withFormula } from '../../helpers/written-form';

const TOTAL = '=SUM(G5,G9:G12)';
const GRADE = '=IF(G13>=90,"优",IF(G13>=80,"良",IF(G13>=60,"中","差")))';
// 总分 in G13 and the grade in B14, each a formula with the result the blank form gave.
const selfTotalling = withFormula(withFormula(form(), 12, 6, TOTAL, 0), 13, 1, GRADE, '差');
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

it('the 总分 and grade formulas get the results the filled scores give; the formulas stay', () => {
  const done = recalculate([selfTotalling], emptyState());
  expect(done.changes).toContainEqual({ kind: 'result', sheet: '自评表', cell: 'G13', value: 96.5 });
  expect(done.changes).toContainEqual({ kind: 'result', sheet: '自评表', cell: 'B14', value: '优' });
  expect(done.changes.filter((c) => c.kind === 'value').map((c) => 'cell' in c && c.cell)).not.toContain(
    'G13',
  );
  // 培训人次 falls short and its 偏差原因 is empty: that is all there is to do.
  expect(codes(done.reports[0].issues)).toEqual(['MISSING_REASON']);
  expect(done.calculateOnOpen).toBe(false);
  // What the recalculation reports is what a check of the written sheet finds.
  expect(check(applyToGrid(selfTotalling, done.changes)).issues).toEqual(done.reports[0].issues);
});

it('an undo puts the old results back with the old values', () => {
  const done = recalculate([selfTotalling], emptyState());
  const back = undo(done.state).changes;
  expect(back).toContainEqual({ kind: 'result', sheet: '自评表', cell: 'G13', value: 0 });
  expect(back).toContainEqual({ kind: 'result', sheet: '自评表', cell: 'B14', value: '差' });
});

it('a formula over the written scores that cannot be computed here loses its result and the file asks for a recalculation', () => {
  const lookedUp = withFormula(form(), 13, 1, '=LOOKUP(G13,{0,60,80,90},{"差","中","良","优"})', '差');
  const done = recalculate([lookedUp], emptyState());
  expect(done.changes).toContainEqual({ kind: 'result', sheet: '自评表', cell: 'B14', value: null });
  expect(done.calculateOnOpen).toBe(true);
  // The grade is not claimed: it waits for the spreadsheet (open and save), as any formula without a result.
  expect(codes(done.reports[0].issues)).toContain('FORMULA_NOT_CALCULATED');
});

it('formulas that read no written cell keep their results; a defined name asks for a recalculation', () => {
  const note = withFormula(form(), 0, 3, '=B2&"自评"', '社区健康培训自评');
  const kept = recalculate([note], emptyState());
  expect(kept.changes.some((c) => c.kind === 'result')).toBe(false);
  expect(kept.calculateOnOpen).toBe(false);
  const named = withFormula(form(), 0, 3, '=SUM(得分区)', 0);
  expect(recalculate([named], emptyState()).calculateOnOpen).toBe(true);
});

it.each([false, true])(
  'a formula on another sheet reading the form (protected: %s) is not written; the spreadsheet recalculates it',
  (locked) => {
    const summary = { ...sheet([['=自评表!G13']]), sheet: '汇总', protected: locked };
    const linked = withFormula(summary, 0, 0, '=自评表!G13', 0);
    const done = recalculate([withFormula(form(), 12, 6, TOTAL, 0), linked], emptyState());
    expect(done.changes.filter((c) => c.kind === 'result').map((c) => 'sheet' in c && c.sheet)).toEqual([
      '自评表',
    ]);
    expect(done.calculateOnOpen).toBe(true);
  },
);

it('a grade formula without a result right of 评分等级 is the grade cell, not the column after it', () => {
  const issues = check(withFormula(form(), 13, 1, GRADE, null)).issues;
  expect(issues.filter((i) => i.cell === 'B14').map((i) => i.code)).toEqual(['FORMULA_NOT_CALCULATED']);
  expect(issues.filter((i) => i.cell === 'C14')).toEqual([]);
});

it('a formula over the written scores that has no result in the file either is left as it is', () => {
  const uncached = withFormula(form(), 13, 1, '=LOOKUP(G13,{0,60,80,90},{"差","中","良","优"})', null);
  const done = recalculate([uncached], emptyState());
  expect(done.changes.filter((c) => c.kind === 'result')).toEqual([]);
  expect(done.calculateOnOpen).toBe(true);
});

it('formulas through defined names (得分区, 总分值) get their new results too', () => {
  const named = {
    ...withFormula(
      withFormula(form(), 12, 6, '=SUM(得分区)+G5', 0),
      13,
      1,
      '=IF(总分值>=90,"优",IF(总分值>=80,"良","差"))',
      '差',
    ),
    names: { workbook: { 得分区: '自评表!$G$9:$G$12', 总分值: "'自评表'!$G$13" }, sheet: {} },
  };
  const done = recalculate([named], emptyState());
  expect(done.changes).toContainEqual({ kind: 'result', sheet: '自评表', cell: 'G13', value: 96.5 });
  expect(done.changes).toContainEqual({ kind: 'result', sheet: '自评表', cell: 'B14', value: '优' });
  expect(done.calculateOnOpen).toBe(false);
  expect(codes(done.reports[0].issues)).toEqual(['MISSING_REASON']);
});

it('--force keeps 总分 and grade formulas that add up the written scores right; a wrong one is replaced', () => {
  const forced = recalculate([selfTotalling], emptyState(), { force: true });
  expect(forced.formulasReplaced).toBe(0);
  const values = forced.changes.filter((c) => c.kind === 'value').map((c) => 'cell' in c && c.cell);
  expect(values).not.toContain('G13');
  expect(values).not.toContain('B14');
  expect(forced.changes).toContainEqual({ kind: 'result', sheet: '自评表', cell: 'G13', value: 96.5 });
  expect(codes(forced.reports[0].issues)).toEqual(['MISSING_REASON']);
  // Without the budget 得分, the total formula gives 87.00, not the rule's 96.50: replaced.
  const wrong = withFormula(withFormula(form(), 12, 6, '=SUM(G9:G12)', 0), 13, 1, GRADE, '差');
  const fixed = recalculate([wrong], emptyState(), { force: true });
  expect(fixed.changes).toContainEqual(expect.objectContaining({ kind: 'value', cell: 'G13', value: 96.5 }));
  expect(fixed.formulasReplaced).toBe(1); // the grade formula then shows 优 itself
});

it("a workbook name read inside another is the workbook's, never the sheet's own; a relative one is not followed", () => {
  const g = withFormula(withFormula(form(), 0, 3, '=SUM(全部)', 0), 0, 4, '=上格', 0);
  const names = {
    // 全部 is the workbook's 得分区 (nothing the recalculation writes), though 自评表 has its own.
    workbook: { 全部: '得分区', 得分区: '自评表!$A$30:$A$31', 上格: '自评表!G9' },
    sheet: { 得分区: '自评表!$G$9:$G$12' },
  };
  const done = recalculate([{ ...g, names }], emptyState());
  expect(done.changes.filter((c) => c.kind === 'result')).toEqual([]);
  expect(done.calculateOnOpen).toBe(true); // 上格 (G9 relative to where it is used) is left to Excel
});

it('a formula reading another computed here reads its full value, as Excel does, not the 15 digits shown', () => {
  // 96.5 / 3 shows 32.1666666666667; times 3 Excel gives back 96.5 from the value it holds.
  const chained = withFormula(withFormula(selfTotalling, 12, 10, '=G13/3', 0), 12, 11, '=K13*3', 0);
  const done = recalculate([chained], emptyState());
  expect(done.changes).toContainEqual({ kind: 'result', sheet: '自评表', cell: 'L13', value: 96.5 });
});

it('a 总分 formula that reads its own cell is a circular reference, not a formula waiting for Excel', () => {
  // Opening and saving in Excel gives it no result either (Excel warns and shows 0): say so.
  const direct = withFormula(form(), 12, 6, '=SUM(G5,G9:G13)', null);
  const through = withFormula(withFormula(form(), 12, 6, '=SUM(G5,G9:G12)+J13', null), 12, 9, '=G13/100', 0);
  for (const grid of [direct, through]) {
    const done = recalculate([grid], emptyState());
    expect(done.changes.some((c) => c.kind === 'value' && c.cell === 'G13')).toBe(false);
    expect(codes(done.reports[0].issues)).toContain('FORMULA_CIRCULAR');
    expect(codes(done.reports[0].issues)).not.toContain('FORMULA_NOT_CALCULATED');
  }
  // A formula without a result that reads no cell of its own still waits for Excel.
  const waiting = withFormula(form(), 12, 6, '=SUM(G5,G9:G12)', null);
  expect(codes(check(waiting).issues)).toContain('FORMULA_NOT_CALCULATED');
  expect(codes(check(waiting).issues)).not.toContain('FORMULA_CIRCULAR');
});

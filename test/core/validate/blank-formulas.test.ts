// A formula of the user's in a computed cell that shows nothing (=IF(E9="","",…), a common
// template pattern): recalculation keeps it, so the cell stays empty. The 总分 waits for it and
// the cell says what to do; it was counted as the rule's score, and recalc wrote a 总分 the visible
// cells do not add up to, then printed 0 errors (or, for a budget 得分, asked to run recalc again).

import { check, emptyState, recalculate, type Grid } from '../../../src/core';
import { format, messages } from '../../../src/i18n';
import { END, form, FUNDS, INDICATORS, withFormula } from '../../helpers/written-form';

// 培训人次's 得分 (G9; the rule gives 27.00) and the budget's 得分 (G5; 9.50), each a formula showing nothing.
const blankScore = withFormula(form(), 8, 6, '=IF(E9="","",F9*E9/D9)', '');
const blankBudget = withFormula(form(), 4, 6, '=IF(F5="","",ROUND(F5/10,2))', '');
const at = (issues: { code: string; cell: string }[], cell: string) =>
  issues.filter((i) => i.cell === cell).map((i) => i.code);

it('the 得分 cell says its formula shows nothing where the rule gives 27.00; the 总分 and grade wait for it', () => {
  const { issues, forms } = check(blankScore);
  expect(at(issues, 'G9')).toEqual(['FORMULA_BLANK']);
  const blank = issues.find((i) => i.code === 'FORMULA_BLANK')!;
  expect([blank.severity, blank.message]).toEqual([
    'error',
    format(messages('zh-CN').issue.FORMULA_BLANK, {
      what: '“培训人次”得分',
      formula: '=IF(E9="","",F9*E9/D9)',
      expected: '27.00',
    }),
  ]);
  expect(forms[0].total.expectedScore).toBeNull();
  expect(at(issues, 'G13')).toEqual(['WAITING_FOR_SCORES']);
});

it('recalc keeps the formula and writes no 总分 or grade over it; force replaces it and the form is whole', () => {
  const kept = recalculate([blankScore], emptyState());
  const written = kept.changes.map((c) => 'cell' in c && c.cell);
  expect(written).not.toContain('G9');
  expect(written).not.toContain('G13');
  expect(written).not.toContain(kept.reports[0].forms[0].grade.cell);
  expect(kept.reports[0].issues.filter((i) => i.severity === 'error').map((i) => i.code)).toContain(
    'FORMULA_BLANK',
  );
  const forced = recalculate([blankScore], emptyState(), { force: true });
  expect(forced.formulasReplaced).toBe(1);
  expect(forced.reports[0].forms[0].total.expectedScore).toBe('96.50');
  expect(forced.reports[0].issues.map((i) => i.code)).not.toContain('FORMULA_BLANK');
});

it('a budget 得分 formula showing nothing: never "run recalc" after recalc, which keeps it', () => {
  // It reads a cell no recalculation fills (H5), so it still shows nothing after one.
  const stillBlank = withFormula(form(), 4, 6, '=IF(H5="","",ROUND(F5/10,2))', '');
  const after = recalculate([stillBlank], emptyState()).reports[0].issues;
  expect(at(after, 'G5')).toEqual(['FORMULA_BLANK']);
  expect(after.map((i) => i.code)).not.toContain('NOT_CALCULATED');
});

it('a budget 得分 formula over the 执行率 recalc fills shows its score after it, as Excel would', () => {
  const done = recalculate([blankBudget], emptyState());
  expect(done.changes).toContainEqual({ kind: 'result', sheet: '自评表', cell: 'G5', value: 9.5 });
  expect(at(done.reports[0].issues, 'G5')).toEqual([]);
});

it('a computed cell left empty without a formula is still NOT_CALCULATED', () => {
  expect(at(check(form()).issues, 'G9')).toEqual(['NOT_CALCULATED']);
});

// A dash shows no score either: =IF(E9="","-",…) is as common a template pattern, and a dash typed
// into an indicator's 得分 is a row not scored yet (a dash means "not applicable" only in the funds
// sub-rows). Both were counted as the rule's score: 总分 96.50 over a row showing "-", 0 errors.
it('a 得分 formula showing a dash is FORMULA_BLANK and the 总分 waits for it', () => {
  const dash = withFormula(form(), 8, 6, '=IF(E9="","-",F9*E9/D9)', '-');
  const { issues, forms } = check(dash);
  expect(at(issues, 'G9')).toEqual(['FORMULA_BLANK']);
  expect(forms[0].total.expectedScore).toBeNull();
  const after = recalculate([dash], emptyState());
  expect(after.changes.map((c) => 'cell' in c && c.cell)).not.toContain('G13');
  expect(at(after.reports[0].issues, 'G9')).toEqual(['FORMULA_BLANK']);
});

it('a dash typed into a met row’s 得分 is a score still to fill: NOT_CALCULATED, and recalc fills it', () => {
  const rows = INDICATORS.map((r) => r.slice());
  rows[1][6] = '—';
  const typed = form({ rows });
  expect(at(check(typed).issues, 'G10')).toEqual(['NOT_CALCULATED']);
  const after = recalculate([typed], emptyState());
  expect(after.changes).toContainEqual(expect.objectContaining({ cell: 'G10', value: 30 }));
  expect(after.reports[0].forms[0].total.expectedScore).toBe('96.50');
});

// A 得分 formula giving another score than the rule was reported as "已保留手填得分" (a typed score
// kept), with no word of how to replace it: the user looked for a number they had typed.
it('a 得分 formula differing from the rule is said to be the user’s formula, kept, with how to replace it', () => {
  const cli = messages('zh-CN', 'cli');
  const mismatch = (grid: Grid) =>
    check(grid, undefined, cli).issues.find((i) => i.code === 'SCORE_MISMATCH')!;
  const formula = withFormula(form(), 8, 6, '=ROUND(F9*0.8,2)', 24);
  expect(mismatch(formula).message).toBe(
    '“培训人次”得分 24.00 与规则计算的 27.00 不同（得分是您的公式，已保留；如需替换，请用 selfeval recalc --force 以计算值替换）',
  );
  const rows = INDICATORS.map((r) => r.slice());
  rows[0][6] = 24;
  expect(mismatch(form({ rows })).message).toBe(
    '“培训人次”得分 24.00 与规则计算的 27.00 不同（已保留手填得分）',
  );
});

// A dash typed into the 总分 row (a template's placeholder) passed for a 总分: check printed
// "0 个错误" over a form whose 总分 cell shows "—", and recalc left the 分值's dash in place.
it('a dash typed into the 总分 or its 分值 is a cell still to fill: NOT_CALCULATED, and recalc fills both', () => {
  const end = END.map((r) => r.slice());
  end[0][5] = '—';
  end[0][6] = '-';
  const rows = INDICATORS.map((r) => r.slice());
  rows.forEach((r, i) => (r[6] = [27, 30, 20, 10][i]));
  rows[0][7] = '场地改造，少办一期';
  const funds = FUNDS.map((r) => r.slice());
  [funds[1][5], funds[1][6]] = [95, 9.5];
  const grid = form({ rows, funds });
  grid.values[12] = end[0];
  grid.text[12] = end[0].map((v) => (v === null ? '' : String(v)));
  const issues = check(grid).issues.filter((i) => i.severity === 'error');
  expect(issues.map((i) => `${i.code} ${i.cell}`)).toEqual([
    'NOT_CALCULATED G13',
    'NOT_CALCULATED F13',
    'NOT_CALCULATED C14',
  ]);
  const written = recalculate([grid], emptyState()).changes.map(
    (c) => c.kind === 'value' && [c.cell, c.value],
  );
  expect(written).toEqual(
    expect.arrayContaining([
      ['G13', 96.5],
      ['F13', 100],
    ]),
  );
});

// A 得分 formula that failed (=F9/0 shows #DIV/0!) was "无法识别得分：“#DIV/0!”", with nothing to
// do: it is the formula or its data that needs mending, and the message says so.
it('a computed or input cell showing an error value says a formula failed there', () => {
  const failed = withFormula(form(), 8, 6, '=F9/0', '#DIV/0!');
  const unreadable = check(failed).issues.find((i) => i.code === 'UNREADABLE_VALUE' && i.cell === 'G9')!;
  expect(unreadable.message).toBe(
    '无法识别得分：“#DIV/0!”（这是公式出错的结果：请检查该单元格的公式及其引用的数据）',
  );
  const rows = INDICATORS.map((r) => r.slice());
  rows[1][4] = '#N/A';
  const actual = check(form({ rows })).issues.find((i) => i.code === 'UNREADABLE_VALUE' && i.cell === 'E10')!;
  expect(actual.message).toContain('这是公式出错的结果');
  rows[1][4] = '九十六';
  const words = check(form({ rows })).issues.filter((i) => i.cell === 'E10');
  expect(words.map((i) => i.message).join()).not.toContain('公式出错');
});

// An error value pasted as a value into a 得分 (no formula in the cell) was told to check the
// cell's formula, which it does not have.
it('an error value held as a value, not a formula’s result, says to clear the cell', () => {
  const rows = INDICATORS.map((r) => r.slice());
  rows[0][6] = '#DIV/0!';
  const pasted = check(form({ rows })).issues.find((i) => i.code === 'UNREADABLE_VALUE' && i.cell === 'G9')!;
  expect(pasted.message).toContain('不是公式的结果');
  expect(pasted.message).toContain('请清除该单元格');
  expect(pasted.message).not.toContain('请检查该单元格的公式');
});

// A 年度指标值 formula without a result (a file another program wrote) is its own issue; the
// row's actual (`180人次`) was read as words against the missing target and asked of a person too.
it('a target formula without a result is one issue, not also a person’s score for the row', () => {
  const uncalculated = withFormula(form(), 8, 3, '="≥200人次"', null);
  const codes = check(uncalculated)
    .issues.filter((i) => i.cell === 'D9' || i.cell === 'G9')
    .map((i) => i.code);
  expect(codes).toEqual(['FORMULA_NOT_CALCULATED']);
});

// A form lacking a part (domain.md §1): its funds block (项目资金), the funds 得分 / 执行率 column,
// the 总分 row or the 评分等级. A computed cell then has nowhere to go, or no 总分 can be computed
// at all: "0 errors" must never be said over it.

import { address, check, type Grid } from '../../../src/core';
import { issuesOfForm } from '../../../src/core/model/form-issues';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { defaultSettings } from '../../../src/core/model/settings';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { applyToGrid } from '../../../src/core/plan/grid-after';
import { fixture } from '../../helpers/fixtures';

let published: Grid;

beforeAll(async () => {
  published = readGrids(await openWorkbook(fixture('2022-district')))[0];
});

/** The grid with every cell of the funds block's columns `cols` (header to last sub-row) emptied. */
function withoutFundsColumns(grid: Grid, pick: (f: FundsCells) => (number | undefined)[]): Grid {
  const [e] = evaluateSheet(grid, defaultSettings).evals;
  const f = e.form.funds!;
  const cols = pick({ rate: f.rate?.col, score: f.score?.col, budgeted: f.budgeted?.col });
  const rows = [f.row - 1, f.row, ...f.subRows.map((s) => s.row)];
  const changes = rows.flatMap((row) =>
    cols.map((col) => ({ kind: 'value' as const, sheet: grid.sheet, cell: address(row, col!), value: null })),
  );
  return applyToGrid(grid, changes);
}
type FundsCells = { rate?: number; score?: number; budgeted?: number };

const codes = (grid: Grid) => check(grid).issues.map((i) => `${i.severity} ${i.code} ${i.cell}`);

it('the published form has every part: no structure issue', () => {
  expect(codes(published).filter((c) => /FUNDS_|RESULT_ROW/.test(c))).toEqual([]);
});

it('a funds header without 得分 is an error at the header, naming the column', () => {
  const grid = withoutFundsColumns(published, (c) => [c.score]);
  const issues = check(grid).issues.filter((i) => i.code === 'FUNDS_COLUMN_MISSING');
  expect(issues.map((i) => [i.severity, i.cell])).toEqual([['error', 'H4']]);
  expect(issues[0].message).toContain('“得分”');
});

it('a funds header without 执行率 is a warning: the 得分 is still computed from the amounts', () => {
  const grid = withoutFundsColumns(published, (c) => [c.rate]);
  const issues = check(grid).issues.filter((i) => i.code === 'FUNDS_COLUMN_MISSING');
  expect(issues.map((i) => i.severity)).toEqual(['warning']);
  expect(issues[0].message).toContain('“执行率”');
  const [e] = evaluateSheet(grid, defaultSettings).evals;
  expect(e.budget?.expectedScore?.toFixed(2)).toBe('10.00');
});

it('a form without its funds block is an error at its title: no budget score, no 总分', () => {
  // Without 全年预算数 the header is no funds header at all.
  const grid = withoutFundsColumns(published, (c) => [c.budgeted]);
  const [e] = evaluateSheet(grid, defaultSettings).evals;
  expect(e.form.funds).toBeNull();
  expect(e.expectedTotal).toBeNull();
  expect(codes(grid)).toContain('error FUNDS_MISSING A1');
});

/** The grid with rows `rows` (0-based) emptied across the form. */
function withoutRows(grid: Grid, rows: number[]): Grid {
  const changes = rows.flatMap((row) =>
    grid.values[0].map((_, i) => ({
      kind: 'value' as const,
      sheet: grid.sheet,
      cell: address(row, grid.left + i),
      value: null,
    })),
  );
  return applyToGrid(grid, changes);
}

it('a form without its 总分 row or its 评分等级 is an error on its last row, where the row belongs below', () => {
  const [e] = evaluateSheet(published, defaultSettings).evals;
  const total = e.form.total!.row;
  const grade = e.form.grade!.row;
  const lastIndicator = e.form.indicators[e.form.indicators.length - 1].row;
  expect(codes(withoutRows(published, [grade]))).toContain(`error RESULT_ROW_MISSING A${total + 1}`);
  expect(codes(withoutRows(published, [total]))).toContain(`error RESULT_ROW_MISSING A${grade + 1}`);
  const both = check(withoutRows(published, [total, grade]));
  const missing = both.issues.filter((i) => i.code === 'RESULT_ROW_MISSING');
  expect(missing.map((i) => i.cell)).toEqual([`A${lastIndicator + 1}`, `A${lastIndicator + 1}`]);
  expect(missing.map((i) => i.message)).toEqual([
    expect.stringContaining('总分'),
    expect.stringContaining('评分等级'),
  ]);
});

it('two forms one under the other: the first one’s missing 评分等级 counts to it, not to the gap', () => {
  // The published form twice, the copy starting one blank row below; the first without its grade.
  const [e] = evaluateSheet(published, defaultSettings).evals;
  const one = withoutRows(published, [e.form.grade!.row]);
  const height = one.values.length + 1;
  const stacked: Grid = {
    ...one,
    values: [...one.values, [null], ...published.values],
    text: [...one.text, [''], ...published.text],
    formats: [...one.formats, ['General'], ...published.formats],
    fills: undefined,
    formulas: undefined,
    merges: [
      ...one.merges,
      ...published.merges.map((m) => ({ ...m, top: m.top + height, bottom: m.bottom + height })),
    ],
  };
  const report = check(stacked);
  expect(report.forms).toHaveLength(2);
  const codesOf = (i: number) => issuesOfForm(report, report.forms[i]).map((x) => x.code);
  expect(codesOf(0)).toContain('RESULT_ROW_MISSING');
  expect(codesOf(1)).not.toContain('RESULT_ROW_MISSING');
});

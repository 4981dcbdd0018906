// A group subtotal's 得分 (小计) is a computed cell: recalc fills it with the sum of its rows, as
// it writes the 总分, and keeps a formula of the user's there unless forced. Before, recalc left it
// empty and the form looked unfinished.

import { applyToGrid } from '../../../src/core/plan/grid-after';
import { emptyState, recalculate, type Grid } from '../../../src/core';
import { form, SUBTOTALLED, withFormula } from '../../helpers/written-form';

const subtotalled = form({ rows: SUBTOTALLED });
const SCORE = 6; // column G

const writes = (grid: Grid, force = false) =>
  recalculate([grid], emptyState(), { force }).changes.filter((c) => c.kind === 'value');
const at = (grid: Grid, cell: string, force = false) => writes(grid, force).find((c) => c.cell === cell);

it('fills each subtotal’s 得分 with the sum of its rows’ scores, formatted as the other scores', () => {
  expect(at(subtotalled, 'G11')).toEqual({
    kind: 'value',
    sheet: '自评表',
    cell: 'G11',
    value: 57,
    format: '0.00',
  });
  expect(at(subtotalled, 'G13')).toMatchObject({ value: 20, format: '0.00' });
  // The 总分 counts the indicators alone: 9.50 + 27 + 30 + 20 + 10.
  expect(at(subtotalled, 'G15')).toMatchObject({ value: 96.5 });
  // Its 分值 stays as typed: an input.
  expect(writes(subtotalled).map((c) => c.cell)).not.toContain('F11');
});

it('leaves a right subtotal alone and writes over a wrong typed one', () => {
  const done = applyToGrid(subtotalled, recalculate([subtotalled], emptyState()).changes);
  expect(done.values[10][SCORE]).toBe(57);
  expect(writes(done)).toEqual([]);
  const wrong = applyToGrid(done, [{ kind: 'value', sheet: '自评表', cell: 'G11', value: 50 }]);
  expect(at(wrong, 'G11')).toMatchObject({ value: 57 });
});

it('keeps a formula of the user’s in a subtotal’s 得分 unless forced', () => {
  const formula = withFormula(subtotalled, 10, SCORE, '=G9', 0);
  expect(at(formula, 'G11')).toBeUndefined();
  const report = recalculate([formula], emptyState()).reports[0];
  expect(report.issues.filter((i) => i.cell === 'G11').map((i) => i.code)).toEqual(['SUBTOTAL_MISMATCH']);
  expect(at(formula, 'G11', true)).toMatchObject({ value: 57 });
  // One adding up the rows shows their sum after recalc: kept, nothing to say.
  const sum = withFormula(subtotalled, 10, SCORE, '=SUM(G9:G10)', 0);
  const done = recalculate([sum], emptyState());
  expect(done.changes).toContainEqual({ kind: 'result', sheet: '自评表', cell: 'G11', value: 57 });
  expect(done.reports[0].issues).toEqual([]);
});

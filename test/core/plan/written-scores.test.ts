// A 得分 SelfEval wrote stays SelfEval's while its cell holds what was written: a recalculation
// after the user corrects an actual (or switches the rounding mode) scores the row again. Before,
// the earlier score was kept as if typed ("已保留手填得分"), and a form whose actual fell below
// its target was reported ready to send with the old full score.

import { applyToGrid } from '../../../src/core/plan/grid-after';
import {
  check,
  emptyState,
  parseState,
  recalculate,
  serializeState,
  undo,
  type CellValue,
  type Grid,
  type WorkbookState,
} from '../../../src/core';
import { form } from '../../helpers/written-form';

/** The grid with `value` typed into (row, col), 0-based, as a person would. */
function typed(grid: Grid, row: number, col: number, value: CellValue): Grid {
  const values = grid.values.map((r) => r.slice());
  const text = grid.text.map((r) => r.slice());
  values[row][col] = value;
  text[row][col] = value === null ? '' : String(value);
  return { ...grid, values, text };
}

const ACTUAL = 4; // column E
const SCORE = 6; // column G
const ROW = 8; // 培训人次 ≥200人次, 分值 30

/** A first recalculation of the blank-scored form: 180 of 200 gives 27.00 in G9. */
function recalculated(): { grid: Grid; state: WorkbookState } {
  const grid = form();
  const first = recalculate([grid], emptyState());
  return { grid: applyToGrid(grid, first.changes), state: first.state };
}

const g9 = (r: ReturnType<typeof recalculate>) =>
  r.changes.find((c) => c.kind === 'value' && c.cell === 'G9');

it('remembers the scores it wrote, and a later recalculation scores the row again', () => {
  const { grid, state } = recalculated();
  expect(grid.values[ROW][SCORE]).toBe(27);
  expect(state.scores?.[grid.sheet]?.G9).toBe(27);
  const corrected = typed(grid, ROW, ACTUAL, '200人次');
  const again = recalculate([corrected], state);
  expect(g9(again)).toMatchObject({ value: 30 });
  const codes = again.reports[0].issues.filter((i) => i.cell === 'G9').map((i) => i.code);
  expect(codes).toEqual([]);
});

it('check says the earlier score is stale, an error, and asks for no reason the row no longer owes', () => {
  const { grid, state } = recalculated();
  const corrected = typed(grid, ROW, ACTUAL, '200人次');
  const issues = check(corrected, undefined, undefined, state).issues;
  const stale = issues.find((i) => i.cell === 'G9');
  expect(stale).toMatchObject({ code: 'SCORE_STALE', severity: 'error' });
  expect(stale?.message).toContain('27.00');
  expect(stale?.message).toContain('30.00');
  // 30 of 30 owes no 偏差原因; the stale 27 is not what counts.
  expect(issues.some((i) => i.code === 'MISSING_REASON' && i.cell === 'H9')).toBe(false);
  // Without the workbook's state the score is taken as typed, as before.
  expect(check(corrected).issues.find((i) => i.cell === 'G9')?.code).toBe('SCORE_MISMATCH');
});

it('a score the user typed over the written one is theirs: kept, and no longer remembered', () => {
  const { grid, state } = recalculated();
  const own = typed(typed(grid, ROW, SCORE, 25), ROW, ACTUAL, '200人次');
  const again = recalculate([own], state);
  expect(g9(again)).toBeUndefined();
  expect(again.reports[0].issues.find((i) => i.cell === 'G9')?.code).toBe('SCORE_MISMATCH');
  expect(again.state.scores?.[grid.sheet]?.G9).toBeUndefined();
});

it('another rounding mode rescores what SelfEval wrote', () => {
  // 7% of ≥9% over 20: 15.555… → 15.56 half-up, 15.55 truncated.
  const grid = typed(typed(form(), 10, ACTUAL, '7%'), 10, 3, '≥9%');
  const first = recalculate([grid], emptyState());
  expect(first.changes).toContainEqual(expect.objectContaining({ cell: 'G11', value: 15.56 }));
  const down = recalculate([applyToGrid(grid, first.changes)], first.state, { rounding: 'down' });
  expect(down.changes).toContainEqual(expect.objectContaining({ cell: 'G11', value: 15.55 }));
});

it('a row that now needs a person gets its earlier score emptied, and asks for one', () => {
  const { grid, state } = recalculated();
  const partly = typed(grid, ROW, ACTUAL, '部分达成年度指标并具有一定效果');
  const again = recalculate([partly], state);
  expect(g9(again)).toMatchObject({ value: null });
  const codes = again.reports[0].issues.filter((i) => i.cell === 'G9').map((i) => i.code);
  expect(codes).toEqual(['MANUAL_SCORE_NEEDED']);
  expect(again.state.scores?.[grid.sheet]?.G9).toBeUndefined();
});

it('undo puts back the remembered scores with the cells, and the state keeps them in the file', () => {
  const { grid, state } = recalculated();
  const again = recalculate([typed(grid, ROW, ACTUAL, '200人次')], state);
  expect(again.state.scores?.[grid.sheet]?.G9).toBe(30);
  expect(undo(again.state).state.scores).toEqual(state.scores);
  expect(parseState(serializeState(again.state)).scores).toEqual(again.state.scores);
  // A damaged entry is dropped, never taken for SelfEval's.
  const junk = (scores: unknown) => parseState([JSON.stringify({ ...again.state, scores })]).scores;
  expect(junk({ [grid.sheet]: { G9: '30', G10: null, 'not a cell': 30, G11: 20 } })).toEqual({
    [grid.sheet]: { G11: 20 },
  });
  expect(junk([{ sheet: grid.sheet, cell: 'G9', value: 30 }])).toBeUndefined();
});

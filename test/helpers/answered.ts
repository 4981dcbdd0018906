// One indicator row of a blank fixture form filled in as a user would, and what check says of it:
// the value-grammar stories (a negated answer, a yearless deadline, a lost format) read one row.

import { address, check, type Grid } from '../../src/core';
import { evaluateSheet } from '../../src/core/score/evaluate-sheet';
import { defaultSettings } from '../../src/core/model/settings';
import { applyToGrid } from '../../src/core/plan/grid-after';

/** What a user types in the row: 实际完成值 under `format` (年度指标值 under `targetFormat`), and
 * 得分 when `score` is given. */
export interface Answer {
  format?: string;
  targetFormat?: string;
  score?: number;
}

/**
 * The first indicator row of `blank` with `target` typed in 年度指标值 and `actual` in 实际完成值:
 * the issues check finds, and `on(code, cell)` those of one code on one cell.
 */
export function answered(blank: Grid, target: string | number, actual: string | number, answer: Answer = {}) {
  const [e] = evaluateSheet(blank, defaultSettings).evals;
  const row = e.form.indicators[0];
  const at = (c: { row: number; col: number }) => address(c.row, c.col);
  const value = (cell: { row: number; col: number }, v: string | number, format?: string) =>
    ({ kind: 'value', sheet: blank.sheet, cell: at(cell), value: v, format }) as const;
  const grid = applyToGrid(blank, [
    value(row.target!, target, answer.targetFormat),
    value(row.actual!, actual, answer.format ?? 'General'),
    ...(answer.score === undefined ? [] : [value(row.score, answer.score)]),
  ]);
  const issues = check(grid).issues;
  const on = (code: string, cell: { row: number; col: number }) =>
    issues.filter((i) => i.code === code && i.cell === at(cell));
  return { issues, on, row, at };
}

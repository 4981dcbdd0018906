// 分值 and 得分 written with their unit ('30分', as forms typed by hand have them) are the
// numbers they say (domain.md §2): the same scores, total and grade as the plain numbers give.

import { address, check } from '../../../src/core';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { defaultSettings } from '../../../src/core/model/settings';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { applyToGrid } from '../../../src/core/plan/grid-after';
import { fixture } from '../../helpers/fixtures';

it('30分 in 分值 and 得分 cells reads as 30', async () => {
  const published = readGrids(await openWorkbook(fixture('2022-district')))[0];
  const [e] = evaluateSheet(published, defaultSettings).evals;
  const writes = e.form.indicators.flatMap((row, i) =>
    [row.weight, row.score].map((c) => ({
      kind: 'value' as const,
      sheet: published.sheet,
      cell: address(c.row, c.col),
      value: `${valueAt(published, c.row, c.col)}${i % 2 ? ' 分' : '分'}`,
    })),
  );
  const typed = check(applyToGrid(published, writes));
  const plain = check(published);
  expect(typed.forms.map((f) => f.total)).toEqual(plain.forms.map((f) => f.total));
  expect(typed.forms[0].total.score).toBe(plain.forms[0].total.score);
  expect(typed.issues.map((i) => i.code)).not.toContain('UNREADABLE_VALUE');
});

function valueAt(
  grid: { top: number; left: number; values: unknown[][] },
  row: number,
  col: number,
): unknown {
  return grid.values[row - grid.top][col - grid.left];
}

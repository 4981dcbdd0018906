// 偏差原因分析 merged over two columns in the header while each row's two cells are not: a reason
// typed in the right-hand cell is the row's reason all the same (it was reported missing).

import { address, check, type Grid } from '../../../src/core';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { defaultSettings } from '../../../src/core/model/settings';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { fixture } from '../../helpers/fixtures';

it('a reason in the right half of a two-column 偏差原因分析 is read, and none is asked for', async () => {
  const grids = readGrids(await openWorkbook(fixture('2023-city-centre')));
  // A form whose reason header spans two columns and one of whose rows holds a reason.
  for (const grid of grids) {
    const [e] = evaluateSheet(grid, defaultSettings).evals;
    const i = e.indicators.findIndex((x) => x.reasonText);
    const reason = e.indicators[i]?.row.reason;
    if (
      !reason ||
      !grid.merges.some((m) => m.top === reason.row && m.left === reason.col && m.right > m.left)
    )
      continue;
    // Unmerge that row's reason cells and move the text one column right.
    const moved: Grid = {
      ...grid,
      merges: grid.merges.filter((m) => !(m.top === reason.row && m.left === reason.col)),
      values: grid.values.map((r) => r.slice()),
      text: grid.text.map((r) => r.slice()),
    };
    const [r, c] = [reason.row - grid.top, reason.col - grid.left];
    for (const a of [moved.values, moved.text]) {
      a[r][c + 1] = a[r][c] as never;
      a[r][c] = (a === moved.values ? null : '') as never;
    }
    const [after] = evaluateSheet(moved, defaultSettings).evals;
    expect(after.indicators[i].reasonText).toBe(e.indicators[i].reasonText);
    expect(after.indicators[i].row.reason).toEqual({ row: reason.row, col: reason.col + 1 });
    const missing = check(moved)
      .issues.filter((x) => x.code === 'MISSING_REASON')
      .map((x) => x.cell);
    expect(missing).not.toContain(address(reason.row, reason.col));
    return;
  }
  throw new Error('no form with a two-column reason in the fixture');
});

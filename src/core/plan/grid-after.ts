// A sheet as a change set leaves it: the grid a check of the written sheet would read. A
// recalculation reports from it where formulas of the user's take new results from its writes.

import type { ChangeSet } from '../model/change-set';
import type { Grid } from '../model/grid';
import { parseAddress } from '../model/grid';
import { render } from '../values/number-format';

function grow<T>(rows: T[][], row: number, col: number, blank: T): void {
  while (rows.length <= row) rows.push([]);
  const r = rows[row];
  while (r.length <= col) r.push(blank);
}

/** A copy of `grid` with the cell writes of `changes` on its sheet applied as a host applies
 * them: values (with their number format, or the formula an undo restores), formulas' new results
 * and fills. Cells above or left of the grid are never planned and are skipped. */
export function applyToGrid(grid: Grid, changes: ChangeSet): Grid {
  const copy: Grid = {
    ...grid,
    values: grid.values.map((r) => r.slice()),
    text: grid.text.map((r) => r.slice()),
    formats: grid.formats.map((r) => r.slice()),
    fills: grid.fills?.map((r) => r.slice()),
    formulas: grid.formulas?.map((r) => r.slice()),
  };
  for (const ch of changes) {
    if (ch.kind !== 'value' && ch.kind !== 'fill' && ch.kind !== 'result') continue;
    if (ch.sheet !== grid.sheet) continue;
    const { row, col } = parseAddress(ch.cell);
    if (row < grid.top || col < grid.left) continue;
    const r = row - grid.top;
    const c = col - grid.left;
    if (ch.kind === 'fill') {
      if (copy.fills) {
        grow(copy.fills, r, c, null);
        copy.fills[r][c] = ch.color;
      }
      continue;
    }
    grow(copy.values, r, c, null);
    grow(copy.text, r, c, '');
    grow(copy.formats, r, c, 'General');
    const format = (ch.kind === 'value' ? ch.format : undefined) ?? copy.formats[r][c] ?? 'General';
    copy.formats[r][c] = format;
    copy.values[r][c] = ch.value;
    copy.text[r][c] = ch.kind === 'value' && ch.formula ? String(ch.value ?? '') : render(ch.value, format);
    if (copy.formulas && ch.kind === 'value') {
      grow(copy.formulas, r, c, null);
      copy.formulas[r][c] = ch.formula ?? null;
    }
  }
  return copy;
}

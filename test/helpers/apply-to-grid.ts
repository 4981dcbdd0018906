// Applies a change set's cell writes to a Grid (a copy), as a host would: tests compare what the
// core reports of a sheet after a recalculation with a check of the sheet the changes leave.

import type { ChangeSet } from '../../src/core/model/change-set';
import type { Grid } from '../../src/core/model/grid';
import { parseAddress } from '../../src/core/model/grid';
import { render } from '../../src/core/values/number-format';

function grow<T>(rows: T[][], row: number, col: number, blank: T): void {
  while (rows.length <= row) rows.push([]);
  const r = rows[row];
  while (r.length <= col) r.push(blank);
}

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
    if (ch.sheet !== grid.sheet || (ch.kind !== 'value' && ch.kind !== 'fill')) continue;
    const { row, col } = parseAddress(ch.cell);
    // Cells above or left of the used range cannot be in it; the recogniser never plans those.
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
    const format = ch.format ?? copy.formats[r][c] ?? 'General';
    copy.formats[r][c] = format;
    copy.values[r][c] = ch.value;
    copy.text[r][c] = ch.formula ? String(ch.value ?? '') : render(ch.value, format);
    if (copy.formulas) {
      grow(copy.formulas, r, c, null);
      copy.formulas[r][c] = ch.formula ?? null;
    }
  }
  return copy;
}

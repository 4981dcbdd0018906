// Applies a change set's cell writes to a Grid (a copy), so the core can report a sheet as it
// will be after the host applies the changes, without another read.

import type { ChangeSet } from './changes';
import type { CellValue, Grid } from './grid';
import { parseAddress } from './grid';

/**
 * What Excel shows for a value under the number formats forms use: fixed decimals ('0.00'),
 * percent ('0.00%', the value being the fraction), thousands groups ('#,##0.00'); General shows
 * the number without binary noise.
 */
export function render(value: CellValue, format: string): string {
  if (value === null) return '';
  if (typeof value !== 'number') return String(value);
  const percent = /%/.test(format);
  const scaled = percent ? value * 100 : value;
  const digits = /0\.(0+)/.exec(format)?.[1].length ?? (/^[#,]*0(%|$)/.test(format) ? 0 : undefined);
  const body = digits === undefined ? String(Math.round(scaled * 1e10) / 1e10) : scaled.toFixed(digits);
  const grouped = /#,##0/.test(format) ? body.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : body;
  return percent ? `${grouped}%` : grouped;
}

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

// What a cell shows for a value under the number formats forms use.

import type { CellValue } from '../model/grid';

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

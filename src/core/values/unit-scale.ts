// Units that differ only by a Chinese magnitude (万人次 and 人次, 万元 and 元, 千克 and 克): the
// same measure counted in other steps, so an actual converts exactly into the target's unit
// (domain.md §2: 万人次 vs 人次 is a real mismatch, still worth a warning).

import { Decimal } from './decimal';

const MAGNITUDE: Record<string, number> = { 十: 1e1, 百: 1e2, 千: 1e3, 万: 1e4, 亿: 1e8 };

/** A unit as its magnitude and the rest: 十万人 → 100000 and 人. */
function split(unit: string): { factor: number; base: string } {
  let factor = 1;
  let i = 0;
  while (i < unit.length - 1 && MAGNITUDE[unit[i]]) factor *= MAGNITUDE[unit[i++]];
  return { factor, base: unit.slice(i) };
}

/**
 * `value` in unit `from` expressed in unit `to` when the two differ only by a magnitude
 * (1.2 万人次 → 12000 人次); null when they are the same, either is missing, or they measure
 * different things (人 and 次).
 */
export function inUnitOf(value: Decimal, from: string | null, to: string | null): Decimal | null {
  if (!from || !to || from === to) return null;
  const a = split(from);
  const b = split(to);
  if (a.base !== b.base || a.factor === b.factor) return null;
  return value.times(a.factor).div(b.factor);
}

// Units of one measure in other steps (万人次 and 人次, 万元 and 元, 公里 and 米, 小时 and 分钟):
// an actual converts exactly into the target's unit (domain.md §2: 万人次 vs 人次 is a real
// mismatch, still worth a warning). Units of different measures (人 and 次) never convert.

import { Decimal } from './decimal';

const MAGNITUDE: Record<string, number> = { 十: 1e1, 百: 1e2, 千: 1e3, 万: 1e4, 亿: 1e8 };

/** Named units of length, mass and time in their measure's base unit. 分 is not among them: it
 * is a minute, a point and a cent alike. */
const NAMED: Record<string, { base: string; factor: number }> = {
  米: { base: '米', factor: 1 },
  公里: { base: '米', factor: 1000 },
  厘米: { base: '米', factor: 0.01 },
  毫米: { base: '米', factor: 0.001 },
  克: { base: '克', factor: 1 },
  公斤: { base: '克', factor: 1000 },
  斤: { base: '克', factor: 500 },
  吨: { base: '克', factor: 1e6 },
  秒: { base: '秒', factor: 1 },
  分钟: { base: '秒', factor: 60 },
  小时: { base: '秒', factor: 3600 },
  // The same units as forms also write them (2500kg, 1.5km, 150min), read in lower case.
  mm: { base: '米', factor: 0.001 },
  cm: { base: '米', factor: 0.01 },
  m: { base: '米', factor: 1 },
  km: { base: '米', factor: 1000 },
  g: { base: '克', factor: 1 },
  kg: { base: '克', factor: 1000 },
  t: { base: '克', factor: 1e6 },
  s: { base: '秒', factor: 1 },
  min: { base: '秒', factor: 60 },
  h: { base: '秒', factor: 3600 },
};

/** A unit as its measure and its size in that measure's base: 十万人 → 人, 100000; 千克 → 克,
 * 1000; 公里 → 米, 1000. */
function measureOf(written: string): { base: string; factor: number } {
  const unit = /^[A-Za-z]+$/.test(written) ? written.toLowerCase() : written;
  let factor = 1;
  let i = 0;
  // 千米 and 千克 are 千 of 米 and 克; a named unit is never split (公里 is no 公 of 里).
  while (i < unit.length - 1 && MAGNITUDE[unit[i]] && !NAMED[unit.slice(i)]) factor *= MAGNITUDE[unit[i++]];
  const rest = unit.slice(i);
  const named = NAMED[rest];
  return named ? { base: named.base, factor: factor * named.factor } : { base: rest, factor };
}

/** Whether two units are one measure in the same steps, spelled otherwise (公里 and 千米, kg and
 * 千克): nothing to convert, and no mismatch worth a word. */
export function sameUnit(a: string, b: string): boolean {
  if (a === b) return true;
  const x = measureOf(a);
  const y = measureOf(b);
  return x.base === y.base && x.factor === y.factor;
}

/**
 * `value` in unit `from` expressed in unit `to` when both measure the same thing in other steps
 * (1.2 万人次 → 12000 人次, 4800 米 → 4.8 公里, 150 分钟 → 2.5 小时); null when they are the same,
 * either is missing, or they measure different things (人 and 次).
 */
export function inUnitOf(value: Decimal, from: string | null, to: string | null): Decimal | null {
  if (!from || !to || from === to) return null;
  const a = measureOf(from);
  const b = measureOf(to);
  if (a.base !== b.base || a.factor === b.factor) return null;
  return value.times(a.factor).div(b.factor);
}

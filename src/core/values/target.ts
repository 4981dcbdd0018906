// 年度指标值 (target): `operator number (unit)`, a comparison written after the number
// (`500人以上`, `20分钟以内`), a range (`90%-100%`, `2至3次`), a deadline (`2024年6月30日前`,
// `6月底前`) or words. See domain.md §2.

import { parseDate, type DayDate } from './date';
import { Decimal } from './decimal';
import { halfWidth, squash } from './label-key';
import { isErrorValue } from './number';

/** higher is better (≥ >, 正向指标), lower is better (≤ <, 反向指标), or equal (=). */
export type Direction = 'higher' | 'lower' | 'equal';

export interface Quantity {
  value: Decimal;
  /** Unit as written without brackets ('人次', '%'), null when none or '(null)'. */
  unit: string | null;
}

export type Target =
  | { kind: 'empty' }
  | ({ kind: 'quantity'; direction: Direction } & Quantity)
  /** Met inside [low, high] (`90%-100%`, `2～3次`): below scores like `≥ low`. */
  | { kind: 'range'; low: Decimal; high: Decimal; unit: string | null }
  /** 时效指标 met by a date on or before it (`2024年6月30日前`, `6月底前`, a date cell). */
  | { kind: 'deadline'; date: DayDate }
  /** 定性指标: words such as 达标, 及时, 提升. */
  | { kind: 'words'; text: string }
  /** An operator with no number after it, or similar. */
  | { kind: 'unreadable'; text: string };

// Longest first so that '>=' wins over '>' and '不少于' over '少于'.
const OPERATORS: [string, Direction][] = (
  [
    ['>=', 'higher'],
    ['≥', 'higher'],
    ['≧', 'higher'],
    ['不少于', 'higher'],
    ['不低于', 'higher'],
    ['大于等于', 'higher'],
    ['至少', 'higher'],
    ['超过', 'higher'],
    ['大于', 'higher'],
    ['高于', 'higher'],
    ['>', 'higher'],
    ['<=', 'lower'],
    ['≤', 'lower'],
    ['≦', 'lower'],
    ['不高于', 'lower'],
    ['不超过', 'lower'],
    ['不大于', 'lower'],
    ['小于等于', 'lower'],
    ['小于', 'lower'],
    ['少于', 'lower'],
    ['低于', 'lower'],
    ['<', 'lower'],
    ['等于', 'equal'],
    ['==', 'equal'],
    ['=', 'equal'],
  ] as [string, Direction][]
).sort((a, b) => b[0].length - a[0].length);
const OPERATOR = new RegExp(
  `^(?:${OPERATORS.map(([op]) => op.replace(/[<>=]/g, (c) => `\\${c}`)).join('|')})`,
);
const DIRECTION = new Map(OPERATORS);

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
// A unit written straight after the number: letters, no digits, no spaces, not a deadline word.
const BARE_UNIT = /^[^\d\s()]{1,8}$/;
// 起 starts a period only after a date (7月起, 2024年1月1日起); after a number it counts
// incidents (≤2起, 0起).
const DEADLINE = /(?:[前后底内止]|[年月日号]起)$/;

export function normaliseUnit(unit: string | null): string | null {
  if (unit === null) return null;
  let u = unit.trim();
  if (u.startsWith('(') && u.endsWith(')')) u = u.slice(1, -1).trim();
  return !u || u === 'null' || u === 'NULL' || u === 'Null' ? null : u;
}

/**
 * A number followed by an optional unit: `640.00(人次)`, `98%`, `=100.00 (%)`'s rest, `4次/月`.
 * `strict` (no operator was written) accepts only a bracketed unit or '%'.
 */
export function parseQuantity(raw: string, strict: boolean): Quantity | null {
  const s = halfWidth(raw).trim();
  const m = NUMBER.exec(s);
  if (!m) return null;
  const rest = s.slice(m[0].length);
  const value = new Decimal(m[0].replace(/,/g, ''));
  const unitText = rest.trim();
  if (!unitText) return { value, unit: null };
  if (/^\(.*\)$/.test(unitText)) return { value, unit: normaliseUnit(unitText) };
  if (unitText === '%') return { value, unit: '%' };
  // A space may stand between the number and its unit (3 次), as people type it.
  if (strict || !BARE_UNIT.test(unitText) || DEADLINE.test(unitText)) return null;
  return { value, unit: unitText };
}

// Comparisons written after the number: 500人以上, 98%及以上, 85%或以上 / 20分钟以内, 3%以下,
// 5天之内, 3天内, 5个工作日内, 10万元以内(含).
const AFTER = /^(.+?)(?:及|或)?(以上|以下|以内|之内|内|以下\(含\)|以内\(含\))(?:\(含\))?$/;
const AFTER_DIRECTION: Record<string, Direction> = {
  以上: 'higher',
  以下: 'lower',
  以内: 'lower',
  之内: 'lower',
  内: 'lower',
};
// A range: 90%-100%, 90-100%, 2～3次, 2至3次, 2到3次.
const RANGE = /^(.+?)(?:-|~|至|到|—|–)(.+)$/;
// What may follow a deadline's date: 前, 之前, 以前, 底前 is in the date; 完成 and the like.
const DEADLINE_REST = /^(前|之前|以前|止|截止)?(完成|完成交付|前完成|办结|上线|验收)?$/;

function afterNumber(s: string): Target | null {
  const m = AFTER.exec(s);
  if (!m) return null;
  const q = parseQuantity(m[1], false);
  const word = m[2].replace(/\(含\)$/, '');
  // 2024年内 is a year, not a duration of 2024 years.
  if (q && word === '内' && q.unit === '年' && q.value.gte(1000)) return null;
  return q ? { kind: 'quantity', direction: AFTER_DIRECTION[word], ...q } : null;
}

function range(s: string): Target | null {
  const m = RANGE.exec(s);
  if (!m) return null;
  const high = parseQuantity(m[2], false);
  // The unit is often written once, after the upper end: 90-100%, 2至3次.
  const low = parseQuantity(m[1], false) ?? null;
  if (!low || !high || (low.unit && high.unit && low.unit !== high.unit) || low.value.gt(high.value))
    return null;
  return { kind: 'range', low: low.value, high: high.value, unit: high.unit ?? low.unit };
}

function deadline(s: string): Target | null {
  const compact = s.includes(' ') ? s.replace(/\s+/g, '') : s;
  const found = parseDate(compact);
  if (!found) return null;
  const rest = compact.slice(found.length);
  return DEADLINE_REST.test(rest) ? { kind: 'deadline', date: found.date } : null;
}

/**
 * A deadline without a year (`12月底前`) in the form's year (the 年度 of its title): a date in
 * the next year misses it, never meets it by lending the deadline its own year. Other targets,
 * and any when the year is unknown, are returned as they are.
 */
export function inYear(target: Target, year: number | null): Target {
  if (target.kind !== 'deadline' || target.date.year !== null || year === null) return target;
  return { kind: 'deadline', date: { ...target.date, year } };
}

/** Reads a target from what its cell shows. */
export function parseTarget(text: string): Target {
  const s = squash(halfWidth(text));
  if (!s) return { kind: 'empty' };
  if (isErrorValue(s)) return { kind: 'unreadable', text: s };
  const late = deadline(s);
  if (late) return late;
  const found = OPERATOR.exec(s);
  if (found) {
    const op = found[0];
    const direction = DIRECTION.get(op)!;
    const q = parseQuantity(s.slice(op.length), false);
    if (q) return { kind: 'quantity', direction, ...q };
    // '=' or '>' followed by something that is no number: a symbol was meant, not a word.
    return /^[<>=≥≤≧≦]/.test(op) ? { kind: 'unreadable', text } : { kind: 'words', text: squash(text) };
  }
  // A bare number (`100`, `1000(篇)`) reads as higher-is-better.
  const bare = parseQuantity(s, true);
  if (bare) return { kind: 'quantity', direction: 'higher', ...bare };
  return afterNumber(s) ?? range(s) ?? { kind: 'words', text: squash(text) };
}

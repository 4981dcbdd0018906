// 年度指标值 (target): `operator number (unit)` or words. See domain.md §2.

import { Decimal } from './decimal';
import { halfWidth, squash } from './label-key';

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
const DEADLINE = /[前后底内止起]$/;

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
  if (strict || rest !== unitText || !BARE_UNIT.test(unitText) || DEADLINE.test(unitText)) return null;
  return { value, unit: unitText };
}

/** Reads a target from what its cell shows. */
export function parseTarget(text: string): Target {
  const s = squash(halfWidth(text));
  if (!s) return { kind: 'empty' };
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
  return { kind: 'words', text: squash(text) };
}

// Every number that reaches a cell passes through decimal.js and `round2`: binary floating point
// gets published values wrong (e.g. 85.93 / 87.37 truncated must print 98.35).

import Decimal from 'decimal.js';

export { Decimal };

/** The workbook's one rounding mode (domain.md §3): half-up (district forms) or down (truncate,
 * the 2023 city-level forms). */
export type RoundingMode = 'half-up' | 'down';

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

/** Rounds to 2 decimals with the workbook's one rounding mode: half-up or down (truncate). */
export function round2(value: Decimal, mode: RoundingMode): Decimal {
  return value.toDecimalPlaces(2, mode === 'down' ? Decimal.ROUND_DOWN : Decimal.ROUND_HALF_UP);
}

/** '9.83' — the decimal string reports and cells use. */
export function fixed2(value: Decimal): string {
  return value.toFixed(2);
}

/** A report's decimal string ('98.35', '10', '-3') as a number; text a cell holds and null are
 * no number. */
export function heldDecimal(held: string | null): Decimal | null {
  return held !== null && /^-?\d+(\.\d+)?$/.test(held) ? new Decimal(held) : null;
}

/** A report's value as the form prints it: a number with 2 decimals ('10' → '10.00'), text as
 * the cell holds it, null as ''. */
export function shownFixed2(held: string | null): string {
  const value = heldDecimal(held);
  return value ? fixed2(value) : (held ?? '');
}

/** Compares two decimals at 2 decimals (what a form shows, and what the system counts): a value
 * of more decimals counts as rounded in the workbook's `mode` (9.995 is 9.99 under truncation). */
export function same2(a: Decimal, b: Decimal, mode: RoundingMode): boolean {
  // Equal numbers are the common case (a cell that already holds its value): no rounding needed.
  if (a.eq(b)) return true;
  return round2(a, mode).eq(round2(b, mode));
}

/** `value` held within [low, high] (one of the three, no new number made). */
export function clamp(value: Decimal, low: Decimal, high: Decimal): Decimal {
  if (value.lt(low)) return low;
  return value.gt(high) ? high : value;
}

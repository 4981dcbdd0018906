// Reading a number from a cell: a real number, a number stored as text ('1,261.49'), or a
// percent-formatted number holding a fraction (0.9636 shown as '96.36%').

import { dateOfSerial, type DayDate } from './date';
import { Decimal } from './decimal';
import { halfWidth } from './label-key';
import { isDateFormat, isPercentFormat } from './number-format';

export type NumberRead =
  | { kind: 'empty' }
  | { kind: 'number'; value: Decimal; percent: boolean }
  | { kind: 'dash' } // '-', '—', '－': "not applicable" in budget sub-rows
  /** `typed`: an error value (#DIV/0!) the cell holds as a constant, not a formula's result. */
  | { kind: 'unreadable'; text: string; typed?: boolean }
  /** A formula whose file holds no result yet (written by another program, never recalculated). */
  | { kind: 'uncalculated'; formula: string };

const NUMERIC = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

/** Parses '1,261.49', '96.36%', '-3' (not '12abc'); null when it is not a plain number. */
export function parseNumberText(text: string): { value: Decimal; percent: boolean } | null {
  let s = halfWidth(text).replace(/\s+/g, '');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (!s || !NUMERIC.test(s) || s === '+' || s === '-' || s === '.') return null;
  return { value: new Decimal(s.replace(/,/g, '')), percent };
}

/** Spreadsheet error values: a formula that failed. */
const ERROR_VALUE =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** `#DIV/0!`, `#REF!`, `#N/A`, … : what a cell shows when its formula failed. */
export function isErrorValue(text: string): boolean {
  return ERROR_VALUE.test(text.trim());
}

// Forms repeat the same numbers (0, 100, 10, 20, …) and a Decimal never changes: each is
// made once. Bounded, so a long run over many workbooks keeps no more than this many.
const decimals = new Map<number, Decimal>();
const MAX_DECIMALS = 4096;

/** A stored number as the spreadsheet shows it: 15 significant digits, so the binary noise of
 * `=SUM(166.57, 38.33)` (204.89999999999998) reads as 204.9 (domain.md §2). */
export function decimalOf(value: number): Decimal {
  let d = decimals.get(value);
  if (d) return d;
  // The shortest form of most cell numbers already has at most 15 digits: no rounding needed.
  const shortest = String(value);
  d = new Decimal(shortest.length <= 15 && !shortest.includes('e') ? shortest : value.toPrecision(15));
  if (decimals.size >= MAX_DECIMALS) decimals.clear();
  decimals.set(value, d);
  return d;
}

/** The day a date cell holds (a serial number under a date format), else null. */
export function dateIn(value: unknown, format: string): DayDate | null {
  return typeof value === 'number' && isDateFormat(format) ? dateOfSerial(value) : null;
}

/**
 * A cell as a number, to 15 significant digits. A percent-formatted numeric cell (an unquoted %
 * in its format) yields the number it shows (96.36 for 0.9636) with `percent` set, so callers
 * reason in the units the form prints. A date cell is no number: unreadable, never its serial.
 */
export function readNumber(value: unknown, text: string, format: string): NumberRead {
  if (value === null || value === undefined || value === '') {
    return text.trim() ? readText(text) : { kind: 'empty' };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || isDateFormat(format))
      return { kind: 'unreadable', text: text || String(value) };
    const d = decimalOf(value);
    if (isPercentFormat(format)) return { kind: 'number', value: d.times(100), percent: true };
    return { kind: 'number', value: d, percent: false };
  }
  if (typeof value === 'boolean') return { kind: 'unreadable', text: text || String(value) };
  return readText(String(value));
}

const DASH = /^[-—－–─]+$/;

/** Whether a text shows no number at all: empty, spaces or a dash ('-', '—'). */
export function showsNoNumber(text: string): boolean {
  const t = text.trim();
  return !t || DASH.test(t);
}

function readText(raw: string): NumberRead {
  const text = raw.trim();
  if (!text) return { kind: 'empty' };
  if (DASH.test(text)) return { kind: 'dash' };
  const parsed = parseNumberText(text);
  return parsed ? { kind: 'number', ...parsed } : { kind: 'unreadable', text };
}

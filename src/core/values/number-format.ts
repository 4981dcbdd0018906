// Number formats as the spreadsheet applies them (domain.md §2, "reading numbers as the
// spreadsheet shows them"): which formats scale by 100 (only an unquoted, unescaped %), which mark
// a date (built-in ids 14–22, 27–36, 50–58 and any code with y/m/d/h/s outside quotes), and what a
// cell shows. Written here rather than taken from a formatting library: the ones that cover dates
// carry every locale's data (about 120 KB gzipped), more than the task pane and the offline page
// can afford for the handful of formats forms use.

import type { CellValue } from '../model/grid';
import { Decimal } from './decimal';
import { dateOfSerial, weekday } from './date';

/** One token of a format section: a literal to print, or a code character. */
type Token = { literal: string } | { code: string };

interface Section {
  tokens: Token[];
  percent: boolean;
  date: boolean;
}

interface Format {
  sections: Section[];
  general: boolean;
}

/** Built-in number formats by id, as Excel lists them (the zh-CN ones for 27–36 and 50–58). */
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

const DATE_CODES = /[ymdhs]/i;
const AMPM = ['AM/PM', 'A/P', '上午/下午'];

/** General inside a section: Excel's spelling and WPS's (G/通用格式), behind locale or numeral tags
 * (`[$-804]General`, `[DBNum1]G/通用格式`; Chinese numerals are shown as digits) or with text
 * (`General"人"`). */
const GENERAL_WORDS = ['general', 'g/通用格式'];

function tokenize(section: string): Section {
  const tokens: Token[] = [];
  let percent = false;
  let date = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    const word = GENERAL_WORDS.find((w) => section.slice(i, i + w.length).toLowerCase() === w);
    if (word) {
      tokens.push({ code: 'General' });
      i += word.length - 1;
      continue;
    }
    const ampm = AMPM.find((a) => section.startsWith(a, i) || section.toUpperCase().startsWith(a, i));
    if (ampm) {
      tokens.push({ code: ampm });
      date = true;
      i += ampm.length - 1;
    } else if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      tokens.push({ literal: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') tokens.push({ literal: section[++i] ?? '' });
    else if (ch === '_') {
      tokens.push({ literal: ' ' }); // room for the next character
      i++;
    } else if (ch === '*')
      i++; // fill with the next character: nothing to show in a cell's text
    else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inside = section.slice(i + 1, end < 0 ? undefined : end);
      // [h] [mm] [ss] are elapsed time; colours, conditions and [$-804] locales show nothing.
      if (/^(h+|m+|s+)$/i.test(inside)) {
        tokens.push({ code: inside.toLowerCase() });
        date = true;
      }
      i = end < 0 ? section.length : end;
    } else if (DATE_CODES.test(ch) && !/^e/i.test(ch)) {
      let run = ch;
      while (section[i + 1]?.toLowerCase() === ch.toLowerCase()) run += section[++i];
      tokens.push({ code: run.toLowerCase() });
      date = true;
    } else if ((ch === 'E' || ch === 'e') && (section[i + 1] === '+' || section[i + 1] === '-')) {
      tokens.push({ code: 'E' }); // scientific: shown as General
      i++;
    } else if (ch === '%') {
      tokens.push({ code: '%' });
      percent = true;
    } else if ('0#?.,'.includes(ch)) tokens.push({ code: ch });
    else if (ch === '@') tokens.push({ code: '@' });
    else tokens.push({ literal: ch });
  }
  return { tokens, percent: percent && !date, date };
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (format[++i] ?? '');
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

// A workbook uses a few formats on thousands of cells: parse each once.
const parsed = new Map<string, Format>();

function parse(format: string): Format {
  let f = parsed.get(format);
  if (!f) {
    const general = format === '' || /^general$/i.test(format.trim());
    f = { general, sections: general ? [] : splitSections(format).map(tokenize) };
    parsed.set(format, f);
  }
  return f;
}

/** An unquoted, unescaped % in the format (of positive numbers): the value shows × 100. */
export function isPercentFormat(format: string): boolean {
  return parse(format).sections[0]?.percent ?? false;
}

/** A date or time format: a number in such a cell is a serial date, never a quantity. */
export function isDateFormat(format: string): boolean {
  return parse(format).sections[0]?.date ?? false;
}

/** A number as Excel's General shows it: 15 significant digits, no binary noise, at most 11
 * characters before switching to exponent form. */
function general(value: number): string {
  const exact = Number(value.toPrecision(15));
  const text = String(exact);
  if (text.length <= 11 || !Number.isFinite(exact)) return text;
  const abs = Math.abs(exact);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = exact.toExponential(5).split('e');
    const sign = exponent.startsWith('-') ? '-' : '+';
    return `${mantissa.replace(/\.?0+$/, '')}E${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  const digits = Math.max(0, 10 - Math.floor(Math.log10(abs)) - (exact < 0 ? 1 : 0) - 1);
  return String(Number(exact.toFixed(digits)));
}

function renderNumber(value: number, section: Section): string {
  const codes = section.tokens.map((t) => ('code' in t ? t.code : null));
  const first = codes.findIndex((c) => c !== null && '0#?'.includes(c));
  if (first < 0) {
    // No digit placeholder: only literals (and maybe %).
    return section.tokens.map((t) => ('literal' in t ? t.literal : t.code === '%' ? '%' : '')).join('');
  }
  let last = first;
  codes.forEach((c, i) => {
    if (c !== null && '0#?.,'.includes(c)) last = Math.max(last, i);
  });
  const body = codes.slice(first, last + 1).filter((c): c is string => c !== null);
  const point = body.indexOf('.');
  const integer = point < 0 ? body : body.slice(0, point);
  const fraction = point < 0 ? [] : body.slice(point + 1).filter((c) => c !== ',');
  const grouped = integer.includes(',') && integer.indexOf(',') < integer.length - 1;
  const percents = section.tokens.filter((t) => 'code' in t && t.code === '%').length;
  const scaled = new Decimal(value.toPrecision(15)).times(new Decimal(100).pow(percents)).abs();
  // Half away from zero on the decimal digits Excel keeps, as Excel rounds what it shows.
  const minimum = fraction.filter((c) => c === '0').length;
  let text = scaled.toFixed(fraction.length, Decimal.ROUND_HALF_UP);
  if (fraction.length > minimum) {
    const [whole, decimals = ''] = text.split('.');
    const kept = decimals.replace(/0+$/, '').padEnd(minimum, '0');
    text = kept ? `${whole}.${kept}` : whole;
  }
  const [integerDigits, decimals] = text.split('.');
  let whole = integerDigits;
  const minWhole = integer.filter((c) => c === '0').length;
  if (whole === '0' && minWhole === 0) whole = '';
  whole = whole.padStart(minWhole, '0');
  if (grouped) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const number = decimals !== undefined ? `${whole}.${decimals}` : whole;
  const out: string[] = [];
  section.tokens.forEach((t, i) => {
    if (i === first) out.push(number);
    else if (i > first && i <= last && 'code' in t && '0#?.,'.includes(t.code)) return;
    else if ('literal' in t) out.push(t.literal);
    else if (t.code === '%') out.push('%');
  });
  return out.join('');
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'];
MONTHS.push('October', 'November', 'December');
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function renderDate(serial: number, section: Section): string {
  // A time alone (0 ≤ serial < 1) stands on Excel's day 0, 1900-01-00.
  const day = serial >= 0 && serial < 1 ? { year: 1900, month: 1, day: 0 } : dateOfSerial(serial);
  if (!day || day.year === null) return general(serial);
  const date = { ...day, year: day.year };
  const seconds = Math.round((serial - Math.floor(serial)) * 86400);
  const hours = Math.floor(seconds / 3600);
  const twelve = section.tokens.some((t) => 'code' in t && AMPM.includes(t.code));
  const codes = section.tokens.map((t) => ('code' in t ? t.code : ''));
  const out: string[] = [];
  section.tokens.forEach((t, i) => {
    if ('literal' in t) return out.push(t.literal);
    const c = t.code;
    // m is minutes right after an hour or right before seconds, else the month.
    const prev = codes.slice(0, i).filter(Boolean).pop() ?? '';
    const next = codes.slice(i + 1).find(Boolean) ?? '';
    const minutes = /^m{1,2}$/.test(c) && (/^h/.test(prev) || /^\[?h/.test(prev) || /^s/.test(next));
    if (/^y/.test(c)) out.push(c.length <= 2 ? pad(date.year % 100, 2) : String(date.year));
    else if (minutes) out.push(pad(Math.floor(seconds / 60) % 60, c.length));
    else if (/^m/.test(c)) {
      const name = MONTHS[date.month - 1];
      out.push(c.length <= 2 ? pad(date.month, c.length) : c.length === 3 ? name.slice(0, 3) : name);
    } else if (/^d/.test(c)) {
      const name = DAYS[weekday(date)];
      out.push(c.length <= 2 ? pad(date.day, c.length) : c.length === 3 ? name.slice(0, 3) : name);
    } else if (/^h/.test(c)) {
      const h = twelve ? hours % 12 || 12 : hours;
      out.push(pad(h, Math.min(c.length, 2)));
    } else if (/^s/.test(c)) out.push(pad(seconds % 60, Math.min(c.length, 2)));
    else if (c === 'AM/PM') out.push(hours < 12 ? 'AM' : 'PM');
    else if (c === 'A/P') out.push(hours < 12 ? 'A' : 'P');
    else if (c === '上午/下午') out.push(hours < 12 ? '上午' : '下午');
    else if (c === '@') out.push(String(serial));
    return undefined;
  });
  return out.join('');
}

/**
 * What Excel shows for a value under a number format: General (15 significant digits, no binary
 * noise), fixed decimals, thousands groups, percent, literal text (quoted, escaped), dates and
 * times; the sections for negatives, zero and text. Exponent and fraction formats show General.
 */
export function render(value: CellValue, format: string): string {
  if (value === null) return '';
  const f = parse(format);
  if (typeof value !== 'number') {
    const text = f.sections[3];
    if (typeof value !== 'string' || !text) return String(value);
    return text.tokens.map((t) => ('literal' in t ? t.literal : t.code === '@' ? value : '')).join('');
  }
  if (!Number.isFinite(value)) return String(value);
  if (f.general || !f.sections.length) return general(value);
  const negative = value < 0 && f.sections.length > 1;
  const zero = value === 0 && f.sections.length > 2;
  const section = zero ? f.sections[2] : negative ? f.sections[1] : f.sections[0];
  if (section.date) return renderDate(value, section);
  if (section.tokens.some((t) => 'code' in t && t.code === 'General'))
    return section.tokens
      .map((t) =>
        'literal' in t ? t.literal : t.code === 'General' ? general(negative ? -value : value) : '',
      )
      .join('');
  // Scientific and fraction formats (`0.00E+00`, `# ?/?`) show General.
  if (section.tokens.some((t) => 'code' in t && /^[eE]/.test(t.code))) return general(value);
  if (section.tokens.some((t) => 'literal' in t && t.literal === '/')) return general(value);
  const shown = renderNumber(negative ? -value : value, section);
  return value < 0 && !negative && /\d/.test(shown) && Number(value.toPrecision(15)) !== 0
    ? `-${shown}`
    : shown;
}

// Dates (domain.md §2, deadlines of 时效指标): a spreadsheet stores a date as a serial number of
// days and marks it only by its number format; forms also write dates and deadlines as text
// (`2024年6月30日前`, `6月底前`, `2024-06-30`, `2024/6/30`).

/** A calendar day; `year` null when the text names none (`6月底前`). */
export interface DayDate {
  year: number | null;
  month: number;
  day: number;
}

const LAST_SERIAL = 2958465; // 9999-12-31
/** Days from 1970-01-01 to 1899-12-30, serial 0 of Excel's 1900 date system. */
const EPOCH_DAYS = -25569;

/** The civil date of a day count from 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm,
 * plain arithmetic so that the core needs no clock or Date object). */
function civil(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The day a serial number stands for (1900 date system); null outside Excel's range. */
export function dateOfSerial(serial: number): DayDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > LAST_SERIAL + 1) return null;
  const whole = Math.floor(serial);
  // Excel counts 1900-02-29, a day that never was: serials below 61 are one day early.
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  return civil(EPOCH_DAYS + (whole < 61 ? whole + 1 : whole));
}

/** The day of the week, 0 = Sunday. */
export function weekday(d: { year: number; month: number; day: number }): number {
  const m = d.month;
  const y = m < 3 ? d.year - 1 : d.year;
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + t[m - 1] + d.day) % 7;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function valid(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year ?? 2000, month);
}

// 2024年6月30日, 2024年6月, 6月30日, 6月底 / 6月末 / 6月份; also 2024-06-30, 2024/6/30, 2024.6.30.
const CHINESE = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号]|(底|末|份)?)/;
// A year of this century or the last, then month (and day) by '-' or '/'; '.' only with a day
// (2024.6.30), so that 2000.5 stays a number.
const NUMERIC = /^((?:19|20)\d\d)(?:([-/])(\d{1,2})(?:\2(\d{1,2}))?|\.(\d{1,2})\.(\d{1,2}))(?![\d.])/;

/**
 * A date at the start of `text`, with how much of the text it takes. A month without a day
 * (`6月底`, `2024年6月`) means its last day: a deadline of "by June" is met through 30 June.
 */
export function parseDate(text: string): { date: DayDate; length: number } | null {
  // Most texts are no date: a month sign or a leading year decides before any regex runs.
  if (!text.includes('月') && !/^\s*(?:19|20)\d\d[-/.]/.test(text)) return null;
  const s = text.trim();
  const lead = text.length - text.trimStart().length;
  const c = CHINESE.exec(s);
  if (c) {
    const year = c[1] ? Number(c[1]) : null;
    const month = Number(c[2]);
    const day = c[3] ? Number(c[3]) : daysIn(year ?? 2001, month);
    if (valid(year, month, day)) return { date: { year, month, day }, length: lead + c[0].length };
  }
  const n = NUMERIC.exec(s);
  if (n) {
    const year = Number(n[1]);
    const month = Number(n[3] ?? n[5]);
    const dayText = n[4] ?? n[6];
    const day = dayText ? Number(dayText) : daysIn(year, month);
    if (valid(year, month, day)) return { date: { year, month, day }, length: lead + n[0].length };
  }
  return null;
}

/** Compares two days; a side without a year takes the other's (`6月底` against 2024-06-20). */
export function compareDates(a: DayDate, b: DayDate): number {
  const year = (d: DayDate, other: DayDate) => d.year ?? other.year ?? 0;
  return year(a, b) - year(b, a) || a.month - b.month || a.day - b.day;
}

/** `2024年6月30日`, or `6月30日` without a year: how messages quote a date. */
export function showDate(d: DayDate): string {
  return `${d.year !== null ? `${d.year}年` : ''}${d.month}月${d.day}日`;
}

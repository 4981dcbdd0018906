// Cells of type "d" hold an ISO 8601 date-time; the Grid holds dates as serial numbers, as every
// other cell stores them, so a date cell reads the same whichever way it was written.

const DAY_MS = 86400000;
/** 1899-12-30 (serial 0 of the 1900 system) and 1904-01-01 (of the 1904 system) in ms since 1970. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/;

/** The serial number of an ISO date-time ('2024-06-30', '2024-06-30T12:00:00'); null if not one. */
export function serialOfIso(text: string, date1904: boolean): number | null {
  const m = ISO.exec(text);
  if (!m) {
    // A time alone ('T12:30:00' or '12:30:00') is a fraction of a day.
    const t = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(text);
    return t ? (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0)) / 86400 : null;
  }
  const ms =
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)) +
    Number(m[6] ?? 0) * 1000;
  let serial = (ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS;
  // The 1900 system counts 1900-02-29, which never was: earlier dates sit one day lower.
  if (!date1904 && serial < 61) serial -= 1;
  return serial;
}

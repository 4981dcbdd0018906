// A1 cell references as SpreadsheetML writes them in `r` attributes, parsed without regexes or
// allocations: reading a sheet parses one per cell.

/** 0-based column of the letters at the start of `ref` ('AB12' → 27); -1 when there are none. */
export function refColumn(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i ? col - 1 : -1;
}

/** 0-based row of the digits after the letters ('AB12' → 11); -1 when there are none. */
export function refRow(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 57) i++;
  let row = 0;
  const start = i;
  for (; i < ref.length; i++) row = row * 10 + (ref.charCodeAt(i) - 48);
  return i > start ? row - 1 : -1;
}

/** The area of a range reference ('B2:C3', or 'B2' for one cell); null when it is not one. */
export function refArea(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const colon = ref.indexOf(':');
  const a = colon < 0 ? ref : ref.slice(0, colon);
  const b = colon < 0 ? ref : ref.slice(colon + 1);
  const top = refRow(a);
  const left = refColumn(a);
  const bottom = refRow(b);
  const right = refColumn(b);
  return top < 0 || left < 0 || bottom < 0 || right < 0 ? null : { top, left, bottom, right };
}

/** A non-negative integer attribute ('12' → 12) without Number()'s general parsing; NaN if not one. */
export function toIndex(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number(s);
    n = n * 10 + d;
  }
  return s.length ? n : NaN;
}

// The name of a newly inserted template sheet: 自评表, then 自评表 (2), 自评表 (3), … as Excel
// names copies. Excel compares sheet names case-insensitively and allows 31 characters.

/** Excel allows sheet names of at most 31 characters. */
export const MAX_SHEET_NAME = 31;

/** Names Excel keeps for itself, in any case: History is its sheet of a shared workbook's changes
 * (Excel refuses it, and so does the library that writes new workbooks). */
const RESERVED = ['history'];

/** `base`, or `base (2)`, `base (3)` …: the first that no sheet of `existing` has nor Excel keeps. */
export function uniqueSheetName(existing: string[], base = '自评表'): string {
  const taken = new Set([...existing.map((name) => name.toLowerCase()), ...RESERVED]);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

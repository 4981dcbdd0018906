// Text normalisation for matching labels: real forms wrap labels (`一级\n指标`), pad them with
// full-width spaces and colons (`年度资金总额：`) and mix full- and half-width brackets.

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width ASCII variants (＝，（）０-９) to their half-width forms. */
const NEEDS_HALF_WIDTH = /[\uFF01-\uFF5E\u3000]/;

export function halfWidth(s: string): string {
  if (!NEEDS_HALF_WIDTH.test(s)) return s;
  return s
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** The key a label is matched by: half-width, no white space, no colons. */
const NOT_A_KEY = /[\s:\uFF01-\uFF5E\u3000]/;

/** Longer than any label: such text (a goal, a reason) is never matched, so not normalised. */
const LONGEST_LABEL = 40;

export function labelKey(s: string): string {
  if (s.length > LONGEST_LABEL || !NOT_A_KEY.test(s)) return s;
  return halfWidth(s).replace(/[\s:]+/g, '');
}

/** Collapses white space in a value's text (keeps single spaces between words). */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

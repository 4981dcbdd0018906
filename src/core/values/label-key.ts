// Text normalisation for matching labels: real forms wrap labels (`一级\n指标`), pad them with
// full-width spaces and colons (`年度资金总额：`) and mix full- and half-width brackets.
// Written as character loops: every cell of every form passes through labelKey.

const FULL_FIRST = 0xff01; // ！
const FULL_LAST = 0xff5e; // ～
const FULL_SHIFT = 0xfee0; // ！ − !
const IDEOGRAPHIC_SPACE = 0x3000;

/** Zero-width spaces and joiners (pasted from web pages and chat): invisible, so no part of a value. */
function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** Full-width ASCII variants (＝，（）０-９) and the ideographic space to their half-width forms;
 * zero-width characters dropped. */
export function halfWidth(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isZeroWidth(c)) {
      out += s.slice(from, i);
      from = i + 1;
    } else if (c === IDEOGRAPHIC_SPACE || (c >= FULL_FIRST && c <= FULL_LAST)) {
      out += s.slice(from, i) + String.fromCharCode(c === IDEOGRAPHIC_SPACE ? 32 : c - FULL_SHIFT);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Longer than any label: such text (a goal, a reason) is never matched, so not normalised. */
const LONGEST_LABEL = 40;

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === IDEOGRAPHIC_SPACE ||
    (c >= 0x2000 && c <= 0x200a) || // en quad … hair space
    isZeroWidth(c)
  );
}

/** The key a label is matched by: half-width, no white space, no colons. */
export function labelKey(s: string): string {
  if (s.length > LONGEST_LABEL) return s;
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= FULL_FIRST && c <= FULL_LAST) {
      c -= FULL_SHIFT;
      changed = true;
    }
    if (c === 58 /* : */ || isSpace(c)) {
      changed = true;
      continue;
    }
    out += String.fromCharCode(c);
  }
  return changed ? out : s;
}

/** Collapses white space in a value's text (keeps single spaces between words). */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

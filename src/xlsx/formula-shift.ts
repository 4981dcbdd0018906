// Shared formulas: a follower cell stores only `si`, meaning "the master's formula, its relative
// references moved by my offset from the master". This rewrites A1 references (cells, column and
// row ranges) for that offset; strings, quoted sheet names and [structured] parts are left alone.

import { refColumn } from './cell-ref';

const MAX_COL = 16384; // XFD
const MAX_ROW = 1048576;

// At a token boundary: a cell ($A$1), then a column range (A:C), then a row range (3:5).
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\p{L}\p{N}_.(!])/uy;
const COLS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\p{L}\p{N}_.(!])/uy;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![\p{L}\p{N}_.(!])/uy;

/** 1-based column number of column letters (A → 1). */
const colNumber = (letters: string): number => refColumn(letters) + 1;

function colLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A relative part moved by `d`, or null when it leaves the sheet (the reference becomes #REF!). */
function move(n: number, d: number, fixed: string, max: number): number | null {
  const m = fixed ? n : n + d;
  return m < 1 || m > max ? null : m;
}

function shiftCol(fixed: string, letters: string, d: number): string | null {
  const n = move(colNumber(letters), d, fixed, MAX_COL);
  return n === null ? null : fixed + colLetters(n);
}

function shiftRow(fixed: string, digits: string, d: number): string | null {
  const n = move(Number(digits), d, fixed, MAX_ROW);
  return n === null ? null : fixed + n;
}

/** Tries the reference patterns at `i`; returns [replacement, length] or null. */
function referenceAt(f: string, i: number, dRow: number, dCol: number): [string, number] | null {
  CELL.lastIndex = i;
  let m = CELL.exec(f);
  if (m && colNumber(m[2]) <= MAX_COL && Number(m[4]) <= MAX_ROW && Number(m[4]) >= 1) {
    const c = shiftCol(m[1], m[2], dCol);
    const r = shiftRow(m[3], m[4], dRow);
    return [c && r ? c + r : '#REF!', m[0].length];
  }
  COLS.lastIndex = i;
  m = COLS.exec(f);
  if (m) {
    const a = shiftCol(m[1], m[2], dCol);
    const b = shiftCol(m[3], m[4], dCol);
    return [a && b ? `${a}:${b}` : '#REF!', m[0].length];
  }
  ROWS.lastIndex = i;
  m = ROWS.exec(f);
  if (m) {
    const a = shiftRow(m[1], m[2], dRow);
    const b = shiftRow(m[3], m[4], dRow);
    return [a && b ? `${a}:${b}` : '#REF!', m[0].length];
  }
  return null;
}

/** The master's formula text (without '=') as it reads `dRow` rows and `dCol` columns away. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (!dRow && !dCol) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'" || ch === '[') {
      // A string, a quoted sheet name or a bracketed part: copied as written ("" and '' escape).
      const close = ch === '[' ? ']' : ch;
      let j = i + 1;
      for (;;) {
        const k = formula.indexOf(close, j);
        if (k < 0 || formula[k + 1] !== close || close === ']') {
          j = k < 0 ? formula.length : k + 1;
          break;
        }
        j = k + 2;
      }
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    const before = i > 0 ? formula[i - 1] : '';
    const ref = /[\p{L}\p{N}_.$]/u.test(before) ? null : referenceAt(formula, i, dRow, dCol);
    if (ref) {
      out += ref[0];
      i += ref[1];
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

// A parsed formula's result as Excel computes it, for the functions a 自评表 adds up and grades
// itself with. Excel's arithmetic is binary floating point, and a cached result must be the number
// Excel would store, so this works in JS numbers, not decimal.js (readers round to 15 digits, as
// every cell is read: domain.md §2). ROUND and its kin round the 15-digit decimal Excel shows.
// Anything else (another function, an area where one value is wanted) is `undefined`: unknown,
// left to the spreadsheet to recalculate.

import type { Area, CellValue } from '../model/grid';
import { Decimal } from '../values/decimal';
import { decimalOf, isErrorValue } from '../values/number';
import type { FormulaNode } from './parse';

/** What a cell holds for a formula: its value, null when empty, undefined when unknown (a formula
 * whose new result cannot be computed). */
export type CellLookup = (sheet: string | undefined, row: number, col: number) => CellValue | undefined;

/** The extent of `sheet`'s cells (its used range): a whole column reads no further. */
export type SheetExtent = (sheet: string | undefined) => Area | null;

class Unknown extends Error {}

interface Err {
  error: string;
}
type Scalar = number | string | boolean | null | Err;
type Value = Scalar | { area: Area; sheet?: string };

const isErr = (v: unknown): v is Err => typeof v === 'object' && v !== null && 'error' in v;
const isArea = (v: Value): v is { area: Area; sheet?: string } =>
  typeof v === 'object' && v !== null && 'area' in v;

function cellScalar(v: CellValue): Scalar {
  if (typeof v === 'string' && isErrorValue(v)) return { error: v.trim().toUpperCase() };
  return v === '' ? null : v;
}

/** Text as a number the way Excel's arithmetic takes it ("12", " 1.5 "), else #VALUE!. */
function textNumber(s: string): number | Err {
  const m = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.exec(s);
  return m ? Number(s) : { error: '#VALUE!' };
}

function toNumber(v: Scalar): number | Err {
  if (isErr(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  return textNumber(v);
}

function toText(v: Scalar): string | Err {
  if (isErr(v)) return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(shown15(v));
  return v;
}

function toBoolean(v: Scalar): boolean | Err {
  if (isErr(v)) return v;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  const u = v.toUpperCase();
  return u === 'TRUE' ? true : u === 'FALSE' ? false : { error: '#VALUE!' };
}

/** Excel's order for comparisons: numbers < text < booleans; text ignores case; an empty cell is
 * 0, "" or FALSE, whatever it is compared with. */
function compare(a: Scalar, b: Scalar): number | Err {
  if (isErr(a)) return a;
  if (isErr(b)) return b;
  const blank = (x: Scalar, other: Scalar): Scalar =>
    x !== null ? x : typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
  const x = blank(a, b);
  const y = blank(b, a);
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') {
    const [p, q] = [x.toLowerCase(), y.toLowerCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const [p, q] = [shown15(Number(x)), shown15(Number(y))];
  return p < q ? -1 : p > q ? 1 : 0;
}

/** A number as the spreadsheet shows it, to 15 significant digits (decimalOf, as every cell is
 * read): 18.62 + … + 10 comes out 89.99999999999999 in binary, and is 90 to every rule
 * (domain.md §2) and comparison. */
function shown15(x: number): number {
  return decimalOf(x).toNumber();
}

/** How small beside its operands a sum is taken for binary noise: 2⁻⁴⁸, LibreOffice's bound for
 * approximate addition (about the 15th significant digit). */
const NOISE = 2 ** -48;

/** Rounds the 15-digit decimal Excel shows of `x` to `digits` places. */
function round(x: number, digits: number, mode: Decimal.Rounding): number {
  const d = Math.trunc(digits);
  const shown = decimalOf(x);
  if (d >= 0) return shown.toDecimalPlaces(d, mode).toNumber();
  const scale = new Decimal(10).pow(-d);
  return shown.div(scale).toDecimalPlaces(0, mode).mul(scale).toNumber();
}

class Evaluator {
  constructor(
    private readonly lookup: CellLookup,
    private readonly extent: SheetExtent,
  ) {}

  /** The cells of an area, clipped to its sheet's used range. */
  private *cells(v: { area: Area; sheet?: string }): Generator<Scalar> {
    const used = this.extent(v.sheet);
    if (!used) return;
    const top = Math.max(v.area.top, used.top);
    const bottom = Math.min(v.area.bottom, used.bottom);
    const left = Math.max(v.area.left, used.left);
    const right = Math.min(v.area.right, used.right);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) yield this.cell(v.sheet, r, c);
  }

  private cell(sheet: string | undefined, row: number, col: number): Scalar {
    const v = this.lookup(sheet, row, col);
    if (v === undefined) throw new Unknown();
    return cellScalar(v);
  }

  /** A value where one is wanted: a one-cell area is its cell; a larger one Excel would intersect
   * with the formula's row or column (or spill): not followed here. */
  scalar(node: FormulaNode): Scalar {
    const v = this.value(node);
    if (!isArea(v)) return v;
    const { area } = v;
    if (area.top !== area.bottom || area.left !== area.right) throw new Unknown();
    return this.cell(v.sheet, area.top, area.left);
  }

  private number(node: FormulaNode): number | Err {
    return toNumber(this.scalar(node));
  }

  /** The arguments' values as `fromCell` takes an area's cells (undefined: skipped) and `fromValue`
   * an argument's own value; the first error is the result. */
  private collect<T>(
    args: FormulaNode[],
    fromCell: (c: Scalar) => T | undefined,
    fromValue: (v: Scalar) => T | Err,
  ): T[] | Err {
    const out: T[] = [];
    for (const a of args) {
      const v = this.value(a);
      if (isArea(v)) {
        for (const c of this.cells(v)) {
          if (isErr(c)) return c;
          const x = fromCell(c);
          if (x !== undefined) out.push(x);
        }
      } else {
        const x = fromValue(v);
        if (isErr(x)) return x;
        out.push(x);
      }
    }
    return out;
  }

  /** The numbers SUM, MIN, MAX and AVERAGE take: an area's numbers only (text, booleans and
   * blanks skipped), an argument's value as a number (TRUE is 1, "12" is 12). */
  private numbers(args: FormulaNode[]): number[] | Err {
    return this.collect(args, (c) => (typeof c === 'number' ? c : undefined), toNumber);
  }

  /** The truth values AND and OR take: an area's numbers and booleans, an argument's value. */
  private booleans(args: FormulaNode[]): boolean[] | Err {
    const bs = this.collect(
      args,
      (c) => (typeof c === 'number' || typeof c === 'boolean' ? c !== 0 && c !== false : undefined),
      toBoolean,
    );
    return isErr(bs) || bs.length ? bs : { error: '#VALUE!' };
  }

  private call(name: string, args: FormulaNode[]): Value {
    const arity = (min: number, max: number) => {
      if (args.length < min || args.length > max) throw new Unknown();
    };
    const numeric = (f: (ns: number[]) => number | Err): Scalar => {
      const ns = this.numbers(args);
      return isErr(ns) ? ns : f(ns);
    };
    switch (name) {
      case 'SUM':
        return numeric((ns) => ns.reduce((s, n) => s + n, 0));
      case 'MIN':
        return numeric((ns) => (ns.length ? Math.min(...ns) : 0));
      case 'MAX':
        return numeric((ns) => (ns.length ? Math.max(...ns) : 0));
      case 'AVERAGE':
        return numeric((ns) =>
          ns.length ? ns.reduce((s, n) => s + n, 0) / ns.length : { error: '#DIV/0!' },
        );
      case 'ROUND':
      case 'ROUNDUP':
      case 'ROUNDDOWN': {
        arity(2, 2);
        const x = this.number(args[0]);
        const d = this.number(args[1]);
        if (isErr(x)) return x;
        if (isErr(d)) return d;
        const mode =
          name === 'ROUND'
            ? Decimal.ROUND_HALF_UP
            : name === 'ROUNDUP'
              ? Decimal.ROUND_UP
              : Decimal.ROUND_DOWN;
        return round(x, d, mode);
      }
      case 'ABS': {
        arity(1, 1);
        const x = this.number(args[0]);
        return isErr(x) ? x : Math.abs(x);
      }
      case 'IF': {
        arity(1, 3);
        const c = toBoolean(this.scalar(args[0]));
        if (isErr(c)) return c;
        const branch = c ? args[1] : args[2];
        if (!branch) return c ? 0 : false;
        return branch.t === 'missing' ? 0 : this.value(branch);
      }
      case 'IFERROR': {
        arity(2, 2);
        const v = this.scalar(args[0]);
        return isErr(v) ? this.value(args[1]) : v;
      }
      case 'AND':
      case 'OR': {
        const bs = this.booleans(args);
        if (isErr(bs)) return bs;
        return name === 'AND' ? bs.every(Boolean) : bs.some(Boolean);
      }
      // LibreOffice writes the constants TRUE and FALSE as functions.
      case 'TRUE':
      case 'FALSE':
        arity(0, 0);
        return name === 'TRUE';
      case 'NOT': {
        arity(1, 1);
        const b = toBoolean(this.scalar(args[0]));
        return isErr(b) ? b : !b;
      }
      default:
        throw new Unknown();
    }
  }

  private arithmetic(op: string, a: number, b: number): number | Err {
    let r: number;
    if (op === '+' || op === '-') {
      r = op === '+' ? a + b : a - b;
      // A sum or difference that is binary noise beside its operands (89.99999999999999 − 90) is
      // 0, as Excel and LibreOffice give it: their results would disagree with ours otherwise.
      if (Math.abs(r) < Math.max(Math.abs(a), Math.abs(b)) * NOISE) r = 0;
    } else if (op === '*') r = a * b;
    else if (op === '/') {
      if (b === 0) return { error: '#DIV/0!' };
      r = a / b;
    } else r = a ** b;
    return Number.isFinite(r) ? r : { error: '#NUM!' };
  }

  value(node: FormulaNode): Value {
    switch (node.t) {
      case 'number':
      case 'text':
      case 'boolean':
        return node.value;
      case 'error':
        return { error: node.value };
      case 'missing':
        return null;
      case 'ref':
        return { area: node.area, sheet: node.sheet };
      case 'call':
        return this.call(node.name, node.args);
      case 'unary': {
        const x = this.number(node.arg);
        return isErr(x) ? x : node.op === '-' ? -x : x;
      }
      case 'percent': {
        const x = this.number(node.arg);
        return isErr(x) ? x : x / 100;
      }
      case 'binary': {
        const a = this.scalar(node.left);
        const b = this.scalar(node.right);
        if (node.op === '&') {
          const [p, q] = [toText(a), toText(b)];
          return isErr(p) ? p : isErr(q) ? q : p + q;
        }
        if (['=', '<>', '<', '>', '<=', '>='].includes(node.op)) {
          const c = compare(a, b);
          if (isErr(c)) return c;
          const ops: Record<string, boolean> = {
            '=': c === 0,
            '<>': c !== 0,
            '<': c < 0,
            '>': c > 0,
            '<=': c <= 0,
            '>=': c >= 0,
          };
          return ops[node.op];
        }
        const [p, q] = [toNumber(a), toNumber(b)];
        if (isErr(p)) return p;
        if (isErr(q)) return q;
        return this.arithmetic(node.op, p, q);
      }
      case 'array':
      case 'opaque':
        throw new Unknown();
    }
  }
}

/**
 * The result Excel would give `root`: a number, text, boolean or error value ('#DIV/0!'); a
 * reference to an empty cell gives 0, as Excel shows it. `undefined` when unknown: a function
 * outside SUM, MIN, MAX, AVERAGE, ROUND(UP/DOWN), ABS, IF, IFERROR, AND, OR, NOT, TRUE(),
 * FALSE(); an area where one value is wanted; a name not followed; a cell whose own result is
 * unknown.
 */
export function formulaResult(
  root: FormulaNode,
  lookup: CellLookup,
  extent: SheetExtent,
): CellValue | undefined {
  const e = new Evaluator(lookup, extent);
  try {
    const v = e.scalar(root);
    if (isErr(v)) return v.error;
    // The full binary value, as Excel holds it: a formula reading this one computes from that,
    // not from the 15 digits shown (96.5 / 3 * 3 is 96.5, not 96.5000000000001).
    return v === null ? 0 : v;
  } catch (err) {
    if (err instanceof Unknown) return undefined;
    throw err;
  }
}

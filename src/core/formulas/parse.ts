// A formula as a tree, for the few a 自评表 uses to add up and grade itself (=SUM(G13:G20),
// =ROUND(D8/C8*100,2), =IF(G21>=90,"优",…)): what a recalculation must recompute when it writes the
// cells they read, so that a file's cached results never go stale (architecture: a file we write
// is what Excel would save). The file's own syntax: English function names, ',' between
// arguments, '.' for decimals. Names, INDIRECT/OFFSET, structured and external references read
// cells no parse can see: the formula is `opaque`.

import { columnIndex, type Area, type DefinedNames } from '../model/grid';

export type FormulaNode =
  | { t: 'number'; value: number }
  | { t: 'text'; value: string }
  | { t: 'boolean'; value: boolean }
  | { t: 'error'; value: string }
  | { t: 'missing' }
  /** A cell or an area; `sheet` undefined: the formula's own sheet. */
  | { t: 'ref'; sheet?: string; area: Area }
  | { t: 'call'; name: string; args: FormulaNode[] }
  | { t: 'unary'; op: '-' | '+'; arg: FormulaNode }
  | { t: 'percent'; arg: FormulaNode }
  | { t: 'binary'; op: string; left: FormulaNode; right: FormulaNode }
  /** An array constant ({0,60,80,90}): read no cell; its results are not followed. */
  | { t: 'array' }
  /** What no parse can follow (a defined name). */
  | { t: 'opaque' };

export interface ParsedFormula {
  root: FormulaNode;
  refs: { sheet?: string; area: Area }[];
  /** It may read cells other than `refs` (names, INDIRECT, OFFSET, …). */
  opaque: boolean;
}

const LAST_ROW = 1048575;
const LAST_COL = 16383;
const NO_NAMES: DefinedNames = { workbook: {}, sheet: {} };

/** Whether a name's definition holds a relative cell reference (its strings and sheet prefixes
 * aside): `G14` or `$G14` rather than `$G$14`. */
function hasRelativeReference(text: string): boolean {
  const bare = text
    .replace(/"(?:[^"]|"")*"/g, '')
    .replace(/(?:'(?:[^']|'')+'|[\w.\u00C0-\uFFFF]+)!/g, '')
    .replace(/\$[A-Za-z]{1,3}\$\d+/g, '');
  return /(^|[^\w.\u00C0-\uFFFF$])\$?[A-Za-z]{1,3}\$?\d/.test(bare);
}

/** Names defined by names deeper than this are taken for a loop. */
const MAX_NAME_DEPTH = 8;
/** Functions whose result reads cells their arguments do not name. */
const REACHING = new Set(['INDIRECT', 'OFFSET', 'INDEX', 'CHOOSE']);

// References at a token start: cell(:cell), column range (A:C), row range (3:5), not followed by
// more of a name. Letters are ASCII and everything from Latin-1 up (CJK sheet names), spelled out
// because Unicode property escapes are ES2018 and WPS on Linux runs ES2017.
const CELL = /\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?(?![\w.(!\u00C0-\uFFFF])/y;
const COLS = /\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})(?![\w.(!\u00C0-\uFFFF])/y;
const ROWS = /\$?(\d{1,7}):\$?(\d{1,7})(?![\w.(!\u00C0-\uFFFF])/y;
const NUMBER = /(\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*/y;
const ERROR = /#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/iy;
// An array constant: numbers, strings, booleans and errors in rows (';') of columns (',').
const ARRAY =
  /\{(?:\s*(?:-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|"(?:[^"]|"")*"|TRUE|FALSE|#[A-Z/0!?]+)\s*[,;]?)*\}/iy;
const SHEET = /(?:'((?:[^']|'')+)'|([\w.\u00C0-\uFFFF]+))!/y;

function areaOf(a: number, b: number, c: number, d: number): Area {
  return { top: Math.min(a, c), left: Math.min(b, d), bottom: Math.max(a, c), right: Math.max(b, d) };
}

class NotParsed extends Error {}

class Parser {
  private i = 0;
  readonly refs: ParsedFormula['refs'] = [];
  opaque = false;

  /** `names`: those the formula sees; `local`: its sheet's own count (not inside a workbook
   * name's definition, where only the workbook's do). */
  constructor(
    private readonly f: string,
    private readonly names: DefinedNames = NO_NAMES,
    private readonly local = true,
    private readonly depth = 0,
  ) {}

  /** What the defined name `upper` stands for, and whether it is the sheet's own. */
  private defined(upper: string): { text: string; local: boolean } | undefined {
    const own = Object.prototype.hasOwnProperty;
    if (this.local && own.call(this.names.sheet, upper))
      return { text: this.names.sheet[upper], local: true };
    if (own.call(this.names.workbook, upper)) return { text: this.names.workbook[upper], local: false };
    return undefined;
  }

  private space(): void {
    while (this.f[this.i] === ' ' || this.f[this.i] === '\n' || this.f[this.i] === '\r') this.i++;
  }

  private peek(): string {
    this.space();
    return this.f[this.i] ?? '';
  }

  private take(s: string): boolean {
    this.space();
    if (this.f.startsWith(s, this.i)) {
      this.i += s.length;
      return true;
    }
    return false;
  }

  private match(re: RegExp): RegExpExecArray | null {
    this.space();
    re.lastIndex = this.i;
    const m = re.exec(this.f);
    if (m) this.i = re.lastIndex;
    return m;
  }

  parse(): FormulaNode {
    const root = this.comparison();
    if (this.peek() !== '') throw new NotParsed();
    return root;
  }

  /** One level of left-associative binary operators, from the loosest (comparison) to the
   * tightest (^), each over the next. Longer operators are tried first ('<>' before '<'). */
  private static readonly LEVELS = [['<>', '<=', '>=', '=', '<', '>'], ['&'], ['+', '-'], ['*', '/'], ['^']];

  private comparison(): FormulaNode {
    return this.level(0);
  }

  private level(n: number): FormulaNode {
    if (n === Parser.LEVELS.length) return this.unary();
    let left = this.level(n + 1);
    for (;;) {
      const op = Parser.LEVELS[n].find((o) => this.take(o));
      if (!op) return left;
      left = { t: 'binary', op, left, right: this.level(n + 1) };
    }
  }

  // Excel negates before it raises: =-2^2 is 4.
  private unary(): FormulaNode {
    if (this.take('-')) return { t: 'unary', op: '-', arg: this.unary() };
    if (this.take('+')) return { t: 'unary', op: '+', arg: this.unary() };
    let node = this.primary();
    while (this.take('%')) node = { t: 'percent', arg: node };
    return node;
  }

  private reference(sheet?: string): FormulaNode | null {
    let m = this.match(CELL);
    if (m) {
      const [r1, c1] = [Number(m[2]) - 1, columnIndex(m[1])];
      const [r2, c2] = m[3] ? [Number(m[4]) - 1, columnIndex(m[3])] : [r1, c1];
      if (c1 > LAST_COL || c2 > LAST_COL || r1 < 0 || r2 < 0) throw new NotParsed();
      return this.ref(sheet, areaOf(r1, c1, r2, c2));
    }
    m = this.match(COLS);
    if (m) return this.ref(sheet, areaOf(0, columnIndex(m[1]), LAST_ROW, columnIndex(m[2])));
    m = this.match(ROWS);
    if (m) return this.ref(sheet, areaOf(Number(m[1]) - 1, 0, Number(m[2]) - 1, LAST_COL));
    return null;
  }

  private ref(sheet: string | undefined, area: Area): FormulaNode {
    this.refs.push({ sheet, area });
    return { t: 'ref', sheet, area };
  }

  private primary(): FormulaNode {
    const ch = this.peek();
    if (ch === '(') {
      this.i++;
      const inner = this.comparison();
      if (!this.take(')')) throw new NotParsed();
      return inner;
    }
    if (ch === '"') {
      const end = /"((?:[^"]|"")*)"/y;
      const m = this.match(end);
      if (!m) throw new NotParsed();
      return { t: 'text', value: m[1].replace(/""/g, '"') };
    }
    if (ch === '#') {
      const m = this.match(ERROR);
      if (!m) throw new NotParsed();
      return { t: 'error', value: m[0].toUpperCase() };
    }
    if (ch === '{') {
      const m = this.match(ARRAY);
      if (!m) throw new NotParsed();
      return { t: 'array' };
    }
    if (ch === '[') throw new NotParsed();
    const start = this.i;
    const sheet = this.match(SHEET);
    if (sheet) {
      const name = sheet[1] !== undefined ? sheet[1].replace(/''/g, "'") : sheet[2];
      const ref = this.reference(name);
      if (!ref) throw new NotParsed();
      return ref;
    }
    const ref = this.reference();
    if (ref) return ref;
    const num = this.match(NUMBER);
    if (num) return { t: 'number', value: Number(num[0]) };
    this.i = start;
    const name = this.match(NAME);
    if (!name) throw new NotParsed();
    const upper = name[0].toUpperCase();
    if (this.peek() === '(') {
      this.i++;
      const fn = upper.replace(/^_XLFN\.(_XLWS\.)?/, '');
      if (REACHING.has(fn)) this.opaque = true;
      return { t: 'call', name: fn, args: this.args() };
    }
    if (upper === 'TRUE' || upper === 'FALSE') return { t: 'boolean', value: upper === 'TRUE' };
    // A defined name stands for what it is defined as (得分区 = 自评表!$G$10:$G$15). One not
    // known (a table's, another workbook's) or defined in a loop may stand for any cell.
    // A name with a relative reference (G14, not $G$14) means a cell offset from where it is
    // used: not followed.
    const defined = this.defined(upper);
    if (defined && !hasRelativeReference(defined.text) && this.depth < MAX_NAME_DEPTH) {
      const inner = new Parser(defined.text.replace(/^=/, ''), this.names, defined.local, this.depth + 1);
      try {
        const node = inner.parse();
        this.refs.push(...inner.refs);
        this.opaque = this.opaque || inner.opaque;
        return node;
      } catch (e) {
        if (!(e instanceof NotParsed)) throw e;
      }
    }
    this.opaque = true;
    return { t: 'opaque' };
  }

  private args(): FormulaNode[] {
    const args: FormulaNode[] = [];
    if (this.take(')')) return args;
    for (;;) {
      const ch = this.peek();
      args.push(ch === ',' || ch === ')' ? { t: 'missing' } : this.comparison());
      if (this.take(')')) return args;
      if (!this.take(',')) throw new NotParsed();
    }
  }
}

/** A formula ('=…' or without '=') as a tree with the cells it reads, the defined `names` (by
 * upper-case name, as Grid.names) read as what they stand for; null when it is beyond this parser
 * (structured references, intersections): a formula to treat as opaque. */
export function parseFormula(formula: string, names?: DefinedNames): ParsedFormula | null {
  const p = new Parser(formula.replace(/^=/, ''), names);
  try {
    const root = p.parse();
    return { root, refs: p.refs, opaque: p.opaque };
  } catch (e) {
    if (e instanceof NotParsed) return null;
    throw e;
  }
}

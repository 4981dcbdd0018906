// The XML of one cell SelfEval writes: a value (number, string as an inline string, boolean,
// error), optionally under a formula it restores, keeping the cell's other attributes.

import type { CellValue } from '../core/model/grid';
import { escapeAttr, escapeText } from './text';

/** What a planned cell holds after the write. */
export interface CellContent {
  value: CellValue;
  /** '=…': the cell gets this formula with `value` as its cached result. */
  formula?: string;
}

const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA']);

// Attributes that describe the old content and would misdescribe the new one: the type (set
// anew), cell metadata (dynamic arrays) and value metadata (rich values such as in-cell pictures).
const CONTENT_ATTRIBUTES = new Set(['t', 'cm', 'vm']);

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} into a cell`);
  return Object.is(n, -0) ? '0' : String(n);
}

/** A value as a formula's cached result: its <v> element and the cell type that says what it
 * is (none for a number); nothing for null. */
function resultXml(value: CellValue, p: string): { type?: string; v: string } {
  const v = (text: string) => `<${p}v>${escapeText(text)}</${p}v>`;
  if (value === null) return { v: '' };
  if (typeof value === 'number') return { v: v(numberText(value)) };
  if (typeof value === 'boolean') return { type: 'b', v: v(value ? '1' : '0') };
  return { type: ERRORS.has(value) ? 'e' : 'str', v: v(value) };
}

/** The type attribute and children for `content`, elements written with prefix `p`: a text
 * without a formula as an inline string, anything else as a (cached) value. */
function body(content: CellContent, p: string): { type?: string; children: string } {
  const { value, formula } = content;
  if (formula || typeof value !== 'string' || ERRORS.has(value)) {
    const f = formula ? `<${p}f>${escapeText(formula.replace(/^=/, ''))}</${p}f>` : '';
    const { type, v } = resultXml(value, p);
    return { type, children: f + v };
  }
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return { type: 'inlineStr', children: `<${p}is><${p}t${space}>${escapeText(value)}</${p}t></${p}is>` };
}

/** Attributes as an open tag writes them (` r="A1" s="3"`). */
function attributesText(attributes: Map<string, string>): string {
  return [...attributes].map(([n, v]) => ` ${n}="${escapeAttr(v)}"`).join('');
}

/** The open tag's attributes: `attributes` as they were with `s` set to `style` (dropped when 0
 * and absent before) and, when the content changes, `t` set to `type`. */
function attributesXml(
  attributes: [string, string][],
  style: number,
  type: string | undefined,
  newContent: boolean,
): string {
  const out = new Map(newContent ? attributes.filter(([n]) => !CONTENT_ATTRIBUTES.has(n)) : attributes);
  if (style || out.has('s')) out.set('s', String(style));
  if (newContent && type) out.set('t', type);
  return attributesText(out);
}

/** A whole <c> element: new content (and the cell's own <extLst> kept after it). */
export function cellXml(
  p: string,
  attributes: [string, string][],
  style: number,
  content: CellContent,
  extLst = '',
): string {
  const { type, children } = body(content, p);
  const attrs = attributesXml(attributes, style, type, true);
  return children || extLst ? `<${p}c${attrs}>${children}${extLst}</${p}c>` : `<${p}c${attrs}/>`;
}

/** A formula cell with a new cached result, its formula element (`formulaXml`, as written) kept:
 * `value` null leaves it without one. The value metadata (`vm`) described the old result. */
export function resultCellXml(
  p: string,
  attributes: [string, string][],
  style: number,
  formulaXml: string,
  value: CellValue,
  extLst = '',
): string {
  // A number's type stays as written (t="n" or none); any other type is set anew.
  const numberKept = typeof value === 'number' && attributes.some(([n, x]) => n === 't' && x === 'n');
  const kept = new Map(attributes.filter(([n]) => (n !== 't' || numberKept) && n !== 'vm'));
  if (style || kept.has('s')) kept.set('s', String(style));
  const { type, v } = resultXml(value, p);
  if (type) kept.set('t', type);
  return `<${p}c${attributesText(kept)}>${formulaXml}${v}${extLst}</${p}c>`;
}

/** Only the open tag of a cell whose content stays (a fill or format change): `s` changes. */
export function cellOpenTag(
  p: string,
  attributes: [string, string][],
  style: number,
  selfClosing: boolean,
): string {
  return `<${p}c${attributesXml(attributes, style, undefined, false)}${selfClosing ? '/>' : '>'}`;
}

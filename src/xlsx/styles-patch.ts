// Cell formats SelfEval needs that the workbook lacks, APPENDED to xl/styles.xml: a cell that
// gains a fill or a number format gets a copy of its own <xf> with only that changed, so its
// font, borders and alignment stay. Existing entries are never changed or renumbered; an entry
// already there (one appended by an earlier run included) is reused.

import { BUILTIN_FORMATS } from '../core/values/number-format';
import { MAIN_NS } from './namespaces';
import type { Span } from './sheet-scan';
import { splice } from './splice';
import { escapeAttr } from './text';
import { attr, prefixOf, scanXml, tagStart } from './xml';

type ContainerName = 'numFmts' | 'fills' | 'cellXfs';

/** A container of style entries and its entries' source text. */
interface Container {
  name: ContainerName;
  entry: 'numFmt' | 'fill' | 'xf';
  span: Span | null;
  /** Each existing entry's text as written. */
  entries: string[];
  /** Entries to append, in order. */
  added: string[];
  /** Index of each entry by its text (built when first needed). */
  index?: Map<string, number>;
}

interface Xf {
  numFmtId: number;
  fillId: number;
  /** Qualified element name as written ('xf', 'x:xf'). */
  name: string;
  attributes: [string, string][];
  /** Everything between the open and close tag ('' for <xf/>). */
  inner: string;
}

/** What a cell's style changes to: a number format code and/or a fill ('#RRGGBB', null = none). */
export interface StyleChange {
  format?: string;
  fill?: string | null;
}

// The order <styleSheet>'s children must come in (CT_Stylesheet): a container SelfEval adds goes
// before the first one that comes after it, never first (only <numFmts> may).
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

// Built-in formats whose codes read the same in every locale: these ids need no <numFmt>.
const INVARIANT_IDS = [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 49];

/** A minimal styles part for a package that has none (one default font, fill pair, border, xf). */
export function defaultStylesXml(mainNs: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${mainNs}">` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

function container(name: ContainerName, entry: Container['entry']): Container {
  return { name, entry, span: null, entries: [], added: [] };
}

export class StylesPatcher {
  private prefix = '';
  /** Where <styleSheet>'s close tag starts. */
  private rootCloseStart = -1;
  /** <styleSheet>'s children: local name and where each starts. */
  private readonly children: { local: string; start: number }[] = [];
  private readonly containers = [
    container('numFmts', 'numFmt'),
    container('fills', 'fill'),
    container('cellXfs', 'xf'),
  ];
  private readonly numFmts = this.containers[0];
  private readonly fills = this.containers[1];
  private readonly cellXfs = this.containers[2];
  /** Existing number format ids by code, and the highest id in use (custom ids start at 164). */
  private readonly formats = new Map<string, number>();
  private maxFormatId = 163;
  private readonly xfs: Xf[] = [];
  /** The first fill with no pattern (normally 0), what clearing a fill points to. */
  private noFill = -1;
  private readonly derived = new Map<string, number>();

  constructor(
    private readonly text: string,
    part: string,
  ) {
    let open: Container | null = null;
    let entry: { start: number; innerStart: number; xf?: Xf } | null = null;
    let noneFill = false;
    let depth = 0;
    scanXml(text, part, {
      open: (tag, end) => {
        // The root's prefix, for containers the part has none of yet.
        if (++depth === 1) this.prefix = prefixOf(tag);
        else if (depth === 2 && MAIN_NS.includes(tag.uri))
          this.children.push({ local: tag.local, start: tagStart(text, end) });
        if (!MAIN_NS.includes(tag.uri)) return;
        const name = tag.local;
        const c = this.containers.find((x) => x.name === name);
        if (c) {
          open = c;
          c.span = {
            start: tagStart(text, end),
            openEnd: end,
            closeStart: tag.isSelfClosing ? end : -1,
            end,
          };
          this.prefix = prefixOf(tag);
        } else if (open && !entry && name === open.entry) {
          entry = { start: tagStart(text, end), innerStart: end };
          if (name === 'numFmt') this.addFormat(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
          if (name === 'fill') noneFill = false;
          if (name === 'xf') {
            const attributes = Object.entries(tag.attributes);
            const numFmtId = Number(attr(tag, 'numFmtId') ?? 0);
            entry.xf = {
              numFmtId,
              fillId: Number(attr(tag, 'fillId') ?? 0),
              name: tag.name,
              attributes,
              inner: '',
            };
          }
        } else if (entry && name === 'patternFill')
          noneFill = (attr(tag, 'patternType') ?? 'none') === 'none';
      },
      close: (tag, end) => {
        if (--depth === 0) this.rootCloseStart = tagStart(text, end);
        const c: Container | null = open;
        if (!c || !MAIN_NS.includes(tag.uri)) return;
        if (tag.local === c.name && c.span) {
          if (c.span.closeStart < 0) c.span.closeStart = tagStart(text, end);
          c.span.end = end;
          open = null;
        } else if (entry && tag.local === c.entry) {
          c.entries.push(text.slice(entry.start, end));
          if (c === this.fills && noneFill && this.noFill < 0) this.noFill = c.entries.length - 1;
          if (entry.xf) {
            if (!tag.isSelfClosing) entry.xf.inner = text.slice(entry.innerStart, tagStart(text, end));
            this.xfs.push(entry.xf);
          }
          entry = null;
        }
      },
    });
  }

  private addFormat(id: number, code: string): void {
    this.maxFormatId = Math.max(this.maxFormatId, id);
    if (!this.formats.has(code)) this.formats.set(code, id);
  }

  /** The number format id showing `code`: a locale-invariant built-in, an existing or a new <numFmt>. */
  private formatId(code: string): number {
    for (const id of INVARIANT_IDS) if (BUILTIN_FORMATS[id] === code) return id;
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = ++this.maxFormatId;
    this.formats.set(code, id);
    this.numFmts.added.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  /** The fill id of a solid `color` ('#RRGGBB'), or of no fill for null. */
  private fillId(color: string | null): number {
    const p = this.prefix;
    // Fills 0 and 1 are Excel's reserves (none, gray125): a list lacking them (none at all,
    // <fills count="0"/>, only "none") gets them first, so that an xf without a fillId, or with 0,
    // keeps showing no fill and the new fill gets an index of its own.
    const reserves = [
      `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
      `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
    ];
    for (let i = this.fills.entries.length + this.fills.added.length; i < reserves.length; i++) {
      this.fills.added.push(reserves[i]);
      if (i === 0) this.noFill = 0;
    }
    if (color === null && this.noFill >= 0) return this.noFill;
    const pattern =
      color === null
        ? `<${p}patternFill patternType="none"/>`
        : `<${p}patternFill patternType="solid"><${p}fgColor rgb="FF${color.slice(1).toUpperCase()}"/><${p}bgColor indexed="64"/></${p}patternFill>`;
    return entryIndex(this.fills, `<${p}fill>${pattern}</${p}fill>`);
  }

  /** Whether the part has no <cellXfs>: every cell shows the default format, whatever its `s`. */
  get lacksCellFormats(): boolean {
    return !this.cellXfs.span;
  }

  /** The highest `s` a cell of the workbook names, where the list may be shorter (coverCellFormats). */
  private highestNamed = 0;

  /**
   * For a part without <cellXfs>, or one SelfEval made up for a package without styles: the
   * highest `s` any cell of the workbook names. Before a derived format is added, the list is
   * padded with the default format up to that index, so that those cells keep the default they
   * show and the derived one gets an index no cell names yet.
   */
  coverCellFormats(highest: number): void {
    this.highestNamed = highest;
  }

  /** Pads the cell formats with the default one up to `highestNamed`. */
  private padCellFormats(): void {
    const attributes: [string, string][] = [
      ['numFmtId', '0'],
      ['fontId', '0'],
      ['fillId', '0'],
      ['borderId', '0'],
    ];
    const plain: Xf = { numFmtId: 0, fillId: 0, name: `${this.prefix}xf`, attributes, inner: '' };
    while (this.xfs.length <= this.highestNamed) {
      this.cellXfs.added.push(xfXml(plain));
      this.xfs.push(plain);
    }
  }

  /** The cell format index for a cell of format `base` after `change`; `base` when it changes nothing. */
  derive(base: number, change: StyleChange): number {
    const key = `${base}|${change.format ?? ''}|${String(change.fill)}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    if (this.xfs.length <= this.highestNamed) this.padCellFormats();
    // A cell pointing past the list shows format 0 (as Excel does): start from that.
    const xf = this.xfs[base] ?? this.xfs[0];
    let index = base;
    if (xf) {
      const numFmtId = change.format === undefined ? xf.numFmtId : this.formatId(change.format);
      const fillId = change.fill === undefined ? xf.fillId : this.fillId(change.fill);
      if (numFmtId !== xf.numFmtId || fillId !== xf.fillId || !this.xfs[base]) {
        const set = new Map(xf.attributes);
        set.set('numFmtId', String(numFmtId));
        set.set('fillId', String(fillId));
        if (change.format !== undefined) set.set('applyNumberFormat', '1');
        if (change.fill !== undefined) set.set('applyFill', '1');
        index = entryIndex(this.cellXfs, xfXml({ ...xf, attributes: [...set] }));
      }
    }
    this.derived.set(key, index);
    return index;
  }

  /** Where a new `name` container goes: before the first child the schema puts after it, else
   * at the end of <styleSheet>. */
  private insertAt(name: ContainerName): number {
    const rank = ORDER.indexOf(name);
    const next = this.children.find((c) => ORDER.indexOf(c.local) > rank);
    return next ? next.start : this.rootCloseStart;
  }

  /** The patched part's text, or null when nothing was appended. */
  result(): string | null {
    const edits: { at: number; end: number; text: string }[] = [];
    for (const c of this.containers) {
      if (!c.added.length) continue;
      const count = c.entries.length + c.added.length;
      const p = this.prefix;
      const added = c.added.join('');
      if (!c.span) {
        const at = this.insertAt(c.name);
        edits.push({
          at,
          end: at,
          text: `<${p}${c.name} count="${count}">${added}</${p}${c.name}>`,
        });
        continue;
      }
      const open = this.text.slice(c.span.start, c.span.openEnd);
      const counted = /\scount\s*=\s*["']\d*["']/.test(open)
        ? open.replace(/(\scount\s*=\s*)["']\d*["']/, `$1"${count}"`)
        : open.replace(/\s*\/?>$/, ` count="${count}"$&`);
      if (c.span.closeStart === c.span.end) {
        // Written self-closing (<cellXfs/>): open it.
        edits.push({
          at: c.span.start,
          end: c.span.end,
          text: `${counted.replace(/\s*\/>$/, '>')}${added}</${p}${c.name}>`,
        });
      } else {
        edits.push({ at: c.span.start, end: c.span.openEnd, text: counted });
        edits.push({ at: c.span.closeStart, end: c.span.closeStart, text: added });
      }
    }
    return edits.length ? splice(this.text, edits) : null;
  }
}

/** An <xf> entry's text. */
function xfXml(xf: Xf): string {
  const attrs = xf.attributes.map(([n, v]) => ` ${n}="${escapeAttr(v)}"`).join('');
  return xf.inner ? `<${xf.name}${attrs}>${xf.inner}</${xf.name}>` : `<${xf.name}${attrs}/>`;
}

/** Index of `xml` among the container's entries, appending it when new. */
function entryIndex(c: Container, xml: string): number {
  if (!c.index) {
    c.index = new Map();
    c.entries.forEach((e, i) => c.index!.has(e) || c.index!.set(e, i));
  }
  let i = c.index.get(xml);
  if (i === undefined) {
    i = c.entries.length + c.added.length;
    c.added.push(xml);
    c.index.set(xml, i);
  }
  return i;
}

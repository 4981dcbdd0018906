// SAX over one XML part, namespace-aware and with the source positions patching needs. Elements
// are matched by namespace URI and local name, so any prefix (`x:c`, `c`) reads alike.
// The tokens come from htmlparser2's Tokenizer in XML mode: it reports offsets into the text and
// builds nothing, so a tag costs only the strings a handler reads (saxes, used before, built two
// objects per attribute and a dictionary per tag: half of a check's reading time, most of its
// garbage). The Tokenizer does not validate: what a reader of a damaged part must notice (tags
// that do not match or are left open, no root element) is checked here, and references are
// decoded with the same authors' `entities`; prefixes are resolved here from the xmlns
// declarations, for element names only.

import { Tokenizer } from 'htmlparser2';
import { decodeXML } from 'entities';
import { WorkbookFormatError } from './errors';

/**
 * An element as a handler sees it. One object is reused for every event: read it during the
 * call, never keep it.
 */
export interface XmlTag {
  /** Qualified name as written ('x:c'). */
  name: string;
  /** Its prefix ('x', '' for none). */
  prefix: string;
  local: string;
  /** The namespace URI the prefix is bound to ('' for none). */
  uri: string;
  /** Attributes by qualified name as written, values decoded (built when first asked for: most
   * handlers ask for one or two by name, with `attr`). */
  readonly attributes: Record<string, string>;
  /** One attribute's value by qualified name as written, decoded; undefined when absent. */
  get(name: string): string | undefined;
  isSelfClosing: boolean;
  /** The URI a prefix is bound to where this element stands (undefined when unbound). */
  resolve(prefix: string): string | undefined;
}

export interface XmlHandlers {
  /** An open tag, complete; `end` is the offset just past its `>` in the part's text. */
  open?(tag: XmlTag, end: number): void;
  /** A close tag (also right after `open` for `<a/>`); `end` as for `open`. */
  close?(tag: XmlTag, end: number): void;
  /** Character data, entities decoded (CDATA included). */
  text?(text: string): void;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Character data as XML reads it: line ends made \n (XML 1.0 §2.11), references decoded. */
function charData(raw: string): string {
  const lines = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return lines.includes('&') ? decodeXML(lines) : lines;
}

/** An attribute value as XML reads it: white space characters made spaces (§3.3.3), then
 * references decoded (a `&#10;` stays a line end). */
function attributeValue(raw: string): string {
  const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return spaced.includes('&') ? decodeXML(spaced) : spaced;
}

/** `text` holds `word` at `at` (compared by code unit: startsWith with a position is slower). */
function sameAt(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(at + i) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * The one XmlTag of a scan. A class, so that every part's tag has the same shape (an object
 * literal with a getter gets a new shape per scan, and the handlers' property reads slow down).
 * Its attributes are kept as offsets into the text, [name start, name end, value start, value
 * end] for each; values are sliced and decoded only when a handler asks.
 */
class ScannedTag implements XmlTag {
  name = '';
  prefix = '';
  local = '';
  uri = '';
  isSelfClosing = false;
  readonly spans: number[] = [];
  count = 0;
  private built: Record<string, string> | null = null;

  constructor(
    private readonly text: string,
    readonly resolve: (prefix: string) => string | undefined,
  ) {}

  /** A new tag begins: no attributes yet. */
  clear(): void {
    this.count = 0;
    this.built = null;
  }

  private valueAt(i: number): string {
    const start = this.spans[4 * i + 2];
    return start < 0 ? '' : attributeValue(this.text.slice(start, this.spans[4 * i + 3]));
  }

  get attributes(): Record<string, string> {
    if (!this.built) {
      const built: Record<string, string> = {};
      for (let i = 0; i < this.count; i++)
        built[this.text.slice(this.spans[4 * i], this.spans[4 * i + 1])] = this.valueAt(i);
      this.built = built;
    }
    return this.built;
  }

  get(wanted: string): string | undefined {
    const { spans, text } = this;
    for (let i = 0; i < this.count; i++) {
      const start = spans[4 * i];
      if (spans[4 * i + 1] - start === wanted.length && sameAt(text, start, wanted)) return this.valueAt(i);
    }
    return undefined;
  }
}

/** Parses `text` (the part `part`, named in errors), calling the handlers in document order. */
export function scanXml(text: string, part: string, handlers: XmlHandlers): void {
  const { open, close, text: onText } = handlers;
  const illFormed = (why: string) => new WorkbookFormatError(`${part}: not well-formed XML (${why})`);
  // Prefix bindings in scope; an element that declares any gets a copy.
  let bindings = new Map<string, string>([['xml', XML_NS]]);
  const saved: { depth: number; bindings: Map<string, string> }[] = [];
  /** Names of the open elements, outermost first. */
  const openNames: string[] = [];
  let roots = 0;
  const tag = new ScannedTag(text, (prefix) => bindings.get(prefix));
  // The default namespace is looked up again only after a declaration changed the bindings.
  let generation = 0;
  let defaultGeneration = -1;
  let defaultUri = '';
  /** Fills the one XmlTag with the element `name`, resolved against the bindings in scope. */
  const describe = (name: string, selfClosing: boolean): XmlTag => {
    const colon = name.indexOf(':');
    tag.name = name;
    if (colon < 0) {
      if (defaultGeneration !== generation) {
        defaultUri = bindings.get('') ?? '';
        defaultGeneration = generation;
      }
      tag.prefix = '';
      tag.local = name;
      tag.uri = defaultUri;
    } else {
      tag.prefix = name.slice(0, colon);
      tag.local = name.slice(colon + 1);
      tag.uri = bindings.get(tag.prefix) ?? '';
    }
    tag.isSelfClosing = selfClosing;
    return tag;
  };

  // The tag being read: its name, whether it declares a prefix.
  let name = '';
  let declares = false;

  /** The open tag read so far is complete: its declarations take effect, the handler sees it. */
  const opened = (selfClosing: boolean, end: number) => {
    if (openNames.length === 0 && roots++ > 0) throw illFormed(`a second root element <${name}>`);
    openNames.push(name);
    if (declares) {
      saved.push({ depth: openNames.length, bindings });
      bindings = new Map(bindings);
      const attributes = tag.attributes;
      for (const key in attributes)
        if (key === 'xmlns' || key.startsWith('xmlns:'))
          bindings.set(key.length > 5 ? key.slice(6) : '', attributes[key]);
      generation++;
    }
    if (open) open(describe(name, selfClosing), end);
    if (selfClosing) closed(true, end);
  };
  /** The innermost open element ends at `end` (`<a/>` ends where it opens). */
  const closed = (selfClosing: boolean, end: number) => {
    if (close) close(describe(openNames[openNames.length - 1], selfClosing), end);
    if (saved.length && saved[saved.length - 1].depth === openNames.length) {
      bindings = saved.pop()!.bindings;
      generation++;
    }
    openNames.pop();
  };

  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: false },
    {
      onopentagname(start, end) {
        name = text.slice(start, end);
        tag.clear();
        declares = false;
      },
      onattribname(start, end) {
        const { spans } = tag;
        const at = 4 * tag.count++;
        spans[at] = start;
        spans[at + 1] = end;
        spans[at + 2] = spans[at + 3] = -1;
        if (text.startsWith('xmlns', start)) declares = true;
      },
      onattribdata(start, end) {
        const { spans } = tag;
        const at = 4 * (tag.count - 1);
        if (spans[at + 2] < 0) spans[at + 2] = start;
        spans[at + 3] = end;
      },
      onattribend() {},
      onopentagend(index) {
        opened(false, index + 1);
      },
      onselfclosingtag(index) {
        opened(true, index + 1);
      },
      onclosetag(start, end) {
        const expected = openNames[openNames.length - 1];
        if (expected === undefined || end - start !== expected.length || !text.startsWith(expected, start))
          throw illFormed(`</${text.slice(start, end)}> closes ${expected ? `<${expected}>` : 'nothing'}`);
        const gt = text.charCodeAt(end) === 62 ? end : text.indexOf('>', end);
        // A close tag has no attributes (the open tag's are gone with its children's).
        tag.clear();
        closed(false, gt + 1);
      },
      ontext(start, end) {
        if (!onText || openNames.length === 0) return;
        onText(charData(text.slice(start, end)));
      },
      oncdata(start, end, endOffset) {
        // `end` counts the `]]` of `]]>`; `endOffset` is their length.
        if (onText && openNames.length) onText(text.slice(start, end - endOffset).replace(/\r\n?/g, '\n'));
      },
      onattribentity() {},
      ontextentity() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(text);
  tokenizer.end();
  if (openNames.length) throw illFormed(`<${openNames[openNames.length - 1]}> is not closed`);
  if (!roots) throw illFormed('no root element');
}

/** An unprefixed attribute's value (SpreadsheetML's own attributes are unprefixed). */
export function attr(tag: XmlTag, name: string): string | undefined {
  return tag.get(name);
}

/** The qualified name of attribute `local` in one of the namespaces `uris` ('r:id' whatever its prefix). */
export function attrNameIn(tag: XmlTag, local: string, uris: readonly string[]): string | undefined {
  for (const key in tag.attributes) {
    const colon = key.indexOf(':');
    if (colon < 0 || key.slice(colon + 1) !== local) continue;
    const uri = tag.resolve(key.slice(0, colon));
    if (uri !== undefined && uris.includes(uri)) return key;
  }
  return undefined;
}

/** The value of attribute `local` in one of the namespaces `uris` (`r:id` whatever its prefix). */
export function attrIn(tag: XmlTag, local: string, uris: readonly string[]): string | undefined {
  const name = attrNameIn(tag, local, uris);
  return name === undefined ? undefined : tag.attributes[name];
}

/** Offset of the `<` that starts the tag ending just before `end` ('<' cannot occur inside a tag). */
export function tagStart(text: string, end: number): number {
  return text.lastIndexOf('<', end - 1);
}

/** `x:` for a tag written `x:name`, '' for an unprefixed one: new sibling elements copy it. */
export function prefixOf(tag: XmlTag): string {
  return tag.prefix ? `${tag.prefix}:` : '';
}

// SAX over one XML part (saxes), namespace-aware and with the source positions patching needs.
// Elements are matched by namespace URI and local name, so any prefix (`x:c`, `c`) reads alike.
// saxes runs without its own namespace processing, which builds an object per attribute; the
// prefixes are resolved here from the xmlns declarations, for the element names only.

import { SaxesParser, type SaxesTag } from 'saxes';
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
  /** Attributes by qualified name as written, values decoded. */
  attributes: Record<string, string>;
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

/** Parses `text` (the part `part`, named in errors), calling the handlers in document order. */
export function scanXml(text: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  const { open, close, text: onText } = handlers;
  // Prefix bindings in scope; an element that declares any gets a copy (prototype chains would
  // be cheaper to extend but are slow to build, once per part).
  let bindings = new Map<string, string>([['xml', XML_NS]]);
  const saved: { depth: number; bindings: Map<string, string> }[] = [];
  let depth = 0;
  const tag: XmlTag = {
    name: '',
    prefix: '',
    local: '',
    uri: '',
    attributes: {},
    isSelfClosing: false,
    resolve: (prefix) => bindings.get(prefix),
  };
  // The default namespace is looked up again only after a declaration changed the bindings.
  let generation = 0;
  let defaultGeneration = -1;
  let defaultUri = '';
  /** The one XmlTag object, describing saxes's tag `t`. */
  const describe = (t: SaxesTag): XmlTag => {
    const name = t.name;
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
    tag.attributes = t.attributes as Record<string, string>;
    tag.isSelfClosing = t.isSelfClosing;
    return tag;
  };
  // Where 'xmlns' occurs in the text, found once: only a tag that holds the next occurrence can
  // declare a prefix, so the others skip looking through their attributes.
  const mentions: number[] = [];
  for (let i = text.indexOf('xmlns'); i >= 0; i = text.indexOf('xmlns', i + 5)) mentions.push(i);
  let next = 0;
  const declare = (t: SaxesTag, end: number) => {
    const start = tagStart(text, end);
    let declares = false;
    for (; next < mentions.length && mentions[next] < end; next++)
      if (mentions[next] > start) declares = true;
    if (!declares) return;
    const attributes = t.attributes as Record<string, string>;
    for (const key in attributes) {
      if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
      if (saved.length === 0 || saved[saved.length - 1].depth !== depth) {
        saved.push({ depth, bindings });
        bindings = new Map(bindings);
      }
      bindings.set(key.length > 5 ? key.slice(6) : '', attributes[key]);
      generation++;
    }
  };
  parser.on('opentag', (t) => {
    depth++;
    const end = parser.position;
    if (next < mentions.length && mentions[next] < end) declare(t, end);
    if (open) open(describe(t), end);
  });
  parser.on('closetag', (t) => {
    if (close) close(describe(t), parser.position);
    if (saved.length && saved[saved.length - 1].depth === depth) {
      bindings = saved.pop()!.bindings;
      generation++;
    }
    depth--;
  });
  if (onText) {
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  // Only the parser's own errors say the part is ill-formed; a handler's error passes through.
  parser.on('error', (e) => {
    throw new WorkbookFormatError(`${part}: not well-formed XML (${e.message})`);
  });
  parser.write(text).close();
}

/** An unprefixed attribute's value (SpreadsheetML's own attributes are unprefixed). */
export function attr(tag: XmlTag, name: string): string | undefined {
  return tag.attributes[name];
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

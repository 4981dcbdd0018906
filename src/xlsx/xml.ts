// Namespace-aware SAX over one XML part (saxes), with the source positions that patching needs.
// Elements are matched by namespace URI and local name, so any prefix (`x:c`, `c`) reads alike.

import { SaxesParser, type SaxesTagNS } from 'saxes';
import { WorkbookFormatError } from './errors';

export type XmlTag = SaxesTagNS;

export interface XmlHandlers {
  /** An open tag, complete; `end` is the offset just past its `>` in the part's text. */
  open?(tag: XmlTag, end: number): void;
  /** A close tag (also right after `open` for `<a/>`); `end` as for `open`. */
  close?(tag: XmlTag, end: number): void;
  /** Character data, entities decoded (CDATA included). */
  text?(text: string): void;
}

/** Parses `text` (the part `part`, named in errors), calling the handlers in document order. */
export function scanXml(text: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const { open, close, text: onText } = handlers;
  if (open) parser.on('opentag', (tag) => open(tag, parser.position));
  if (close) parser.on('closetag', (tag) => close(tag, parser.position));
  if (onText) {
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  try {
    parser.write(text).close();
  } catch (e) {
    throw new WorkbookFormatError(`${part}: not well-formed XML (${(e as Error).message})`);
  }
}

/** An unprefixed attribute's value (SpreadsheetML's own attributes are unprefixed). */
export function attr(tag: XmlTag, name: string): string | undefined {
  return tag.attributes[name]?.value;
}

/** The value of attribute `local` in one of the namespaces `uris` (`r:id` whatever its prefix). */
export function attrIn(tag: XmlTag, local: string, uris: readonly string[]): string | undefined {
  for (const key in tag.attributes) {
    const a = tag.attributes[key];
    if (a.local === local && uris.includes(a.uri)) return a.value;
  }
  return undefined;
}

/** Offset of the `<` that starts the tag ending just before `end` ('<' cannot occur inside a tag). */
export function tagStart(text: string, end: number): number {
  return text.lastIndexOf('<', end - 1);
}

/** `x:` for a tag written `x:name`, '' for an unprefixed one: new sibling elements copy it. */
export function prefixOf(tag: XmlTag): string {
  return tag.prefix ? `${tag.prefix}:` : '';
}

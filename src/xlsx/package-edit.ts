// Small edits of package parts by splicing: an element added before a root's close tag, or
// elements removed. Used for [Content_Types].xml and .rels parts when SelfEval adds its state
// sheet (or drops an emptied calc chain).

import { CONTENT_TYPES_NS, PACKAGE_RELS_NS } from './namespaces';
import { partKey } from './package';
import { splice, type Edit } from './splice';
import { escapeAttr } from './text';
import { attr, prefixOf, scanXml, tagStart, type XmlTag } from './xml';

/** Adds `element(prefix)` as the last child of the root (local name `root` in `ns`). */
function appendToRoot(
  text: string,
  part: string,
  ns: string,
  root: string,
  element: (p: string) => string,
): string {
  let edit: Edit | null = null;
  let prefix = '';
  scanXml(text, part, {
    open(tag) {
      if (tag.uri === ns && tag.local === root) prefix = prefixOf(tag);
    },
    close(tag, end) {
      if (tag.uri !== ns || tag.local !== root) return;
      const start = tagStart(text, end);
      const child = element(prefix);
      edit = tag.isSelfClosing
        ? { at: start, end, text: `${text.slice(start, end).replace(/\s*\/>$/, '>')}${child}</${tag.name}>` }
        : { at: start, end: start, text: child };
    },
  });
  return edit ? splice(text, [edit]) : text;
}

/** Removes every element the predicate accepts. */
function removeElements(text: string, part: string, remove: (tag: XmlTag) => boolean): string {
  const edits: Edit[] = [];
  const open: number[] = [];
  scanXml(text, part, {
    open(tag, end) {
      open.push(remove(tag) ? tagStart(text, end) : -1);
    },
    close(_tag, end) {
      const start = open.pop()!;
      if (start >= 0) edits.push({ at: start, end, text: '' });
    },
  });
  return splice(text, edits);
}

export function addOverride(text: string, partName: string, contentType: string): string {
  return appendToRoot(
    text,
    '[Content_Types].xml',
    CONTENT_TYPES_NS,
    'Types',
    (p) => `<${p}Override PartName="/${escapeAttr(partName)}" ContentType="${escapeAttr(contentType)}"/>`,
  );
}

export function removeOverride(text: string, partName: string): string {
  return removeElements(
    text,
    '[Content_Types].xml',
    (t) =>
      t.uri === CONTENT_TYPES_NS &&
      t.local === 'Override' &&
      partKey(attr(t, 'PartName')?.replace(/^\//, '') ?? '') === partKey(partName),
  );
}

export function addRelationship(
  text: string,
  part: string,
  id: string,
  type: string,
  target: string,
): string {
  return appendToRoot(
    text,
    part,
    PACKAGE_RELS_NS,
    'Relationships',
    (p) =>
      `<${p}Relationship Id="${escapeAttr(id)}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`,
  );
}

export function removeRelationship(text: string, part: string, id: string): string {
  return removeElements(
    text,
    part,
    (t) => t.uri === PACKAGE_RELS_NS && t.local === 'Relationship' && attr(t, 'Id') === id,
  );
}

/** A relationship id not among `ids`: rId<n> past the highest numbered one. */
export function nextRelId(ids: string[]): string {
  let n = 0;
  for (const id of ids) {
    const m = /^rId(\d+)$/.exec(id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  let id = `rId${n + 1}`;
  while (ids.includes(id)) id = `rId${++n + 1}`;
  return id;
}

/** An empty relationships part (for a workbook that had none). */
export function emptyRelationships(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS_NS}"></Relationships>`;
}

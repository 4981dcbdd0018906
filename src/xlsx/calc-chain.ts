// xl/calcChain.xml lists every formula cell in calculation order; Excel calls a file corrupt when
// an entry names a cell without a formula. So the entries of cells whose formula SelfEval removed
// are taken out (the chain stays otherwise as written) and cells that regain a formula (an undo)
// are appended. A chain left with no entry is dropped, with its relationship and content type.

import { MAIN_NS } from './namespaces';
import { splice, type Edit } from './splice';
import { attr, prefixOf, scanXml, tagStart } from './xml';

/** Formula changes of one sheet, by its `sheetId` (the chain's `i`). */
export interface ChainChanges {
  removed: Set<string>;
  added: string[];
}

/** The patched chain's text; '' when it is left empty (drop the part); null when unchanged. */
export function patchCalcChain(
  text: string,
  part: string,
  bySheet: Map<number, ChainChanges>,
): string | null {
  const edits: Edit[] = [];
  let prefix = '';
  let end = -1;
  let kept = 0;
  // An entry without `i` belongs to the sheet of the entry before it (the first defaults to 1,
  // as Excel reads it): a kept entry after a removed one may have to say its sheet.
  let current = 1;
  let lastKept: number | null = null;
  let removedSince = false;
  scanXml(text, part, {
    open(tag, tagEnd) {
      if (!MAIN_NS.includes(tag.uri) || tag.local !== 'c') return;
      prefix = prefixOf(tag);
      const i = attr(tag, 'i');
      if (i !== undefined) current = Number(i);
      const r = attr(tag, 'r') ?? '';
      const start = tagStart(text, tagEnd);
      if (bySheet.get(current)?.removed.has(r.replace(/\$/g, ''))) {
        edits.push({ at: start, end: tagEnd, text: '' });
        removedSince = true;
        return;
      }
      if (i === undefined && removedSince && lastKept !== current) {
        const nameEnd = start + 1 + tag.name.length;
        edits.push({ at: nameEnd, end: nameEnd, text: ` i="${current}"` });
      }
      lastKept = current;
      removedSince = false;
      kept++;
    },
    close(tag, tagEnd) {
      if (MAIN_NS.includes(tag.uri) && tag.local === 'calcChain')
        end = tag.isSelfClosing ? -1 : tagStart(text, tagEnd);
    },
  });
  const added: string[] = [];
  for (const [sheetId, ch] of bySheet)
    for (const r of ch.added) added.push(`<${prefix}c r="${r}" i="${sheetId}"/>`);
  if (!edits.length && !added.length) return null;
  if (!kept && !added.length) return '';
  if (added.length && end >= 0) edits.push({ at: end, end, text: added.join('') });
  return splice(text, edits);
}

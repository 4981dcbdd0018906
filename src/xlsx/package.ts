// The package layer of Open Packaging Conventions: part names, relationships parts and how a
// relationship's target resolves to a part. Zip entry names carry no leading '/'.

import { decodePart } from './text';
import { attr, scanXml } from './xml';
import { PACKAGE_RELS_NS } from './namespaces';

export interface Relationship {
  id: string;
  type: string;
  /** The target part's zip entry name ('xl/worksheets/sheet1.xml'); the raw target when external. */
  target: string;
  external: boolean;
}

/** The relationships part of `part`: 'xl/workbook.xml' → 'xl/_rels/workbook.xml.rels'. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The folder of a part, with its trailing '/' ('' at the package root). */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolveTarget(sourcePart: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folderOf(sourcePart) + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return decodeURIComponentSafe(out.join('/'));
}

/**
 * A part name as Open Packaging compares names: ASCII case does not matter and percent-encoding is
 * decoded, so that 'xl/Worksheets/Sheet%201.xml' (as .NET's packaging writes a zip entry) is the
 * part a relationship calls 'worksheets/sheet 1.xml'.
 */
export function partKey(name: string): string {
  return decodeURIComponentSafe(name).toLowerCase();
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The relationships of `sourcePart` from its .rels bytes (none when the part has no .rels). */
export function readRelationships(sourcePart: string, bytes: Uint8Array | undefined): Relationship[] {
  if (!bytes) return [];
  const rels: Relationship[] = [];
  const relsPart = relsPartOf(sourcePart);
  scanXml(decodePart(bytes).text, relsPart, {
    open(tag) {
      if (tag.local !== 'Relationship' || tag.uri !== PACKAGE_RELS_NS) return;
      const external = attr(tag, 'TargetMode') === 'External';
      const target = attr(tag, 'Target') ?? '';
      rels.push({
        id: attr(tag, 'Id') ?? '',
        type: attr(tag, 'Type') ?? '',
        target: external ? target : resolveTarget(sourcePart, target),
        external,
      });
    },
  });
  return rels;
}

/** How a new relationship of `sourcePart` names `targetPart`: relative to the source's folder when
 * inside it ('worksheets/sheet2.xml'), else absolute ('/docProps/x.xml'). */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const folder = folderOf(sourcePart);
  return targetPart.startsWith(folder) ? targetPart.slice(folder.length) : `/${targetPart}`;
}

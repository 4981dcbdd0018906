// The namespaces and relationship types a workbook package uses. Transitional Open XML and Strict
// Open XML (ISO 29500 strict) name the same things with different URIs; a workbook is read the
// same way whichever it uses, and parts SelfEval adds take the family of the workbook they join.

/** SpreadsheetML main namespace, Transitional and Strict. */
export const MAIN_NS = [
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
];

/** Namespace of `r:id` attributes, Transitional and Strict. */
export const REL_ATTR_NS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

/** The package's own namespaces (the same in both families). */
export const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** DrawingML main namespace (theme colours), Transitional and Strict. */
export const DRAWING_NS = [
  'http://schemas.openxmlformats.org/drawingml/2006/main',
  'http://purl.oclc.org/ooxml/drawingml/main',
];

export const WORKSHEET_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** Transitional relationship types start with this; Strict ones with STRICT_REL_TYPE. */
const TRANSITIONAL_REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_REL_TYPE = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

/** The relationship type's last segment ('worksheet', 'styles', …) when it is an Office one. */
export function relKind(type: string): string | null {
  for (const base of [TRANSITIONAL_REL_TYPE, STRICT_REL_TYPE])
    if (type.startsWith(base)) return type.slice(base.length);
  return null;
}

/** The relationship type of `kind` in the family `mainNs` belongs to. */
export function relType(kind: string, mainNs: string): string {
  return (mainNs === MAIN_NS[1] ? STRICT_REL_TYPE : TRANSITIONAL_REL_TYPE) + kind;
}

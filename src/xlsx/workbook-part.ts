// xl/workbook.xml: the sheets in order (name, id, visibility, relationship), the date system, the
// defined names, and where a new <sheet> element goes when SelfEval adds its state sheet.

import { WorkbookFormatError } from './errors';
import { MAIN_NS, REL_ATTR_NS } from './namespaces';
import { attr, attrIn, attrNameIn, prefixOf, scanXml, tagStart } from './xml';

export type Visibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  name: string;
  sheetId: number;
  visibility: Visibility;
  /** The workbook relationship that names the sheet's part. */
  relId: string;
}

export interface WorkbookPart {
  /** The SpreadsheetML namespace the workbook is written in (Transitional or Strict). */
  mainNs: string;
  /** Every <sheet> in order, worksheets and chart sheets alike. */
  sheets: SheetEntry[];
  /** Dates count from 1904-01-01 (old Mac workbooks) rather than 1899-12-30. */
  date1904: boolean;
  /** The workbook's structure is protected (审阅 → 保护工作簿): no sheet may be added. */
  structureLocked: boolean;
  /** Where a new sheet is inserted: the offset of `</sheets>`. */
  sheetsEnd: number;
  /** The prefix (with its ':') the <sheet> elements are written with, '' when none. */
  sheetPrefix: string;
  /** The qualified name of the sheets' relationship id attribute ('r:id'), and whether a new
   * sibling must declare its prefix (declared on the sibling itself rather than above it). */
  relIdName: string;
  relIdNeedsDeclaration: boolean;
  /** The namespace of that attribute (Transitional or Strict). */
  relIdNs: string;
  /** Defined names (得分区 = 自评表!$G$10:$G$15): the text each stands for, and the index (in
   * `sheets`) of the sheet a local one belongs to. */
  definedNames: { name: string; text: string; localSheet?: number }[];
}

function visibilityOf(state: string | undefined): Visibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

const TRUE = new Set(['1', 'true']);

export function readWorkbookPart(text: string, part: string): WorkbookPart {
  const wb: WorkbookPart = {
    mainNs: '',
    sheets: [],
    date1904: false,
    structureLocked: false,
    sheetsEnd: -1,
    sheetPrefix: '',
    relIdName: 'r:id',
    relIdNeedsDeclaration: false,
    relIdNs: REL_ATTR_NS[0],
    definedNames: [],
  };
  let name: WorkbookPart['definedNames'][number] | null = null;
  scanXml(text, part, {
    open(tag) {
      if (!MAIN_NS.includes(tag.uri)) return;
      if (tag.local === 'definedName') {
        const local = attr(tag, 'localSheetId');
        name = { name: attr(tag, 'name') ?? '', text: '', ...(local ? { localSheet: Number(local) } : {}) };
        if (!tag.isSelfClosing) wb.definedNames.push(name);
        return;
      }
      if (tag.local === 'workbook') wb.mainNs = tag.uri;
      else if (tag.local === 'workbookPr') wb.date1904 = TRUE.has(attr(tag, 'date1904') ?? '');
      else if (tag.local === 'workbookProtection')
        wb.structureLocked = TRUE.has(attr(tag, 'lockStructure') ?? '');
      else if (tag.local === 'sheet') {
        const relId = attrIn(tag, 'id', REL_ATTR_NS) ?? '';
        if (!wb.sheets.length) {
          wb.sheetPrefix = prefixOf(tag);
          const name = attrNameIn(tag, 'id', REL_ATTR_NS);
          if (name) {
            const prefix = name.slice(0, name.indexOf(':'));
            wb.relIdName = name;
            wb.relIdNeedsDeclaration = `xmlns:${prefix}` in tag.attributes;
            wb.relIdNs = tag.resolve(prefix)!;
          }
        }
        wb.sheets.push({
          name: attr(tag, 'name') ?? '',
          sheetId: Number(attr(tag, 'sheetId') ?? 0),
          visibility: visibilityOf(attr(tag, 'state')),
          relId,
        });
      }
    },
    text(t) {
      if (name) name.text += t;
    },
    close(tag, end) {
      if (tag.local === 'definedName') name = null;
      if (tag.local === 'sheets' && MAIN_NS.includes(tag.uri) && !tag.isSelfClosing)
        wb.sheetsEnd = tagStart(text, end);
    },
  });
  if (!wb.mainNs) throw new WorkbookFormatError(`${part}: not a SpreadsheetML workbook`);
  return wb;
}

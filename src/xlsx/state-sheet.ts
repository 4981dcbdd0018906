// The very hidden sheet `_selfeval` where SelfEval keeps its state (settings, highlights, undo):
// its part when the workbook has none yet, and its <sheet> entry in the workbook part.

import { cellXml } from './cell-xml';
import { splice } from './splice';
import { escapeAttr } from './text';
import type { WorkbookPart } from './workbook-part';

/** A worksheet part holding `chunks` in column A, in the workbook's namespace family. */
export function stateSheetXml(mainNs: string, chunks: string[]): string {
  const rows = chunks
    .map((chunk, i) => `<row r="${i + 1}">${cellXml('', [['r', `A${i + 1}`]], 0, { value: chunk })}</row>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${mainNs}"><sheetData>${rows}</sheetData></worksheet>`;
}

/** workbook.xml with a very hidden <sheet> appended last (sheet indices of defined names stay). */
export function addSheetEntry(
  text: string,
  wb: WorkbookPart,
  name: string,
  sheetId: number,
  relId: string,
): string {
  const p = wb.sheetPrefix;
  const relName = wb.relIdName;
  const colon = relName.indexOf(':');
  // The prefix of r:id is normally declared on the root; when a sibling declared it itself, so do we.
  const declare =
    wb.relIdNeedsDeclaration && colon > 0
      ? ` xmlns:${relName.slice(0, colon)}="${escapeAttr(wb.relIdNs)}"`
      : '';
  const xml = `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}" state="veryHidden"${declare} ${relName}="${escapeAttr(relId)}"/>`;
  return splice(text, [{ at: wb.sheetsEnd, end: wb.sheetsEnd, text: xml }]);
}

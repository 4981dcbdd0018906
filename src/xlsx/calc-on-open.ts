// <calcPr fullCalcOnLoad="1">: Excel, WPS and LibreOffice recalculate every formula when they
// open the file. Set where a recalculation wrote cells that formulas read and could not give
// every such formula its new result itself; the rest of workbook.xml keeps its bytes.

import { MAIN_NS } from './namespaces';
import { splice, type Edit } from './splice';
import { escapeAttr } from './text';
import { attr, prefixOf, scanXml, tagStart } from './xml';

// CT_Workbook's children after calcPr: a new calcPr goes before the first of them present.
const AFTER_CALC_PR = new Set([
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
]);

/** workbook.xml (`part` names it in errors) asking for a full recalculation on opening; null
 * when it already does. */
export function calculateOnOpen(text: string, part: string): string | null {
  let edit: Edit | null = null;
  let done = false;
  let depth = 0;
  let prefix = '';
  scanXml(text, part, {
    open(tag, end) {
      depth++;
      if (done || !MAIN_NS.includes(tag.uri)) return;
      if (depth === 1) prefix = prefixOf(tag);
      if (depth !== 2) return;
      const start = tagStart(text, end);
      if (tag.local === 'calcPr') {
        done = true;
        if (attr(tag, 'fullCalcOnLoad') === '1' || attr(tag, 'fullCalcOnLoad') === 'true') return;
        const attrs = Object.entries(tag.attributes)
          .filter(([n]) => n !== 'fullCalcOnLoad')
          .map(([n, v]) => ` ${n}="${escapeAttr(v)}"`)
          .join('');
        const close = tag.isSelfClosing ? '/>' : '>';
        edit = { at: start, end, text: `<${tag.name}${attrs} fullCalcOnLoad="1"${close}` };
      } else if (AFTER_CALC_PR.has(tag.local)) {
        done = true;
        edit = { at: start, end: start, text: `<${prefix}calcPr fullCalcOnLoad="1"/>` };
      }
    },
    close(tag, end) {
      depth--;
      if (depth === 0 && !done) {
        done = true;
        const start = tagStart(text, end);
        edit = { at: start, end: start, text: `<${prefix}calcPr fullCalcOnLoad="1"/>` };
      }
    },
  });
  return edit ? splice(text, [edit]) : null;
}

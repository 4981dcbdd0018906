// Applying a ChangeSet: every operation queued, in the plan's order, for the caller's one sync.
// Each change touches exactly the cells it names. Number formats go before values so Excel does
// not re-read a value under the old format. Data validation and page setup are skipped where the
// requirement set is missing (the form works without them).

import {
  LINK_COLOR,
  parseArea,
  type CellValue,
  type Change,
  type ChangeSet,
  type CellStyle,
  type PageSetup,
} from '../../core';
import { ExcelApi, supports } from './requirements';

/** Excel's column width unit is characters of the default font: 7 px each plus 5 px of padding; 1 pt = 4/3 px. */
export function columnWidthInPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
type BorderItem = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/** The border items that exist for a range: Excel refuses inside borders where there is no inside. */
function bordersOf(range: string): BorderItem[] {
  const area = parseArea(range);
  const items: BorderItem[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (area.bottom > area.top) items.push('InsideHorizontal');
  if (area.right > area.left) items.push('InsideVertical');
  return items;
}

const POINTS_PER_INCH = 72;

function applyStyle(range: Excel.Range, address: string, style: CellStyle): void {
  const { format } = range;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.link) {
    format.font.color = LINK_COLOR;
    format.font.underline = 'Single';
  }
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.fill === null) format.fill.clear();
  else if (style.fill) format.fill.color = style.fill;
  if (style.border) {
    for (const edge of bordersOf(address)) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
}

function applyPageSetup(sheet: Excel.Worksheet, setup: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.paperSize = setup.paper;
  layout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (setup.printArea) layout.setPrintArea(setup.printArea);
  if (setup.printTitleRows)
    layout.setPrintTitleRows(setup.printTitleRows.replace(/^(\d+):(\d+)$/, '$$$1:$$$2'));
  if (setup.margins) {
    layout.leftMargin = setup.margins.left * POINTS_PER_INCH;
    layout.rightMargin = setup.margins.right * POINTS_PER_INCH;
    layout.topMargin = setup.margins.top * POINTS_PER_INCH;
    layout.bottomMargin = setup.margins.bottom * POINTS_PER_INCH;
  }
  if (setup.horizontallyCentered !== undefined) layout.centerHorizontally = setup.horizontallyCentered;
}

export function queueChanges(workbook: Excel.Workbook, changes: ChangeSet): void {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => {
    let found = sheets.get(name);
    if (!found) sheets.set(name, (found = workbook.worksheets.getItem(name)));
    return found;
  };
  // The selection is made last, once every sheet it may name exists and is written.
  let selection: Extract<Change, { kind: 'select' }> | undefined;

  for (const change of changes) {
    switch (change.kind) {
      case 'value': {
        const range = sheet(change.sheet).getRange(change.cell);
        if (change.format !== undefined) range.numberFormat = [[change.format]];
        if (change.formula) range.formulas = [[change.formula]];
        else range.values = [[asConstant(change.value)]];
        break;
      }
      case 'fill': {
        const fill = sheet(change.sheet).getRange(change.cell).format.fill;
        if (change.color) fill.color = change.color;
        else fill.clear();
        break;
      }
      case 'result':
        break; // Excel recalculates the formula itself as the values it reads are written
      case 'select':
        selection = change;
        break;
      case 'addSheet': {
        const added = workbook.worksheets.add(change.sheet);
        added.activate();
        sheets.set(change.sheet, added);
        break;
      }
      case 'merge':
        sheet(change.sheet).getRange(change.range).merge(false);
        break;
      case 'style':
        applyStyle(sheet(change.sheet).getRange(change.range), change.range, change.style);
        break;
      case 'columnWidth':
        sheet(change.sheet).getRange(`${change.column}:${change.column}`).format.columnWidth =
          columnWidthInPoints(change.width);
        break;
      case 'rowHeight':
        sheet(change.sheet).getRange(`${change.row}:${change.row}`).format.rowHeight = change.height;
        break;
      case 'validation':
        if (supports(ExcelApi.dataValidation)) {
          const validation = sheet(change.sheet).getRange(change.range).dataValidation;
          validation.clear();
          validation.rule = { list: { inCellDropDown: true, source: change.list.join(',') } };
        }
        break;
      case 'pageSetup':
        if (supports(ExcelApi.pageLayout)) applyPageSetup(sheet(change.sheet), change.setup);
        break;
    }
  }
  if (selection) {
    const target = sheet(selection.sheet);
    target.activate();
    target.getRange(selection.cell).select();
  }
}

/**
 * Excel takes text starting with '=' as a formula (a target such as `=100(%)` would turn into a
 * broken one) and drops a leading apostrophe: such text goes in behind Excel's text prefix.
 */
export function asConstant(value: CellValue): CellValue {
  if (value === null) return '';
  return typeof value === 'string' && /^[=']/.test(value) ? `'${value}` : value;
}

// applyLayoutChange: the layout half of a change set (sheets, merges, styles, sizes, dropdowns,
// page setup) on an ExcelJS workbook. Values, fills and selection are apply.ts's; it calls this
// first for every change and handles what comes back false.

import type ExcelJS from 'exceljs';
import { LINK_COLOR, type CellStyle, type Change, type PageSetup } from '../../core/model/change-set';
import { parseArea } from '../../core/model/grid';

/** ExcelJS's paperSize code for A4 (its PaperSize enum is const, so not there at run time). */
const PAPER_A4 = 9 as ExcelJS.PaperSize;
/** Excel refuses a list validation whose formula is longer than this. */
const MAX_LIST_FORMULA = 255;
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

// ExcelJS has worksheet.dataValidations at run time but leaves it out of its typings.
interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

// ExcelJS writes a sheet view's tabSelected but leaves it out of its typings too.
type TabView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

export function applyLayoutChange(workbook: ExcelJS.Workbook, change: Change): boolean {
  switch (change.kind) {
    case 'addSheet':
      addSheet(workbook, change.sheet);
      return true;
    case 'merge':
      // Without style: each cell keeps its own borders, as Excel keeps them when merging.
      sheetOf(workbook, change.sheet).mergeCellsWithoutStyle(change.range);
      return true;
    case 'style':
      forEachCell(sheetOf(workbook, change.sheet), change.range, (cell) => styleCell(cell, change.style));
      return true;
    case 'columnWidth':
      sheetOf(workbook, change.sheet).getColumn(change.column).width = change.width;
      return true;
    case 'rowHeight':
      // `row` is the row number of A1 addresses (1-based), like the ChangeSet's addresses.
      sheetOf(workbook, change.sheet).getRow(change.row).height = change.height;
      return true;
    case 'validation':
      addListValidation(sheetOf(workbook, change.sheet), change.range, change.list);
      return true;
    case 'pageSetup':
      setUpPage(sheetOf(workbook, change.sheet), change.setup);
      return true;
    default:
      return false;
  }
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet named ${name}`);
  return sheet;
}

/** Add the sheet and make it the one Excel opens on, the only selected tab. */
function addSheet(workbook: ExcelJS.Workbook, name: string): void {
  if (workbook.getWorksheet(name)) throw new Error(`a sheet named ${name} already exists`);
  const added = workbook.addWorksheet(name);
  // Two selected tabs would open as a group, where typing edits both sheets.
  for (const sheet of workbook.worksheets) {
    const [view, ...rest] = (sheet.views ?? []) as TabView[];
    sheet.views = [{ ...(view ?? { state: 'normal' }), tabSelected: sheet === added }, ...rest] as TabView[];
  }
  openOn(workbook, added);
}

/** Makes `sheet` the tab Excel opens on, keeping the workbook's window (a default one if none). */
export function openOn(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): void {
  const [view] = workbook.views ?? [];
  const base = view ?? { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: 'visible' };
  workbook.views = [{ ...base, activeTab: workbook.worksheets.indexOf(sheet) }];
}

function forEachCell(sheet: ExcelJS.Worksheet, range: string, visit: (cell: ExcelJS.Cell) => void): void {
  const area = parseArea(range);
  for (let row = area.top; row <= area.bottom; row++) {
    for (let col = area.left; col <= area.right; col++) visit(sheet.getCell(row + 1, col + 1));
  }
}

/** Set what `style` names and keep the rest. ExcelJS shares style objects between cells
 * (a row's, a merge master's), so build new objects instead of mutating them. */
function styleCell(cell: ExcelJS.Cell, style: CellStyle): void {
  const next: Partial<ExcelJS.Style> = { ...cell.style };
  const font: Partial<ExcelJS.Font> = defined({
    bold: style.bold,
    size: style.fontSize,
    name: style.fontName,
  });
  if (style.link) Object.assign(font, { color: { argb: argbOf(LINK_COLOR) }, underline: true });
  if (Object.keys(font).length > 0) next.font = { ...cell.style.font, ...font };
  const alignment = defined({ wrapText: style.wrap, horizontal: style.horizontal, vertical: style.vertical });
  if (Object.keys(alignment).length > 0) next.alignment = { ...cell.style.alignment, ...alignment };
  if (style.border === true) next.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.border === false) next.border = {};
  if (style.fill !== undefined) next.fill = solidFill(style.fill);
  cell.style = next;
}

function defined<T extends object>(props: T): Partial<T> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** '#RRGGBB' as ExcelJS's opaque 'FFRRGGBB'. */
const argbOf = (color: string) => `FF${color.replace('#', '').toUpperCase()}`;

/** '#RRGGBB' as an ExcelJS solid fill; null as no fill (a 'none' pattern). */
export function solidFill(color: string | null): ExcelJS.Fill {
  if (color === null) return { type: 'pattern', pattern: 'none' };
  return {
    type: 'pattern',
    pattern: 'solid',
    fgColor: { argb: argbOf(color) },
  };
}

/** An in-cell dropdown; a value outside the list gets a warning, not a refusal, since real forms
 * use variants (成本指标 as a 二级指标 before 2024). */
function addListValidation(sheet: ExcelJS.Worksheet, range: string, list: string[]): void {
  const formula = `"${list.map((item) => item.replace(/"/g, '""')).join(',')}"`;
  if (formula.length > MAX_LIST_FORMULA) {
    throw new RangeError(
      `dropdown list for ${range} is longer than Excel allows (${formula.length} characters)`,
    );
  }
  (sheet as unknown as WithValidations).dataValidations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'warning',
  });
}

function setUpPage(sheet: ExcelJS.Worksheet, setup: PageSetup): void {
  const page: Partial<ExcelJS.PageSetup> = {
    ...sheet.pageSetup,
    paperSize: PAPER_A4,
    orientation: setup.orientation,
    // One page wide, as many pages tall as it takes.
    fitToPage: setup.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  if (setup.printArea) page.printArea = setup.printArea;
  if (setup.printTitleRows) page.printTitlesRow = setup.printTitleRows;
  if (setup.margins) page.margins = { ...setup.margins, header: 0.3, footer: 0.3 };
  if (setup.horizontallyCentered !== undefined) page.horizontalCentered = setup.horizontallyCentered;
  sheet.pageSetup = page;
}

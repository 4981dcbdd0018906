// Applying a ChangeSet through ET, in the plan's order. Consecutive value changes and consecutive
// fill changes are written in blocks (cell-blocks.ts): formats first (so WPS does not read a value
// under the old format), then formulas, then values. Column widths go in ET's own unit
// (characters), so they need no conversion; margins go in points.

import {
  LINK_COLOR,
  type CellStyle,
  type CellValue,
  type Change,
  type ChangeSet,
  type PageSetup,
} from '../../core';
import { asConstant } from '../excel/apply-changes';
import { blocksOf, type CellWrite } from './cell-blocks';
import { bgrOf, XL, type EtRange, type EtWorkbook, type EtWorksheet } from './et';

type ValueChange = Extract<Change, { kind: 'value' }>;
type FillChange = Extract<Change, { kind: 'fill' }>;

const HORIZONTAL = { left: XL.left, center: XL.center, right: XL.right } as const;
const VERTICAL = { top: XL.top, middle: XL.center, bottom: XL.bottom } as const;
const POINTS_PER_INCH = 72;

const equal = <T>(a: T, b: T) => a === b;
const always = () => true;

function setFill(range: EtRange, color: string | null): void {
  if (color === null) range.Interior.Pattern = XL.none;
  else range.Interior.Color = bgrOf(color);
}

function applyStyle(range: EtRange, style: CellStyle): void {
  if (
    style.bold !== undefined ||
    style.fontSize !== undefined ||
    style.fontName !== undefined ||
    style.link
  ) {
    const font = range.Font;
    if (style.bold !== undefined) font.Bold = style.bold;
    if (style.fontSize !== undefined) font.Size = style.fontSize;
    if (style.fontName !== undefined) font.Name = style.fontName;
    if (style.link) {
      font.Color = bgrOf(LINK_COLOR);
      font.Underline = XL.underlineSingle;
    }
  }
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  if (style.horizontal) range.HorizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) range.VerticalAlignment = VERTICAL[style.vertical];
  if (style.fill !== undefined) setFill(range, style.fill);
  if (style.border) {
    // Borders of a range as a whole: every edge of every cell, inside ones included.
    const borders = range.Borders;
    borders.LineStyle = XL.continuous;
    borders.Weight = XL.thin;
  }
}

function applyPageSetup(sheet: EtWorksheet, setup: PageSetup): void {
  const page = sheet.PageSetup;
  page.PaperSize = XL.paperA4;
  page.Orientation = setup.orientation === 'landscape' ? XL.landscape : XL.portrait;
  if (setup.fitToWidth) {
    page.Zoom = false;
    page.FitToPagesWide = 1;
    page.FitToPagesTall = false;
  }
  if (setup.printArea) page.PrintArea = setup.printArea;
  if (setup.printTitleRows) page.PrintTitleRows = setup.printTitleRows.replace(/^(\d+):(\d+)$/, '$$$1:$$$2');
  if (setup.margins) {
    page.LeftMargin = setup.margins.left * POINTS_PER_INCH;
    page.RightMargin = setup.margins.right * POINTS_PER_INCH;
    page.TopMargin = setup.margins.top * POINTS_PER_INCH;
    page.BottomMargin = setup.margins.bottom * POINTS_PER_INCH;
  }
  if (setup.horizontallyCentered !== undefined) page.CenterHorizontally = setup.horizontallyCentered;
}

function bySheet<C extends { sheet: string }>(changes: C[]): Map<string, C[]> {
  const out = new Map<string, C[]>();
  for (const c of changes) out.set(c.sheet, [...(out.get(c.sheet) ?? []), c]);
  return out;
}

function writeValues(sheet: EtWorksheet, changes: ValueChange[]): void {
  const formats: CellWrite<string>[] = [];
  const values: CellWrite<CellValue>[] = [];
  for (const c of changes) if (c.format !== undefined) formats.push({ cell: c.cell, value: c.format });
  for (const block of blocksOf(formats, equal)) sheet.Range(block.range).NumberFormat = block.values[0][0];
  for (const c of changes) {
    if (c.formula) sheet.Range(c.cell).Formula = c.formula;
    else values.push({ cell: c.cell, value: asConstant(c.value) });
  }
  for (const block of blocksOf(values, always)) {
    const range = sheet.Range(block.range);
    range.Value2 =
      block.values.length === 1 && block.values[0].length === 1 ? block.values[0][0] : block.values;
  }
}

function writeFills(sheet: EtWorksheet, changes: FillChange[]): void {
  const fills = changes.map((c) => ({ cell: c.cell, value: c.color }));
  for (const block of blocksOf(fills, equal)) setFill(sheet.Range(block.range), block.values[0][0]);
}

/** The index after the run of changes of `kind` that starts at `from`. */
function runEnd(changes: ChangeSet, from: number): number {
  let end = from;
  while (end < changes.length && changes[end].kind === changes[from].kind) end++;
  return end;
}

export function applyChanges(workbook: EtWorkbook, changes: ChangeSet): void {
  const sheets = new Map<string, EtWorksheet>();
  const sheet = (name: string) => {
    let found = sheets.get(name);
    if (!found) sheets.set(name, (found = workbook.Worksheets.Item(name)));
    return found;
  };
  // The selection is made last, once every sheet it may name exists and is written.
  let selection: Extract<Change, { kind: 'select' }> | undefined;

  for (let i = 0; i < changes.length;) {
    const change = changes[i];
    if (change.kind === 'value' || change.kind === 'fill') {
      const end = runEnd(changes, i);
      for (const [name, run] of bySheet(changes.slice(i, end) as (ValueChange | FillChange)[])) {
        if (change.kind === 'value') writeValues(sheet(name), run as ValueChange[]);
        else writeFills(sheet(name), run as FillChange[]);
      }
      i = end;
      continue;
    }
    i++;
    switch (change.kind) {
      case 'result':
        break; // WPS recalculates the formula itself as the values it reads are written
      case 'select':
        selection = change;
        break;
      case 'addSheet': {
        // Worksheets.Add makes the new sheet the active one.
        const all = workbook.Worksheets;
        const added = all.Add(null, all.Item(all.Count));
        added.Name = change.sheet;
        sheets.set(change.sheet, added);
        break;
      }
      case 'merge':
        sheet(change.sheet).Range(change.range).Merge();
        break;
      case 'style':
        applyStyle(sheet(change.sheet).Range(change.range), change.style);
        break;
      case 'columnWidth':
        sheet(change.sheet).Range(`${change.column}:${change.column}`).ColumnWidth = change.width;
        break;
      case 'rowHeight':
        sheet(change.sheet).Range(`${change.row}:${change.row}`).RowHeight = change.height;
        break;
      case 'validation': {
        const validation = sheet(change.sheet).Range(change.range).Validation;
        validation.Delete();
        validation.Add(XL.validateList, XL.validAlertStop, XL.between, change.list.join(','));
        break;
      }
      case 'pageSetup':
        applyPageSetup(sheet(change.sheet), change.setup);
        break;
    }
  }
  if (selection) {
    const target = sheet(selection.sheet);
    target.Activate();
    target.Range(selection.cell).Select();
  }
}

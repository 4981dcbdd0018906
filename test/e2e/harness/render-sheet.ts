// Draws a worksheet of the fake's workbook as an HTML table (merges, column widths, row heights,
// borders, fills, alignment, wrap), so a browser test can screenshot what a user would see in
// Excel, e.g. the inserted template. A picture for a person to look at, not a renderer of record.

import type ExcelJS from 'exceljs';
import { parseArea } from '../../../src/core/model/grid';

const PX_PER_CHAR = 7; // Excel's default font, roughly
const PX_PER_POINT = 4 / 3;

export function renderSheet(sheet: ExcelJS.Worksheet): HTMLTableElement {
  const merges = ((sheet.model as { merges?: string[] }).merges ?? []).map(parseArea);
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of merges) {
    spans.set(`${m.top},${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const table = document.createElement('table');
  table.style.borderCollapse = 'collapse';
  table.style.tableLayout = 'fixed';
  table.style.font = '11pt "Noto Sans CJK SC", sans-serif';
  const colgroup = table.appendChild(document.createElement('colgroup'));
  for (let c = 1; c <= sheet.columnCount; c++) {
    colgroup.appendChild(document.createElement('col')).style.width =
      `${(sheet.getColumn(c).width ?? 9) * PX_PER_CHAR}px`;
  }
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const tr = table.appendChild(document.createElement('tr'));
    tr.style.height = `${(row.height ?? 15) * PX_PER_POINT}px`;
    for (let c = 1; c <= sheet.columnCount; c++) {
      if (covered.has(`${r - 1},${c - 1}`)) continue;
      const td = tr.appendChild(document.createElement('td'));
      const span = spans.get(`${r - 1},${c - 1}`);
      if (span) Object.assign(td, { rowSpan: span.rows, colSpan: span.cols });
      styleCell(td, row.getCell(c));
    }
  }
  return table;
}

function styleCell(td: HTMLTableCellElement, cell: ExcelJS.Cell): void {
  td.textContent = cell.text;
  const s = td.style;
  s.padding = '0 3px';
  s.overflow = 'hidden';
  s.whiteSpace = cell.alignment?.wrapText ? 'pre-wrap' : 'pre';
  s.textAlign = cell.alignment?.horizontal ?? (typeof cell.value === 'number' ? 'right' : 'left');
  s.verticalAlign = cell.alignment?.vertical ?? 'bottom';
  if (cell.font?.bold) s.fontWeight = 'bold';
  if (cell.font?.size) s.fontSize = `${cell.font.size}pt`;
  const line = (edge?: Partial<ExcelJS.Border>) => (edge?.style ? '1px solid #000' : '1px dotted #ddd');
  s.borderTop = line(cell.border?.top);
  s.borderBottom = line(cell.border?.bottom);
  s.borderLeft = line(cell.border?.left);
  s.borderRight = line(cell.border?.right);
  if (cell.fill?.type === 'pattern' && cell.fill.fgColor?.argb)
    s.background = `#${cell.fill.fgColor.argb.slice(2)}`;
}

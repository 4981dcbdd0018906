// Writes planned cells into a worksheet part by splicing its text: a planned cell's <c> is
// replaced (or only its open tag, when just its style changes), a missing cell or row is inserted
// in order; nothing else in the part moves. A shared formula's master that loses its formula
// hands the formula to its first remaining follower, so the followers keep their meaning.
// <dimension> and a row's `spans` are only hints to readers: they stay as written even when a new
// cell falls outside them.

import { address, type Area, type CellValue } from '../core/model/grid';
import { cellOpenTag, cellXml, resultCellXml, type CellContent } from './cell-xml';
import { shiftFormula } from './formula-shift';
import type { ScannedCell, ScannedRow, SheetScan } from './sheet-scan';
import { defaultStyle } from './sheet-scan';
import { splice, type Edit } from './splice';
import type { StyleChange, StylesPatcher } from './styles-patch';
import { escapeAttr, escapeText } from './text';

/** What SelfEval writes into one cell: new content and/or a style change. */
export interface CellPlan {
  row: number;
  col: number;
  content?: CellContent;
  style?: StyleChange;
  /** A formula's new cached result (null: none), the formula kept as written. */
  result?: CellValue;
}

export interface SheetPatch {
  text: string;
  /** A1 addresses of cells whose formula was removed / that gained one (for the calc chain). */
  formulasRemoved: string[];
  formulasAdded: string[];
}

/** Shared formula groups by `si`: the master (holding the text) and the followers. */
function sharedGroups(scan: SheetScan): Map<string, { master?: ScannedCell; followers: ScannedCell[] }> {
  const groups = new Map<string, { master?: ScannedCell; followers: ScannedCell[] }>();
  for (const row of scan.rows)
    for (const cell of row.cells) {
      const f = cell.formula;
      if (f?.type !== 'shared' || f.si === undefined) continue;
      let g = groups.get(f.si);
      if (!g) groups.set(f.si, (g = { followers: [] }));
      if (f.text && !g.master) g.master = cell;
      else g.followers.push(cell);
    }
  return groups;
}

/** The area `cells` (one or more) span. A loop, not Math.min(...rows): a shared formula may run
 * down 200,000 rows, past the arguments a call can take. */
function boundingArea(cells: ScannedCell[]): Area {
  const area = { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity };
  for (const c of cells) {
    area.top = Math.min(area.top, c.row);
    area.left = Math.min(area.left, c.col);
    area.bottom = Math.max(area.bottom, c.row);
    area.right = Math.max(area.right, c.col);
  }
  return area;
}

function refOf(a: Area): string {
  const tl = address(a.top, a.left);
  const br = address(a.bottom, a.right);
  return tl === br ? tl : `${tl}:${br}`;
}

export function patchSheet(
  text: string,
  scan: SheetScan,
  plans: CellPlan[],
  styles: StylesPatcher,
): SheetPatch {
  const p = scan.prefix;
  const edits: Edit[] = [];
  const formulasRemoved: string[] = [];
  const formulasAdded: string[] = [];
  const rowsByIndex = new Map(scan.rows.map((r) => [r.row, r]));
  const planned = new Map(plans.map((pl) => [address(pl.row, pl.col), pl]));
  const groups = sharedGroups(scan);

  /** A follower becomes its group's master: its <f> gets the text, moved, and the group's ref. */
  const handOver = (master: ScannedCell) => {
    const f = master.formula!;
    const rest = groups.get(f.si!)!.followers.filter((c) => !planned.get(address(c.row, c.col))?.content);
    if (!rest.length) return;
    const heir = rest[0];
    const hf = heir.formula!;
    const moved = shiftFormula(f.text, heir.row - master.row, heir.col - master.col);
    const ref = refOf(boundingArea(rest));
    const fXml = `<${p}f t="shared" ref="${escapeAttr(ref)}" si="${escapeAttr(f.si!)}">${escapeText(moved)}</${p}f>`;
    edits.push({ at: hf.span.start, end: hf.span.end, text: fXml });
  };

  const newCell = (row: ScannedRow | undefined, plan: CellPlan): string => {
    const ref = address(plan.row, plan.col);
    const base = defaultStyle(scan, row, plan.col);
    const style = plan.style ? styles.derive(base, plan.style) : base;
    if (plan.content?.formula) formulasAdded.push(ref);
    return cellXml(p, [['r', ref]], style, plan.content ?? { value: null });
  };

  const existingCell = (cell: ScannedCell, plan: CellPlan) => {
    // Only a cell that still holds its formula takes a new result.
    if (plan.result !== undefined && !plan.content && cell.formula) {
      const style = plan.style ? styles.derive(cell.style, plan.style) : cell.style;
      const formulaXml = text.slice(cell.formula.span.start, cell.formula.span.end);
      edits.push({
        at: cell.start,
        end: cell.end,
        text: resultCellXml(p, cell.attributes, style, formulaXml, plan.result, cell.extLst),
      });
      return;
    }
    const style = plan.style ? styles.derive(cell.style, plan.style) : cell.style;
    const selfClosing = cell.closeStart === cell.end;
    if (!plan.content) {
      if (style !== cell.style)
        edits.push({
          at: cell.start,
          end: cell.openEnd,
          text: cellOpenTag(p, cell.attributes, style, selfClosing),
        });
      return;
    }
    const ref = address(cell.row, cell.col);
    const f = cell.formula;
    if (f && !plan.content.formula) formulasRemoved.push(ref);
    if (!f && plan.content.formula) formulasAdded.push(ref);
    if (f?.type === 'shared' && f.text && groups.get(f.si!)?.master === cell) handOver(cell);
    edits.push({
      at: cell.start,
      end: cell.end,
      text: cellXml(p, cell.attributes, style, plan.content, cell.extLst),
    });
  };

  const byRow = new Map<number, CellPlan[]>();
  for (const plan of [...planned.values()].sort((a, b) => a.row - b.row || a.col - b.col)) {
    const list = byRow.get(plan.row);
    if (list) list.push(plan);
    else byRow.set(plan.row, [plan]);
  }

  const newRows: { at: number; xml: string }[] = [];
  for (const [r, rowPlans] of byRow) {
    const row = rowsByIndex.get(r);
    if (!row) {
      // A result is for a formula cell the file holds; none is in a row it lacks.
      const made = rowPlans.filter((pl) => pl.content || pl.style);
      if (!made.length) continue;
      const cells = made.map((pl) => newCell(undefined, pl)).join('');
      const next = scan.rows.find((x) => x.row > r);
      newRows.push({
        at: next ? next.start : scan.sheetData.closeStart,
        xml: `<${p}row r="${r + 1}">${cells}</${p}row>`,
      });
      continue;
    }
    const cellsByCol = new Map(row.cells.map((c) => [c.col, c]));
    const inserts: { at: number; xml: string }[] = [];
    for (const plan of rowPlans) {
      const cell = cellsByCol.get(plan.col);
      if (cell) existingCell(cell, plan);
      else if (plan.content || plan.style) {
        const next = row.cells.find((c) => c.col > plan.col);
        inserts.push({ at: next ? next.start : row.closeStart, xml: newCell(row, plan) });
      }
    }
    if (!inserts.length) continue;
    if (row.closeStart === row.end) {
      // <row r="5"/>: written open, with its new cells.
      const open = text.slice(row.start, row.end).replace(/\s*\/>$/, '>');
      const name = /^<([^\s/>]+)/.exec(open)![1];
      edits.push({
        at: row.start,
        end: row.end,
        text: `${open}${inserts.map((i) => i.xml).join('')}</${name}>`,
      });
    } else for (const i of inserts) edits.push({ at: i.at, end: i.at, text: i.xml });
  }
  if (newRows.length) {
    const sd = scan.sheetData;
    if (sd.closeStart === sd.end) {
      const open = text.slice(sd.start, sd.end).replace(/\s*\/>$/, '>');
      edits.push({
        at: sd.start,
        end: sd.end,
        text: `${open}${newRows.map((r) => r.xml).join('')}</${p}sheetData>`,
      });
    } else for (const r of newRows) edits.push({ at: r.at, end: r.at, text: r.xml });
  }
  return { text: splice(text, edits), formulasRemoved, formulasAdded };
}

/** The plans that rewrite column A with `chunks` (the state sheet), clearing rows below them. */
export function stateCellPlans(scan: SheetScan, chunks: string[]): CellPlan[] {
  let last = chunks.length - 1;
  for (const row of scan.rows) for (const c of row.cells) if (c.col === 0 && c.row > last) last = c.row;
  const plans: CellPlan[] = [];
  for (let r = 0; r <= last; r++) plans.push({ row: r, col: 0, content: { value: chunks[r] ?? null } });
  return plans;
}

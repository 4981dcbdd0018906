// 公式结果: a formula of the user's that reads a cell a recalculation writes (总分 =SUM(G13:G20)
// over the 得分 it fills, 评分等级 =IF(G21>=90,"优",…) over that 总分) would keep its old result in
// the file: the form would show 总分 0.00 over filled scores until Excel recalculated, and check
// would call it wrong. Excel and WPS recalculate as they write; a file written here gets each such
// formula's new result, computed as Excel would, or none where it cannot be (and the spreadsheet
// is asked to recalculate the book when it opens the file).

import type { Change } from '../model/change-set';
import type { Area, CellValue, Grid } from '../model/grid';
import { address, inside, parseAddress, widthOf } from '../model/grid';
import { formulaResult } from '../formulas/evaluate';
import { parseFormula, type ParsedFormula } from '../formulas/parse';
import { decimalOf } from '../values/number';

export interface FormulaRefresh {
  /** `result` changes: each formula cell whose result the writes change (null: unknown). */
  changes: Change[];
  /** The book should be recalculated when next opened: a result is unknown, or a formula reads
   * cells no parse can see (INDIRECT, a name the workbook does not define) and may read a
   * written one. */
  calculateOnOpen: boolean;
}

interface FormulaCell {
  sheet: string;
  row: number;
  col: number;
  parsed: ParsedFormula;
}

const key = (sheet: string, row: number, col: number) => `${sheet.toUpperCase()}\u0000${row}:${col}`;

function usedArea(g: Grid): Area | null {
  const width = widthOf(g);
  if (!g.values.length || !width) return null;
  return { top: g.top, left: g.left, bottom: g.top + g.values.length - 1, right: g.left + width - 1 };
}

/** Whether a result shows as the old one did: numbers to the 15 digits a spreadsheet shows (a
 * result of 94.69000000000001 over a cached 94.69 is no change to write). */
function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return decimalOf(a).eq(decimalOf(b));
  return a === b || (typeof a === 'string' && typeof b === 'string' && a.trim() === b.trim());
}

/**
 * The new results of the formulas in `grids` that read (directly or through other formulas) a
 * cell `writes` gives a value (its `value` changes). A formula whose result cannot be computed
 * (beyond formulas/evaluate.ts, a cycle, a sheet not among `grids`) gets null; one whose result
 * stays is left out.
 */
export function refreshFormulas(grids: Grid[], writes: Change[]): FormulaRefresh {
  const written = new Map<string, CellValue>();
  const dirtyBySheet = new Map<string, { row: number; col: number }[]>();
  const dirty = (sheet: string, row: number, col: number) => {
    const s = sheet.toUpperCase();
    let list = dirtyBySheet.get(s);
    if (!list) dirtyBySheet.set(s, (list = []));
    list.push({ row, col });
  };
  for (const w of writes) {
    if (w.kind !== 'value') continue;
    const { row, col } = parseAddress(w.cell);
    written.set(key(w.sheet, row, col), w.value);
    dirty(w.sheet, row, col);
  }
  if (!written.size) return { changes: [], calculateOnOpen: false };

  const bySheet = new Map(grids.map((g) => [g.sheet.toUpperCase(), g]));
  const extents = new Map(grids.map((g) => [g.sheet.toUpperCase(), usedArea(g)]));
  const formulas: FormulaCell[] = [];
  let opaque = false;
  for (const g of grids) {
    if (!g.formulas) continue;
    // Each sheet sees its own defined names: a formula's text parses alike only within one.
    const parsedOf = new Map<string, ParsedFormula | null>();
    g.formulas.forEach((cells, r) =>
      cells.forEach((f, c) => {
        if (!f) return;
        const [row, col] = [g.top + r, g.left + c];
        if (written.has(key(g.sheet, row, col))) return;
        let parsed = parsedOf.get(f);
        if (parsed === undefined) parsedOf.set(f, (parsed = parseFormula(f, g.names)));
        if (!parsed || parsed.opaque) opaque = true;
        if (parsed) formulas.push({ sheet: g.sheet, row, col, parsed });
      }),
    );
  }

  // The formulas that read a written cell, then those that read one of them, and so on.
  const dependent = new Map<string, FormulaCell>();
  for (let grew = true; grew;) {
    grew = false;
    for (const f of formulas) {
      const k = key(f.sheet, f.row, f.col);
      if (dependent.has(k)) continue;
      const reads = f.parsed.refs.some((ref) =>
        (dirtyBySheet.get((ref.sheet ?? f.sheet).toUpperCase()) ?? []).some((d) =>
          inside(ref.area, d.row, d.col),
        ),
      );
      if (!reads) continue;
      dependent.set(k, f);
      dirty(f.sheet, f.row, f.col);
      grew = true;
    }
  }

  const results = new Map<string, CellValue | undefined>();
  const busy = new Set<string>();
  const resultOf = (f: FormulaCell): CellValue | undefined => {
    const k = key(f.sheet, f.row, f.col);
    if (results.has(k)) return results.get(k);
    if (busy.has(k)) return undefined; // a circular reference: Excel's iterations are not followed
    busy.add(k);
    const r = formulaResult(
      f.parsed.root,
      (sheet, row, col) => {
        const s = sheet ?? f.sheet;
        const at = key(s, row, col);
        if (written.has(at)) return written.get(at);
        const d = dependent.get(at);
        if (d) return resultOf(d);
        const g = bySheet.get(s.toUpperCase());
        if (!g) return undefined;
        const value = g.values[row - g.top]?.[col - g.left] ?? null;
        // A formula the file holds no result for is unknown, never an empty cell.
        return value === null && g.formulas?.[row - g.top]?.[col - g.left] ? undefined : value;
      },
      (sheet) => extents.get((sheet ?? f.sheet).toUpperCase()) ?? null,
    );
    busy.delete(k);
    results.set(k, r);
    return r;
  };

  const changes: Change[] = [];
  let unknown = false;
  for (const f of dependent.values()) {
    const g = bySheet.get(f.sheet.toUpperCase())!;
    const old = g.values[f.row - g.top]?.[f.col - g.left] ?? null;
    const r = resultOf(f);
    if (r === undefined) unknown = true;
    const value = r === undefined ? null : r;
    // Unknown where the file holds no result either: nothing to take away.
    if (r === undefined ? old === null : sameValue(old, value)) continue;
    changes.push({ kind: 'result', sheet: g.sheet, cell: address(f.row, f.col), value });
  }
  return { changes, calculateOnOpen: unknown || opaque };
}

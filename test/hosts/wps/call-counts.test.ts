// What each operation costs in WPS, where every property read or write and every method call
// crosses to the WPS process: the calls the fake ET counted, per operation and fixture. The
// sheet is read in blocks: one Value2 and one Formula read of its used range, the shown text only
// of cells whose text is not their value, never a call per cell. The totals are the measured cost
// of the adapter as it is: a change that moves one must mean to (and update README's table).

import { readGrid } from '../../../src/hosts/xlsx';
import { WORKBOOKS, wpsWith, type WpsFixture } from './fixture';

type Operation = (f: WpsFixture) => Promise<unknown>;

const OPERATIONS: Record<string, Operation> = {
  validateSheet: (f) => f.ops.validateSheet(),
  validateWorkbook: (f) => f.ops.validateWorkbook(),
  recalculateSheet: (f) => f.ops.recalculateSheet(),
  recalculateWorkbook: (f) => f.ops.recalculateWorkbook(),
  undoLastRecalculation: async (f) => {
    await f.ops.recalculateWorkbook();
    f.et.resetCalls();
    return f.ops.undoLastRecalculation();
  },
  insertTemplate: (f) => f.ops.insertTemplate(),
  insertSummary: (f) => f.ops.insertSummary(),
  formsFromTargets: (f) => f.ops.formsFromTargets(),
  selectCell: (f) => f.ops.selectCell(f.et.activeSheet, 'G12'),
  loadSettings: (f) => f.ops.loadSettings(),
  saveSettings: (f) => f.ops.saveSettings({ rounding: 'down' }),
};

/** Calls per operation on each fixture (the first sheet active). */
const EXPECTED: Record<string, Record<string, number>> = {
  '2022-district-blank.xlsx': {
    validateSheet: 341,
    validateWorkbook: 5087,
    recalculateSheet: 362,
    recalculateWorkbook: 5238,
    undoLastRecalculation: 349,
    insertTemplate: 281,
    insertSummary: 5310,
    formsFromTargets: 5087,
    selectCell: 6,
    loadSettings: 4,
    saveSettings: 15,
  },
  '2023-city-centre-blank.xlsx': {
    validateSheet: 465,
    validateWorkbook: 8418,
    recalculateSheet: 484,
    recalculateWorkbook: 8567,
    undoLastRecalculation: 323,
    insertTemplate: 284,
    insertSummary: 8647,
    formsFromTargets: 8418,
    selectCell: 6,
    loadSettings: 4,
    saveSettings: 15,
  },
  '2022-district.xlsx': {
    validateSheet: 338,
    validateWorkbook: 5034,
    recalculateSheet: 353,
    recalculateWorkbook: 5101,
    undoLastRecalculation: 157,
    insertTemplate: 281,
    insertSummary: 5257,
    formsFromTargets: 5034,
    selectCell: 6,
    loadSettings: 4,
    saveSettings: 15,
  },
  '2023-city-centre.xlsx': {
    validateSheet: 456,
    validateWorkbook: 8151,
    recalculateSheet: 473,
    recalculateWorkbook: 8238,
    undoLastRecalculation: 201,
    insertTemplate: 284,
    insertSummary: 8465,
    formsFromTargets: 8151,
    selectCell: 6,
    loadSettings: 4,
    saveSettings: 15,
  },
  '2024-target-declarations.xlsx': {
    validateSheet: 143,
    validateWorkbook: 1082,
    recalculateSheet: 143,
    recalculateWorkbook: 1082,
    undoLastRecalculation: 4,
    insertTemplate: 260,
    insertSummary: 1201,
    formsFromTargets: 2610,
    selectCell: 6,
    loadSettings: 4,
    saveSettings: 15,
  },
};

/** Cells whose shown text the adapter must ask for: numbers, booleans, text under a format of its own. */
function textCells(f: WpsFixture): number {
  const grid = readGrid(f.workbook.getWorksheet(f.et.activeSheet)!);
  let n = 0;
  grid.values.forEach((row, i) =>
    row.forEach((v, j) => {
      const format = grid.formats[i]?.[j] ?? 'General';
      if (typeof v === 'number' || typeof v === 'boolean') n++;
      else if (typeof v === 'string' && v !== '' && format !== 'General' && format !== '@') n++;
    }),
  );
  return n;
}

describe.each(WORKBOOKS)('%s', (fixture) => {
  it.each(Object.keys(OPERATIONS))('%s', async (name) => {
    const f = await wpsWith(fixture);
    const result = await OPERATIONS[name](f);
    if (result && typeof result === 'object' && 'syncs' in result) expect(result.syncs).toBe(f.et.calls);
    expect(f.et.calls).toBe(EXPECTED[fixture][name]);
  });

  it('reads the active sheet in blocks, never a call per cell', async () => {
    const f = await wpsWith(fixture);
    const texts = textCells(f);
    await f.ops.validateSheet();
    const m = f.et.members;
    expect(m.get('Range.Value2')).toBe(1); // the used range; no state sheet yet
    expect(m.get('Range.Formula')).toBe(1);
    expect(m.get('Range.Text') ?? 0).toBe(texts);
    const grid = readGrid(f.workbook.getWorksheet(f.et.activeSheet)!);
    const cells = grid.values.length * (grid.values[0]?.length ?? 0);
    // Formats and fills are asked of blocks (fewer asks than half the cells), merges once a row.
    for (const member of ['Range.NumberFormat', 'Interior.Color'])
      expect([member, m.get(member)! < cells / 2]).toEqual([member, true]);
    expect(m.get('Range.MergeCells')!).toBeLessThanOrEqual(grid.values.length);
  });
});

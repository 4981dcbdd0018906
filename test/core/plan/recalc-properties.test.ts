// Properties over every fixture form: recalculation never writes an input cell, and
// recalculating twice is the same as once (no change the second time).

import fc from 'fast-check';
import { applyToGrid } from '../../../src/core/plan/grid-after';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { address, check, emptyState, recalculate, undo, type Grid, type Settings } from '../../../src/core';
import { readGrids, openWorkbook } from '../../../src/hosts/xlsx';
import { defaultSettings } from '../../../src/core/model/settings';
import { fixture } from '../../helpers/fixtures';

const NAMES = ['2022-district', '2022-district-blank', '2023-city-centre', '2023-city-centre-blank'];
let grids: Grid[] = [];

beforeAll(async () => {
  for (const name of NAMES) grids = grids.concat(readGrids(await openWorkbook(fixture(name))));
});

/** The cells a recalculation may write: computed cells and reason cells (fills only). */
function computedCells(grid: Grid): { values: Set<string>; fills: Set<string> } {
  const values = new Set<string>();
  const fills = new Set<string>();
  const at = (c: { row: number; col: number } | null | undefined) => c && address(c.row, c.col);
  for (const { form } of evaluateSheet(grid, defaultSettings).evals) {
    for (const r of form.indicators) {
      values.add(at(r.score)!);
      if (r.reason) fills.add(at(r.reason)!);
    }
    const subRates = form.funds?.subRows.map((r) => r.rate) ?? [];
    [
      form.funds?.rate,
      form.funds?.score,
      ...subRates,
      form.total?.score,
      form.total?.weight,
      form.grade,
    ].forEach((c) => {
      const a = at(c);
      if (a) values.add(a);
    });
  }
  return { values, fills };
}

/** A mutation a user might make: type a new actual, clear a score, clear a reason. */
const mutation = fc.record({
  row: fc.nat(40),
  what: fc.constantFrom('actual', 'score', 'reason'),
  value: fc.oneof(
    fc.integer({ min: -5, max: 500 }),
    fc.constantFrom('达成指标', '部分达成年度指标并具有一定效果', '', 'abc'),
  ),
});

function mutate(grid: Grid, muts: { row: number; what: string; value: number | string }[]): Grid {
  const evals = evaluateSheet(grid, defaultSettings).evals;
  const rows = evals.flatMap((e) => e.form.indicators);
  if (!rows.length) return grid;
  const changes = muts.map((m) => {
    const row = rows[m.row % rows.length];
    const cell =
      m.what === 'actual' ? row.actual! : m.what === 'score' ? row.score : (row.reason ?? row.actual!);
    const value = m.what === 'actual' ? m.value : m.what === 'score' ? null : '';
    return {
      kind: 'value' as const,
      sheet: grid.sheet,
      cell: address(cell.row, cell.col),
      value: value === '' ? null : value,
    };
  });
  return applyToGrid(grid, changes);
}

const settings: fc.Arbitrary<Partial<Settings>> = fc.record({
  rounding: fc.constantFrom('half-up' as const, 'down' as const),
  reverseRule: fc.constantFrom('linear' as const, 'ratio' as const),
  force: fc.boolean(),
});

it('recalculation writes only computed cells, and a second recalculation changes nothing', () => {
  fc.assert(
    fc.property(fc.nat(), fc.array(mutation, { maxLength: 4 }), settings, (pick, muts, s) => {
      const grid = mutate(grids[pick % grids.length], muts);
      const allowed = computedCells(grid);
      const once = recalculate([grid], emptyState(), s);
      for (const c of once.changes) {
        if (c.kind === 'value') expect(allowed.values).toContain(c.cell);
        else if (c.kind === 'fill') expect(allowed.fills).toContain(c.cell);
        else throw new Error(`unexpected change ${c.kind}`);
      }
      const after = applyToGrid(grid, once.changes);
      const twice = recalculate([after], once.state, s);
      expect(twice.changes).toEqual([]);
    }),
    { numRuns: 300 },
  );
});

it('the report of a recalculated sheet is what a check of the written sheet finds', () => {
  fc.assert(
    fc.property(fc.nat(), fc.array(mutation, { maxLength: 4 }), settings, (pick, muts, s) => {
      const grid = mutate(grids[pick % grids.length], muts);
      const once = recalculate([grid], emptyState(), s);
      expect(once.reports).toEqual([check(applyToGrid(grid, once.changes), s)]);
    }),
    { numRuns: 300 },
  );
});

it('undo restores every cell the recalculation changed', () => {
  fc.assert(
    fc.property(fc.nat(), fc.array(mutation, { maxLength: 3 }), settings, (pick, muts, s) => {
      const grid = mutate(grids[pick % grids.length], muts);
      const once = recalculate([grid], emptyState(), s);
      const after = applyToGrid(grid, once.changes);
      const back = applyToGrid(after, undo(once.state).changes);
      expect(back.values).toEqual(applyToGrid(grid, []).values);
      expect(back.fills).toEqual(grid.fills);
    }),
    { numRuns: 100 },
  );
});

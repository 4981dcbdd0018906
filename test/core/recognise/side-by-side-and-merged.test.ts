// Real layouts the fixtures lack: two forms side by side on the same rows, and an indicator whose
// cells are merged over two rows. Built from the published 2022 district forms, so the right
// values are the published ones.

import { address, check, emptyState, recalculate, type Grid } from '../../../src/core';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { issuesOfForm } from '../../../src/core/model/form-issues';
import { summaryLines } from '../../../src/core/sheets/summary-lines';
import { defaultSettings } from '../../../src/core/model/settings';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import path from 'path';
import { fixture, FIXTURES } from '../../helpers/fixtures';

let district: Grid[];

beforeAll(async () => {
  district = readGrids(await openWorkbook(fixture('2022-district')));
});

const width = (g: Grid) => Math.max(...g.values.map((r) => r.length));

/** Two grids side by side on one sheet, `gap` empty columns apart, `b` starting `down` rows lower. */
function sideBySide(a: Grid, b0: Grid, gap: number, down = 0): Grid {
  const lower = <T>(rows: T[][] | undefined, blank: T) =>
    rows && [...Array.from({ length: down }, () => [blank]), ...rows];
  const b: Grid = {
    ...b0,
    values: lower(b0.values, null)!,
    text: lower(b0.text, '')!,
    formats: lower(b0.formats, 'General')!,
    fills: lower(b0.fills, null),
    formulas: lower(b0.formulas, null),
    merges: b0.merges.map((m) => ({ ...m, top: m.top + down, bottom: m.bottom + down })),
  };
  const shift = width(a) + gap;
  const rows = Math.max(a.values.length, b.values.length);
  const join = <T>(x: T[][] | undefined, y: T[][] | undefined, blank: T) =>
    Array.from({ length: rows }, (_, r) => {
      const left = [...(x?.[r] ?? [])];
      while (left.length < shift) left.push(blank);
      return [...left, ...(y?.[r] ?? [])];
    });
  return {
    sheet: 'side',
    top: 0,
    left: 0,
    values: join(a.values, b.values, null),
    text: join(a.text, b.text, ''),
    formats: join(a.formats, b.formats, 'General'),
    fills: join(a.fills, b.fills, null),
    formulas: join(a.formulas, b.formulas, null),
    merges: [...a.merges, ...b.merges.map((m) => ({ ...m, left: m.left + shift, right: m.right + shift }))],
  };
}

/** The grid with a row inserted after 0-based `row`, every cell of `row` merged down into it. */
function mergeDown(g: Grid, row: number): Grid {
  const insert = <T>(rows: T[][] | undefined, blank: T) =>
    rows && [...rows.slice(0, row + 1), rows[row].map(() => blank), ...rows.slice(row + 1)];
  const moved = g.merges.map((m) => ({
    ...m,
    top: m.top > row ? m.top + 1 : m.top,
    bottom: m.bottom >= row ? m.bottom + 1 : m.bottom,
  }));
  // Every cell of the row that is not already in a merge spanning it gets merged over both rows.
  const covered = (c: number) =>
    moved.some((m) => m.top <= row && m.bottom >= row + 1 && m.left <= c && m.right >= c);
  const extra = g.values[row]
    .map((_, c) => c)
    .filter((c) => !covered(c))
    .map((c) => ({ top: row, bottom: row + 1, left: c, right: c }));
  return {
    ...g,
    values: insert(g.values, null)!,
    text: insert(g.text, '')!,
    formats: insert(g.formats, 'General')!,
    fills: insert(g.fills, null),
    formulas: insert(g.formulas, null),
    merges: [...moved, ...extra],
  };
}

it('finds both of two forms laid side by side, each with its own published total', () => {
  const [a, b] = district;
  const report = check(sideBySide(a, b, 2));
  const alone = [check(a), check(b)];
  expect(report.forms).toHaveLength(2);
  expect(report.forms.map((f) => f.projectName)).toEqual(alone.map((r) => r.forms[0].projectName));
  expect(report.forms.map((f) => f.total.score)).toEqual(alone.map((r) => r.forms[0].total.score));
  expect(report.forms[1].total.cell).not.toBe(report.forms[0].total.cell);
  expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
});

it('gives each of two side-by-side forms its own issues (form lists, 汇总表 counts, print view)', async () => {
  const [a, b] = readGrids(await openWorkbook(fixture('2022-district-blank')));
  const report = check(sideBySide(a, b, 2));
  const codes = (issues: { code: string }[]) => issues.map((i) => i.code).sort();
  const alone = [check(a), check(b)].map((r) => codes(r.issues));
  expect(alone[0].length).toBeGreaterThan(0);
  expect(report.forms.map((form) => codes(issuesOfForm(report, form)))).toEqual(alone);
});

it.each([1, 2])(
  'reads two side-by-side forms whose rows start %i apart (one has a year line) as the two forms',
  (down) => {
    const [a, b] = district;
    const report = check(sideBySide(a, b, 2, down));
    const alone = [check(a), check(b)];
    expect(report.forms.map((f) => [f.projectName, f.total.score, f.grade.value])).toEqual(
      alone.map((r) => [r.forms[0].projectName, r.forms[0].total.score, r.forms[0].grade.value]),
    );
    const codes = (issues: { code: string }[]) => issues.map((i) => i.code).sort();
    expect(report.forms.map((form) => codes(issuesOfForm(report, form)))).toEqual(
      alone.map((r) => codes(r.issues)),
    );
    // The 汇总表 links each to its own form's top-left cell.
    const right = report.forms[1];
    expect(summaryLines([{ reports: [report] }], '万元').map((l) => l.cell)).toEqual([
      'A1',
      `${address(0, right.columns!.first - 1).replace(/\d+$/, '')}${1 + down}`,
    ]);
  },
);

it('reads an indicator merged over two rows as one indicator, so the form stays valid', () => {
  const g = district[0];
  const [e] = evaluateSheet(g, defaultSettings).evals;
  const merged = mergeDown(g, e.form.indicators[1].row);
  const report = check(merged);
  expect(report.forms[0].indicators).toHaveLength(e.form.indicators.length);
  expect(report.forms[0].total.expectedScore).toBe(check(g).forms[0].total.expectedScore);
  expect(report.issues.map((i) => i.code)).not.toContain('WEIGHT_SUM');
});

it('never writes one 得分 cell merged over two indicators, and says so at that cell', () => {
  const g = district[0];
  const [e] = evaluateSheet(g, defaultSettings).evals;
  const [first, second] = e.form.indicators;
  const score = {
    top: first.score.row,
    bottom: second.score.row,
    left: first.score.col,
    right: first.score.col,
  };
  const blankScores = g.values.map((r) => r.slice());
  blankScores[first.score.row - g.top][first.score.col - g.left] = null;
  blankScores[second.score.row - g.top][second.score.col - g.left] = null;
  const shared: Grid = { ...g, values: blankScores, merges: [...g.merges, score] };
  const cell = address(first.score.row, first.score.col);
  const result = recalculate([shared], emptyState());
  expect(result.changes.filter((c) => c.kind === 'value' && c.cell === cell)).toEqual([]);
  expect(result.reports[0].issues).toContainEqual(expect.objectContaining({ code: 'MERGED_SCORE', cell }));
  // A row the rules score below its 分值 still owes its 偏差原因, merged 得分 or not.
  const values = shared.values.map((r) => r.slice());
  values[second.actual!.row - g.top][second.actual!.col - g.left] = 50;
  const short = check({ ...shared, values, text: shared.text.map((r) => r.slice()) });
  expect(short.issues).toContainEqual(
    expect.objectContaining({
      code: 'MISSING_REASON',
      cell: address(second.reason!.row, second.reason!.col),
    }),
  );
});

describe('two forms side by side whose funds blocks reach a column past their indicator headers', () => {
  let sheet: Grid;
  beforeAll(async () => {
    [sheet] = readGrids(await openWorkbook(path.join(FIXTURES, 'files', 'side-by-side-funds.xlsx')));
  });

  it('each form’s budget 执行率 and 得分 are its own columns’ (得分 in I and in T)', () => {
    const cells = evaluateSheet(sheet, defaultSettings).evals.map((e) => {
      const f = e.form.funds!;
      return [address(f.rate!.row, f.rate!.col), address(f.score!.row, f.score!.col)];
    });
    expect(cells).toEqual([
      ['H6', 'I6'],
      ['S6', 'T6'],
    ]);
    // Each form's columns: the left one to I, the right one from its own first column L (where a
    // link to it points) to the sheet's last, T.
    expect(evaluateSheet(sheet, defaultSettings).evals.map((e) => e.form.columns)).toEqual([
      { first: 0, last: 8 },
      { first: 11, last: 19 },
    ]);
  });

  it('recalc writes 95.5 % / 9.55 into the left form and 80 % / 8 into the right one', () => {
    const written = Object.fromEntries(
      recalculate([sheet], emptyState()).changes.flatMap((c) =>
        c.kind === 'value' ? [[c.cell, c.value]] : [],
      ),
    );
    expect(written).toMatchObject({ H6: 95.5, I6: 9.55, S6: 80, T6: 8 });
  });
});

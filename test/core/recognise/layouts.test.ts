// Forms in layouts none of the fixtures has: stacked on one sheet, shifted right, with an extra
// 绩效指标 label column, wrapped and padded labels. Recognition goes by labels, so the results
// must be those of the original forms.

import { check, type Grid } from '../../../src/core';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { fixture } from '../../helpers/fixtures';

let district: Grid[];
let city: Grid[];

beforeAll(async () => {
  district = readGrids(await openWorkbook(fixture('2022-district')));
  city = readGrids(await openWorkbook(fixture('2023-city-centre')));
});

/** The grid with `n` empty columns inserted before column A. */
function shiftRight(grid: Grid, n: number): Grid {
  const pad = <T>(rows: T[][], blank: T) => rows.map((r) => [...Array<T>(n).fill(blank), ...r]);
  return {
    ...grid,
    values: pad(grid.values, null),
    text: pad(grid.text, ''),
    formats: pad(grid.formats, 'General'),
    fills: grid.fills && pad(grid.fills, null),
    formulas: grid.formulas && pad(grid.formulas, null),
    merges: grid.merges.map((m) => ({ ...m, left: m.left + n, right: m.right + n })),
  };
}

/** Several grids one below the other on one sheet, `gap` empty rows apart. */
function stack(sheet: string, grids: Grid[], gap: number): Grid {
  const out: Grid = {
    sheet,
    top: 0,
    left: 0,
    values: [],
    text: [],
    formats: [],
    fills: [],
    formulas: [],
    merges: [],
  };
  for (const g of grids) {
    const offset = out.values.length;
    out.values.push(...g.values);
    out.text.push(...g.text);
    out.formats.push(...g.formats);
    out.fills!.push(...(g.fills ?? g.values.map((r) => r.map(() => null))));
    out.formulas!.push(...(g.formulas ?? g.values.map((r) => r.map(() => null))));
    out.merges.push(...g.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset })));
    for (let i = 0; i < gap; i++) {
      out.values.push([]);
      out.text.push([]);
      out.formats.push([]);
      out.fills!.push([]);
      out.formulas!.push([]);
    }
  }
  return out;
}

/** The grid with a copy of its row `from` inserted before row `at` (rows counted from the grid's
 * top), as pages pasted one below the other repeat a header. Merges below move down; none may
 * cross `at`. */
function repeatRow(grid: Grid, from: number, at: number): Grid {
  const insert = <T>(rows: T[][] | undefined) =>
    rows && [...rows.slice(0, at), rows[from].slice(), ...rows.slice(at)];
  const row = grid.top + at;
  if (grid.merges.some((m) => m.top < row && m.bottom >= row)) throw new Error(`a merge crosses row ${row}`);
  return {
    ...grid,
    values: insert(grid.values)!,
    text: insert(grid.text)!,
    formats: insert(grid.formats)!,
    fills: insert(grid.fills),
    formulas: insert(grid.formulas),
    merges: [
      ...grid.merges.map((m) => (m.top >= row ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m)),
      ...grid.merges
        .filter((m) => m.top === grid.top + from)
        .map((m) => ({ ...m, top: row, bottom: row + m.bottom - m.top })),
    ],
  };
}

/** Row `at`'s cells rewritten through `f` (values and shown text alike). */
function relabelRow(grid: Grid, at: number, f: (v: unknown) => unknown): Grid {
  const map = <T>(rows: T[][]) => rows.map((r, i) => (i === at ? r.map((v) => f(v) as T) : r));
  return { ...grid, values: map(grid.values), text: map(grid.text) };
}

/** The grid from its row `first` down (rows counted from its top), moved to the sheet's top. */
function fromRow(grid: Grid, first: number): Grid {
  const cut = <T>(rows: T[][] | undefined) => rows?.slice(first);
  const top = grid.top + first;
  return {
    ...grid,
    top: 0,
    values: cut(grid.values)!,
    text: cut(grid.text)!,
    formats: cut(grid.formats)!,
    fills: cut(grid.fills),
    formulas: cut(grid.formulas),
    merges: grid.merges
      .filter((m) => m.top >= top)
      .map((m) => ({ ...m, top: m.top - top, bottom: m.bottom - top })),
  };
}

/** Rewrites every label cell's text through `f` (values and shown text alike). */
function relabel(grid: Grid, f: (s: string) => string): Grid {
  const map = <T>(rows: T[][]) => rows.map((r) => r.map((v) => (typeof v === 'string' ? (f(v) as T) : v)));
  return { ...grid, values: map(grid.values), text: map(grid.text) };
}

const summary = (g: Grid) =>
  check(g, { rounding: 'half-up' }).forms.map((f) => [
    f.projectName,
    f.budget.expectedScore,
    f.total.expectedScore,
    f.indicators.length,
  ]);

it('three forms stacked on one sheet are three forms, each with its own numbers', () => {
  const stacked = stack('汇总', district.slice(0, 3), 2);
  const expected = district.slice(0, 3).flatMap(summary);
  expect(summary(stacked)).toEqual(expected);
  expect(check(stacked).issues.filter((i) => i.severity === 'error')).toEqual([]);
});

/** The first district form, its indicator header row and the first row below its first two
 * indicators where no merge (a 一级指标 over its rows) crosses: where a page may break. */
function pageBreak(): { g: Grid; header: number; at: number } {
  const g = district[0];
  const header = g.values.findIndex((r) => r.includes('三级指标'));
  let at = header + 3;
  while (g.merges.some((m) => m.top < g.top + at && m.bottom >= g.top + at)) at++;
  return { g, header, at };
}

const errorCodes = (grid: Grid) =>
  check(grid)
    .issues.filter((i) => i.severity === 'error')
    .map((i) => i.code);

it('an indicator header repeated inside the indicators (pages pasted together, a PDF converted) leaves one form', () => {
  const { g, header, at } = pageBreak();
  const repeated = repeatRow(g, header, at);
  expect(summary(repeated)).toEqual(summary(g));
  expect(errorCodes(repeated)).toEqual(errorCodes(g));
});

it('the upper row of a two-row header, repeated with it, is no indicator either', () => {
  const { g, header, at } = pageBreak();
  // 绩效指标 over the three levels above them, 分值 and 得分 as on the row below.
  const upper = (v: unknown) => (typeof v === 'string' && /^[一二三]级指标$/.test(v) ? '绩效指标' : v);
  const twoRows = relabelRow(repeatRow(repeatRow(g, header, at), header, at), at, upper);
  expect(summary(twoRows)).toEqual(summary(g));
  expect(errorCodes(twoRows)).toEqual(errorCodes(g));
});

it('a form below one whose 总分 row is unlabelled stays a form of its own, titled or not', () => {
  // Form A: no 总分 label (numbers alone close its indicators) and no 评分等级 row.
  const a = relabel(district[0], (s) => (s === '总分' || s === '评分等级' ? '' : s));
  // Form B: its indicator block alone, no title, 项目名称 or funds block above it.
  const b = district[1];
  const header = b.values.findIndex((r) => r.includes('三级指标'));
  const stacked = stack('汇总', [a, fromRow(b, header)], 1);
  expect(check(stacked).forms).toHaveLength(2);
});

it('a form moved three columns right, with a vertical 绩效指标 column, reads the same', () => {
  const g = shiftRight(district[4], 3);
  // A vertical label left of the indicators, merged over the indicator block.
  const header = g.values.findIndex((r) => r.includes('一级指标'));
  g.values[header][2] = '绩效指标';
  g.merges.push({ top: header, left: 2, bottom: header + 7, right: 2 });
  expect(summary(g)).toEqual(summary(district[4]));
});

it('wrapped labels (一级\\n指标), full-width colons and spaces change nothing', () => {
  const wrapped = relabel(city[1], (s) =>
    s
      .replace(/^一级指标$/, '一级\n指标')
      .replace(/^年度指标值$/, '年度\n指标值')
      .replace(/^项目名称$/, '项目名称：')
      .replace(/^实施单位$/, '实施　单位')
      .replace(/^年度资金总额：?$/, '年度资金总额：'),
  );
  expect(summary(wrapped)).toEqual(summary(city[1]));
});

it('provincial label variants read alike: 全年预算数（A）, 执行率（B/A）, 预算执行率, 评价等级', () => {
  const noted = relabel(city[1], (s) =>
    s
      .replace(/^全年预算数$/, '全年预算数（A）')
      .replace(/^全年执行数$/, '全年执行数（B）')
      .replace(/^执行率(\(%\))?$/, '预算执行率（B/A）')
      .replace(/^评分等级$/, '评价等级'),
  );
  expect(summary(noted)).toEqual(summary(city[1]));
  const codes = (g: Grid) => check(g, { rounding: 'down' }).issues.map((i) => i.code);
  expect(codes(noted)).toEqual(codes(city[1]));
});

it('a 2024 form starting with 成本指标 is read like any other', () => {
  const g = relabel(district[4], (s) =>
    s === '产出指标' ? '成本指标' : s === '数量指标' ? '经济成本指标' : s,
  );
  const report = check(g);
  expect(report.forms[0].indicators[0].level1).toBe('成本指标');
  expect(report.forms[0].indicators[0].level2).toBe('经济成本指标');
  expect(summary(g)).toEqual(summary(district[4]));
});

it('an indicator block whose 得分 sits in another column than the funds block’s still scores', () => {
  // Swap the indicator block's 分值 and 得分 columns (F ↔ G) below the funds block only.
  const g = district[0];
  const header = g.values.findIndex((r) => r.includes('一级指标'));
  const swap = <T>(rows: T[][]) =>
    rows.map((r, i) => (i >= header ? r.map((v, c) => (c === 5 ? r[6] : c === 6 ? r[5] : v)) : r));
  const swapped = { ...g, values: swap(g.values), text: swap(g.text), formats: swap(g.formats) };
  const f = check(swapped).forms[0];
  expect(f.indicators[0].scoreCell).toBe(`F${header + 2}`);
  expect(f.total.expectedScore).toBe(summary(g)[0][2]);
});

it('without merged-area information (Excel before ExcelApi 1.13) every form reads the same, with no false missing fields', () => {
  for (const g of [...district, ...city]) {
    const blind: Grid = { ...g, merges: [], mergesUnknown: true };
    const seen = check(blind, { rounding: 'half-up' });
    const known = check(g, { rounding: 'half-up' });
    expect(
      seen.forms.map((f) => [f.projectName, f.department, f.implementer, f.grade.cell, f.total.cell]),
    ).toEqual(
      known.forms.map((f) => [f.projectName, f.department, f.implementer, f.grade.cell, f.total.cell]),
    );
    expect(summary(blind)).toEqual(summary(g));
    expect(seen.issues.filter((i) => i.code === 'MISSING_FIELD')).toEqual([]);
  }
});

it('a budget 得分 that does not follow its 执行率 is flagged even without the amounts (9.36 printed for 96.36%)', () => {
  const g: Grid = {
    ...district[0],
    values: district[0].values.map((r) => r.slice()),
    text: district[0].text.map((r) => r.slice()),
  };
  const funds = g.values.findIndex((r) => r.includes('年度资金总额'));
  // 全年预算数 and 全年执行数 left empty; 执行率 96.36, 得分 9.36.
  for (const [col, value] of [
    [4, null],
    [5, null],
    [7, 96.36],
    [8, 9.36],
  ] as const) {
    g.values[funds][col] = value;
    g.text[funds][col] = value === null ? '' : value.toFixed(2);
  }
  const issues = check(g).issues;
  expect(issues).toContainEqual(
    expect.objectContaining({ code: 'BUDGET_SCORE_MISMATCH', cell: `I${funds + 1}` }),
  );
  const message = issues.find((i) => i.code === 'BUDGET_SCORE_MISMATCH')!.message;
  expect(message).toContain('9.64');
  expect(message).not.toContain('舍入设置'); // a wrong value, not a rounding choice
  expect(issues).toContainEqual(expect.objectContaining({ code: 'NO_BUDGET', cell: `E${funds + 1}` }));
});

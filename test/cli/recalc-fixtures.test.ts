// Recalculating the blank fixtures reproduces what the real forms printed.

import { Decimal } from 'decimal.js';
import { promises as fs } from 'fs';
import path from 'path';
import { checkWorkbook, openWorkbook } from '../../src/hosts/xlsx';
import { selfeval } from '../helpers/cli';
import { fixture, SELF_EVALUATIONS, tempDir } from '../helpers/fixtures';

const isFull = (score: string, weight: string) => Number(score) === Number(weight);

describe.each(SELF_EVALUATIONS)(
  'checking $name-blank before recalculating',
  ({ name, rounding, published }) => {
    it('reports every empty budget 得分, 总分 and 评分等级 as NOT_CALCULATED, an error', async () => {
      const reports = checkWorkbook(await openWorkbook(fixture(`${name}-blank`)), { rounding });
      const notCalculated = reports.flatMap((r) => r.issues).filter((i) => i.code === 'NOT_CALCULATED');
      const forms = reports.flatMap((r) => r.forms);
      for (const f of forms) {
        const cells = notCalculated.filter((i) => i.sheet === f.sheet).map((i) => i.cell);
        expect(cells).toEqual(expect.arrayContaining([f.budget.cell, f.grade.cell]));
      }
      expect(notCalculated.every((i) => i.severity === 'error')).toBe(true);
      expect(forms).toHaveLength(published.length);
    });
  },
);

describe.each(SELF_EVALUATIONS)('recalculating $name-blank', ({ name, rounding, published }) => {
  let forms: ReturnType<typeof checkWorkbook>[number]['forms'];

  beforeAll(async () => {
    const out = path.join(await tempDir(), `${name}.xlsx`);
    const run = selfeval('recalc', fixture(`${name}-blank`), '-o', out, '--rounding', rounding);
    expect(run.stderr).not.toMatch(/Error|at /);
    forms = checkWorkbook(await openWorkbook(out), { rounding }).flatMap((s) => s.forms);
  });

  it(`finds all ${published.length} forms in the order they were published`, () => {
    expect(forms.map((f) => f.projectName)).toEqual(published.map((p) => p.projectName));
  });

  it('fills the published budget 执行率 and 得分 of every form', () => {
    for (const [i, p] of published.entries()) {
      expect([forms[i].projectName, new Decimal(forms[i].budget.score!).toFixed(2)]).toEqual([
        p.projectName,
        p.budget[0].score,
      ]);
      expect(new Decimal(forms[i].budget.rate!).toFixed(2)).toBe(p.budget[0].rate.replace('%', ''));
    }
  });

  it('gives full marks on every row the form printed as full whose actual is a number or an outcome', () => {
    let checked = 0;
    for (const [i, p] of published.entries()) {
      for (const [r, row] of p.indicators.entries()) {
        if (!isFull(row.score, row.weight)) continue;
        const got = forms[i].indicators[r];
        expect(got.name).toBe(row.name);
        if (got.expectedScore === null) continue; // words a person must score
        expect([row.name, new Decimal(got.score!).toFixed(2)]).toEqual([
          row.name,
          new Decimal(row.weight).toFixed(2),
        ]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(published.length * 2);
  });

  it('writes a 总分 equal to the budget score plus the row scores, and the grade that total earns', () => {
    for (const f of forms) {
      const scores = [f.budget.score, ...f.indicators.map((r) => r.score)];
      if (scores.some((s) => s === null)) {
        expect(f.total.score).toBeNull(); // rows left for a person: no total is guessed
        continue;
      }
      const sum = scores.reduce((a, s) => a.plus(s!), new Decimal(0));
      expect(new Decimal(f.total.score!).toFixed(2)).toBe(sum.toFixed(2));
      const grade = sum.gte(90) ? '优' : sum.gte(80) ? '良' : sum.gte(60) ? '中' : '差';
      expect(f.grade.value).toBe(grade);
    }
  });
});

it('recalculation fills the 执行率 of the funds sub-rows that the district forms printed as 0.00', async () => {
  const dir = await tempDir();
  const out = path.join(dir, 'district.xlsx');
  selfeval('recalc', fixture('2022-district'), '-o', out);
  const before = checkWorkbook(await openWorkbook(fixture('2022-district'))).flatMap((s) => s.issues);
  const after = checkWorkbook(await openWorkbook(out)).flatMap((s) => s.issues);
  const stale = (issues: typeof before) =>
    issues.filter((i) => i.code === 'BUDGET_RATE_MISMATCH' && i.severity === 'warning');
  expect(stale(before)).toHaveLength(14);
  expect(stale(after)).toEqual([]);
  const wb = await openWorkbook(out);
  // 当年财政拨款 of the first form: 400.00 / 400.00.
  expect(wb.worksheets[0].getCell('H6').value).toBe(100);
});

it('a recalculation under --rounding keeps that mode in the workbook: a later plain check agrees', async () => {
  // The 2023 city forms truncate (domain.md §3): recalculated so, they check clean without the option.
  const out = path.join(await tempDir(), 'city.xlsx');
  expect(
    selfeval('recalc', fixture('2023-city-centre-blank'), '-o', out, '--rounding', 'down').code,
  ).not.toBe(2);
  const issues = checkWorkbook(await openWorkbook(out)).flatMap((s) => s.issues);
  expect(
    issues.filter((i) => i.code === 'BUDGET_SCORE_MISMATCH' || i.code === 'BUDGET_RATE_MISMATCH'),
  ).toEqual([]);
  // The option given to check itself still wins for that run.
  const halfUp = checkWorkbook(await openWorkbook(out), { rounding: 'half-up' }).flatMap((s) => s.issues);
  expect(halfUp.some((i) => i.code === 'BUDGET_SCORE_MISMATCH')).toBe(true);
});

it('--rounding is kept even where recalc has no cell to change: the published city forms', async () => {
  // Already right when truncating: nothing to write but the setting, which a later check needs.
  const out = path.join(await tempDir(), 'city.xlsx');
  const run = selfeval('recalc', fixture('2023-city-centre'), '-o', out, '--rounding', 'down');
  expect(run.code).not.toBe(2);
  expect(run.stdout + run.stderr).toContain('0 处修改');
  const mismatches = checkWorkbook(await openWorkbook(out))
    .flatMap((s) => s.issues)
    .filter((i) => i.code === 'BUDGET_SCORE_MISMATCH' || i.code === 'BUDGET_RATE_MISMATCH');
  expect(mismatches).toEqual([]);
  // A second run with nothing new to keep leaves the file as it is, byte for byte.
  const again = path.join(await tempDir(), 'again.xlsx');
  selfeval('recalc', out, '-o', again);
  expect(await fs.readFile(again)).toEqual(await fs.readFile(out));
});

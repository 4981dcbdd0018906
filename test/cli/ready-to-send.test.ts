// What new users found, now held: an empty 总分 分值 or sub-row 执行率 is never "0 errors", nor is a
// blank form on a hidden sheet; a cell the recalculation rewrites keeps its number format; a macro
// workbook is never saved as .xlsx.

import type ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import { selfeval } from '../helpers/cli';
import { fixture, FIXTURES, loadWorkbook, tempDir } from '../helpers/fixtures';

const SHEET = '65岁以上老人定期体检';

async function variant(edit: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = await loadWorkbook(fixture('2022-district'));
  for (const ws of [...wb.worksheets]) if (ws.name !== SHEET) wb.removeWorksheet(ws.id);
  edit(wb.getWorksheet(SHEET)!);
  const file = path.join(await tempDir(), 'variant.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

it('an empty 总分 分值 is NOT_CALCULATED at its cell, not "0 errors"', async () => {
  const file = await variant((ws) => {
    ws.getCell('F15').value = null;
  });
  const run = selfeval('check', file, '--json');
  expect(run.code).toBe(1);
  expect(JSON.parse(run.stdout).issues).toContainEqual(
    expect.objectContaining({ code: 'NOT_CALCULATED', cell: 'F15' }),
  );
});

it('a stale budget 得分 rewritten keeps the number format of its cell', async () => {
  const file = await variant((ws) => {
    const cell = ws.getCell('I5');
    cell.value = 9.36;
    cell.style = { ...cell.style, numFmt: 'General' }; // its own style: ExcelJS shares them
  });
  const before = (await loadWorkbook(file)).getWorksheet(SHEET)!.getCell('I5').numFmt;
  expect(before ?? 'General').toBe('General');
  const out = path.join(path.dirname(file), 'out.xlsx');
  selfeval('recalc', file, '-o', out);
  const cell = (await loadWorkbook(out)).getWorksheet(SHEET)!.getCell('I5');
  expect(cell.value).toBe(10);
  expect(cell.numFmt).toBe(before);
});

it('a macro workbook recalculated to OUT.xlsx is saved as OUT.xlsm, and says so', async () => {
  const dir = await tempDir();
  const run = selfeval(
    'recalc',
    path.join(FIXTURES, 'files', 'macro.xlsm'),
    '-o',
    path.join(dir, 'out.xlsx'),
  );
  expect(run.stderr).toContain(path.join(dir, 'out.xlsm'));
  await expect(loadWorkbook(path.join(dir, 'out.xlsm'))).resolves.toBeDefined();
});

// A very hidden sheet (only VBA or a program unhides it) was left out without a word: the form
// on it was in no count, no issue and no --json, and the report looked clean.
it.each(['hidden', 'veryHidden'] as const)(
  'a blank form on a %s sheet keeps recalc from saying "0 errors", and its sheet is not written',
  async (state) => {
    const wb = await loadWorkbook(fixture('2022-district-blank'));
    const hidden = wb.worksheets[2];
    hidden.state = state;
    const file = path.join(await tempDir(), 'hidden.xlsx');
    await wb.xlsx.writeFile(file);
    const out = path.join(path.dirname(file), 'out.xlsx');
    const run = selfeval('recalc', file, '-o', out, '--json');
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout).issues as { code: string; sheet: string }[];
    const onHidden = issues.filter((i) => i.sheet === hidden.name).map((i) => i.code);
    expect(onHidden).toContain('HIDDEN_SHEET');
    expect(onHidden).toContain('NOT_CALCULATED');
    // What recalc reported is what a check of its output finds.
    const check = selfeval('check', out, '--json');
    expect(JSON.parse(check.stdout).issues).toEqual(JSON.parse(run.stdout).issues);
    const written = (await loadWorkbook(out)).getWorksheet(hidden.name)!;
    const values = (ws: ExcelJS.Worksheet) => JSON.stringify(ws.getSheetValues());
    expect(values(written)).toBe(values(hidden));
  },
);

it('an unlabelled 总分 row whose 分值 is a formula never calculated is found: the formula and the empty 总分 are errors', () => {
  // openpyxl wrote F15 =SUM(F12:F14) with no result; row 15 has no 总分 label, as in the 2022 layout.
  const run = selfeval('check', path.join(FIXTURES, 'files', 'no-cached-value.xlsx'), '--json');
  expect(run.code).toBe(1);
  const issues = (JSON.parse(run.stdout) as { issues: { code: string; cell: string }[] }).issues;
  expect(issues).toContainEqual(expect.objectContaining({ code: 'FORMULA_NOT_CALCULATED', cell: 'F15' }));
  expect(issues).toContainEqual(expect.objectContaining({ code: 'NOT_CALCULATED', cell: 'G15' }));
});

it('recalc asked for OUT.xls or OUT.csv writes OUT.xlsx and says so, never an .xlsx package under another name', async () => {
  const dir = await tempDir();
  for (const asked of ['out.xls', 'out.csv']) {
    const run = selfeval('recalc', fixture('2022-district'), '-o', path.join(dir, asked));
    expect(run.stderr).toContain(`输出为 .xlsx 格式，保存为 ${path.join(dir, 'out.xlsx')}`);
    expect(fs.existsSync(path.join(dir, asked))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'out.xlsx'))).toBe(true);
    // The next name asked for gives out.xlsx again: never written over a file it was not named.
    fs.rmSync(path.join(dir, 'out.xlsx'));
  }
});

it('writes no 评分等级 beside a 总分 formula without a result, and asks nothing of recalc there', async () => {
  const file = path.join(FIXTURES, 'files', 'no-cached-total.xlsx');
  const out = path.join(await tempDir(), 'out.xlsx');
  const run = selfeval('recalc', file, '-o', out, '--json');
  const report = JSON.parse(run.stdout) as {
    forms: { grade: { cell: string; value: string | null } }[];
    issues: { code: string; cell: string }[];
  };
  expect(report.issues).toContainEqual(
    expect.objectContaining({ code: 'FORMULA_NOT_CALCULATED', cell: 'G15' }),
  );
  const grade = report.forms[0].grade;
  expect(grade.value).toBeNull();
  expect(report.issues.filter((i) => i.cell === grade.cell)).toEqual([]);
  // The written file holds no grade either (ExcelJS cannot open a workbook with a chart: check it).
  const after = JSON.parse(selfeval('check', out, '--json').stdout) as typeof report;
  expect(after.forms[0].grade.value).toBeNull();
});

it('a 评分等级 formula without a result is one issue (open and save in Excel or WPS), not also "run recalc"', () => {
  const run = selfeval('check', path.join(FIXTURES, 'files', 'no-cached-grade.xlsx'), '--json');
  const issues = (JSON.parse(run.stdout) as { issues: { code: string; cell: string }[] }).issues;
  expect(issues.filter((i) => i.cell === 'C16').map((i) => i.code)).toEqual(['FORMULA_NOT_CALCULATED']);
});

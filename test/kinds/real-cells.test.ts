// Real cells read right (the "real cells" issue): one small workbook per kind, built from the
// 2022 district blank form, each asserting the right value or the issue at the exact cell, through
// the command line and through the Excel add-in on the fake Excel. The right values: domain.md §2–§5.

import type ExcelJS from 'exceljs';
import path from 'path';
import { recalculateSheet, validateSheet } from '../../src/hosts/excel/operations';
import { installFakeOffice } from '../fake-excel';
import { selfeval } from '../helpers/cli';
import { fixture, loadWorkbook, tempDir } from '../helpers/fixtures';

const SHEET = '65岁以上老人定期体检';

interface JsonIssue {
  code: string;
  cell: string;
  severity: string;
  sheet: string;
}

interface Kind {
  name: string;
  edit(ws: ExcelJS.Worksheet): void;
  /** Cells and the values recalculation leaves in them. */
  values?: Record<string, number | string>;
  /** Issues (code at cell) the check must report on the sheet, after recalculation. */
  issues?: [string, string][];
  /** Codes that must not appear. */
  absent?: string[];
}

const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const CN_DATE = 'yyyy"年"m"月"d"日"';

/** Sets a cell's number format on its own style: ExcelJS shares one style object between the
 * cells read with the same style, so assigning `numFmt` would change its neighbours too. */
function format(ws: ExcelJS.Worksheet, cell: string, numFmt: string): void {
  const c = ws.getCell(cell);
  c.style = { ...c.style, numFmt };
}

const KINDS: Kind[] = [
  {
    name: 'binary noise: a cached =SUM(166.57, 38.33) of 204.89999999999998 over 240 is 85.38%',
    edit(ws) {
      ws.getCell('E5').value = 240;
      ws.getCell('F5').value = { formula: 'SUM(166.57,38.33)', result: 204.89999999999998 };
    },
    values: { H5: 85.38, I5: 8.54 },
    absent: ['BUDGET_RATE_MISMATCH'],
  },
  {
    name: 'a rate cell formatted 0.00"%" gets 85.38, not 0.8538',
    edit(ws) {
      ws.getCell('E5').value = 240;
      ws.getCell('F5').value = 204.9;
      format(ws, 'H5', '0.00"%"');
    },
    values: { H5: 85.38, I5: 8.54 },
  },
  {
    name: 'a date on or before a 时效 deadline is full marks; a later one waits for a person, reason due',
    edit(ws) {
      ws.getCell('D13').value = '2024年6月30日前';
      ws.getCell('E13').value = date(2024, 6, 28);
      format(ws, 'E13', CN_DATE);
      ws.getCell('D14').value = date(2024, 6, 30);
      format(ws, 'D14', CN_DATE);
      ws.getCell('E14').value = '2024年7月2日';
    },
    values: { G13: 20 },
    issues: [
      ['MANUAL_SCORE_NEEDED', 'G14'],
      ['MISSING_REASON', 'H14'],
      ['WAITING_FOR_SCORES', 'G15'],
    ],
  },
  {
    name: 'a date answering a count is an error, never its serial number scored as a quantity',
    edit(ws) {
      ws.getCell('E12').value = date(2024, 6, 30); // 45473 ≥ 27000 would be full marks
      format(ws, 'E12', CN_DATE);
    },
    issues: [['UNREADABLE_VALUE', 'E12']],
  },
  {
    name: 'a formula without a saved result is an issue on its cell, not a silent blank',
    edit(ws) {
      ws.getCell('F5').value = { formula: 'SUM(F6:F8)' } as ExcelJS.CellFormulaValue;
    },
    issues: [['FORMULA_NOT_CALCULATED', 'F5']],
  },
  {
    name: 'a comparison written after the number: 27000人以上 is met by 45739',
    edit(ws) {
      ws.getCell('D12').value = '27000人以上';
    },
    values: { G12: 30 },
    absent: ['MANUAL_SCORE_NEEDED'],
  },
  {
    name: 'a range: 95%-100% is met by 100',
    edit(ws) {
      ws.getCell('D13').value = '95%-100%';
    },
    values: { G13: 20 },
    absent: ['MANUAL_SCORE_NEEDED'],
  },
  {
    name: '部分达成 needs its reason at once, and the score and total wait for a person',
    edit(ws) {
      ws.getCell('E13').value = '部分达成年度指标并具有一定效果';
    },
    issues: [
      ['MANUAL_SCORE_NEEDED', 'G13'],
      ['MISSING_REASON', 'H13'],
      ['WAITING_FOR_SCORES', 'G15'],
      ['WAITING_FOR_SCORES', 'C16'],
    ],
  },
  {
    name: 'an error value in an actual is unreadable at that cell',
    edit(ws) {
      ws.getCell('E12').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    },
    issues: [['UNREADABLE_VALUE', 'E12']],
  },
];

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

async function build(kind: Kind, i: number): Promise<string> {
  const wb = await loadWorkbook(fixture('2022-district-blank'));
  // One form is enough: the other sheets go.
  for (const ws of [...wb.worksheets]) if (ws.name !== SHEET) wb.removeWorksheet(ws.id);
  kind.edit(wb.getWorksheet(SHEET)!);
  const file = path.join(dir, `kind-${i}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

function numberIn(ws: ExcelJS.Worksheet, cell: string): number | string | null {
  const v = ws.getCell(cell).value;
  if (v && typeof v === 'object' && 'result' in v) return v.result as number;
  return v as number | string | null;
}

describe.each(KINDS.map((k, i) => [k.name, k, i] as const))('%s', (_name, kind, i) => {
  it('through the command line', async () => {
    const file = await build(kind, i);
    const out = path.join(dir, `kind-${i}-out.xlsx`);
    const run = selfeval('recalc', file, '-o', out, '--json');
    expect(run.stderr).not.toMatch(/Error|at \w+ \(/);
    const report = JSON.parse(run.stdout.trim().split('\n').pop()!);
    const issues: JsonIssue[] = report.issues.filter((x: JsonIssue) => x.sheet === SHEET);
    const found = issues.map((x) => [x.code, x.cell]);
    for (const expected of kind.issues ?? []) expect(found).toContainEqual(expected);
    for (const code of kind.absent ?? []) expect(found.map(([c]) => c)).not.toContain(code);
    if (kind.issues?.length) expect(run.code).toBe(1);
    const ws = (await loadWorkbook(out)).getWorksheet(SHEET)!;
    for (const [cell, value] of Object.entries(kind.values ?? {})) expect(numberIn(ws, cell)).toBe(value);
  });

  it('through the Excel add-in', async () => {
    const wb = await loadWorkbook(await build(kind, i));
    installFakeOffice(wb);
    const result = await recalculateSheet();
    const found = result.reports[0].issues.map((x) => [x.code, x.cell]);
    for (const expected of kind.issues ?? []) expect(found).toContainEqual(expected);
    for (const code of kind.absent ?? []) expect(found.map(([c]) => c)).not.toContain(code);
    const ws = wb.getWorksheet(SHEET)!;
    for (const [cell, value] of Object.entries(kind.values ?? {})) expect(numberIn(ws, cell)).toBe(value);
    // Validate reads the sheet as recalculation left it and finds the same.
    expect((await validateSheet()).reports[0].issues.map((x) => [x.code, x.cell])).toEqual(found);
  });
});

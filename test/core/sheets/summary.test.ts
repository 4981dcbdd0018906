import ExcelJS from 'exceljs';
import path from 'path';
import type { RoundingMode } from '../../../src/core/model/settings';
import { check } from '../../../src/core';
import { formLink, RECALCULATED_FILL, summary, type SummarySource } from '../../../src/core/sheets/summary';
import { workbookSummary } from '../../../src/core/sheets/workbook-summary';
import { applyChanges, checkWorkbook, openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import district from '../../fixtures/2022-district.json';
import cityCentre from '../../fixtures/2023-city-centre.json';
import { form, FUNDS } from '../../helpers/written-form';

interface Published {
  projectName: string;
  total: { score: string };
  grade: string;
  budget: { full: string; executed: string }[];
}

const FIXTURES: { file: string; rounding: RoundingMode; published: Published[] }[] = [
  { file: '2022-district.xlsx', rounding: 'half-up', published: district },
  // The 2023 city-level forms truncate (domain.md §3).
  { file: '2023-city-centre.xlsx', rounding: 'down', published: cityCentre },
];

async function sources(): Promise<SummarySource[]> {
  return Promise.all(
    FIXTURES.map(async (f) => ({
      file: f.file,
      reports: checkWorkbook(await openWorkbook(path.join(__dirname, '..', '..', 'fixtures', f.file)), {
        rounding: f.rounding,
      }),
    })),
  );
}

const plain = (v: ExcelJS.CellValue): ExcelJS.CellValue =>
  v && typeof v === 'object' && 'result' in v ? (v as ExcelJS.CellFormulaValue).result : v;

/** The summary sheet's cells by header: every form row as { header → value }. */
function table(sheet: ExcelJS.Worksheet, forms: number) {
  const header = (sheet.getRow(2).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows = Array.from({ length: forms }, (_, i) => {
    const values = (sheet.getRow(3 + i).values as ExcelJS.CellValue[]).slice(1);
    return Object.fromEntries(header.map((h, c) => [h, plain(values[c])]));
  });
  return { header, rows };
}

describe('汇总表 of the 2022 district and 2023 city-centre workbooks', () => {
  const published = FIXTURES.flatMap((f) => f.published);
  let sheet: ExcelJS.Worksheet;
  let header: string[];
  let rows: Record<string, ExcelJS.CellValue>[];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    applyChanges(wb, summary('汇总表', await sources()));
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    sheet = reread.getWorksheet('汇总表')!;
    ({ header, rows } = table(sheet, published.length));
  });

  it('has one row per form, with file and sheet, in workbook order', () => {
    expect(header).toEqual([
      '文件',
      '工作表',
      '项目名称',
      '实施单位',
      '全年预算数（万元）',
      '全年执行数（万元）',
      '执行率(%)',
      '预算得分',
      '指标得分',
      '总分',
      '评分等级',
      '错误',
      '警告',
    ]);
    expect(rows.map((r) => r['项目名称'])).toEqual(published.map((p) => p.projectName));
    expect(rows.map((r) => r['文件'])).toEqual(FIXTURES.flatMap((f) => f.published.map(() => f.file)));
  });

  it('shows every published 总分 and 评分等级', () => {
    expect(rows.map((r) => Number(r['总分']).toFixed(2))).toEqual(published.map((p) => p.total.score));
    expect(rows.map((r) => r['评分等级'])).toEqual(published.map((p) => p.grade));
  });

  it('shows each form’s 全年预算数 and 全年执行数 as published', () => {
    const amount = (s: string) => Number(s.replace(/,/g, '')).toFixed(2);
    expect(rows.map((r) => Number(r['全年预算数（万元）']).toFixed(2))).toEqual(
      published.map((p) => amount(p.budget[0].full)),
    );
    expect(rows.map((r) => Number(r['全年执行数（万元）']).toFixed(2))).toEqual(
      published.map((p) => amount(p.budget[0].executed)),
    );
  });

  it('links every row to its form', () => {
    const link = sheet.getCell('B3').value as ExcelJS.CellFormulaValue;
    expect(link.formula).toMatch(/^HYPERLINK\("2022-district\.xlsx#'[^']+'!A\d+","[^"]+"\)$/);
    expect(link.result).toBe(rows[0]['工作表']);
  });

  it('ends with 合计, 平均 and the grade distribution', () => {
    const after = 3 + published.length;
    expect(sheet.getCell(`A${after}`).value).toBe('合计');
    const budgetTotal = published.reduce((s, p) => s + Number(p.budget[0].full.replace(/,/g, '')), 0);
    expect(Number(sheet.getCell(`E${after}`).value)).toBeCloseTo(budgetTotal, 2);
    // Its 执行率 is the 合计 row's 执行数 / 预算数: what a reader dividing the two gets.
    const header = Array.from(sheet.getRow(2).values as unknown[], (v) => String(v ?? ''));
    const at = (label: string) => sheet.getRow(after).getCell(header.findIndex((h) => h.startsWith(label)));
    const rate = Number(at('执行率').value);
    expect(rate).toBeCloseTo((Number(at('全年执行数').value) / Number(at('全年预算数').value)) * 100, 1);
    expect(sheet.getCell(`A${after + 1}`).value).toBe('平均');
    const grades = ['优', '良', '中', '差'];
    const distribution = grades.map((_, i) => [
      sheet.getCell(`A${after + 4 + i}`).value,
      sheet.getCell(`B${after + 4 + i}`).value,
    ]);
    expect(sheet.getCell(`A${after + 3}`).value).toBe('评分等级分布');
    expect(distribution).toEqual(grades.map((g) => [g, published.filter((p) => p.grade === g).length]));
  });

  it('quotes sheet names in links and leaves out links Excel would refuse', () => {
    expect(formLink('', "O'Brien", 'A3', 'x')).toBe(`=HYPERLINK("#'O''Brien'!A3","x")`);
    expect(formLink('a'.repeat(300), 'S', 'A1', 'x')).toBeNull();
    // Excel cuts a link at its first '#': 'a#1.xlsx#…' would look for 'a'.
    expect(formLink('in/a#1.xlsx', 'S', 'A1', 'x')).toBeNull();
    // A hidden sheet: its workbook, or nothing in this one.
    expect(formLink('a.xlsx', 'S', null, 'x')).toBe(`=HYPERLINK("a.xlsx","x")`);
    expect(formLink('', 'S', null, 'x')).toBeNull();
    expect(plain(sheet.getCell('B4').value)).toBe(rows[1]['工作表']);
  });
});

async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again;
}

describe('生成汇总表 in the open workbook (task pane)', () => {
  it('adds a 汇总表 linking into the same workbook, and a second one does not count the first', async () => {
    let wb = await openWorkbook(path.join(__dirname, '..', '..', 'fixtures', '2022-district.xlsx'));
    const names = () => wb.worksheets.map((w) => w.name);
    const first = workbookSummary(readGrids(wb), names());
    expect(first.sheet).toBe('汇总表');
    applyChanges(wb, first.changes);
    const link = wb.getWorksheet('汇总表')!.getCell('A3').value as ExcelJS.CellFormulaValue;
    expect(link.formula).toMatch(/^HYPERLINK\("#'[^']+'!A\d+",/);

    wb = await reopen(wb);
    const second = workbookSummary(readGrids(wb), names());
    expect(second.sheet).toBe('汇总表 (2)');
    applyChanges(wb, second.changes);
    expect(wb.getWorksheet('汇总表 (2)')!.getCell(`A${3 + district.length}`).value).toBe('合计');
  });
});

it('leaves the 合计 执行率 empty while a form lacks its 执行数: no rate a reader cannot get from the 合计 row', async () => {
  const [source] = await sources();
  const [first, ...rest] = source.reports;
  const [form, ...others] = first.forms;
  const lacking: SummarySource = {
    ...source,
    reports: [
      { ...first, forms: [{ ...form, budget: { ...form.budget!, executed: null } }, ...others] },
      ...rest,
    ],
  };
  const rateColumn = 'G'; // 执行率, after 全年预算数 (E) and 全年执行数 (F)
  const rateOf = (s: SummarySource) =>
    summary('汇总表', [s]).find(
      (c) =>
        c.kind === 'value' && c.cell === `${rateColumn}${3 + source.reports.flatMap((r) => r.forms).length}`,
    );
  expect(rateOf(source)).toMatchObject({ value: expect.any(Number) });
  expect(rateOf(lacking)).toMatchObject({ value: null });
});

it('shows a form’s stale 执行率 and 预算得分 as check says they should be, shaded (task pane)', () => {
  // 95 of 100 executed, 98 % and 9.80 typed before the amount was corrected.
  const grid = form({ funds: [FUNDS[0], ['年度资金总额', 100, 100, 95, 10, 98, 9.8]] });
  const issues = check(grid).issues.map((i) => i.message);
  expect(issues).toEqual(expect.arrayContaining([expect.stringMatching(/执行率为 98.*应为 95/)]));
  const { changes } = workbookSummary([grid], [grid.sheet]);
  const value = (cell: string) => changes.find((c) => c.kind === 'value' && c.cell === cell);
  const shaded = (cell: string) =>
    changes.some((c) => c.kind === 'style' && c.range === cell && c.style.fill === RECALCULATED_FILL);
  // 工作表, 项目名称, 实施单位, 全年预算数, 全年执行数, then 执行率 (F) and 预算得分 (G).
  expect([value('F3'), value('G3')]).toMatchObject([{ value: 95 }, { value: 9.5 }]);
  expect([shaded('F3'), shaded('G3'), shaded('E3')]).toEqual([true, true, false]);
});

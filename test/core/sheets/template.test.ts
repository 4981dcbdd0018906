import { mkdtempSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { template, uniqueSheetName, type TemplateOptions } from '../../../src/core/sheets/template';
import { applyChanges, checkWorkbook, recalculateWorkbook } from '../../../src/hosts/xlsx';
import { applyForTest, reopen } from '../../hosts/xlsx/apply-for-test';
import { toPdf, withLibreOffice } from '../../helpers/libreoffice';

/** The template written to .xlsx and opened again, as a user would receive it. */
async function blankForm(options?: TemplateOptions): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  applyForTest(workbook, template('自评表', options));
  return (await reopen(workbook)).getWorksheet('自评表')!;
}

/** What a cell holds; a merged area's other cells hold nothing (ExcelJS echoes the master's). */
function text(sheet: ExcelJS.Worksheet, address: string): ExcelJS.CellValue {
  const cell = sheet.getCell(address);
  return cell.type === ExcelJS.ValueType.Merge ? null : cell.value;
}
/** A row's labels as a reader takes them in: line breaks dropped, one space between cells. */
const rowText = (sheet: ExcelJS.Worksheet, row: number, columns: string) =>
  columns
    .split('')
    .map((column) => String(text(sheet, `${column}${row}`)).replace(/\n/g, ''))
    .join(' ');
const merges = (sheet: ExcelJS.Worksheet): string[] => sheet.model.merges;
const columnValues = (sheet: ExcelJS.Worksheet, column: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => text(sheet, `${column}${from + i}`));

// The default 2024 form: 11 二级指标 × 2 rows = indicator rows 13–34, 总分 35, 评分等级 36.
const LAST_INDICATOR = 34;
const TOTAL_ROW = 35;
const GRADE_ROW = 36;

describe('inserting a blank 自评表 (template)', () => {
  let form: ExcelJS.Worksheet;
  beforeAll(async () => {
    form = await blankForm();
  });

  it('starts by adding the sheet and writes nothing on any other sheet', () => {
    const changes = template('自评表 (2)');
    expect(changes[0]).toEqual({ kind: 'addSheet', sheet: '自评表 (2)' });
    expect(changes.every((change) => change.sheet === '自评表 (2)')).toBe(true);
  });

  it('shows the title, the year line and the project block where the real forms have them', () => {
    expect(text(form, 'A1')).toBe('财政项目支出绩效自评表');
    expect(text(form, 'A2')).toBe('（    年度）');
    expect(text(form, 'A3')).toBe('项目名称');
    expect(text(form, 'A4')).toBe('主管部门');
    expect(text(form, 'E4')).toBe('实施单位');
    expect(form.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
  });

  it('lays out the funds block: header, 年度资金总额 with 分数 10.00, sub-rows with "-"', () => {
    expect(text(form, 'A5')).toBe('项目资金\n（万元）');
    expect(columnValues(form, 'B', 6, 9)).toEqual([
      '年度资金总额',
      '其中：当年财政拨款',
      '上年结转资金',
      '其他资金',
    ]);
    expect(rowText(form, 5, 'CDEFGH')).toBe('年初预算数 全年预算数 全年执行数 分数 执行率(%) 得分');
    expect(text(form, 'F6')).toBe(10);
    expect(form.getCell('F6').text).toBe('10');
    expect(form.getCell('F6').numFmt).toBe('0.00');
    expect(columnValues(form, 'F', 7, 9)).toEqual(['-', '-', '-']);
    expect(columnValues(form, 'H', 7, 9)).toEqual(['-', '-', '-']);
  });

  it('has the 年度总体目标 block with 预期目标 and 实际完成情况 over a tall text row', () => {
    expect(text(form, 'A10')).toBe('年度\n总体\n目标');
    expect(text(form, 'B10')).toBe('预期目标');
    expect(text(form, 'E10')).toBe('实际完成情况');
    expect(form.getRow(11).height).toBeGreaterThanOrEqual(90);
    expect(form.getCell('B11').alignment).toMatchObject({
      wrapText: true,
      vertical: 'top',
      horizontal: 'left',
    });
  });

  it('lists the 2024 indicators: 成本指标 first, each 一级 and 二级 merged down its rows', () => {
    expect(rowText(form, 12, 'ABCDEFGH')).toBe(
      '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施',
    );
    expect(text(form, 'A12')).toBe('一级\n指标'); // broken as in the real forms' narrow cells
    expect(merges(form)).toEqual(
      expect.arrayContaining(['A13:A18', 'B13:B14', 'A19:A24', 'A25:A32', 'A33:A34', 'B33:B34']),
    );
    expect(columnValues(form, 'A', 13, LAST_INDICATOR).filter(Boolean)).toEqual([
      '成本指标',
      '产出指标',
      '效益指标',
      '满意度指标',
    ]);
    expect(columnValues(form, 'B', 13, LAST_INDICATOR).filter(Boolean)).toEqual([
      '经济成本指标',
      '社会成本指标',
      '生态环境成本指标',
      '数量指标',
      '质量指标',
      '时效指标',
      '经济效益指标',
      '社会效益指标',
      '生态效益指标',
      '可持续影响指标',
      '服务对象满意度指标',
    ]);
  });

  it('lets each indicator row grow to what is typed: one cell a field, no fixed height', () => {
    // A spreadsheet grows a row to fit its cells, never to a merged cell's text, nor a row of a
    // fixed height: only the 一级 / 二级 labels are merged, down their rows.
    const rowOf = (cell: string) => Number(cell.replace(/^[A-Z]+/, ''));
    const inRows = merges(form).filter(
      (m) => rowOf(m.split(':')[1]) >= 12 && rowOf(m.split(':')[0]) <= LAST_INDICATOR,
    );
    expect(inRows.every((m) => /^[AB]\d+:[AB]\d+$/.test(m) && m[0] === m[m.indexOf(':') + 1])).toBe(true);
    for (let row = 13; row <= LAST_INDICATOR; row++) expect(form.getRow(row).height).toBeUndefined();
    // 部分达成年度指标并具有一定效果 (15 characters, each about 2 of Excel's width units) on two lines,
    // 2024年11月20日 on one.
    expect(form.getColumn('E').width).toBeGreaterThanOrEqual(17);
    // 偏差原因分析 is the widest: a sentence or two.
    const widths = 'ABCDEFGH'.split('').map((column) => form.getColumn(column).width ?? 0);
    expect(Math.max(...widths)).toBe(form.getColumn('H').width);
  });

  it('ends with the 总分 and 评分等级 rows', () => {
    expect(text(form, `A${TOTAL_ROW}`)).toBe('总分');
    expect(text(form, `A${GRADE_ROW}`)).toBe('评分等级');
    expect(merges(form)).toEqual(
      expect.arrayContaining([
        `A${TOTAL_ROW}:E${TOTAL_ROW}`,
        `A${GRADE_ROW}:B${GRADE_ROW}`,
        `C${GRADE_ROW}:H${GRADE_ROW}`,
      ]),
    );
  });

  it('merges the label areas of the real form', () => {
    expect(merges(form)).toEqual(
      expect.arrayContaining([
        'A1:H1',
        'A2:H2',
        'A3:B3',
        'C3:H3',
        'A4:B4',
        'C4:D4',
        'F4:H4',
        'A5:A9',
        'A10:A11',
        'B10:D10',
        'E10:H10',
        'B11:D11',
        'E11:H11',
      ]),
    );
  });

  it('leaves every input cell empty: the only values are labels, 分数 10 and the "-" marks', () => {
    const filled: string[] = [];
    form.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Merge && cell.value !== null) filled.push(cell.address);
      }),
    );
    const labels = ['A1', 'A2', 'A3', 'A4', 'E4', 'A5', 'C5', 'D5', 'E5', 'F5', 'G5', 'H5'];
    const funds = ['B6', 'B7', 'B8', 'B9', 'F6', 'F7', 'F8', 'F9', 'H7', 'H8', 'H9'];
    const goals = ['A10', 'B10', 'E10'];
    const header = ['A12', 'B12', 'C12', 'D12', 'E12', 'F12', 'G12', 'H12'];
    const level1 = ['A13', 'A19', 'A25', 'A33'];
    const level2 = Array.from({ length: 11 }, (_, i) => `B${13 + 2 * i}`);
    const totals = [`A${TOTAL_ROW}`, `A${GRADE_ROW}`];
    expect(filled.sort()).toEqual(
      [...labels, ...funds, ...goals, ...header, ...level1, ...level2, ...totals].sort(),
    );
  });

  it('draws thin borders on every cell of the form, wrapped and centred vertically', () => {
    for (let row = 1; row <= GRADE_ROW; row++) {
      for (const column of 'ABCDEFGH') {
        const cell = form.getCell(`${column}${row}`);
        expect(cell.border).toEqual({
          top: { style: 'thin' },
          left: { style: 'thin' },
          bottom: { style: 'thin' },
          right: { style: 'thin' },
        });
        expect(cell.alignment).toMatchObject({ wrapText: true });
        if (row !== 11) expect(cell.alignment.vertical).toBe('middle');
      }
    }
  });

  it('formats amounts, rates, weights and scores with two decimals', () => {
    const numeric = ['C6', 'D6', 'E6', 'G6', 'H6', 'C9', 'E9', 'G9', 'F13', 'G13', `F${LAST_INDICATOR}`];
    for (const cell of [...numeric, `F${TOTAL_ROW}`, `G${TOTAL_ROW}`]) {
      expect(form.getCell(cell).numFmt).toBe('0.00');
    }
  });

  it('offers dropdowns of the 一级 and 二级 indicator names', () => {
    const level1 = form.getCell('A13').dataValidation;
    expect(level1).toMatchObject({ type: 'list', allowBlank: true });
    expect(level1.formulae).toEqual(['"成本指标,产出指标,效益指标,满意度指标"']);
    const level2 = form.getCell(`B${LAST_INDICATOR}`).dataValidation;
    expect(level2.formulae[0]).toContain('服务对象满意度指标');
    expect(level2.formulae[0]).toContain('经济成本指标');
    expect(form.getCell(`C${TOTAL_ROW}`).dataValidation).toBeUndefined();
  });

  it('prints on A4 portrait, one page wide, with the title rows repeated', () => {
    expect(form.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: `A1:H${GRADE_ROW}`,
      printTitlesRow: '1:2',
      horizontalCentered: true,
    });
  });

  it('sizes the columns to fit A4 portrait', () => {
    const widths = 'ABCDEFGH'.split('').map((column) => form.getColumn(column).width ?? 0);
    const total = widths.reduce((sum, width) => sum + width, 0);
    expect(total).toBeGreaterThan(90);
    expect(total).toBeLessThan(125);
  });
});

describe('template options', () => {
  it('builds the 2023 set: no 成本指标 一级, 成本指标 as a 二级 under 产出指标', async () => {
    const form = await blankForm({ levelSet: '2023' });
    // 9 二级指标 × 2 rows: indicators 13–30, 总分 31, 评分等级 32.
    expect(columnValues(form, 'A', 13, 30).filter(Boolean)).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(columnValues(form, 'B', 13, 20).filter(Boolean)).toEqual([
      '数量指标',
      '质量指标',
      '时效指标',
      '成本指标',
    ]);
    expect(merges(form)).toContain('A13:A20');
    expect(text(form, 'A31')).toBe('总分');
    expect(text(form, 'A32')).toBe('评分等级');
    expect(form.getCell('A13').dataValidation.formulae).toEqual(['"产出指标,效益指标,满意度指标"']);
  });

  it('prints the year and the fund unit it is given', async () => {
    const form = await blankForm({ year: '2024', fundUnit: '元' });
    expect(text(form, 'A2')).toBe('（2024年度）');
    expect(text(form, 'A5')).toBe('项目资金\n（元）');
  });

  it('gives every 二级指标 as many rows as asked, and refuses a count that is not a whole number', () => {
    const changes = template('自评表', { rowsPerLevel2: 1 });
    const labels = changes.filter((change) => change.kind === 'value' && change.value === '总分');
    expect(labels).toEqual([expect.objectContaining({ cell: 'A24' })]);
    expect(() => template('自评表', { rowsPerLevel2: 0 })).toThrow(RangeError);
    expect(() => template('自评表', { rowsPerLevel2: 1.5 })).toThrow(RangeError);
  });
});

describe('naming the inserted sheet (uniqueSheetName)', () => {
  it('uses 自评表 while it is free', () => {
    expect(uniqueSheetName(['Sheet1'])).toBe('自评表');
  });

  it('numbers the next ones as Excel names copies: 自评表 (2), 自评表 (3)', () => {
    expect(uniqueSheetName(['自评表'])).toBe('自评表 (2)');
    expect(uniqueSheetName(['自评表', '自评表 (2)'])).toBe('自评表 (3)');
    expect(uniqueSheetName(['自评表 (2)'])).toBe('自评表');
  });

  it('compares names as Excel does, ignoring case, and keeps within 31 characters', () => {
    expect(uniqueSheetName(['FORM'], 'Form')).toBe('Form (2)');
    const long = 'x'.repeat(31);
    expect(uniqueSheetName([long], long)).toBe(`${'x'.repeat(27)} (2)`);
  });
});

describe('recalculating a template the user has filled in', () => {
  it('finds the blank form at once and asks for its inputs', () => {
    const workbook = new ExcelJS.Workbook();
    applyChanges(workbook, template('自评表'));
    const [report] = checkWorkbook(workbook);
    expect(report.forms).toHaveLength(1);
    expect(report.issues.map((issue) => issue.cell)).toEqual(
      expect.arrayContaining(['C3', 'C4', 'F4', 'B11', 'E11']),
    );
  });

  it('fills 执行率, 得分, 总分 and 评分等级 with no further setup', async () => {
    const workbook = new ExcelJS.Workbook();
    applyChanges(workbook, template('自评表', { year: '2024' }));
    const sheet = workbook.getWorksheet('自评表')!;
    const typed: Record<string, string | number> = {
      C3: '健康教育项目',
      C4: '上海市卫生健康委员会',
      F4: '上海市健康促进中心',
      C6: 100,
      D6: 100,
      E6: 90,
      B11: '完成培训',
      E11: '已完成',
      C19: '参加培训人次数', // first 数量指标 row
      D19: '≥100(人次)',
      E19: '80(人次)',
      F19: 90,
    };
    for (const [cell, value] of Object.entries(typed)) sheet.getCell(cell).value = value;
    recalculateWorkbook(workbook);
    const form = (await reopen(workbook)).getWorksheet('自评表')!;
    expect(form.getCell('G6').value).toBe(90);
    expect(form.getCell('G6').numFmt).toBe('0.00');
    expect(form.getCell('H6').value).toBe(9);
    expect(form.getCell('G19').value).toBe(72);
    expect(form.getCell(`F${TOTAL_ROW}`).value).toBe(100);
    expect(form.getCell(`G${TOTAL_ROW}`).value).toBe(81);
    expect(form.getCell(`C${GRADE_ROW}`).value).toBe('良');
  });
});

describe('opening the template in LibreOffice', () => {
  withLibreOffice('converts the .xlsx to a PDF without complaint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'selfeval-template-'));
    try {
      const workbook = new ExcelJS.Workbook();
      applyForTest(workbook, template('自评表', { year: '2024' }));
      const file = join(dir, 'template.xlsx');
      writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
      expect(statSync(toPdf(file, dir)).size).toBeGreaterThan(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

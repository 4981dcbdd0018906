import ExcelJS from 'exceljs';
import path from 'path';
import { Decimal } from '../../../src/core/values/decimal';
import { fromTargetsWorkbook, sheetNameFor } from '../../../src/core/sheets/from-targets';
import type { Grid } from '../../../src/core/model/grid';
import type { SheetReport } from '../../../src/core/model/report';
import { proposedSplit, proposeWeights, spread } from '../../../src/core/sheets/weights';
import { applyChanges, openWorkbook, readGrids, recalculateWorkbook } from '../../../src/hosts/xlsx';
import declarations from '../../fixtures/2024-target-declarations.json';

const WORKBOOK = path.join(__dirname, '..', '..', 'fixtures', '2024-target-declarations.xlsx');

/** A target as the JSON prints it, LaTeX operators of the text dump normalised. */
const normalised = (target: string) =>
  target.replace(/\$\\leq ([\d.]+)\$ /, '≤$1').replace(/\$\\geq ([\d.]+)\$ /, '≥$1');

const sumOf = (values: Decimal[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));

describe('proposed weights (分值): 产出 50, 效益 30, 满意度 10, spread to the cent', () => {
  it('puts the remainder cents on the last rows', () => {
    expect(spread(new Decimal(50), 3).map(String)).toEqual(['16.66', '16.67', '16.67']);
    expect(spread(new Decimal(10), 1).map(String)).toEqual(['10']);
    expect(sumOf(spread(new Decimal(30), 7)).toString()).toBe('30');
  });

  it('counts 成本指标 with 产出指标 and a 时效指标 printed as 一级 label with 产出', () => {
    const weights = proposeWeights([
      { level1: '成本指标', level2: '经济成本指标' },
      { level1: '产出指标', level2: '数量指标' },
      { level1: '时效指标', level2: '时效指标' },
      { level1: '效益指标', level2: '社会效益指标' },
      { level1: '满意度指标', level2: '服务对象满意度指标' },
    ]);
    expect(weights.map(String)).toEqual(['16.66', '16.67', '16.67', '30', '10']);
  });

  it('gives the points of a missing group to 产出, so the indicators still make 90', () => {
    const weights = proposeWeights([
      { level1: '产出指标', level2: '数量指标' },
      { level1: '效益指标', level2: '社会效益指标' },
    ]);
    expect(weights.map(String)).toEqual(['60', '30']);
    // What the command's note says of the form: the split it made, not the standard one.
    const split = proposedSplit([
      { level1: '产出指标', level2: '数量指标' },
      { level1: '效益指标', level2: '社会效益指标' },
    ]);
    expect(split.map((s) => [s.group, s.points.toString()])).toEqual([
      ['产出指标', '60'],
      ['效益指标', '30'],
    ]);
  });
});

describe('the unit of a declaration that names none', () => {
  const declaration = (funds: string[] | null) => {
    const rows = [
      ['财政项目支出绩效目标申报表', null, null, null, null],
      ['项目名称', '测试项目', null, null, null],
      ...(funds ? [funds] : []),
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度(/项目)指标值'],
      [null, '产出指标', '数量指标', '人数', '≥100(人)'],
    ];
    const grid: Grid = {
      sheet: 'S',
      top: 0,
      left: 0,
      values: rows,
      text: rows.map((r) => r.map((v) => v ?? '')),
      formats: [],
      merges: [],
    };
    return fromTargetsWorkbook([grid], []).forms[0];
  };

  it("is said to be the form's when amounts are copied as they stand, and not said without amounts", () => {
    expect(declaration(['项目资金', '项目资金总额', '', '年度资金申请总额', '5787100']).assumedUnit).toBe(
      '万元',
    );
    expect(
      declaration(['项目资金(元)', '项目资金总额', '', '年度资金申请总额', '5787100']).assumedUnit,
    ).toBeNull();
    expect(declaration(null).assumedUnit).toBeNull();
  });
});

describe('sheet names from project names', () => {
  it('drops the characters Excel forbids, keeps within 31 characters, and says 自评表 beside a taken name', () => {
    expect(sheetNameFor('a/b:c', [])).toBe('a b c');
    const long = '上海市卫生健康“行业指标”体系治理及促进“新技术、新应用”孵化服务项目';
    expect(sheetNameFor(long, [])).toBe(long.slice(0, 31));
    expect(sheetNameFor(long, [long.slice(0, 31)])).toBe(`${long.slice(0, 27)} 自评表`);
    expect(sheetNameFor('卫生统计', ['卫生统计'])).toBe('卫生统计 自评表');
    expect(sheetNameFor('卫生统计', ['卫生统计', '卫生统计 自评表'])).toBe('卫生统计 自评表 (2)');
    expect(sheetNameFor('', [])).toBe('自评表');
    // Excel keeps History for itself, in any case.
    expect(sheetNameFor('History', [])).toBe('History 自评表');
    expect(sheetNameFor('HISTORY', [])).toBe('HISTORY 自评表');
  });
});

describe('自评表 made from the seven 2024 target declarations', () => {
  let reports: SheetReport[];
  let issues: ReturnType<typeof fromTargetsWorkbook>['issues'];
  let made: ExcelJS.Workbook;

  beforeAll(async () => {
    const source = await openWorkbook(WORKBOOK);
    const result = fromTargetsWorkbook(readGrids(source), []);
    issues = result.issues;
    const wb = new ExcelJS.Workbook();
    applyChanges(wb, result.changes);
    made = new ExcelJS.Workbook();
    await made.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    reports = recalculateWorkbook(made).reports;
  });

  it('makes one sheet per declaration, each holding one form', () => {
    expect(reports).toHaveLength(7);
    expect(reports.map((r) => r.forms.length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('copies project, units, year, goal and every indicator with its target', () => {
    reports.forEach((report, i) => {
      const [form] = report.forms;
      const declared = declarations[i];
      expect(form.projectName).toBe(declared.projectName);
      expect(form.department).toBe(declared.department);
      expect(form.implementer).toBe(declared.implementer);
      expect(form.year).toBe('2024');
      // A row declared without 二级指标 (长效机制) reads, as every 自评表 row does, the one above it.
      const level2 = (x: { level2: string }, j: number) => x.level2 || form.indicators[j - 1]?.level2;
      expect(form.indicators.map((x) => [x.level1, x.level2, x.name, x.target])).toEqual(
        declared.indicators.map((x, j) => [x.level1, level2(x, j), x.name, normalised(x.target)]),
      );
    });
  });

  it('puts 预期目标 from 年度总体目标 and the declared 元 as 万元 in 全年预算数', () => {
    reports.forEach((report, i) => {
      const declared = declarations[i];
      const form = report.forms[0];
      expect(form.fundUnit).toBe('万元');
      const yuan = new Decimal(declared.funds.total.replace(/,/g, ''));
      expect(new Decimal(form.budget.budgeted!).eq(yuan.div(10000))).toBe(true);
    });
    const sheet = made.worksheets[0];
    expect(sheet.getCell('B11').value).toBe(declarations[0].goals.annual);
    expect(sheet.getCell('D6').value).toBe(867.4264); // 年初预算数 too
  });

  it('proposes weights that make 100 with the budget, each flagged as a proposal', () => {
    for (const report of reports) {
      const [form] = report.forms;
      expect(form.total.weight).toBe('100');
      const weights = form.indicators.map((x) => new Decimal(x.weight!));
      expect(sumOf(weights).toString()).toBe('90');
      expect(issues.filter((x) => x.sheet === report.sheet && x.code === 'PROPOSED_WEIGHT')).toHaveLength(
        form.indicators.length,
      );
    }
    expect(issues.every((x) => x.severity === 'info' && x.message.includes('建议'))).toBe(true);
  });

  it('recalculates with no error but the missing actuals (实际完成值, 实际完成情况, 全年执行数)', () => {
    for (const report of reports) {
      const [form] = report.forms;
      const actualCells = new Set(form.indicators.map((x) => x.scoreCell.replace('G', 'E')));
      const errors = report.issues.filter((x) => x.severity === 'error');
      // The 总分 and grade wait on those actuals, and say so.
      const waits = (x: { code: string; cell: string }) =>
        x.code === 'WAITING_FOR_SCORES' && [form.total.cell, form.grade.cell].includes(x.cell);
      const unexpected = errors.filter(
        (x) =>
          !(
            x.code === 'MISSING_FIELD' &&
            (actualCells.has(x.cell) ||
              x.message.includes('实际完成情况') ||
              x.message.includes('全年执行数'))
          ) && !waits(x),
      );
      expect(unexpected).toEqual([]);
      // The year's spending is for the clerk to fill: the form is not ready without it.
      expect(errors.some((x) => x.message.includes('全年执行数'))).toBe(true);
      expect(report.issues.filter((x) => x.severity === 'warning')).toEqual([]);
    }
  });
});

describe('从目标申报表生成 in the open declaration workbook (task pane)', () => {
  it('adds the forms beside the declarations, named after their projects', async () => {
    const wb = await openWorkbook(WORKBOOK);
    const names = wb.worksheets.map((w) => w.name);
    const result = fromTargetsWorkbook(readGrids(wb), names);
    applyChanges(wb, result.changes);
    expect(wb.worksheets).toHaveLength(14);
    expect(result.forms.map((f) => f.sheet)).toContain('卫生统计 自评表');
    expect(recalculateWorkbook(wb).reports.filter((r) => r.forms.length)).toHaveLength(7);
  });
});

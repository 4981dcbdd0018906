import path from 'path';
import declarations from '../../fixtures/2024-target-declarations.json';
import { Decimal } from '../../../src/core/values/decimal';
import { recogniseDeclarations } from '../../../src/core/recognise/declaration';
import type { Grid } from '../../../src/core/model/grid';
import { SheetView } from '../../../src/core/model/sheet-view';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';

interface PublishedDeclaration {
  projectName: string;
  year: string;
  department: string;
  implementer: string;
  fundUnit: string;
  funds: Record<'total' | 'appropriation' | 'carryover' | 'other', string>;
  goals: { overall: string; annual: string };
  indicators: { level1: string; level2: string; name: string; target: string }[];
}

const published: PublishedDeclaration[] = declarations;
const WORKBOOK = path.join(__dirname, '..', '..', 'fixtures', '2024-target-declarations.xlsx');

/** A target as the JSON prints it, LaTeX operators of the text dump normalised (as its anomalies say). */
const normalised = (target: string) =>
  target.replace(/\$\\leq ([\d.]+)\$ /, '≤$1').replace(/\$\\geq ([\d.]+)\$ /, '≥$1');

/** A sheet of these rows (from A1) and merged areas. */
function gridOf(rows: (string | number | null)[][], merges: Grid['merges'] = []): Grid {
  return {
    sheet: 'S',
    top: 0,
    left: 0,
    values: rows,
    text: rows.map((r) => r.map((v) => (v === null ? '' : String(v)))),
    formats: [],
    merges,
  };
}

/** Each indicator as [一级, 二级, 三级, 年度指标值]. */
const rowsOf = (rows: (string | number | null)[][], merges: Grid['merges'] = []) =>
  recogniseDeclarations(new SheetView(gridOf(rows, merges)))[0].indicators.map(
    ({ level1, level2, name, target }) => [level1, level2, name, target],
  );

describe('recognising the 2024 target declarations (目标申报表)', () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = readGrids(await openWorkbook(WORKBOOK));
  });

  it('finds the seven declarations, one per sheet', () => {
    const found = grids.map((g) => recogniseDeclarations(new SheetView(g)));
    expect(found.map((d) => d.length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it.each(published.map((p, i) => [p.projectName, i] as const))(
    'reads %s as published: fields, funds in 元, goal and every indicator',
    (_name, i) => {
      const [d] = recogniseDeclarations(new SheetView(grids[i]));
      const p = published[i];
      expect(d.projectName).toBe(p.projectName);
      expect(d.year).toBe(p.year);
      expect(d.department).toBe(p.department);
      expect(d.implementer).toBe(p.implementer);
      expect(d.fundUnit).toBe(p.fundUnit);
      for (const key of ['total', 'appropriation', 'carryover', 'other'] as const) {
        expect(d.funds[key]?.toFixed(2)).toBe(new Decimal(p.funds[key].replace(/,/g, '')).toFixed(2));
      }
      expect(d.annualGoal).toBe(p.goals.annual);
      expect(d.overallGoal).toBe(p.goals.overall);
      expect(
        d.indicators.map(({ level1, level2, name, target }) => ({ level1, level2, name, target })),
      ).toEqual(p.indicators.map((x) => ({ ...x, target: normalised(x.target) })));
    },
  );

  it('finds several declarations stacked on one sheet, and none on a 自评表', () => {
    const one = grids[0];
    const gap = 2;
    const height = one.values.length + gap;
    const pad = <T>(rows: T[][], blank: T) => [...rows, ...Array.from({ length: gap }, () => [blank])];
    const stacked: Grid = {
      ...one,
      values: [...pad(one.values, null), ...grids[3].values],
      text: [...pad(one.text, ''), ...grids[3].text],
      formats: [...pad(one.formats, 'General'), ...grids[3].formats],
      fills: undefined,
      formulas: undefined,
      merges: [
        ...one.merges,
        ...grids[3].merges.map((m) => ({ ...m, top: m.top + height, bottom: m.bottom + height })),
      ],
    };
    const found = recogniseDeclarations(new SheetView(stacked));
    expect(found.map((d) => d.projectName)).toEqual([published[0].projectName, published[3].projectName]);
    expect(found[0].indicators).toHaveLength(published[0].indicators.length);
    expect(found[1].indicators).toHaveLength(published[3].indicators.length);
  });

  it('finds no declaration on the 自评表 of the 2022 district workbook', async () => {
    const district = readGrids(
      await openWorkbook(path.join(__dirname, '..', '..', 'fixtures', '2022-district.xlsx')),
    );
    expect(district.flatMap((g) => recogniseDeclarations(new SheetView(g)))).toEqual([]);
  });

  it('reads its columns by their labels, whatever columns of its own a declaration adds around them', () => {
    // 序号 before, a filled 备注 merged over two columns after, 指标解释 between 三级指标 and the target.
    const rows = [
      ['财政项目支出绩效目标申报表', null, null, null, null, null, null, null, null],
      ['项目名称', '测试项目', null, null, null, null, null, null, null],
      ['绩效指标', '序号', '一级指标', '二级指标', '三级指标', '指标解释', '年度(/项目)指标值', '备注', null],
      [null, 1, '产出指标', '数量指标', '报告数', '按报告份数', '≥2(份)', '无', null],
      [null, 2, null, '质量指标', '报告质量', '按审核', '=100(%)', '注：抽查', null],
      [null, 3, '满意度指标', '服务对象满意度指标', '用户满意度', '问卷', '>90.00(%)', '说明见附件', null],
    ];
    const merges = [
      { top: 2, left: 7, bottom: 2, right: 8 },
      { top: 3, left: 7, bottom: 3, right: 8 },
      { top: 3, left: 2, bottom: 4, right: 2 },
    ];
    expect(rowsOf(rows, merges)).toEqual([
      ['产出指标', '数量指标', '报告数', '≥2(份)'],
      ['产出指标', '质量指标', '报告质量', '=100(%)'],
      ['满意度指标', '服务对象满意度指标', '用户满意度', '>90.00(%)'],
    ]);
    // A header over two rows (一级 above 指标), 评分标准 merged down both, filled on every row.
    const split = [
      ['财政项目支出绩效目标申报表', null, null, null, null],
      ['项目名称', '测试项目', null, null, null],
      ['一级', '二级', '三级', '年度', '评分标准'],
      ['指标', '指标', '指标', '指标值', null],
      ['产出指标', '数量指标', '报告数', '≥2(份)', '完成得满分'],
      [null, '质量指标', '报告质量', '=100(%)', '完成得满分'],
    ];
    expect(rowsOf(split, [{ top: 2, left: 4, bottom: 3, right: 4 }])).toEqual([
      ['产出指标', '数量指标', '报告数', '≥2(份)'],
      ['产出指标', '质量指标', '报告质量', '=100(%)'],
    ]);
  });

  it('takes the unit of its amounts from 项目资金 or a line stating it, and never guesses one', () => {
    const declaration = (unitLabel: string, above: string | null = null) =>
      recogniseDeclarations(
        new SheetView(
          gridOf([
            [above, null, null, null, null],
            ['财政项目支出绩效目标申报表', null, null, null, null],
            ['项目名称', '测试项目', null, null, null],
            [unitLabel, '项目资金总额', null, '年度资金申请总额', 5787100],
            ['绩效指标', '一级指标', '二级指标', '三级指标', '年度(/项目)指标值'],
            [null, '产出指标', '数量指标', '人数', '≥100(人)'],
          ]),
        ),
      )[0];
    expect(declaration('项目资金（万元）').fundUnit).toBe('万元');
    expect(declaration('项目资金 (元)').fundUnit).toBe('元');
    expect(declaration('项目资金', '单位：元').fundUnit).toBe('元');
    expect(declaration('项目资金', '金额单位：万元').fundUnit).toBe('万元');
    expect(declaration('项目资金').fundUnit).toBeNull();
    expect(declaration('项目资金').funds.total?.toString()).toBe('5787100');
  });

  it('leaves out what a column without a header label holds right of a target in place', () => {
    const rows = [
      ['财政项目支出绩效目标申报表', null, null, null, null, null],
      ['项目名称', '测试项目', null, null, null, null],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度(/项目)指标值', null],
      [null, '产出指标', '数量指标', '报告数', '≥2(份)', '按报告份数统计'],
      [null, null, '质量指标', '报告质量', '=100(%)', '无'],
    ];
    expect(rowsOf(rows, [{ top: 3, left: 1, bottom: 4, right: 1 }])).toEqual([
      ['产出指标', '数量指标', '报告数', '≥2(份)'],
      ['产出指标', '质量指标', '报告质量', '=100(%)'],
    ]);
  });

  it('keeps the levels of a row whose 三级指标 is empty, and its name empty', () => {
    const rows = [
      ['财政项目支出绩效目标申报表', null, null, null, null],
      ['项目名称', '测试项目', null, null, null],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度(/项目)指标值'],
      [null, '产出指标', '数量指标', '人数', '≥100(人)'],
      [null, null, '质量指标', null, '≥90%'],
      [null, '满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
    ];
    expect(rowsOf(rows, [{ top: 3, left: 1, bottom: 4, right: 1 }])).toEqual([
      ['产出指标', '数量指标', '人数', '≥100(人)'],
      ['产出指标', '质量指标', '', '≥90%'],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
    ]);
  });

  it('reads a shifted row by what it holds: label in the side column, target one column right', () => {
    const rows = [
      ['财政项目支出绩效目标申报表', null, null, null, null, null],
      ['项目名称', '测试项目', null, null, null, null],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度(/项目)指标值', null],
      [null, '产出指标', '数量指标', '报告数', '≥2(份)', null],
      [null, null, null, '报告质量', null, '=100(%)'],
      ['满意度指标', '服务对象满意度 指标', '用户满意度', '>90.00(%)', null, null],
    ];
    expect(rowsOf(rows)).toEqual([
      ['产出指标', '数量指标', '报告数', '≥2(份)'],
      ['产出指标', '数量指标', '报告质量', '=100(%)'],
      ['满意度指标', '服务对象满意度指标', '用户满意度', '>90.00(%)'],
    ]);
  });
});

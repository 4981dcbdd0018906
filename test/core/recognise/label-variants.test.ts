// Layouts other agencies use, found by a tester building forms the fixtures do not hold: a 权重
// column beside 分值, 年度总体目标 with its two labels one above the other, the unit on a line of its
// own (单位：元), and a form without a 偏差原因分析 column. Each was read wrongly or passed with
// "0 errors"; the rows below are a form written as such agencies write it.

import { check, type CellValue, type Grid } from '../../../src/core';
import { defaultSettings } from '../../../src/core/model/settings';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import {
  END,
  FIELDS,
  FUNDS,
  GOALS,
  HEADER,
  INDICATORS,
  TITLE,
  form,
  sheet,
  type Row,
} from '../../helpers/written-form';

/** The rows with a cell inserted before column `at` (0-based): `header` in the header row,
 * `cell` in each indicator row. */
function withColumn(at: number, header: string, cell: CellValue) {
  const insert = (r: Row, v: CellValue) => [...r.slice(0, at), v, ...r.slice(at)];
  return {
    header: insert(HEADER, header),
    rows: INDICATORS.map((r) => insert(r, cell)),
  };
}

const codes = (grid: Grid) => check(grid).issues.map((i) => `${i.code} ${i.cell}`);

it('the form as written: 培训人次 27.00, 总分 96.50 优, its reason asked for', () => {
  const [f] = check(form()).forms;
  expect(f.indicators.map((i) => i.expectedScore)).toEqual(['27.00', '30.00', '20.00', '10.00']);
  expect([f.total.expectedScore, f.grade.expected, f.fundUnit]).toEqual(['96.50', '优', '万元']);
  expect(codes(form())).toContain('MISSING_REASON H9');
});

describe('a 权重 column beside 分值', () => {
  it('left of 分值, holding shares (25%), is no 分值: the scores and 总分 are those of the 分值', () => {
    const grid = form(withColumn(5, '权重', '25%'));
    const [f] = check(grid).forms;
    expect(f.indicators.map((i) => i.weight)).toEqual(['30', '30', '20', '10']);
    expect([f.total.expectedScore, f.grade.expected]).toEqual(['96.50', '优']);
    expect(codes(grid).filter((c) => /WEIGHT/.test(c))).toEqual([]);
  });

  it('with 分值 labelled 分值（分）, as many provincial forms write it', () => {
    const cols = withColumn(5, '权重', '25%');
    cols.header[6] = '分值（分）';
    const [f] = check(form(cols)).forms;
    expect(f.indicators.map((i) => i.weight)).toEqual(['30', '30', '20', '10']);
  });

  it('alone, without a 分值 column, it is the 分值', () => {
    const header = HEADER.map((h) => (h === '分值' ? '权重' : h));
    const [f] = check(form({ header })).forms;
    expect(f.indicators.map((i) => i.weight)).toEqual(['30', '30', '20', '10']);
    expect(f.total.expectedScore).toBe('96.50');
  });
});

describe('年度总体目标 with its labels one above the other', () => {
  const goalsOf = (grid: Grid) => {
    const [e] = evaluateSheet(grid, defaultSettings).evals;
    return [e.form.expectedGoal.text, e.form.actualGoal.text];
  };

  it('each text right of its label: both read, nothing asked for', () => {
    const goals: Row[] = [
      ['年度总体目标', '预期目标', '完成培训200人次'],
      [null, '实际完成情况', '完成培训180人次'],
    ];
    expect(goalsOf(form({ goals }))).toEqual(['完成培训200人次', '完成培训180人次']);
    expect(codes(form({ goals })).filter((c) => c.startsWith('MISSING_FIELD'))).toEqual([]);
  });

  it('each text below its label', () => {
    const goals: Row[] = [
      ['年度总体目标', '预期目标'],
      [null, '完成培训200人次'],
      [null, '实际完成情况'],
      [null, '完成培训180人次'],
    ];
    expect(goalsOf(form({ goals }))).toEqual(['完成培训200人次', '完成培训180人次']);
  });

  it('an empty 实际完成情况 is asked for at its cell, and the other label is never read as a goal', () => {
    const goals: Row[] = [
      ['年度总体目标', '预期目标', null],
      [null, '实际完成情况', null],
    ];
    const grid = form({ goals });
    expect(goalsOf(grid)).toEqual(['', '']);
    expect(codes(grid).filter((c) => c.startsWith('MISSING_FIELD'))).toEqual([
      'MISSING_FIELD C6',
      'MISSING_FIELD C7',
    ]);
  });

  it('an empty text below a label merged across the form is asked for below it, inside the form', () => {
    const goals: Row[] = [['年度总体目标', '预期目标'], [], [null, '实际完成情况'], []];
    const grid = form({ goals });
    // 预期目标 and 实际完成情况 each merged over B:H, as a form laid out for long texts has them.
    grid.merges.push({ top: 5, left: 1, bottom: 5, right: 7 }, { top: 7, left: 1, bottom: 7, right: 7 });
    expect(codes(grid).filter((c) => c.startsWith('MISSING_FIELD'))).toEqual([
      'MISSING_FIELD B7',
      'MISSING_FIELD B9',
    ]);
  });

  it("no 年度总体目标 at all: each missing text is asked for at the form's title, never without a cell", () => {
    const missing = check(form({ goals: [] })).issues.filter((i) => i.code === 'MISSING_FIELD');
    expect(missing.map((i) => i.cell)).toEqual(['A1', 'A1']);
  });
});

describe('the unit on a line of its own', () => {
  const unitOf = (grid: Grid) => check(grid).forms[0].fundUnit;
  const funds = (label: string): Row[] => [[label, ...FUNDS[0].slice(1)], FUNDS[1]];

  it('单位：元 under the title, 项目资金 naming none: the form is in 元', () => {
    expect(unitOf(form({ fields: [['单位：元'], ...FIELDS], funds: funds('项目资金') }))).toBe('元');
    expect(unitOf(form({ fields: [['（金额单位：万元）'], ...FIELDS], funds: funds('项目资金') }))).toBe(
      '万元',
    );
  });

  it('项目资金 naming its unit decides; 填报单位 is no unit', () => {
    expect(
      unitOf(form({ fields: [['填报单位：区疾控中心'], ...FIELDS], funds: funds('项目资金（元）') })),
    ).toBe('元');
    expect(unitOf(form({ fields: [['填报单位：区疾控中心'], ...FIELDS], funds: funds('项目资金') }))).toBe(
      '万元',
    );
  });
});

describe('a form without a 偏差原因分析 column', () => {
  const noReason = (rows = INDICATORS) =>
    form({ header: HEADER.slice(0, 7), rows: rows.map((r) => r.slice(0, 7)) });

  it('a row scoring below its 分值 is an error at the header, naming the row: never "0 errors"', () => {
    const issues = check(noReason()).issues.filter((i) => i.code.startsWith('REASON_COLUMN'));
    expect(issues.map((i) => [i.severity, i.cell])).toEqual([['error', 'G8']]);
    expect(issues[0].message).toContain('培训人次');
    expect(issues[0].message).not.toContain('考核合格率');
  });

  it('every row scoring its 分值: nothing to say', () => {
    const met = INDICATORS.map((r, i) => (i === 0 ? [...r.slice(0, 4), '200人次', ...r.slice(5)] : r));
    expect(codes(noReason(met)).filter((c) => /REASON/.test(c))).toEqual([]);
  });
});

describe('a column whose label begins with another column’s', () => {
  it('指标值说明 left of 年度指标值 is no target: the targets are read from 年度指标值', () => {
    const grid = form(withColumn(3, '指标值说明', '按年度统计'));
    const [f] = check(grid).forms;
    expect(f.indicators.map((i) => i.target)).toEqual(['≥200人次', '≥95%', '≥90%', '≥90%']);
    expect([f.total.expectedScore, f.grade.expected]).toEqual(['96.50', '优']);
  });

  it('实际完成值说明 left of 实际完成值 is no actual', () => {
    const grid = form(withColumn(4, '实际完成值说明', '按统计报表'));
    const [f] = check(grid).forms;
    expect(f.indicators.map((i) => i.actual)).toEqual(['180人次', '96%', '92%', '95%']);
  });

  it('a label with words after it is still the column where no other column has its own label', () => {
    const header = HEADER.map((h) => (h === '年度指标值' ? '年度指标值及计量单位' : h));
    const [f] = check(form({ header })).forms;
    expect(f.indicators.map((i) => i.target)).toEqual(['≥200人次', '≥95%', '≥90%', '≥90%']);
  });
});

// A form converted from a PDF (or typed to print narrow) splits each header label over two rows
// of cells: 一级 above 指标, 年度 above 指标值, 全年 above 预算数. It was no form at all
// ("没有找到绩效自评表"); the indicator rows and the funds row below the two rows are the form's.
describe('header labels split over two rows of cells', () => {
  const split = (
    labels: CellValue[],
    parts: Record<string, readonly [string | null, string | null]>,
  ): Row[] => [
    labels.map((l) => (typeof l === 'string' && parts[l] ? parts[l][0] : l)),
    labels.map((l) => (typeof l === 'string' && parts[l] ? parts[l][1] : null)),
  ];
  const header = split(HEADER, {
    一级指标: ['一级', '指标'],
    二级指标: ['二级', '指标'],
    三级指标: ['三级', '指标'],
    年度指标值: ['年度', '指标值'],
    实际完成值: ['实际', '完成值'],
    偏差原因分析: ['偏差', '原因分析'],
  });
  const funds = [
    ...split(FUNDS[0], {
      年初预算数: ['年初', '预算数'],
      全年预算数: ['全年', '预算数'],
      全年执行数: ['全年', '执行数'],
    }),
    FUNDS[1],
  ];

  it('the indicator header: the form is found and scored as written in one row', () => {
    const grid = sheet([TITLE, ...FIELDS, ...FUNDS, ...GOALS, ...header, ...INDICATORS, ...END]);
    const [f] = check(grid).forms;
    expect(f.indicators.map((i) => i.expectedScore)).toEqual(['27.00', '30.00', '20.00', '10.00']);
    expect([f.total.expectedScore, f.grade.expected]).toEqual(['96.50', '优']);
    expect(codes(grid)).toContain('MISSING_REASON H10');
  });

  it('三级指标 merged over both rows while the other labels are split', () => {
    const [top, bottom] = header.map((r) => r.slice());
    [top[2], bottom[2]] = ['三级指标', null];
    const grid = sheet([TITLE, ...FIELDS, ...FUNDS, ...GOALS, top, bottom, ...INDICATORS, ...END]);
    grid.merges.push({ top: 7, left: 2, bottom: 8, right: 2 });
    const [f] = check(grid).forms;
    expect(f.indicators.map((i) => i.name)).toEqual([
      '培训人次',
      '考核合格率',
      '健康知识知晓率',
      '培训对象满意度',
    ]);
    expect(f.total.expectedScore).toBe('96.50');
  });

  it('repeated on the next printed page: the rows below it continue the form, the two header rows are none', () => {
    const rows = [...INDICATORS.slice(0, 2), ...header, ...INDICATORS.slice(2)];
    const grid = sheet([TITLE, ...FIELDS, ...FUNDS, ...GOALS, ...header, ...rows, ...END]);
    const forms = check(grid).forms;
    expect(forms).toHaveLength(1);
    expect(forms[0].indicators.map((i) => i.name)).toEqual([
      '培训人次',
      '考核合格率',
      '健康知识知晓率',
      '培训对象满意度',
    ]);
    expect(forms[0].total.expectedScore).toBe('96.50');
  });

  it('the funds header too: 执行率 and 得分 of 年度资金总额 are computed', () => {
    const grid = sheet([TITLE, ...FIELDS, ...funds, ...GOALS, ...header, ...INDICATORS, ...END]);
    const [f] = check(grid).forms;
    expect([f.budget.expectedRate, f.budget.expectedScore]).toEqual(['95.00', '9.50']);
    expect(f.total.expectedScore).toBe('96.50');
  });

  // A second tester's layouts: labels standing in either row, not all split. The lower row alone
  // names 全年预算数 and 全年执行数 (预算数, 执行数), and was taken for the whole header: 年初 read
  // as 全年, 执行率 and 得分 (in the upper row) missing, never written.
  it.each([
    ['执行率 and 得分 in the upper row alone', { 执行率: ['执行率', null], 得分: ['得分', null] }],
    ['执行率 split as 执行 / 率(%)', { 执行率: ['执行', '率(%)'] }],
    ['得分 in the lower row alone', { 得分: [null, '得分'] }],
  ] as const)('the funds header with %s', (_, more) => {
    const parts = {
      年初预算数: ['年初', '预算数'],
      全年预算数: ['全年', '预算数'],
      全年执行数: ['全年', '执行数'],
      ...more,
    } as const;
    const grid = sheet([
      TITLE,
      ...FIELDS,
      ...split(FUNDS[0], parts),
      FUNDS[1],
      ...GOALS,
      ...header,
      ...INDICATORS,
      ...END,
    ]);
    const [f] = check(grid).forms;
    expect([f.budget.budgeted, f.budget.expectedRate, f.budget.expectedScore]).toEqual([
      '100',
      '95.00',
      '9.50',
    ]);
    expect([f.budget.rateCell, f.budget.cell]).toEqual(['F6', 'G6']);
  });

  it('一级指标 alone in the row below the others: the 总分 row under it is found and written', () => {
    const top = HEADER.map((h) => (h === '一级指标' ? null : h));
    const below = HEADER.map((h) => (h === '一级指标' ? h : null));
    const grid = sheet([TITLE, ...FIELDS, ...FUNDS, ...GOALS, top, below, ...INDICATORS, ...END]);
    const [f] = check(grid).forms;
    expect(f.indicators.map((i) => i.level1)).toEqual(['产出指标', '产出指标', '效益指标', '满意度指标']);
    expect([f.total.cell, f.total.expectedScore]).toEqual(['G14', '96.50']);
    expect(codes(grid)).not.toContain('RESULT_ROW_MISSING A14');
  });

  it('labels broken anywhere between the rows (年度指标 / 值, 分 / 值, 一级指标 and 三级指标 below, 二级指标 above)', () => {
    const mixed = split(HEADER, {
      一级指标: [null, '一级指标'],
      二级指标: ['二级指标', null],
      三级指标: [null, '三级指标'],
      年度指标值: ['年度指标', '值'],
      实际完成值: ['实际完成', '值'],
      分值: ['分', '值'],
      得分: ['得', '分'],
      偏差原因分析: ['偏差原因分析及', '改进措施'],
    });
    const grid = sheet([TITLE, ...FIELDS, ...FUNDS, ...GOALS, ...mixed, ...INDICATORS, ...END]);
    const [f] = check(grid).forms;
    expect(f.indicators.map((i) => i.expectedScore)).toEqual(['27.00', '30.00', '20.00', '10.00']);
    expect(f.total.expectedScore).toBe('96.50');
  });

  // A column labelled 实际完成值 above 说明 (实际完成值说明) left of 实际 / 完成值 was read by its
  // upper cell alone and taken for the actual; the joined label is what the column says.
  it('a label above a word that makes it another column (实际完成值 / 说明) is that other column', () => {
    const withNote = HEADER.flatMap((h) => (h === '实际完成值' ? ['实际完成值说明', h] : [h]));
    const two = split(withNote, {
      实际完成值说明: ['实际完成值', '说明'],
      实际完成值: ['实际', '完成值'],
      年度指标值: ['年度', '指标值'],
    });
    const rows = INDICATORS.map((r) => [...r.slice(0, 4), '见附件', ...r.slice(4)]);
    const [f] = check(sheet([TITLE, ...FIELDS, ...FUNDS, ...GOALS, ...two, ...rows, ...END])).forms;
    expect(f.indicators.map((i) => i.actual)).toEqual(['180人次', '96%', '92%', '95%']);
    expect(f.total.expectedScore).toBe('96.50');
  });

  it('two forms side by side, each header over two rows: both are found', () => {
    const left = [TITLE, ...FIELDS, ...FUNDS, ...GOALS, ...header, ...INDICATORS, ...END];
    const right = left.map((r) => r.map((v) => (v === '社区健康培训' ? '慢病随访' : v)));
    const rows = left.map((r, i) => [...r, ...Array(10 - r.length).fill(null), ...right[i]]);
    const forms = check(sheet(rows)).forms;
    expect(forms.map((f) => [f.projectName, f.total.cell, f.total.expectedScore])).toEqual([
      ['社区健康培训', 'G14', '96.50'],
      ['慢病随访', 'Q14', '96.50'],
    ]);
  });
});

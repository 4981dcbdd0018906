// The standard 财政项目支出绩效自评表's labels, as the real forms print them (seeds 000 and the
// 2023 city-centre workbook). The recogniser finds forms by these words, so they stay verbatim;
// line breaks are where the real forms break them in their narrow label cells.

export const TITLE = '财政项目支出绩效自评表';
export const PROJECT_NAME = '项目名称';
export const DEPARTMENT = '主管部门';
export const IMPLEMENTER = '实施单位';

/** 年度 line under the title; blanks for the year when none is given. */
export function yearLine(year: string | undefined): string {
  return `（${year ?? '    '}年度）`;
}

export type FundUnit = '万元' | '元';

/** 项目资金（万元） / 项目资金（元）, the funds block's vertical label. */
export function fundsLabel(unit: FundUnit): string {
  return `项目资金\n（${unit}）`;
}

/** Funds header, columns D–I: 年初预算数 全年预算数 全年执行数 分数 执行率(%) 得分. */
export const FUNDS_HEADER = ['年初预算数', '全年预算数', '全年执行数', '分数', '执行率(%)', '得分'];
export const FUNDS_TOTAL = '年度资金总额';
/** The sub-rows of 年度资金总额: scored only through the total row. */
export const FUNDS_SUB_ROWS = ['其中：当年财政拨款', '上年结转资金', '其他资金'];
/** 分数 of the funds block: budget execution is worth 10 of the 100 points. */
export const FUNDS_WEIGHT = 10;
/** What the sub-rows show in 分数 and 得分. */
export const NOT_SCORED = '-';

export const GOALS = '年度\n总体\n目标'; // 年度总体目标
export const GOALS_EXPECTED = '预期目标';
export const GOALS_ACTUAL = '实际完成情况';

/** Indicator header, columns A–H (偏差原因分析 spans H:I). */
export const INDICATOR_HEADER = [
  '一级\n指标',
  '二级\n指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析\n及改进措施',
];

export const TOTAL = '总分';
export const GRADE = '评分等级';

/** 一级指标 → its 二级指标, in the order the forms list them. */
export type LevelSet = ReadonlyArray<{ level1: string; level2: readonly string[] }>;

const OUTPUT_2024 = { level1: '产出指标', level2: ['数量指标', '质量指标', '时效指标'] };
const BENEFIT = {
  level1: '效益指标',
  level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
};
const SATISFACTION = { level1: '满意度指标', level2: ['服务对象满意度指标'] };

export const LEVEL_SETS: Record<'2024' | '2023', LevelSet> = {
  // 2024 onwards: 成本指标 is a 一级指标 of its own, listed first.
  '2024': [
    { level1: '成本指标', level2: ['经济成本指标', '社会成本指标', '生态环境成本指标'] },
    OUTPUT_2024,
    BENEFIT,
    SATISFACTION,
  ],
  // Up to 2023: 成本指标 is a 二级指标 under 产出指标.
  '2023': [{ level1: '产出指标', level2: [...OUTPUT_2024.level2, '成本指标'] }, BENEFIT, SATISFACTION],
};

// The standard 财政项目支出绩效自评表's labels, as the real forms print them (seeds 000 and the
// 2023 city-centre workbook). The recogniser finds forms by these words, so they stay verbatim;
// line breaks are where the real forms break them in their narrow label cells.

import type { FundUnit } from '../model/vocabulary';

export const TITLE = '财政项目支出绩效自评表';
export const PROJECT_NAME = '项目名称';
export const DEPARTMENT = '主管部门';
export const IMPLEMENTER = '实施单位';

/** 年度 line under the title; blanks for the year when none is given. */
export function yearLine(year: string | undefined): string {
  return `（${year ?? '    '}年度）`;
}

/** 项目资金（万元） / 项目资金（元）, the funds block's vertical label. */
export function fundsLabel(unit: FundUnit): string {
  return `项目资金\n（${unit}）`;
}

/** Funds header, columns C–H: 年初预算数 全年预算数 全年执行数 分数 执行率(%) 得分. */
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

/** Indicator header, columns A–H. */
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

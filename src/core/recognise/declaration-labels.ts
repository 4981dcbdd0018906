// The labels 财政项目支出绩效目标申报表 (target declarations) are recognised by, as label keys
// (labelKey: no spaces or colons, half-width), and the 一级 / 二级指标 vocabulary that tells a
// level label from an indicator name when a printed row is shifted.

import { is, type Matcher } from './labels';
import { LEVEL_SET_YEARS, LEVEL_SETS } from '../model/vocabulary';

/** 财政项目支出绩效目标申报表. */
export function isDeclarationTitle(key: string): boolean {
  return /绩效目标申报表$/.test(key);
}

/** 项目资金(元) / 项目资金(万元): the funds block's side label, which names the unit. */
export function fundUnitOf(key: string): '元' | '万元' | null {
  const m = /^项目资金\((万元|元)\)$/.exec(key);
  return m ? (m[1] as '元' | '万元') : null;
}

/** The 年度 column of the funds block: 年度资金申请总额 and its three parts. */
export const declaredFunds = {
  total: is('年度资金申请总额', '年度资金总额'),
  appropriation: is('其中当年财政拨款', '当年财政拨款'),
  carryover: is('上年结转资金'),
  other: is('其他资金'),
};
export type DeclaredFundsRow = keyof typeof declaredFunds;

/** 项目绩效目标: 项目总目标 and 年度总体目标. */
export const declaredGoals = {
  overall: is('项目总目标'),
  annual: is('年度总体目标', '年度绩效目标'),
};

/** Labels standing left of the indicator rows (a vertical 绩效指标 cell), not part of a row. */
export const sideLabel = is('绩效指标', '项目绩效目标', '绩效目标');

/** Notes printed under a form end its indicator rows. */
export const noteLabel: Matcher = (key) => /^(注|备注|填报说明|说明)/.test(key);

/** The level sets, newest first. */
const levelSets = LEVEL_SET_YEARS.map((year) => LEVEL_SETS[year]);
const levels = levelSets.flat();
const level1Words = new Set(levels.map((l) => l.level1));
const level2Words = new Set(levels.flatMap((l) => l.level2));

/** 产出指标, 效益指标, 满意度指标, 成本指标. */
export const isLevel1: Matcher = (key) => level1Words.has(key);
/** 数量指标 … 服务对象满意度指标. */
export const isLevel2: Matcher = (key) => level2Words.has(key);

/** The 一级指标 a 二级指标 belongs to in the newest set that lists it (成本指标 is a 一级指标 of its
 * own from 2024; in the 2023 set it sits under 产出指标). */
export function parentOf(level2: string): string | null {
  for (const set of levelSets) {
    const found = set.find((l) => l.level2.includes(level2));
    if (found) return found.level1;
  }
  return null;
}

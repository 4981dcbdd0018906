// The labels forms are recognised by, as label keys (labelKey: no spaces or colons, half-width).
// Each matcher names the Chinese label it stands for; a newcomer finds the rule by searching it.

export type Matcher = (key: string) => boolean;

/** A matcher accepting exactly these labels. */
export const is = (...labels: string[]): Matcher => {
  const set = new Set(labels);
  return (key) => set.has(key);
};
const startsWith =
  (...labels: string[]): Matcher =>
  (key) =>
    labels.some((l) => key.startsWith(l));

/** A matcher that also accepts its labels followed by a note in brackets: 全年预算数（A）,
 * 全年执行数（B）, 得分(分) as many provincial forms write them (label keys are half-width). */
const noted =
  (match: Matcher): Matcher =>
  (key) =>
    match(key) || (key.endsWith(')') && match(key.replace(/\([^()]*\)$/, '')));

const NAME_LABELS = ['三级指标', '指标名称', '三级指标名称'];
const TARGET_LABELS = ['年度指标值', '指标值', '年度(/项目)指标值', '年度目标值', '目标值', '预期指标值'];
const ACTUAL_LABELS = [
  '实际完成值',
  '实际值',
  '完成值',
  '实际完成数',
  '全年实际值',
  '全年实际完成值',
  '实际完成',
  '实际完成情况',
];

/** Indicator block header: 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析. */
export const indicatorHeader = {
  level1: is('一级指标'),
  level2: is('二级指标'),
  name: is(...NAME_LABELS),
  target: noted(is(...TARGET_LABELS)),
  actual: noted(is(...ACTUAL_LABELS)),
  weight: noted(is('分值', '分值(权重)', '权重(分值)', '指标分值')),
  score: noted(is('得分', '自评得分', '评价得分')),
  reason: startsWith('偏差原因', '未完成原因', '原因分析'),
};
export type IndicatorColumn = keyof typeof indicatorHeader;

/** The first part of a 三级指标 label split over two rows of cells (三级 above 指标). */
export const beginsIndicatorName = (key: string): boolean =>
  // Every cell of most rows is asked: its first character settles nearly all of them.
  (key[0] === '三' || key[0] === '指') && NAME_LABELS.some((l) => l.length > key.length && l.startsWith(key));

/** Labels that name an indicator column only when the header has none of its own labels: 权重 is
 * the 分值 where no 分值 column stands, but beside one it is a share (20%) of the total. A label
 * with words after it (年度指标值及计量单位) is the column where none is labelled as such; beside
 * one it is another column (指标值说明, 实际完成值来源). */
export const indicatorHeaderFallback: Partial<Record<IndicatorColumn, Matcher>> = {
  weight: is('权重'),
  target: startsWith(...TARGET_LABELS),
  actual: startsWith(...ACTUAL_LABELS),
};

/** Funds block header: 年初预算数 全年预算数 全年执行数 分数/分值 执行率 得分. */
export const fundsHeader = {
  initial: noted(is('年初预算数', '年初预算')),
  budgeted: noted(is('全年预算数', '全年预算', '调整后预算数', '预算数')),
  executed: noted(is('全年执行数', '全年执行', '执行数', '实际支出数')),
  weight: noted(is('分数', '分值', '权重', '分值(权重)', '权重(分值)')),
  rate: startsWith('执行率', '预算执行率'),
  score: noted(is('得分', '自评得分', '评价得分')),
};
export type FundsColumn = keyof typeof fundsHeader;

/** 年度资金总额 row of the funds block. */
export const fundsTotalRow = startsWith('年度资金总额', '资金总额', '年度资金合计');
/** Sub-rows of the funds block: 其中：当年财政拨款, 上年结转资金, 其他资金. */
export const fundsSubRow = (key: string) => /财政拨款|结转|其他资金|财政资金/.test(key);
/** 项目资金（万元） / 项目资金(元). */
export const fundsLabel = startsWith('项目资金');
/** A line stating the form's money unit, where 项目资金 names none: 单位：元, （金额单位：万元）. */
export const unitLine = (key: string) => /单位[:：\s]*(人民币)?(万元|元)/.test(key);

export const field = {
  projectName: is('项目名称'),
  department: is('主管部门', '主管部门名称'),
  implementer: is('实施单位', '项目实施单位', '实施单位名称'),
};

/** 预期目标 / 实际完成情况 of 年度总体目标. */
export const goalHeader = {
  expected: is('预期目标', '年度预期目标'),
  actual: is('实际完成情况', '实际完成'),
};

/** A row of the 年度总体目标 block: its labels name no indicator column, although its
 * 实际完成情况 reads like one. */
export const goalRow = (key: string): boolean =>
  goalHeader.expected(key) || key === '年度总体目标' || key === '年度绩效目标';

/** 总分 row (sometimes 合计 or unlabeled). */
export const totalRow = is('总分', '合计', '总计', '总分合计');
/** A group subtotal row among the indicators (小计, 分项合计; 合计 where no 总分 is meant). */
export const subtotalLabel = is('小计', '分项合计', '合计');
/** 评分等级 row. */
export const gradeLabel = is('评分等级', '自评等级', '等级', '评价等级', '绩效等级');

/** 财政项目支出绩效自评表 and its variants (…自评评价, …自我评价, …自评价). */
export function isTitle(key: string): boolean {
  return /绩效自(评|我评价)/.test(key) && !/申报/.test(key);
}

/** （2023年度） → '2023'. */
export function yearOf(text: string): string | null {
  const m = /(\d{4})\s*年度?/.exec(text);
  return m ? m[1] : null;
}

/** The one year (19xx / 20xx) a sheet name states ('2024年自评' → 2024); null when it states none
 * or several, which leave the year unknown. No lookbehind: the core stays ES2017. */
export function yearInName(name: string): number | null {
  const years = new Set<string>();
  const four = /(^|\D)((?:19|20)\d{2})(?!\d)/g;
  for (let m = four.exec(name); m; m = four.exec(name)) years.add(m[2]);
  return years.size === 1 ? Number([...years][0]) : null;
}

const entriesOf = new WeakMap<object, [string, Matcher][]>();

/** First column set whose matcher accepts a key (a column without a matcher accepts none). */
export function columnOf<K extends string>(matchers: Partial<Record<K, Matcher>>, key: string): K | null {
  if (!key) return null;
  let entries = entriesOf.get(matchers);
  if (!entries) {
    entries = Object.entries(matchers) as [string, Matcher][];
    entriesOf.set(matchers, entries);
  }
  for (const [name, match] of entries) if (match(key)) return name as K;
  return null;
}

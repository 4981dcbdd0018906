// The domain's fixed vocabulary (domain.md §1): the 一级 / 二级指标 sets and the units 项目资金
// is printed in. Readers (recognition of 目标申报表) and writers (the template) both use it.

/** 项目资金 is printed in 万元 or in 元. */
export type FundUnit = '万元' | '元';

/** The 一级指标 sets in use: '2024' starts with 成本指标; '2023' keeps 成本指标 under 产出指标. */
export type LevelSetYear = '2024' | '2023';
export const LEVEL_SET_YEARS: readonly LevelSetYear[] = ['2024', '2023'];
export const DEFAULT_LEVEL_SET: LevelSetYear = '2024';

/** 一级指标 → its 二级指标, in the order the forms list them. */
export type LevelSet = ReadonlyArray<{ level1: string; level2: readonly string[] }>;

const OUTPUT_2024 = { level1: '产出指标', level2: ['数量指标', '质量指标', '时效指标'] };
const BENEFIT = {
  level1: '效益指标',
  level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
};
const SATISFACTION = { level1: '满意度指标', level2: ['服务对象满意度指标'] };

export const LEVEL_SETS: Record<LevelSetYear, LevelSet> = {
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

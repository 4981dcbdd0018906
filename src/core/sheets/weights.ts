// Proposed 分值 for a 自评表 made from a 目标申报表, which declares no weights: the standard split
// of the 100 points, 预算执行 10, 产出指标 50, 效益指标 30, 满意度指标 10, each group's points
// spread evenly over its rows to two decimals, the remainder cents on the last rows, so that the
// weights add up exactly.
// 成本指标 rows count with 产出指标: up to 2023 成本指标 was a 二级指标 of 产出指标, and the split
// the 2024 forms are scored by still gives 产出 and 成本 together 50.
// A group with no rows gives its points to the first group present (产出, 效益, 满意度), so that the
// indicator weights still come to 90.

import { Decimal } from '../values/decimal';
import { parentOf } from '../recognise/declaration-labels';

export type WeightGroup = '产出指标' | '效益指标' | '满意度指标';

/** Points of each group, in the order the forms list them. */
export const STANDARD_SPLIT: ReadonlyArray<{ group: WeightGroup; points: number }> = [
  { group: '产出指标', points: 50 },
  { group: '效益指标', points: 30 },
  { group: '满意度指标', points: 10 },
];

const GROUP_OF_LEVEL1: Record<string, WeightGroup> = {
  产出指标: '产出指标',
  成本指标: '产出指标',
  效益指标: '效益指标',
  满意度指标: '满意度指标',
};

/**
 * The group a row's points come from: by its 一级指标, else by the 一级指标 its 二级指标 belongs
 * to (时效指标 printed as a 一级 label), else the previous row's group (a stray label).
 */
export function groupOf(level1: string, level2: string, previous: WeightGroup | null): WeightGroup {
  return (
    GROUP_OF_LEVEL1[level1] ??
    GROUP_OF_LEVEL1[parentOf(level1) ?? ''] ??
    GROUP_OF_LEVEL1[parentOf(level2) ?? ''] ??
    previous ??
    '产出指标'
  );
}

/** `points` spread over `n` rows in cents, the remainder cents on the last rows. */
export function spread(points: Decimal, n: number): Decimal[] {
  const cents = points.times(100);
  const base = cents.divToInt(n);
  const remainder = cents.minus(base.times(n)).toNumber();
  return Array.from({ length: n }, (_, i) => base.plus(i >= n - remainder ? 1 : 0).div(100));
}

/** Each row's group, in row order. */
function groupsOf(rows: ReadonlyArray<{ level1: string; level2: string }>): WeightGroup[] {
  const groups: WeightGroup[] = [];
  for (const row of rows) groups.push(groupOf(row.level1, row.level2, groups[groups.length - 1] ?? null));
  return groups;
}

/** The points of each group the rows have (points), in the forms' order: the standard split, a
 * missing group's points given to the first present. */
export function proposedSplit(
  rows: ReadonlyArray<{ level1: string; level2: string }>,
): { group: WeightGroup; points: Decimal }[] {
  const groups = groupsOf(rows);
  const present = STANDARD_SPLIT.filter((s) => groups.includes(s.group));
  const points = new Map(present.map((s) => [s.group, new Decimal(s.points)]));
  for (const s of STANDARD_SPLIT) {
    if (!points.has(s.group) && present.length) {
      const first = present[0].group;
      points.set(first, points.get(first)!.plus(s.points));
    }
  }
  return present.map((s) => ({ group: s.group, points: points.get(s.group)! }));
}

/** One proposed 分值 per row, in row order; together they make 90 (100 with 预算执行 10). */
export function proposeWeights(rows: ReadonlyArray<{ level1: string; level2: string }>): Decimal[] {
  const groups = groupsOf(rows);
  const spreads = new Map(
    proposedSplit(rows).map((s) => [s.group, spread(s.points, groups.filter((g) => g === s.group).length)]),
  );
  return groups.map((g) => spreads.get(g)!.shift()!);
}

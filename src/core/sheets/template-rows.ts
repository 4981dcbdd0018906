// The indicator rows of a template: each 一级指标 with its 二级指标 and how many 三级指标 rows
// each gets. A blank template gives every 二级指标 of its level set the same number of rows; a
// form made from a 目标申报表 (from-targets) has exactly the declared ones.

import type { LevelSet } from '../model/vocabulary';

export type IndicatorRows = ReadonlyArray<{
  level1: string;
  level2: ReadonlyArray<{ name: string; rows: number }>;
}>;

/** Every 二级指标 of a level set with `rowsPerLevel2` rows. */
export function uniformRows(levels: LevelSet, rowsPerLevel2: number): IndicatorRows {
  return levels.map(({ level1, level2 }) => ({
    level1,
    level2: level2.map((name) => ({ name, rows: rowsPerLevel2 })),
  }));
}

export function countRows(rows: IndicatorRows): number {
  return rows.reduce((sum, level) => sum + level.level2.reduce((n, l2) => n + l2.rows, 0), 0);
}

// The one indicator header finder both recognisers use: rows with 三级指标, accepted by each
// recogniser's own rule, a header merged over several rows found once.

import type { Grid } from '../../../src/core/model/grid';
import { SheetView } from '../../../src/core/model/sheet-view';
import { findIndicatorHeaders } from '../../../src/core/recognise/find';

const LABELS = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];

/** A header on row 0 merged down over `depth` rows, one indicator row, then a header of one row. */
function sheet(depth: number): SheetView {
  const blank = LABELS.map(() => null);
  const values = [
    LABELS,
    ...Array.from({ length: depth - 1 }, () => blank),
    ['产出指标', '数量指标', '体检人数', '≥100', '120', 30, 30],
    LABELS,
  ];
  const grid: Grid = {
    sheet: '自评表',
    top: 0,
    left: 0,
    values,
    text: values.map((row) => row.map((v) => (v === null ? '' : String(v)))),
    formats: [],
    merges: LABELS.map((_, col) => ({ top: 0, bottom: depth - 1, left: col, right: col })),
  };
  return new SheetView(grid);
}

it('finds a header merged over two or three rows once, on its first row', () => {
  for (const depth of [1, 2, 3]) {
    const headers = findIndicatorHeaders(sheet(depth), () => true);
    expect(headers.map((h) => h.row)).toEqual([0, depth + 1]);
    expect(headers[0].columns).toMatchObject({ name: 2, weight: 5, score: 6 });
  }
});

it("keeps only the rows the recogniser's rule accepts", () => {
  expect(findIndicatorHeaders(sheet(2), (c) => c.weight === undefined)).toEqual([]);
});

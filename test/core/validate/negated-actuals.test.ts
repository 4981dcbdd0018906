// An actual that negates completion in its own words (未达标, 延期完成, 无法完成) is never full
// marks (domain.md §2): like a late date, a person scores it below the 分值, and its 偏差原因 is
// due before the score is typed. Messages quote what the user wrote.

import type { Grid } from '../../../src/core';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { answered } from '../../helpers/answered';
import { fixture } from '../../helpers/fixtures';

let blank: Grid;

beforeAll(async () => {
  // Its first indicator row weighs 10.
  blank = readGrids(await openWorkbook(fixture('2023-city-centre-blank')))[0];
});

it('未达标 with full marks typed and no reason is an error on the score, quoting the answer', () => {
  const { on, row } = answered(blank, '达标', '未达标', { score: 10 });
  const [band] = on('MANUAL_SCORE_OUT_OF_BAND', row.score);
  expect(band.message).toContain('实际完成为“未达标”');
  expect(band.message).toContain('0.00 至 9.99 之间');
});

it.each(['延期完成', '无法完成', '不合格'])(
  '%s with the score still empty asks for a score and, already, the reason',
  (actual) => {
    const { on, row } = answered(blank, '按时完成', actual);
    const [manual] = on('MANUAL_SCORE_NEEDED', row.score);
    expect(manual.message).toContain(`“${actual}”`);
    expect(on('MISSING_REASON', row.reason!)).toHaveLength(1);
  },
);

it('a score below the 分值 typed is in its band; the reason is then due for the score', () => {
  const { on, row } = answered(blank, '达标', '未达标', { score: 7 });
  expect(on('MANUAL_SCORE_OUT_OF_BAND', row.score)).toEqual([]);
  const [reason] = on('MISSING_REASON', row.reason!);
  expect(reason.message).toContain('得分 7.00 低于分值 10.00');
});

// A person's score for 达成 / 部分达成 / 未达成 must lie in its band (domain.md §3). Scores are
// 2 decimals, so the message names the 2-decimal scores the band allows, and the check counts a
// typed score as the system does (to 2 decimals in the workbook's mode): what the message says is
// allowed is what the check accepts, whatever the 分值 (3.33: 达成 [2.664, 3.33] allows 2.67 to 3.33).

import { check, type CellValue } from '../../../src/core';
import { messages } from '../../../src/i18n';
import { INDICATORS, form } from '../../helpers/written-form';

const ACHIEVED = '达成年度指标';
const PARTIAL = '部分达成年度指标并具有一定效果';

/** The band messages of a form whose first row (分值 3.33, a reason given) answers `actual` with
 * `score` typed, at that row's 得分 (G9). */
function bandIssues(
  actual: string,
  score: CellValue,
  rounding: 'half-up' | 'down' = 'half-up',
  lang: 'zh-CN' | 'en' = 'zh-CN',
) {
  const rows = INDICATORS.map((r, i) =>
    i === 0 ? ['产出指标', '数量指标', '培训质量', '有效', actual, 3.33, score, '见说明'] : r,
  );
  return check(form({ rows }), { rounding }, messages(lang))
    .issues.filter((i) => i.code === 'MANUAL_SCORE_OUT_OF_BAND' && i.cell === 'G9')
    .map((i) => i.message);
}

it('达成 with 分值 3.33: 2.66 is refused, naming 2.67 as the lowest score allowed; 2.67 is accepted', () => {
  expect(bandIssues(ACHIEVED, 2.66)).toEqual([
    '“培训质量”实际完成为“达成年度指标”，得分应在 2.67 至 3.33 之间，现为 2.66',
  ]);
  expect(bandIssues(ACHIEVED, 2.66, 'half-up', 'en')).toEqual([
    '"培训质量" is "achieved": its score must be from 2.67 to 3.33, it is 2.66',
  ]);
  expect(bandIssues(ACHIEVED, 2.67)).toEqual([]);
});

it('部分达成 with 分值 3.33: 2.66 is accepted and named as the highest score allowed; 2.67 is refused', () => {
  expect(bandIssues(PARTIAL, 2.66)).toEqual([]);
  expect(bandIssues(PARTIAL, 2.67)).toEqual([
    '“培训质量”实际完成为“部分达成年度指标并具有一定效果”，得分应在 2.00 至 2.66 之间，现为 2.67',
  ]);
  expect(bandIssues(PARTIAL, 1.99)).toEqual([
    '“培训质量”实际完成为“部分达成年度指标并具有一定效果”，得分应在 2.00 至 2.66 之间，现为 1.99',
  ]);
});

it('a score of more decimals is judged as it counts, in either rounding mode, and shown so', () => {
  // 2.665 counts 2.67 half-up (达成's lowest), 2.66 truncating (部分达成's highest).
  expect(bandIssues(ACHIEVED, 2.665, 'half-up')).toEqual([]);
  expect(bandIssues(ACHIEVED, 2.665, 'down')).toEqual([
    '“培训质量”实际完成为“达成年度指标”，得分应在 2.67 至 3.33 之间，现为 2.66',
  ]);
  expect(bandIssues(PARTIAL, 2.665, 'down')).toEqual([]);
  expect(bandIssues(PARTIAL, 2.665, 'half-up')).toEqual([
    '“培训质量”实际完成为“部分达成年度指标并具有一定效果”，得分应在 2.00 至 2.66 之间，现为 2.67',
  ]);
});

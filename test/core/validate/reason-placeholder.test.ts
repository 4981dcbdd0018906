// A 偏差原因 of punctuation alone ('/', '-', '——') or a word saying there is none (无, N/A)
// explains nothing: a row scoring below its 分值 still asks for its reason (domain.md §5), and the
// reason cell is highlighted; an over-completion is still unexplained.

import { address, check, type Grid } from '../../../src/core';
import { evaluateSheet } from '../../../src/core/score/evaluate-sheet';
import { defaultSettings } from '../../../src/core/model/settings';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { applyToGrid } from '../../../src/core/plan/grid-after';
import { fixture } from '../../helpers/fixtures';

let published: Grid;

beforeAll(async () => {
  published = readGrids(await openWorkbook(fixture('2022-district')))[0];
});

/** The codes of the issues on the first indicator's 偏差原因 cell, its cells typed as `typed`. */
function reasonIssues(typed: { reason: string; score?: number; target?: string; actual?: string }): string[] {
  const row = evaluateSheet(published, defaultSettings).evals[0].form.indicators[0];
  const at = (c: { row: number; col: number }) => address(c.row, c.col);
  const value = (c: { row: number; col: number }, v: string | number) =>
    ({ kind: 'value', sheet: published.sheet, cell: at(c), value: v }) as const;
  const grid = applyToGrid(published, [
    ...(typed.target === undefined ? [] : [value(row.target!, typed.target)]),
    ...(typed.actual === undefined ? [] : [value(row.actual!, typed.actual)]),
    ...(typed.score === undefined ? [] : [value(row.score, typed.score)]),
    value(row.reason!, typed.reason),
  ]);
  return check(grid)
    .issues.filter((i) => i.cell === at(row.reason!))
    .map((i) => i.code);
}

it.each(['/', '-', '——', '…'])('a reason of “%s” is no reason: MISSING_REASON', (placeholder) => {
  expect(reasonIssues({ reason: placeholder, score: 20 })).toContain('MISSING_REASON');
});

it.each([
  '无',
  '暂无',
  '没有',
  '无偏差',
  '无原因',
  '不适用',
  '无说明',
  'N/A',
  'na',
  'None',
  '空',
  '无。',
  ' 无。/',
  '（无）',
])('a reason of “%s” says there is none: MISSING_REASON', (none) => {
  expect(reasonIssues({ reason: none, score: 20 })).toContain('MISSING_REASON');
});

it('a row short of its target (8 of ≥10场) with the reason 无 still asks for one', () => {
  expect(reasonIssues({ reason: '无', target: '≥10场', actual: '8场', score: 24 })).toContain(
    'MISSING_REASON',
  );
});

it('an over-completion (15 of ≥10场) explained by 无 is unexplained: OVER_COMPLETION', () => {
  expect(reasonIssues({ reason: '无', target: '≥10场', actual: '15场' })).toContain('OVER_COMPLETION');
});

it.each(['部分社区体检延后至次年一季度', '无法按期完成，已顺延', '没有场地，延后举办'])(
  'a reason in words is one, also one starting with 无 or 没有: “%s”',
  (reason) => {
    expect(reasonIssues({ reason, score: 20 })).not.toContain('MISSING_REASON');
  },
);

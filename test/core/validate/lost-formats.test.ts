// A 实际完成值 whose cell lost its number format reads as the bare number the file stores: a
// date shows its serial (45473), a percentage its fraction (0.97). Both are named on the cell
// instead of being scored as what they are not (domain.md §2).

import type { Grid } from '../../../src/core';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { answered as answeredIn } from '../../helpers/answered';
import { fixture } from '../../helpers/fixtures';

let blank: Grid;

beforeAll(async () => {
  blank = readGrids(await openWorkbook(fixture('2023-city-centre-blank')))[0];
});

/** The first indicator row with `target` typed in 年度指标值 and `actual` (under `format`) in 实际完成值. */
const answered = (target: string, actual: string | number, format = 'General') =>
  answeredIn(blank, target, actual, { format });

describe('a percentage written as a fraction', () => {
  it('0.97 in a General cell answering ≥95% is named on the cell, with the percentage it likely means', () => {
    const { on, row } = answered('≥95%', 0.97);
    const [warning] = on('FRACTION_FOR_PERCENT', row.actual!);
    expect(warning.severity).toBe('warning');
    expect(warning.message).toContain('97%');
    expect(warning.message).toContain('按 0.97% 计分');
    expect(warning.message).not.toContain('%%');
  });

  it.each([
    ['97 typed', 97, 'General'],
    ['97% typed', '97%', 'General'],
    ['0.97 under a percent format', 0.97, '0%'],
    ['0.97 under 0.00"%" (shows 0.97%)', 0.97, '0.00"%"'],
    ['0.97 under 0\\% (shows 0.97%)', 0.97, '0.00\\%'],
  ])('%s is no fraction', (_what, actual, format) => {
    const { on, row } = answered('≥95%', actual, format);
    expect(on('FRACTION_FOR_PERCENT', row.actual!)).toEqual([]);
  });

  it('a target cell showing 95% under 0"%" is a percentage: 0.97 answering it is named too', () => {
    const { on, row } = answeredIn(blank, 95, 0.97, { targetFormat: '0"%"' });
    expect(on('FRACTION_FOR_PERCENT', row.actual!)).toHaveLength(1);
  });

  it.each([
    ['≤5%', 1],
    ['≤3%', 0.5],
    ['≤1%', 0.5],
  ])(
    '%s answered by a bare %s means that percentage (a low rate, met), not a fraction of 100 %',
    (target, actual) => {
      const { on, row } = answered(target, actual);
      expect(on('FRACTION_FOR_PERCENT', row.actual!)).toEqual([]);
    },
  );

  it.each([
    ['≤5%', 0.08, '8%'],
    ['≥10%', 1, '100%'],
  ])('%s answered by a bare %s is named: %s is at least as near the target', (target, actual, percent) => {
    const { on, row } = answered(target, actual);
    const [warning] = on('FRACTION_FOR_PERCENT', row.actual!);
    expect(warning.message).toContain(`若是 ${percent}`);
  });

  it('a count target is no percentage: 0.5 answering ≥2次 is no fraction', () => {
    const { on, row } = answered('≥2次', 0.5);
    expect(on('FRACTION_FOR_PERCENT', row.actual!)).toEqual([]);
  });
});

describe('a date cell without its date format', () => {
  it('45473 answering 2024年6月30日前 asks for a date, not a judgment of a text', () => {
    const { on, row } = answered('2024年6月30日前', 45473);
    expect(on('UNREADABLE_VALUE', row.actual!)).toHaveLength(1);
    const [manual] = on('MANUAL_SCORE_NEEDED', row.score);
    expect(manual.message).toContain('日期格式');
    expect(manual.message).not.toContain('文字描述');
  });

  it('the serial typed as text, too, asks for a date rather than a judgment of a description', () => {
    const { on, row } = answered('2024年6月30日前', '45473');
    const [manual] = on('MANUAL_SCORE_NEEDED', row.score);
    expect(manual.message).toContain('日期格式');
    expect(manual.message).not.toContain('文字描述');
  });

  it('once a person typed the score, the actual’s own issue still says why it cannot be read', () => {
    const { issues, row, at } = answeredIn(blank, '2024年6月30日前', 45473, { score: 5 });
    const onActual = issues.filter((i) => i.cell === at(row.actual!));
    expect(onActual.map((i) => i.code)).toEqual(['UNREADABLE_VALUE']);
    expect(onActual[0].message).toContain('“45473”（指标值是期限，实际完成值却是数字');
  });

  it('the same serial under a date format is the date 2024-06-30: on time, full marks', () => {
    const { on, row } = answered('2024年6月30日前', 45473, 'yyyy-mm-dd');
    expect(on('UNREADABLE_VALUE', row.actual!)).toEqual([]);
    expect(on('MANUAL_SCORE_NEEDED', row.score)).toEqual([]);
  });
});

// An actual counted in other steps than its target (1.2万人次 answering ≥10000人次, 8000元
// answering ≤1万元): the same measure, scored on one scale. It was scored on the bare numbers:
// 0.8万人次 against ≥10000人次 gave 0.00 of 30 (0.8 / 10000), and 12000人次 against ≥1万人次 was
// "12000 times the target". The unit mismatch is still worth a warning (domain.md §2).

import { check } from '../../../src/core';
import { inUnitOf } from '../../../src/core/values/unit-scale';
import { Decimal } from '../../../src/core/values/decimal';
import { INDICATORS, form } from '../../helpers/written-form';

/** The form with 培训人次's target and actual (30 分) replaced. */
function row(target: string, actual: string) {
  const rows = INDICATORS.map((r) => r.slice());
  rows[0][3] = target;
  rows[0][4] = actual;
  const { forms, issues } = check(form({ rows }));
  return {
    score: forms[0].indicators[0].expectedScore,
    codes: issues.filter((i) => i.cell === 'E9' || i.cell === 'H9').map((i) => i.code),
  };
}

it.each([
  ['≥10000人次', '0.8万人次', '24.00'],
  ['≥1万人次', '8000人次', '24.00'],
  ['≥1万人次', '12000人次', '30.00'],
  ['≤1万元', '8000元', '30.00'],
  ['≤5000元', '0.6万元', '24.00'],
  ['≥2千人', '1800人', '27.00'],
  // Named units of one measure: length, mass, time.
  ['≥5公里', '4800米', '28.80'],
  ['≥5000米', '4.8公里', '28.80'],
  ['≥2吨', '1500千克', '22.50'],
  ['≥2吨', '1500公斤', '22.50'],
  ['≤2小时', '150分钟', '22.50'],
  ['≥3千米', '3000米', '30.00'],
  // Written in Latin letters, as forms also do.
  ['≥3吨', '2500kg', '25.00'],
  ['≥2km', '1500米', '22.50'],
  ['≤2小时', '150min', '22.50'],
  ['≥3(t)', '2500千克', '25.00'],
])('%s answered by %s scores %s, with a warning on the unit', (target, actual, score) => {
  const r = row(target, actual);
  expect(r.score).toBe(score);
  expect(r.codes).toContain('UNIT_MISMATCH');
});

it('12000人次 against ≥1万人次 is no over-completion (1.2 times the target is, 12000 times never was)', () => {
  expect(row('≥1万人次', '11000人次').codes).not.toContain('OVER_COMPLETION');
  expect(row('≥1万人次', '12000人次').codes).toContain('OVER_COMPLETION');
});

it('one unit spelled two ways (公里 and 千米, kg and 千克) is no mismatch', () => {
  expect(row('≥2公里', '2千米')).toEqual({ score: '30.00', codes: [] });
  expect(row('≥2千克', '2kg')).toEqual({ score: '30.00', codes: [] });
});

it('units that measure different things are never converted', () => {
  expect(inUnitOf(new Decimal(5), '人', '次')).toBeNull();
  expect(inUnitOf(new Decimal(5), '万人', '人次')).toBeNull();
  expect(inUnitOf(new Decimal(5), '人次', '人次')).toBeNull();
  expect(inUnitOf(new Decimal(2), '千克', '克')?.toString()).toBe('2000');
  expect(inUnitOf(new Decimal(30), '分', '秒')).toBeNull(); // a minute, a point or a cent
  expect(inUnitOf(new Decimal(5), '公里', '千米')).toBeNull(); // the same size: nothing to convert
});

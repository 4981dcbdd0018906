// A deadline written without a year (`12月底前`, `6月底前`) belongs to the form's year, the 年度 of
// its title: a date in the next year misses it (domain.md §2, late dates), however near. A form
// stating no year (the 2022 district forms) takes the one its sheet name states; failing that,
// nobody knows the deadline's year, and a person scores a dated answer.

import type { Grid } from '../../../src/core';
import { dateOfSerial } from '../../../src/core/values/date';
import { openWorkbook, readGrids } from '../../../src/hosts/xlsx';
import { answered } from '../../helpers/answered';
import { fixture } from '../../helpers/fixtures';

let blank: Grid;
/** A form without a year anywhere (title 财政项目支出绩效自评表, no year line). */
let yearless: Grid;

beforeAll(async () => {
  // A （2023年度） form.
  blank = readGrids(await openWorkbook(fixture('2023-city-centre-blank')))[0];
  yearless = readGrids(await openWorkbook(fixture('2022-district-blank')))[0];
});

const DEC_31_2023 = 45291;
const JAN_5_2024 = 45296;
const JUN_15_2024 = 45458;
const JAN_5_2025 = 45662;

it('the serials are the days the stories name', () => {
  expect([DEC_31_2023, JAN_5_2024, JUN_15_2024, JAN_5_2025].map(dateOfSerial)).toEqual([
    { year: 2023, month: 12, day: 31 },
    { year: 2024, month: 1, day: 5 },
    { year: 2024, month: 6, day: 15 },
    { year: 2025, month: 1, day: 5 },
  ]);
});

it('12月底前 in a 2023 form is met on 2023-12-31', () => {
  const { on, row } = answered(blank, '12月底前', DEC_31_2023, { format: 'yyyy-mm-dd' });
  expect(on('MANUAL_SCORE_NEEDED', row.score)).toEqual([]);
});

it.each([
  ['12月底前', JAN_5_2024],
  ['6月底前', JUN_15_2024],
])(
  '%s in a 2023 form answered in 2024 is late: a person scores it and the reason is due',
  (target, serial) => {
    const { on, row } = answered(blank, target, serial, { format: 'yyyy-mm-dd' });
    const [manual] = on('MANUAL_SCORE_NEEDED', row.score);
    expect(manual.message).toContain('晚于指标值的期限');
    expect(on('MISSING_REASON', row.reason!)).toHaveLength(1);
  },
);

it('a full score typed on such a late date is out of its band', () => {
  const { on, row } = answered(blank, '12月底前', '2024年1月5日', { score: 10 });
  expect(on('MANUAL_SCORE_OUT_OF_BAND', row.score)).toHaveLength(1);
});

describe('on a form stating no year', () => {
  it.each([
    ['12月底前', '2025年1月5日'],
    ['11月底前', '2025年11月20日'],
    ['12月底前', '2025年1月'],
  ])('%s answered %s is not scored from a guessed year: a person scores it', (target, actual) => {
    const { on, row } = answered(yearless, target, actual);
    const [manual] = on('MANUAL_SCORE_NEEDED', row.score);
    expect(manual.message).toContain('期限没有写年份');
  });

  it('nor is a date cell', () => {
    const { on, row } = answered(yearless, '12月底前', JAN_5_2025, { format: 'yyyy-mm-dd' });
    expect(on('MANUAL_SCORE_NEEDED', row.score)).toHaveLength(1);
  });

  it("the year of the sheet name (2024年自评) is the deadline's: 2025年1月5日 is late", () => {
    const { on, row } = answered({ ...yearless, sheet: '2024年自评' }, '12月底前', '2025年1月5日');
    expect(on('MANUAL_SCORE_NEEDED', row.score)[0].message).toContain('晚于指标值的期限');
    expect(on('MISSING_REASON', row.reason!)).toHaveLength(1);
  });

  it('a sheet name stating two years states none', () => {
    const { on, row } = answered({ ...yearless, sheet: '2023-2024自评' }, '12月底前', '2025年1月5日');
    expect(on('MANUAL_SCORE_NEEDED', row.score)[0].message).toContain('期限没有写年份');
  });

  it('an answer in words (按时完成) is scored as before', () => {
    const { on, row } = answered(yearless, '12月底前', '按时完成');
    expect(on('MANUAL_SCORE_NEEDED', row.score)).toEqual([]);
  });
});

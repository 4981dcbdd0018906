import { Decimal } from '../../../src/core/values/decimal';
import { parseActual } from '../../../src/core/values/actual';
import {
  bandOf,
  budgetScore,
  executionRate,
  gradeOf,
  inBand,
  quantityScore,
  ruleFor,
} from '../../../src/core/score/rules';
import { defaultSettings, type Settings } from '../../../src/core/model/settings';
import { inYear, parseTarget } from '../../../src/core/values/target';

const d = (n: number | string) => new Decimal(n);
const halfUp: Settings = { ...defaultSettings, rounding: 'half-up' };
const down: Settings = { ...defaultSettings, rounding: 'down' };

function score(target: string, actual: string, w: number, settings = halfUp): string | null {
  const t = parseTarget(target);
  const r = ruleFor(t, parseActual(actual, t), d(w), settings);
  return r.kind === 'score' ? r.score.toFixed(2) : null;
}

describe('budget execution, two steps as the 一体化系统 computes it', () => {
  it('222,193.64 / 323,200 prints 68.75% and 6.88 (one step would give 6.87)', () => {
    const rate = executionRate(d('323200'), d('222193.64'), halfUp)!;
    expect(rate.toFixed(2)).toBe('68.75');
    expect(budgetScore(rate, d(10), halfUp).toFixed(2)).toBe('6.88');
  });

  it('the 2023 city forms truncate: 85.93 / 87.37 → 98.35 and 9.83', () => {
    const rate = executionRate(d('87.37'), d('85.93'), down)!;
    expect(rate.toFixed(2)).toBe('98.35');
    expect(budgetScore(rate, d(10), down).toFixed(2)).toBe('9.83');
  });

  it('the district forms round half-up: 533.87 / 578.71 → 92.25 and 9.23', () => {
    const rate = executionRate(d('578.71'), d('533.87'), halfUp)!;
    expect(rate.toFixed(2)).toBe('92.25');
    expect(budgetScore(rate, d(10), halfUp).toFixed(2)).toBe('9.23');
  });

  it('a negative 执行数 gives no rate (its cell is the error), never a negative 执行率 to write', () => {
    expect(executionRate(d(400), d(-100), halfUp)).toBeNull();
    expect(executionRate(d(400), d(0), halfUp)!.toFixed(2)).toBe('0.00');
  });

  it('a budget of 0 gives no rate instead of a division error, and execution above budget is capped at 分值', () => {
    expect(executionRate(d(0), d(5), halfUp)).toBeNull();
    const rate = executionRate(d(100), d(120), halfUp)!;
    expect(budgetScore(rate, d(10), halfUp).toFixed(2)).toBe('10.00');
  });
});

describe('quantitative indicators', () => {
  it('higher is better: full when met, else actual / target × w', () => {
    expect(score('≥95(%)', '100.00(%)', 10)).toBe('10.00');
    expect(score('>10.00(%)', '3.50(%)', 10)).toBe('3.50');
    expect(score('100', '80', 5)).toBe('4.00');
  });
  it('equal: an actual above target is full (over-completion is flagged separately)', () => {
    expect(score('=12.00(期)', '14.00(期)', 5)).toBe('5.00');
    expect(score('=12.00(期)', '6.00(期)', 5)).toBe('2.50');
  });
  it('equal to zero: full only when nothing happened', () => {
    expect(score('=0.00(个)', '0', 10)).toBe('10.00');
    expect(score('=0.00(个)', '1', 10)).toBe('0.00');
  });
  it('反向指标 (lower is better), linear by default and the ratio rule as a setting', () => {
    expect(score('≤5%', '4%', 10)).toBe('10.00');
    expect(score('≤5%', '6%', 10)).toBe('8.00');
    expect(score('≤5%', '10%', 10)).toBe('0.00');
    expect(score('≤5%', '6%', 10, { ...halfUp, reverseRule: 'ratio' })).toBe('8.33');
  });
  it('incidents counted in 起: ≤2起 met by 1起, =0(起) by 0起, missed by 3起', () => {
    expect(score('≤2起', '1起', 10)).toBe('10.00');
    expect(score('=0(起)', '0起', 10)).toBe('10.00');
    expect(score('≤2起', '3起', 10)).toBe('5.00');
  });
  it('a negative actual counts as 0 and scores stay within [0, w]', () => {
    expect(quantityScore('higher', d(10), d(-5), d(10), 'linear').toFixed(2)).toBe('0.00');
    expect(quantityScore('higher', d(10), d(50), d(10), 'linear').toFixed(2)).toBe('10.00');
  });
  it('truncation and half-up differ where the third decimal says so', () => {
    expect(score('≥3', '2', 10, halfUp)).toBe('6.67');
    expect(score('≥3', '2', 10, down)).toBe('6.66');
  });
});

describe('qualitative indicators', () => {
  it('达成 gives full marks; 部分达成 and 未达成 need a person within their band', () => {
    expect(score('达标', '达成年度指标', 10)).toBe('10.00');
    const partial = ruleFor(
      parseTarget('达标'),
      parseActual('部分达成年度指标并具有一定效果', parseTarget('达标')),
      d(10),
      halfUp,
    );
    expect(partial).toMatchObject({ kind: 'manual', outcome: 'partial' });
    const band = bandOf('partial', d(10));
    expect([band.low.toFixed(2), band.high.toFixed(2)]).toEqual(['6.00', '7.99']);
    expect(inBand(d('7.99'), band, 'half-up')).toBe(true);
    expect(inBand(d(8), band, 'half-up')).toBe(false);
    expect(inBand(d(8), bandOf('achieved', d(10)), 'half-up')).toBe(true);
  });

  it('an answer negating completion (未达标, 延期完成) waits for a person, below the 分值 like a late date', () => {
    const t = parseTarget('达标');
    expect(ruleFor(t, parseActual('未达标', t), d(10), halfUp)).toMatchObject({
      kind: 'manual',
      why: 'negated',
      outcome: 'negated',
    });
    expect(inBand(d(10), bandOf('negated', d(10)), 'half-up')).toBe(false);
    expect(inBand(d('9.99'), bandOf('negated', d(10)), 'half-up')).toBe(true);
  });
});

it('评分等级 thresholds: 90 优, 80 良, 60 中, below 差', () => {
  expect([gradeOf(d(90)), gradeOf(d('89.99')), gradeOf(d(80)), gradeOf(d(60)), gradeOf(d('59.99'))]).toEqual([
    '优',
    '良',
    '良',
    '中',
    '差',
  ]);
});

describe('ranges and deadlines (domain.md §2–§3)', () => {
  it('a range is met inside it, scores like ≥ its lower end below it, and is full above it', () => {
    expect(score('90%-100%', '95%', 10)).toBe('10.00');
    expect(score('90%-100%', '45%', 10)).toBe('5.00');
    expect(score('2至3次', '4次', 6)).toBe('6.00');
  });

  it('a date on or before the deadline is achieved; a later one waits for a person, marked late', () => {
    const t = parseTarget('2024年6月30日前');
    const onTime = ruleFor(t, parseActual('2024年6月30日', t), d(5), halfUp);
    const late = ruleFor(t, parseActual('2024年7月2日', t), d(5), halfUp);
    expect(onTime).toMatchObject({ kind: 'score', outcome: 'achieved' });
    expect(late).toMatchObject({ kind: 'manual', why: 'late', outcome: 'late' });
    expect(inBand(d(5), bandOf('late', d(5)), 'half-up')).toBe(false);
    expect(inBand(d(4), bandOf('late', d(5)), 'half-up')).toBe(true);
  });

  it('a deadline without a year is in the form’s year', () => {
    const t = inYear(parseTarget('6月底前'), 2024);
    expect(ruleFor(t, parseActual('2024-06-28', t), d(5), halfUp)).toMatchObject({ kind: 'score' });
    expect(ruleFor(t, parseActual('2024-07-01', t), d(5), halfUp)).toMatchObject({ why: 'late' });
  });

  it('a deadline whose year nothing states never takes the actual’s: a person scores a dated one', () => {
    const t = parseTarget('6月底前');
    expect(ruleFor(t, parseActual('2024-06-28', t), d(5), halfUp)).toMatchObject({ why: 'deadlineYear' });
    expect(ruleFor(t, parseActual('2024-07-01', t), d(5), halfUp)).toMatchObject({ why: 'deadlineYear' });
    // An actual naming no year either is read in the same year as the deadline.
    expect(ruleFor(t, parseActual('6月28日', t), d(5), halfUp)).toMatchObject({ kind: 'score' });
  });

  it('a date answering a count is no quantity', () => {
    const t = parseTarget('≥12期');
    expect(ruleFor(t, { kind: 'date', date: { year: 2024, month: 6, day: 30 } }, d(5), halfUp)).toMatchObject(
      {
        why: 'dateForCount',
      },
    );
  });
});

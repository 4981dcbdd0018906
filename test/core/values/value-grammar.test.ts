import { parseActual, readOutcome } from '../../../src/core/values/actual';
import { inYear, parseQuantity, parseTarget } from '../../../src/core/values/target';

describe('reading 年度指标值 (targets) as users write them', () => {
  it.each([
    ['≥27000.00(人)', 'higher', '27000', '人'],
    ['>200.00(人次)', 'higher', '200', '人次'],
    ['=100.00 (%)', 'equal', '100', '%'],
    ['>=90%', 'higher', '90', '%'],
    ['<=5%', 'lower', '5', '%'],
    ['<10%', 'lower', '10', '%'],
    ['≤0.01(%)', 'lower', '0.01', '%'],
    ['=0.00(个)', 'equal', '0', '个'],
    ['<1.00(次)', 'lower', '1', '次'],
    ['=20', 'equal', '20', null],
    ['=1期/月', 'equal', '1', '期/月'],
    ['>=4次/月', 'higher', '4', '次/月'],
    ['>50000.00(null)', 'higher', '50000', null],
    ['=9.00(小时/天（一周5天）)', 'equal', '9', '小时/天(一周5天)'],
    ['大于2次', 'higher', '2', '次'],
    ['少于5件', 'lower', '5', '件'],
    ['不低于95%', 'higher', '95', '%'],
    ['100', 'higher', '100', null],
    ['1000(篇)', 'higher', '1000', '篇'],
    ['＝１００（％）', 'equal', '100', '%'],
    ['≤2起', 'lower', '2', '起'],
    ['≤1(起)', 'lower', '1', '起'],
    ['=0起', 'equal', '0', '起'],
  ])('%s is a quantity', (text, direction, value, unit) => {
    const t = parseTarget(text);
    expect(t.kind).toBe('quantity');
    if (t.kind !== 'quantity') return;
    expect(t.direction).toBe(direction);
    expect(t.value.toString()).toBe(value);
    expect(t.unit).toBe(unit);
  });

  it.each(['达标', '及时', '建立健全', '规定时间完成', '较前一年增长', '7*24', '2023年1-10月'])(
    '%s is words (定性指标)',
    (text) => expect(parseTarget(text).kind).toBe('words'),
  );

  it.each([
    ['800人以上', 'higher', '800', '人'],
    ['98%及以上', 'higher', '98', '%'],
    ['90%或以上', 'higher', '90', '%'],
    ['20分钟以内', 'lower', '20', '分钟'],
    ['3%以下', 'lower', '3', '%'],
    ['5天之内', 'lower', '5', '天'],
    ['10万元以内(含)', 'lower', '10', '万元'],
    ['10万元以内（含）', 'lower', '10', '万元'],
  ])('%s compares after the number (domain.md §2)', (text, direction, value, unit) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'quantity', direction, unit });
    expect((parseTarget(text) as { value: { toString(): string } }).value.toString()).toBe(value);
  });

  it.each([
    ['90%-100%', '90', '100', '%'],
    ['90-100%', '90', '100', '%'],
    ['2～3次', '2', '3', '次'],
    ['2至3次', '2', '3', '次'],
    ['2-3次', '2', '3', '次'],
  ])('%s is a range', (text, low, high, unit) => {
    const t = parseTarget(text);
    expect(t.kind).toBe('range');
    if (t.kind !== 'range') return;
    expect([t.low.toString(), t.high.toString(), t.unit]).toEqual([low, high, unit]);
  });

  it.each([
    ['2024年6月30日前', { year: 2024, month: 6, day: 30 }],
    ['6月底前', { year: null, month: 6, day: 30 }],
    ['11月底前完成', { year: null, month: 11, day: 30 }],
    ['11 月底前', { year: null, month: 11, day: 30 }],
    ['2024-06-30', { year: 2024, month: 6, day: 30 }],
    ['2024/6/30', { year: 2024, month: 6, day: 30 }],
  ])('%s is a deadline (时效)', (text, date) =>
    expect(parseTarget(text)).toEqual({ kind: 'deadline', date }),
  );

  it('a deadline without a year takes the form’s year; one with a year, or no year known, stays', () => {
    expect(inYear(parseTarget('6月底前'), 2024)).toEqual({
      kind: 'deadline',
      date: { year: 2024, month: 6, day: 30 },
    });
    expect(inYear(parseTarget('2023年6月30日前'), 2024)).toEqual(parseTarget('2023年6月30日前'));
    expect(inYear(parseTarget('6月底前'), null)).toEqual(parseTarget('6月底前'));
    expect(inYear(parseTarget('≥5次'), 2024)).toEqual(parseTarget('≥5次'));
  });

  it('an error value is unreadable, never words', () => {
    expect(parseTarget('#DIV/0!').kind).toBe('unreadable');
    expect(parseActual('#N/A', parseTarget('≥5次')).kind).toBe('unreadable');
  });

  it('an operator with no number is unreadable, not a silent zero', () => {
    expect(parseTarget('≥abc').kind).toBe('unreadable');
    expect(parseTarget('=').kind).toBe('unreadable');
  });
});

describe('reading 实际完成值 (actuals)', () => {
  const words = parseTarget('考核合格');
  it.each([
    ['达成年度指标', 'achieved'],
    ['达成指标', 'achieved'],
    ['达成目标', 'achieved'],
    ['达成预期指标', 'achieved'],
    ['部分达成年度指标并具有一定效果', 'partial'],
    ['未达成年度指标且效果较差', 'notAchieved'],
    ['合格', 'achieved'],
    ['完成', 'achieved'],
    ['按时完成', 'achieved'],
    ['符合要求', 'achieved'],
    ['达标', 'achieved'],
  ])('%s → %s', (text, outcome) => expect(readOutcome(text, words)).toBe(outcome));

  it('answers with the target’s own words or a part of them', () => {
    expect(readOutcome('及时', parseTarget('及时'))).toBe('achieved');
    expect(readOutcome('有所提升', parseTarget('提升'))).toBe('achieved');
    expect(readOutcome('完善', parseTarget('建立完善'))).toBe('achieved');
    expect(readOutcome('无重大安全事故', parseTarget('无重大安全事故'))).toBe('achieved');
  });

  // The target's word with a hedge before it says less than the target: 基本满意 is no 满意
  // (surveys rank 满意 above 基本满意), 较高 no 高. Scored full before, as "the target inside".
  it.each([
    ['基本满意', '满意'],
    ['较为满意', '满意'],
    ['较高', '高'],
    ['比较规范', '规范'],
    ['大体完善', '完善'],
    ['初步建立', '建立'],
  ])('%s answering %s is for a person', (actual, target) =>
    expect(readOutcome(actual, parseTarget(target))).toBeNull(),
  );

  it('a hedge word that is part of a name hedges nothing: 基本公共卫生服务全覆盖 answers 全覆盖', () => {
    expect(readOutcome('基本公共卫生服务全覆盖', parseTarget('全覆盖'))).toBe('achieved');
    expect(readOutcome('较上年有所提升', parseTarget('提升'))).toBe('achieved');
  });

  it('asks a person where the text negates or says something else', () => {
    expect(readOutcome('未收到相关投诉举报', parseTarget('及时处理'))).toBeNull();
    expect(readOutcome('2本', parseTarget('形成汇编'))).toBeNull();
    expect(parseActual('因疫情原因部分工作顺延到明年开展', parseTarget('完成'), undefined).kind).toBe(
      'words',
    );
  });

  it.each([
    ['未达标', '达标'],
    ['不达标', '达标'],
    ['不合格', '考核合格'],
    ['考核不合格', '考核合格'],
    ['不及时', '及时'],
    ['未按时完成', '及时'],
    ['未能按时完成', '完成'],
    ['没完成', '完成'],
    ['无法完成', '完成'],
    ['延期', '按时完成'],
    ['延期完成', '按时完成'],
    ['滞后', '及时'],
    ['进度滞后', '按进度推进'],
    ['逾期', '6月底前'],
    ['无效', '有效'],
    ['验收失败', '通过验收'],
    ['未提升', '提升'],
    ['未建立', '建立健全'],
    ['按计划推进，部分任务延期', '按时完成'],
    ['效果不明显', '有效'],
    ['95%（未达到预期）', '≥95%'],
    ['不符合要求', '符合要求'],
    ['否', '是'],
    ['不足90%', '≥90%'],
    ['不足3次', '3-5次'],
  ])(
    '%s negates completion (answering %s): never achieved, a person scores it below the 分值',
    (text, target) => expect(readOutcome(text, parseTarget(target))).toBe('negated'),
  );

  it.each([
    ['未收到相关投诉举报', '投诉处理及时'],
    ['无投诉', '投诉处理及时'],
    ['未发生重大安全事故', '无重大安全事故'],
    ['未发生', '不发生数据泄露'],
    ['不合格率为0', '考核合格'],
    ['无不合格产品', '合格'],
    ['未出现延期', '按时完成'],
    ['不断提升', '提升'],
    ['不低于要求', '达标'],
    ['不足3%', '≤5%'],
    ['副作用不明显', '减少副作用'],
  ])('%s (answering %s) negates no completion: for a person, as any description', (text, target) =>
    expect(readOutcome(text, parseTarget(target))).toBeNull(),
  );

  it.each([
    ['基本完成', '完成'],
    ['基本按时完成', '按时完成'],
    ['基本达标', '达标'],
    ['基本符合要求', '符合要求'],
    ['基本上完成', '完成'],
  ])('%s (answering %s) is 部分达成, never full marks by itself', (text, target) =>
    expect(readOutcome(text, parseTarget(target))).toBe('partial'),
  );

  it('not achieved in the standard words stays 未达成 (its own band)', () => {
    expect(readOutcome('没有完成', parseTarget('完成'))).toBe('notAchieved');
    expect(readOutcome('未达到', parseTarget('达标'))).toBe('notAchieved');
  });

  it('reads an actual written with the target’s operator as the number it states', () => {
    expect(parseActual('≥12期', parseTarget('≥12期'))).toMatchObject({ kind: 'quantity', unit: '期' });
    expect(parseActual('98%以上', parseTarget('98%及以上'))).toMatchObject({ kind: 'quantity', unit: '%' });
  });

  it('reads a date written out as a date', () => {
    expect(parseActual('2024年6月28日', parseTarget('6月底前'))).toEqual({
      kind: 'date',
      date: { year: 2024, month: 6, day: 28 },
    });
    expect(parseActual('2024-07-02完成', parseTarget('2024年6月30日前')).kind).toBe('date');
  });

  it('ignores zero-width characters pasted with a value: 10场 followed by one is 10 场', () => {
    expect(parseActual('10场\u200b', parseTarget('≥10场'))).toMatchObject({ kind: 'quantity', unit: '场' });
    expect(parseTarget('\ufeff≥10\u200d场')).toMatchObject({ kind: 'quantity', unit: '场' });
  });

  it('reads a unit typed after a space (3 次) and 内 after a count (3天内, 5个工作日内)', () => {
    expect(parseActual('3 次', parseTarget('≤2次'))).toMatchObject({ kind: 'quantity', unit: '次' });
    expect(parseActual('3 起', parseTarget('≤2起'))).toMatchObject({ kind: 'quantity', unit: '起' });
    expect(parseTarget('3天内')).toMatchObject({ kind: 'quantity', direction: 'lower', unit: '天' });
    expect(parseTarget('5个工作日内')).toMatchObject({
      kind: 'quantity',
      direction: 'lower',
      unit: '个工作日',
    });
    // A year, a month-end, a sentence: not counts.
    expect(parseTarget('2024年内').kind).not.toBe('quantity');
    expect(parseTarget('6月底前').kind).toBe('deadline');
    expect(parseTarget('3 个月后完成').kind).toBe('words');
  });

  it('reads 起 after a number as a count of incidents, after a date as a start', () => {
    expect(parseActual('0起', parseTarget('≤1(起)'))).toMatchObject({ kind: 'quantity', unit: '起' });
    expect(parseActual('1起', parseTarget('≤2起'))).toMatchObject({ kind: 'quantity', unit: '起' });
    expect(parseQuantity('7月起', false)).toBeNull();
    expect(parseTarget('7月起').kind).toBe('words');
    expect(parseTarget('2024年1月1日起').kind).toBe('words');
  });

  it('reads quantities with units, and 100% as an answer to words', () => {
    const a = parseActual('640.00(人次)', parseTarget('>200.00(人次)'));
    expect(a).toMatchObject({ kind: 'quantity', unit: '人次' });
    expect(parseActual('100%', parseTarget('达标'))).toMatchObject({ kind: 'quantity', unit: '%' });
  });
});

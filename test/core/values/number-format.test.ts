// Numbers as the spreadsheet shows them (domain.md §2): 15 significant digits, only an unquoted %
// scales, a date format makes a date.

import { isDateFormat, isPercentFormat, render } from '../../../src/core/values/number-format';
import { dateIn, readNumber } from '../../../src/core/values/number';
import { dateOfSerial } from '../../../src/core/values/date';

describe('what a cell shows', () => {
  it.each([
    [204.89999999999998, 'General', '204.9'],
    [204.89999999999998, '0.00', '204.90'],
    [97.5, '0.00"%"', '97.50%'],
    [5, '0\\%', '5%'],
    [0.975, '0.00%', '97.50%'],
    [1261.49, '#,##0.00', '1,261.49'],
    [1.005, '0.00', '1.01'],
    [-3.5, '#,##0.00;(#,##0.00)', '(3.50)'],
    [0, '0.00;-0.00;"-"', '-'],
    [1234.5, '¥#,##0.00', '¥1,234.50'],
    [45473, 'yyyy"年"m"月"d"日"', '2024年6月30日'],
    [45473, 'yyyy/m/d', '2024/6/30'],
    [45473.75, 'yyyy-mm-dd hh:mm', '2024-06-30 18:00'],
    // General behind a locale or numeral tag, in WPS's spelling, with text; fractions show General.
    [45739, '[$-804]General', '45739'],
    [45739, 'G/通用格式', '45739'],
    [45739, '[DBNum1][$-804]G/通用格式', '45739'],
    [45739, 'General"人"', '45739人'],
    [-2.5, 'G/通用格式;[Red]-G/通用格式', '-2.5'],
    [45739, '# ?/?', '45739'],
  ])('%p under %s shows %s', (value, format, shown) => expect(render(value, format)).toBe(shown));
});

describe('which formats scale and which make dates', () => {
  it('only an unquoted, unescaped % scales by 100', () => {
    expect(isPercentFormat('0.00%')).toBe(true);
    expect(isPercentFormat('0.00"%"')).toBe(false);
    expect(isPercentFormat('0\\%')).toBe(false);
  });

  it.each(['yyyy/m/d', 'yyyy"年"m"月"d"日"', 'm"月"d"日"', '[$-804]yyyy"年"m"月"', 'h:mm'])(
    '%s is a date',
    (f) => expect(isDateFormat(f)).toBe(true),
  );
  it.each(['General', 'G/通用格式', '[$-804]General', '0.00', '#,##0.00', '0.00"天"', '0.00%', '@'])(
    '%s is no date',
    (f) => expect(isDateFormat(f)).toBe(false),
  );
});

describe('reading a cell', () => {
  it('reads a stored number to 15 significant digits: 204.89999999999998 is 204.9', () => {
    expect(readNumber(204.89999999999998, '', 'General')).toMatchObject({ kind: 'number' });
    const read = readNumber(204.89999999999998, '', 'General');
    expect(read.kind === 'number' && read.value.toString()).toBe('204.9');
  });

  it('0.00"%" holding 97.5 is 97.5, 0.00% holding 0.975 is 97.5', () => {
    const quoted = readNumber(97.5, '97.50%', '0.00"%"');
    const percent = readNumber(0.975, '97.50%', '0.00%');
    expect(quoted.kind === 'number' && quoted.value.toString()).toBe('97.5');
    expect(percent.kind === 'number' && percent.value.toString()).toBe('97.5');
  });

  it('text numbers ignore invisible characters: a zero-width space after 40 is 40', () => {
    for (const text of ['40\u200b', '\ufeff40', '4\u200d0']) {
      const read = readNumber(text, text, 'General');
      expect([text, read.kind === 'number' && read.value.toString()]).toEqual([text, '40']);
    }
  });

  it('a date cell is a date, never its serial number', () => {
    expect(readNumber(45473, '2024/6/30', 'yyyy/m/d').kind).toBe('unreadable');
    expect(dateIn(45473, 'yyyy/m/d')).toEqual({ year: 2024, month: 6, day: 30 });
    expect(dateIn(45473, '0')).toBeNull();
    expect(dateOfSerial(61)).toEqual({ year: 1900, month: 3, day: 1 });
  });
});

// Range.text in the fake: what Excel shows for the formats real 自评表 use.

import { displayText, formatNumber } from './number-format';

describe('the fake shows numbers as Excel does', () => {
  it.each([
    [0.9636, '0.00%', '96.36%'],
    [1261.49, '#,##0.00', '1,261.49'],
    [9.825, '0.00', '9.83'],
    [100, '0.00', '100.00'],
    [68.75, 'General', '68.75'],
    [-3.5, '0.0', '-3.5'],
    [-3.5, '#,##0.00_);[Red](#,##0.00)', '(3.50)'],
    [27000, '0', '27000'],
    [0.5, '#.00', '.50'],
    [45292, 'yyyy-mm-dd', '2024-01-01'],
    [45292, 'yyyy"年"m"月"d"日"', '2024年1月1日'],
  ])('%p under %p shows %p', (value, format, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });

  it('shows text as it is, booleans as TRUE/FALSE, blanks as nothing', () => {
    expect(displayText('达成年度指标', '0.00')).toBe('达成年度指标');
    expect(displayText(true, 'General')).toBe('TRUE');
    expect(displayText('', '0.00%')).toBe('');
  });
});

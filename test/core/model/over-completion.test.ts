import { readOverCompletion } from '../../../src/core';

describe('the over-completion threshold as typed (--over-completion and the settings forms)', () => {
  it('takes a plain decimal above 1, a decimal comma as the point', () => {
    expect(readOverCompletion('1.2')).toBe(1.2);
    expect(readOverCompletion(' 2 ')).toBe(2);
    // Typed in a German or French way, 1,5 is one and a half, never 15.
    expect(readOverCompletion('1,5')).toBe(1.5);
    expect(readOverCompletion('1，5')).toBe(1.5);
  });

  it('refuses what is no factor above 1, rather than reading it as another number', () => {
    for (const text of ['', '1', '0.5', '-1', 'abc', '1e3', '0x10', 'Infinity', '1,5,0', '1.2.3'])
      expect([text, readOverCompletion(text)]).toEqual([text, null]);
  });
});

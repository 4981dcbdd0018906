import { distinctNames } from '../../src/page/file-names';

describe('the names the page lists files dropped together by', () => {
  it('keeps every file of one name, numbering the later ones as copies are', () => {
    // Every unit sends its 自评表.xlsx: picked together they are three files, not one.
    expect(distinctNames(['自评表.xlsx', '自评表.xlsx', '自评表.xlsx'])).toEqual([
      '自评表.xlsx',
      '自评表 (2).xlsx',
      '自评表 (3).xlsx',
    ]);
  });

  it('never gives a file the name another file dropped with it has', () => {
    expect(distinctNames(['a.xlsx', 'a.xlsx', 'a (2).xlsx', 'b.xlsx'])).toEqual([
      'a.xlsx',
      'a (3).xlsx',
      'a (2).xlsx',
      'b.xlsx',
    ]);
    expect(distinctNames(['说明', '说明'])).toEqual(['说明', '说明 (2)']);
  });
});

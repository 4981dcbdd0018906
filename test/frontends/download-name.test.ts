// The page's download is named after the dropped workbook with a suffix (-重新计算). A dropped name
// near the file systems' 255-byte limit gave a suggested name past it (258 bytes), which a browser
// or the disk then refuses or cuts where it likes.

import { recalculatedName } from '../../src/page/download';

const bytes = (s: string) => new TextEncoder().encode(s).length;

it('keeps a name that fits, .xlsm for macros', () => {
  expect(recalculatedName('2024年自评表.xlsx', '-重新计算')).toBe('2024年自评表-重新计算.xlsx');
  expect(recalculatedName('宏.xlsm', '-重新计算')).toBe('宏-重新计算.xlsm');
});

it('shortens the stem by whole characters so the name stays within 255 bytes', () => {
  const long = `${'自'.repeat(80)}.xlsx`; // 245 bytes
  const name = recalculatedName(long, '-重新计算');
  expect(bytes(name)).toBeLessThanOrEqual(255);
  expect(name.endsWith('-重新计算.xlsx')).toBe(true);
  expect(name.startsWith('自'.repeat(75))).toBe(true);
});

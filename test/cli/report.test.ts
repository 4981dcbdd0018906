// The text report a user reads: numbers as the form prints them.

import { emptyGrid } from '../../src/core/model/grid';
import { fixture } from '../helpers/fixtures';

it('the table shows a score the cell holds as 2.675 as 2.68 (decimal rounding, not binary floating point)', async () => {
  const { toText } = await import('../../src/cli/report');
  const { checkWorkbook, openWorkbook } = await import('../../src/hosts/xlsx');
  const wb = await openWorkbook(fixture('2022-district'));
  wb.worksheets[0].getCell('I5').value = 2.675; // 年度资金总额 得分 of the first form
  const text = toText({ file: 'x.xlsx', sheets: checkWorkbook(wb).slice(0, 1) }, 'zh-CN');
  expect(text).toMatch(/65岁以上老人定期体检\s+2\.68\s/);
});

it('a workbook without a form still shows why a form may be missing: cells too far away to read', async () => {
  const { toText } = await import('../../src/cli/report');
  const { check } = await import('../../src/core');
  const { messages } = await import('../../src/i18n');
  const report = check(
    { ...emptyGrid('清单'), farCells: { count: 73, first: 'A1048557' } },
    undefined,
    messages('zh-CN', 'cli'),
  );
  const text = toText({ file: 'x.xlsx', sheets: [report] }, 'zh-CN');
  expect(text.split('\n')).toEqual([
    expect.stringContaining('没有找到绩效自评表'),
    expect.stringMatching(/^\[警告\] 清单!A1048557 FAR_CELLS .*73 个单元格/),
  ]);
});

it('an issue names its cell as Excel would: a sheet called A1 or 表!1 is quoted, 自评表 is not', async () => {
  const { sheetPrefix } = await import('../../src/core');
  expect(
    ['自评表', '项目_2024', 'A1', 'XFD1048576', '表!1', 'My sheet', "O'Brien", 'TRUE', '2024'].map(
      sheetPrefix,
    ),
  ).toEqual([
    '自评表',
    '项目_2024',
    "'A1'",
    "'XFD1048576'",
    "'表!1'",
    "'My sheet'",
    "'O''Brien'",
    "'TRUE'",
    "'2024'",
  ]);
});

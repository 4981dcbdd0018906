// A 偏差原因 cell the user coloured keeps its colour through a highlight: undo and a later
// Recalculate (once the reason is written) put it back, also on Office 2019, which cannot read
// fills with the sheet and takes one more round trip for them.

import { recalculateSheet, undoLastRecalculation } from '../../../src/hosts/excel/operations';
import { fakeExcelWith } from './fixture';

const SHEET = '65岁以上老人定期体检';
const YELLOW = 'FFFFFF00';

function fillOf(cell: { fill?: unknown }): string | null {
  const fill = cell.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
  return fill?.type === 'pattern' && fill.pattern !== 'none' ? (fill.fgColor?.argb ?? null) : null;
}

describe.each([
  ['current Excel', '1.17', 2],
  ['Office 2019 (ExcelApi 1.7)', '1.7', 3],
])('on %s', (_name, excelApi, syncs) => {
  it('highlights a missing reason over the user\u2019s fill and gives that fill back', async () => {
    const { fake, workbook } = await fakeExcelWith('2022-district-blank.xlsx', { excelApi });
    const sheet = workbook.getWorksheet(SHEET)!;
    sheet.getCell('E12').value = 20000; // 完成体检数 below its target ≥27000: 得分 < 分值
    sheet.getCell('H12').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: YELLOW } };

    const result = await recalculateSheet();
    expect(result.syncs).toBe(syncs);
    expect(result.reports[0].issues.map((i) => [i.code, i.cell])).toContainEqual(['MISSING_REASON', 'H12']);
    expect(fillOf(sheet.getCell('H12'))).not.toBe(YELLOW);

    await undoLastRecalculation();
    expect(fillOf(sheet.getCell('H12'))).toBe(YELLOW);

    await recalculateSheet();
    sheet.getCell('H12').value = '受疫情影响，部分老人延后体检';
    fake.resetSyncs();
    await recalculateSheet();
    expect(fillOf(sheet.getCell('H12'))).toBe(YELLOW);
  });
});

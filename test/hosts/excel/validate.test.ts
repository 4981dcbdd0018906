// Validate before emailing: read only, one round trip for a sheet, two for the workbook.

import { validateSheet, validateWorkbook } from '../../../src/hosts/excel/operations';
import { fakeExcelWith } from './fixture';
import { changedCells, snapshot } from './workbook-snapshot';

describe('Validate', () => {
  it('checks the active sheet in one round trip and writes nothing', async () => {
    const { fake, workbook } = await fakeExcelWith('2022-district-blank.xlsx');
    fake.setActiveSheet('疫情防控经费');
    const before = snapshot(workbook);
    const result = await validateSheet();
    expect(fake.syncs).toBe(1);
    expect(result).toMatchObject({ syncs: 1, reports: [{ sheet: '疫情防控经费' }] });
    expect(result.reports[0].forms).toHaveLength(1);
    expect(changedCells(before, snapshot(workbook))).toEqual([]);
    expect(workbook.worksheets.map((s) => s.name)).not.toContain('_selfeval');
  });

  it('checks all 14 forms of the 2022 district workbook in two round trips', async () => {
    const { fake } = await fakeExcelWith('2022-district-blank.xlsx');
    const result = await validateWorkbook();
    expect(fake.syncs).toBe(2);
    expect(result.reports).toHaveLength(14);
    expect(result.reports.every((report) => report.forms.length === 1)).toBe(true);
  });

  it.each(['hidden', 'veryHidden'] as const)(
    'checks a form on a %s sheet too, and says the sheet is hidden',
    async (state) => {
      const { workbook } = await fakeExcelWith('2022-district-blank.xlsx');
      const hidden = workbook.worksheets[2];
      hidden.state = state;
      const result = await validateWorkbook();
      expect(result.reports).toHaveLength(14);
      const report = result.reports.find((r) => r.sheet === hidden.name)!;
      expect(report.forms).toHaveLength(1);
      expect(report.issues[0]).toMatchObject({ code: 'HIDDEN_SHEET', severity: 'info', cell: '' });
    },
  );

  it('answers in English when Office is not in Chinese', async () => {
    await fakeExcelWith('2022-district-blank.xlsx', { displayLanguage: 'en-US' });
    const result = await validateSheet();
    const messages = result.reports[0].issues.map((issue) => issue.message);
    expect(messages.length).toBeGreaterThan(0);
    expect(
      messages.every((message) =>
        /^[\x20-\x7E\u2018-\u201D\u3000-\u303F\u4E00-\u9FFF（）：≥≤.%]+$/.test(message),
      ),
    ).toBe(true);
  });
});

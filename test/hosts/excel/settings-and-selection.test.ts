// Settings travel in the workbook; clicking an issue selects its cell.

import { loadSettings, saveSettings, selectCell } from '../../../src/hosts/excel/operations';
import { defaultSettings, STATE_SHEET } from '../../../src/core';
import { fakeExcelWith } from './fixture';

describe('Settings', () => {
  it('default to the standard rules, in the language of Office', async () => {
    await fakeExcelWith('2022-district-blank.xlsx', { displayLanguage: 'en-US' });
    expect(await loadSettings()).toEqual({ ...defaultSettings, lang: 'en' });
  });

  it('are saved in the workbook (not the language) and read back', async () => {
    const { workbook } = await fakeExcelWith('2022-district-blank.xlsx');
    await saveSettings({ rounding: 'down', overCompletion: 1.5, lang: 'en' });
    expect(workbook.getWorksheet(STATE_SHEET)!.state).toBe('veryHidden');
    expect(await loadSettings()).toEqual({
      ...defaultSettings,
      rounding: 'down',
      overCompletion: 1.5,
      lang: 'zh-CN',
    });
  });
});

describe('Selecting an issue', () => {
  it('activates its sheet and selects its cell in one round trip', async () => {
    const { fake } = await fakeExcelWith('2022-district-blank.xlsx');
    await selectCell('疫情防控经费', 'I12');
    expect(fake.syncs).toBe(1);
    expect(fake.activeSheet).toBe('疫情防控经费');
    expect(fake.selection).toEqual({ sheet: '疫情防控经费', address: 'I12' });
  });
});

import ExcelJS from 'exceljs';
import type { Change } from '../../../src/core/model/change-set';
import { applyLayoutChange } from '../../../src/hosts/xlsx/layout';
import { reopen } from './apply-for-test';

const THIN = { style: 'thin' };

/** A workbook with one sheet 'Data' holding a formatted value in B2. */
function workbookWithData(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  sheet.getCell('B2').value = 'kept';
  sheet.getCell('B2').style = {
    font: { name: 'SimSun', size: 12, italic: true },
    alignment: { horizontal: 'right' },
    numFmt: '0.00',
  };
  return workbook;
}

function apply(workbook: ExcelJS.Workbook, ...changes: Change[]): void {
  for (const change of changes) expect(applyLayoutChange(workbook, change)).toBe(true);
}

describe('applying layout changes to an .xlsx workbook (applyLayoutChange)', () => {
  it('leaves values, fills and selection to the value writer', () => {
    const workbook = workbookWithData();
    const others: Change[] = [
      { kind: 'value', sheet: 'Data', cell: 'A1', value: 1 },
      { kind: 'fill', sheet: 'Data', cell: 'A1', color: '#FFFF00' },
      { kind: 'select', sheet: 'Data', cell: 'A1' },
    ];
    for (const change of others) expect(applyLayoutChange(workbook, change)).toBe(false);
    expect(workbook.getWorksheet('Data')!.getCell('A1').value).toBeNull();
  });

  it('adds a sheet that Excel opens on, with only its tab selected', async () => {
    const workbook = workbookWithData();
    workbook.getWorksheet('Data')!.views = [
      { state: 'normal', tabSelected: true } as Partial<ExcelJS.WorksheetView>,
    ];
    apply(workbook, { kind: 'addSheet', sheet: '自评表' });
    // Two selected tabs would open grouped. (ExcelJS writes tabSelected but does not read it back.)
    const selected = workbook.worksheets.map(
      (sheet) => (sheet.views[0] as { tabSelected?: boolean }).tabSelected,
    );
    expect(selected).toEqual([false, true]);
    const reopened = await reopen(workbook);
    expect(reopened.worksheets.map((sheet) => sheet.name)).toEqual(['Data', '自评表']);
    expect(reopened.views[0].activeTab).toBe(1);
  });

  it('refuses to add a sheet whose name is taken', () => {
    expect(() => applyLayoutChange(workbookWithData(), { kind: 'addSheet', sheet: 'Data' })).toThrow(
      /already exists/,
    );
  });

  it('sets only what a style names and keeps the cell’s other font and alignment settings', async () => {
    const workbook = workbookWithData();
    apply(
      workbook,
      { kind: 'style', sheet: 'Data', range: 'B2', style: { bold: true, wrap: true, vertical: 'middle' } },
      { kind: 'style', sheet: 'Data', range: 'B2', style: { border: true, fill: '#ffeeaa' } },
    );
    const cell = (await reopen(workbook)).getWorksheet('Data')!.getCell('B2');
    expect(cell.value).toBe('kept');
    expect(cell.numFmt).toBe('0.00');
    expect(cell.font).toMatchObject({ name: 'SimSun', size: 12, italic: true, bold: true });
    expect(cell.alignment).toEqual({ horizontal: 'right', vertical: 'middle', wrapText: true });
    expect(cell.border).toEqual({ top: THIN, left: THIN, bottom: THIN, right: THIN });
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEEAA' } });
  });

  it('styles one cell without touching the cells that share its style object', () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.getRow(1).font = { name: 'Arial' }; // cells of a styled row share its font object
    apply(workbook, { kind: 'style', sheet: 'Data', range: 'A1', style: { bold: true } });
    expect(sheet.getCell('A1').font).toEqual({ name: 'Arial', bold: true });
    expect(sheet.getCell('B1').font).toEqual({ name: 'Arial' });
  });

  it('clears a fill or the borders when told to', () => {
    const workbook = workbookWithData();
    apply(
      workbook,
      { kind: 'style', sheet: 'Data', range: 'B2', style: { border: true, fill: '#FF0000' } },
      { kind: 'style', sheet: 'Data', range: 'B2', style: { border: false, fill: null } },
    );
    const cell = workbook.getWorksheet('Data')!.getCell('B2');
    expect(cell.fill).toEqual({ type: 'pattern', pattern: 'none' });
    expect(cell.border).toEqual({});
  });

  it('merges a range and keeps the borders of every cell in it, so the area is framed', async () => {
    const workbook = workbookWithData();
    apply(
      workbook,
      { kind: 'style', sheet: 'Data', range: 'A4:C5', style: { border: true } },
      { kind: 'merge', sheet: 'Data', range: 'A4:C5' },
    );
    const sheet = (await reopen(workbook)).getWorksheet('Data')!;
    expect(sheet.model.merges).toEqual(['A4:C5']);
    expect(sheet.getCell('C5').border).toEqual({ top: THIN, left: THIN, bottom: THIN, right: THIN });
  });

  it('sizes columns in characters and rows in points, rows numbered as in A1 addresses', async () => {
    const workbook = workbookWithData();
    apply(
      workbook,
      { kind: 'columnWidth', sheet: 'Data', column: 'C', width: 24 },
      { kind: 'rowHeight', sheet: 'Data', row: 3, height: 90 },
    );
    const sheet = (await reopen(workbook)).getWorksheet('Data')!;
    expect(sheet.getColumn('C').width).toBe(24);
    expect(sheet.getRow(3).height).toBe(90);
    expect(sheet.getRow(2).height).toBeUndefined();
  });

  it('writes a dropdown list that Excel reads back on every cell of the range', async () => {
    const workbook = workbookWithData();
    apply(workbook, { kind: 'validation', sheet: 'Data', range: 'A13:A18', list: ['产出指标', '效益指标'] });
    const sheet = (await reopen(workbook)).getWorksheet('Data')!;
    for (const cell of ['A13', 'A18']) {
      expect(sheet.getCell(cell).dataValidation).toMatchObject({
        type: 'list',
        allowBlank: true,
        formulae: ['"产出指标,效益指标"'],
      });
    }
    expect(sheet.getCell('A19').dataValidation).toBeUndefined();
  });

  it('refuses a dropdown list longer than Excel accepts', () => {
    const list = Array.from({ length: 40 }, (_, i) => `很长的二级指标名称${i}`);
    expect(() =>
      applyLayoutChange(workbookWithData(), { kind: 'validation', sheet: 'Data', range: 'A1', list }),
    ).toThrow(RangeError);
  });

  it('sets up A4 printing: portrait, one page wide, print area, title rows, margins, centred', async () => {
    const workbook = workbookWithData();
    apply(workbook, {
      kind: 'pageSetup',
      sheet: 'Data',
      setup: {
        paper: 'A4',
        orientation: 'portrait',
        fitToWidth: true,
        printArea: 'A1:I36',
        printTitleRows: '1:2',
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
        horizontallyCentered: true,
      },
    });
    const sheet = (await reopen(workbook)).getWorksheet('Data')!;
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: 'A1:I36',
      printTitlesRow: '1:2',
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
    });
  });

  it('names the sheet it could not find', () => {
    expect(() =>
      applyLayoutChange(workbookWithData(), { kind: 'merge', sheet: 'Missing', range: 'A1:B1' }),
    ).toThrow(/Missing/);
  });
});

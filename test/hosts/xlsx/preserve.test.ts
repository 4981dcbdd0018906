// What recalc does not change keeps its meaning in the written file: values, formulas, styles,
// merges, column widths, row heights and every other sheet.

import ExcelJS from 'exceljs';
import path from 'path';
import { STATE_SHEET } from '../../../src/core';
import { selfeval } from '../../helpers/cli';
import { fixture, loadWorkbook, tempDir } from '../../helpers/fixtures';

function cells(ws: ExcelJS.Worksheet): Map<string, ExcelJS.Cell> {
  const out = new Map<string, ExcelJS.Cell>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => out.set(cell.address, cell)),
  );
  return out;
}

const styleOf = (c: ExcelJS.Cell) =>
  JSON.stringify({ font: c.font, border: c.border, alignment: c.alignment, numFmt: c.numFmt });

it.each(['2022-district-blank', '2023-city-centre'])(
  'recalculating %s changes nothing but computed cells',
  async (name) => {
    const dir = await tempDir();
    const source = await loadWorkbook(fixture(name));
    // A sheet of the user's own, with a formula and a note, must come through untouched.
    const own = source.addWorksheet('我的备注');
    own.getCell('A1').value = '合计';
    own.getCell('B1').value = { formula: 'SUM(1,2)', result: 3 };
    own.getColumn(1).width = 33;
    const input = path.join(dir, 'input.xlsx');
    await source.xlsx.writeFile(input);
    const out = path.join(dir, 'output.xlsx');
    const run = selfeval(
      'recalc',
      input,
      '-o',
      out,
      '--json',
      '--rounding',
      name.startsWith('2023') ? 'down' : 'half-up',
    );
    const report = JSON.parse(run.stdout);
    type FormJson = {
      sheet: string;
      budget: { cell: string; rateCell: string };
      indicators: { scoreCell: string; reasonCell: string }[];
      total: { cell: string; weightCell: string };
      grade: { cell: string };
    };
    const computed = new Set<string>();
    for (const f of report.forms as FormJson[]) {
      for (const c of [f.budget.cell, f.budget.rateCell, f.total.cell, f.total.weightCell, f.grade.cell])
        computed.add(`${f.sheet}!${c}`);
      for (const i of f.indicators)
        computed.add(`${f.sheet}!${i.scoreCell}`).add(`${f.sheet}!${i.reasonCell}`);
    }
    const before = await loadWorkbook(input);
    const after = await loadWorkbook(out);
    expect(after.worksheets.filter((w) => w.name !== STATE_SHEET).map((w) => w.name)).toEqual(
      before.worksheets.map((w) => w.name),
    );
    // The state sheet (highlights, undo) is added only when something changed, and never shown.
    if (after.getWorksheet(STATE_SHEET)) expect(after.getWorksheet(STATE_SHEET)!.state).toBe('veryHidden');
    else expect(name).toBe('2023-city-centre'); // published and correct: nothing to write
    let compared = 0;
    for (const ws of before.worksheets) {
      const other = after.getWorksheet(ws.name)!;
      expect(other.model.merges.slice().sort()).toEqual(ws.model.merges.slice().sort());
      expect(other.columns?.map((c) => c.width)).toEqual(ws.columns?.map((c) => c.width));
      const a = cells(ws);
      const b = cells(other);
      for (const [address, cell] of a) {
        const key = `${ws.name}!${address}`;
        if (computed.has(key) || isFundsRate(report.forms, ws.name, address)) continue;
        // ExcelJS shows a merged area's value in all its cells: compare the top-left one only.
        const ownValue = !(cell.isMerged && cell.master !== cell);
        if (ownValue)
          expect([key, JSON.stringify(b.get(address)?.value ?? null)]).toEqual([
            key,
            JSON.stringify(cell.value ?? null),
          ]);
        expect([key, styleOf(b.get(address)!)]).toEqual([key, styleOf(cell)]);
        compared++;
      }
      for (let r = 1; r <= ws.rowCount; r++) expect(other.getRow(r).height).toBe(ws.getRow(r).height);
    }
    expect(compared).toBeGreaterThan(500);
    expect(after.getWorksheet('我的备注')!.getCell('B1').formula).toBe('SUM(1,2)');
  },
);

/** A 执行率 cell of the funds block (the 年度资金总额 row or a sub-row): a computed cell too. */
function isFundsRate(
  forms: { sheet: string; budget: { rateCell: string } }[],
  sheet: string,
  address: string,
): boolean {
  const form = forms.find((f) => f.sheet === sheet);
  if (!form?.budget.rateCell) return false;
  const column = form.budget.rateCell.replace(/\d+/, '');
  const row = Number(form.budget.rateCell.replace(/\D+/, ''));
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return m[1] === column && Number(m[2]) > row && Number(m[2]) <= row + 3;
}

// A user inserts the blank template, types a project into it, and recalculates: scores, totals
// and grade appear with no further setup, and the row below its weight asks for a reason.

import path from 'path';
import { HIGHLIGHT_FILL } from '../../src/core/plan/highlight';
import { fillOf } from '../../src/hosts/xlsx/read';
import { selfeval } from '../helpers/cli';
import { loadWorkbook, tempDir } from '../helpers/fixtures';

/** Finds the row whose column B or A shows `label` (the template's 二级/一级 labels). */
function rowOf(ws: import('exceljs').Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    for (const c of [1, 2, 3])
      if (String(ws.getCell(r, c).value ?? '').replace(/\s/g, '') === label) return r;
  }
  throw new Error(`no row labelled ${label}`);
}

it('the blank template, once typed into, recalculates with no further setup', async () => {
  const dir = await tempDir();
  const blank = path.join(dir, 'blank.xlsx');
  expect(selfeval('template', blank, '--year', '2024').code).toBe(0);
  const wb = await loadWorkbook(blank);
  const ws = wb.worksheets[0];
  ws.getCell(rowOf(ws, '项目名称'), 3).value = '社区健康讲座';
  ws.getCell(rowOf(ws, '主管部门'), 3).value = '某区卫生健康委员会';
  const implementer = ws.getRow(rowOf(ws, '主管部门'));
  implementer.eachCell((cell) => {
    if (cell.value === '实施单位') ws.getCell(cell.row, Number(cell.col) + 1).value = '某区健康促进中心';
  });
  const funds = rowOf(ws, '年度资金总额');
  ws.getCell(funds, 3).value = 100;
  ws.getCell(funds, 4).value = 100;
  ws.getCell(funds, 5).value = 95;
  const goals = rowOf(ws, '预期目标') + 1;
  ws.getCell(goals, 2).value = '开展健康讲座，提升居民健康素养。';
  ws.getCell(goals, 5).value = '全年开展讲座 80 场。';
  const type = (label: string, name: string, target: string, actual: string | number, weight: number) => {
    const r = rowOf(ws, label);
    ws.getCell(r, 3).value = name;
    ws.getCell(r, 4).value = target;
    ws.getCell(r, 5).value = actual;
    ws.getCell(r, 6).value = weight;
    return r;
  };
  const lectures = type('数量指标', '讲座场次', '≥100(场)', '80(场)', 30);
  type('质量指标', '讲座质量', '达标', '达成指标', 30);
  type('社会效益指标', '居民知晓率', '=100%', '100%', 20);
  type('服务对象满意度指标', '居民满意度', '≥90%', '95%', 10);
  const typed = path.join(dir, 'typed.xlsx');
  await wb.xlsx.writeFile(typed);

  const out = path.join(dir, 'recalculated.xlsx');
  const run = selfeval('recalc', typed, '-o', out, '--json');
  const report = JSON.parse(run.stdout);
  expect(report.forms).toHaveLength(1);
  const form = report.forms[0];
  expect(form.projectName).toBe('社区健康讲座');
  expect(form.budget.score).toBe('9.5');
  expect(form.indicators.map((i: { score: string }) => i.score)).toEqual(['24', '30', '20', '10']);
  expect(form.total).toMatchObject({ weight: '100', score: '93.5' });
  expect(form.grade.value).toBe('优');
  // 讲座场次 scores 24 of 30 with no reason: the one error, highlighted.
  const errors = report.issues.filter((i: { severity: string }) => i.severity === 'error');
  expect(errors.map((i: { code: string; cell: string }) => [i.code, i.cell])).toEqual([
    ['MISSING_REASON', `H${lectures}`],
  ]);
  expect(run.code).toBe(1);
  const result = await loadWorkbook(out);
  expect(fillOf(result.worksheets[0].getCell(`H${lectures}`))).toBe(HIGHLIGHT_FILL);
});

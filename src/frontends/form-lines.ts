// What the command line, the offline page and the add-ins say of each 自评表 made from a 绩效目标申报表
// (from-targets): its indicators and that their weights are proposals to confirm, and what was
// taken from the declaration that the user should look at.

import type { FilledForm } from '../core';
import { format, type FrontEnd } from '../i18n';
import type { WithFiles } from '../i18n/files';

/** What the user is told of one form made: its indicators and proposed weights (or that the
 * declaration has none), and each thing taken from the declaration that they should look at: an
 * unnamed unit (how to change it, as `frontEnd` lets them), rows without 三级指标, a hidden sheet.
 * One line each, indented under the line saying the workbook was made. */
export function formLines(form: FilledForm, m: WithFiles, frontEnd: FrontEnd): string[] {
  const { sheet, declaration } = form;
  const split = form.split
    .map((s) => format(m.batch.splitGroup[s.group], { points: s.points.toString() }))
    .join(m.batch.splitSeparator);
  const lines = [
    declaration.indicators.length
      ? format(m.batch.formWritten, { sheet, indicators: declaration.indicators.length, split })
      : format(m.batch.noIndicators, { sheet }),
  ];
  if (form.assumedUnit) {
    const other = form.assumedUnit === '元' ? '万元' : '元';
    const change = format(m.batch.unitChange[frontEnd === 'cli' ? 'cli' : 'declaration'], { other });
    lines.push(format(m.batch.unitAssumed, { sheet, unit: form.assumedUnit, other, change }));
  }
  if (form.unnamed.length)
    lines.push(
      format(m.batch.unnamedIndicators, {
        sheet,
        source: declaration.sheet,
        rows: form.unnamed.map((u) => u.row).join(m.waiting.separator),
        cells: form.unnamed.map((u) => u.cell).join(m.waiting.separator),
        count: form.unnamed.length,
      }),
    );
  if (declaration.hidden) lines.push(format(m.batch.fromHiddenSheet, { sheet, source: declaration.sheet }));
  return lines;
}

// selfeval from-targets DECL.xlsx -o OUT.xlsx: a new workbook with a filled 自评表 for every
// 绩效目标申报表 in DECL, weights proposed (and said so), actuals left for the user.

import ExcelJS from 'exceljs';
import { fromTargetsWorkbook } from '../../core';
import { applyChanges, gridsOf, openWorkbookFile, saveWorkbook } from '../../hosts/xlsx';
import { format, messages } from '../../i18n';
import { UsageError, type Args } from '../args';
import type { Output } from '../output';

export async function fromTargetsCommand(args: Args, out: Output): Promise<number> {
  const m = messages(args.lang);
  if (args.files.length !== 1) throw new UsageError(m.cli.missingFile);
  if (!args.output) throw new UsageError(m.cli.missingOutput);
  const unit = args.options['--unit'] ?? '万元';
  if (unit !== '万元' && unit !== '元')
    throw new UsageError(format(m.cli.badOption, { option: '--unit', value: unit }));

  const result = fromTargetsWorkbook(gridsOf((await openWorkbookFile(args.files[0])).book), [], {
    fundUnit: unit,
    messages: m,
  });
  if (!result.forms.length) {
    out.error(format(m.batch.noDeclarations, { file: args.files[0] }));
    return 1;
  }
  const wb = new ExcelJS.Workbook();
  applyChanges(wb, result.changes);
  await saveWorkbook(wb, args.output);
  out.note(format(m.batch.declarationsWritten, { count: result.forms.length, file: args.output }));
  for (const form of result.forms) {
    out.note(format(m.batch.formWritten, { sheet: form.sheet, indicators: form.issues.length }));
  }
  return 0;
}

// selfeval recalc IN.xlsx -o OUT.xlsx: fills computed cells and highlights, writes OUT (IN is
// never touched unless OUT is IN), then reports OUT as `check OUT` would: from the recalculation's
// own report of the sheets as written, without reading OUT back.

import { openWorkbook, recalculateWorkbook, saveWorkbook } from '../../hosts/xlsx';
import { UsageError, type Args } from '../args';
import { format, messages } from '../../i18n';
import { hasErrors, type FileReport } from '../report';
import type { Output } from '../output';

export async function recalcCommand(args: Args, out: Output): Promise<number> {
  const m = messages(args.lang);
  if (args.files.length !== 1) throw new UsageError(m.cli.missingFile);
  if (!args.output) throw new UsageError(m.cli.missingOutput);
  const wb = await openWorkbook(args.files[0]);
  const result = recalculateWorkbook(wb, args.overrides, m);
  await saveWorkbook(wb, args.output);
  out.note(format(m.cli.written, { file: args.output, changes: result.changes.length }));
  if (result.formulasReplaced) out.note(format(m.cli.formulasReplaced, { count: result.formulasReplaced }));
  const report: FileReport = { file: args.output, sheets: result.reports };
  out.report(report);
  return hasErrors(report) ? 1 : 0;
}

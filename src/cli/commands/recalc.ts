// selfeval recalc IN.xlsx -o OUT.xlsx: fills computed cells and highlights, writes OUT (IN is
// never touched unless OUT is IN), then reports as `check OUT` would.

import { openWorkbook, recalculateWorkbook, saveWorkbook } from '../../hosts/xlsx';
import { explicitSettings, UsageError, type Args } from '../args';
import { format, messages } from '../../i18n';
import { hasErrors } from '../report';
import { checkFile } from './check';
import type { Output } from '../output';

export async function recalcCommand(args: Args, out: Output): Promise<number> {
  const m = messages(args.settings.lang).cli;
  if (args.files.length !== 1) throw new UsageError(m.missingFile);
  if (!args.output) throw new UsageError(m.missingOutput);
  const wb = await openWorkbook(args.files[0]);
  const result = recalculateWorkbook(wb, explicitSettings(args));
  await saveWorkbook(wb, args.output);
  out.note(format(m.written, { file: args.output, changes: result.changes.length }));
  const report = await checkFile(args.output, args);
  out.report(report);
  return hasErrors(report) ? 1 : 0;
}

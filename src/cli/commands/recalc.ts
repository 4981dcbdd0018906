// selfeval recalc IN -o OUT: fills computed cells and highlights, writes OUT by patching IN's
// package (every other part byte for byte; IN is never touched unless OUT is IN; a legacy
// .xls/.et/.ods IN gives an .xlsx OUT, beside IN when -o is not given), then reports OUT as
// `check OUT` would: from the recalculation's own report of the sheets as written, without
// reading OUT back.

import path from 'path';
import { recalculateBook } from '../../hosts/xlsx/book';
import { openWorkbookFile, saveBytes } from '../../hosts/xlsx/workbook-file';
import { UsageError, type Args } from '../args';
import { fileMessages } from '../../i18n/files';
import { format } from '../../i18n';
import { hasErrors, type FileReport } from '../report';
import type { Output } from '../output';
import { outputFile, replacesFile } from '../output-name';

export async function recalcCommand(args: Args, out: Output): Promise<number> {
  const m = fileMessages(args.lang, 'cli');
  if (args.files.length !== 1) throw new UsageError(m.cli.missingFile);
  const opened = await openWorkbookFile(args.files[0]);
  // Without -o, a converted .xls/.et/.ods gets its .xlsx beside it (never over a file); an .xlsx
  // is only ever written where the user says.
  if (!args.output && !opened.converted) throw new UsageError(m.cli.missingOutput);
  const input = args.files[0];
  const asked = args.output ?? input.slice(0, input.length - path.extname(input).length) + '.xlsx';
  const { result, bytes, stateNotKept } = recalculateBook(opened, args.overrides, m);
  // No form, nothing to recalculate: no copy of IN is written; the report is IN's, as check gives it.
  if (!result.reports.some((r) => r.forms.length)) {
    out.note(format(m.cli.noFormNotWritten, { file: input, output: asked }));
    out.report({ file: input, sheets: result.reports });
    return 1;
  }
  const output = await outputFile(
    asked,
    { macros: /\.xlsm$/i.test(input), input, converted: opened.converted, chosen: !args.output },
    out,
    m,
  );
  const replaced = await replacesFile(output, input);
  await saveBytes(output, bytes);
  // Said once written: a write that failed saved nothing as .xlsx.
  if (opened.converted)
    out.note(format(m.cli.convertedNote, { file: args.files[0], kind: opened.convertedFrom ?? '.xls' }));
  out.note(
    format(m.cli.written, {
      file: output,
      changes: result.changes.length,
      replaced: replaced ? m.cli.replacedExisting : '',
    }),
  );
  if (stateNotKept) out.note(m.cli.stateNotKept[stateNotKept]);
  if (result.formulasReplaced) out.note(format(m.cli.formulasReplaced, { count: result.formulasReplaced }));
  const report: FileReport = { file: output, sheets: result.reports };
  out.report(report);
  return hasErrors(report) ? 1 : 0;
}

// selfeval recalc IN -o OUT: fills computed cells and highlights, writes OUT by patching IN's
// package (every other part byte for byte; IN is never touched unless OUT is IN; a legacy
// .xls/.et/.ods IN gives an .xlsx OUT), then reports OUT as `check OUT` would: from the
// recalculation's own report of the sheets as written, without reading OUT back.

import { promises as fs } from 'fs';
import path from 'path';
import { recalculateBook } from '../../hosts/xlsx/book';
import {
  exists,
  openWorkbookFile,
  sameFile,
  saveBytes,
  UnreadableFileError,
} from '../../hosts/xlsx/workbook-file';
import { UsageError, type Args } from '../args';
import { format, messages } from '../../i18n';
import { hasErrors, type FileReport } from '../report';
import type { Output } from '../output';

/** The output's name: .xlsm for a workbook with macros (Excel refuses a macro-enabled package
 * named .xlsx), else .xlsx whatever was asked (what recalc writes is an .xlsx package: named .xls
 * or .csv, or with no extension, Excel would not open it as one). A folder (or a path ending in a
 * separator) is kept for saveBytes to say so, a device such as /dev/null to be written into. */
async function outputName(output: string, input: string): Promise<string> {
  const stat = await fs.stat(output).catch(() => null);
  if (/[\\/]$/.test(output) || (stat && !stat.isFile())) return output;
  const ext = path.extname(output);
  const stem = ext ? output.slice(0, -ext.length) : output;
  if (/\.xlsm$/i.test(input)) return /\.xlsm$/i.test(output) ? output : `${stem}.xlsm`;
  return /\.xlsx$/i.test(output) ? output : `${stem}.xlsx`;
}

/** Refuses to write where the user did not ask for it: over a file under the name recalc chose
 * (`-o form.xls` gives form.xlsx: an existing form.xlsx is someone's, even the input), or over the original of a
 * converted .xls/.ods (an .ods named .xlsx, written in place, would be lost). */
async function refuseUnasked(output: string, asked: string, input: string, converted: boolean) {
  if (converted && (await sameFile(output, input))) throw new UnreadableFileError(output, 'keepsOriginal');
  if (output !== asked && (await exists(output))) throw new UnreadableFileError(output, 'renamedExists');
}

export async function recalcCommand(args: Args, out: Output): Promise<number> {
  const m = messages(args.lang, 'cli');
  if (args.files.length !== 1) throw new UsageError(m.cli.missingFile);
  if (!args.output) throw new UsageError(m.cli.missingOutput);
  const opened = await openWorkbookFile(args.files[0]);
  const { result, bytes, stateNotKept } = recalculateBook(opened, args.overrides, m);
  const output = await outputName(args.output, args.files[0]);
  await refuseUnasked(output, args.output, args.files[0], opened.converted);
  if (output !== args.output)
    out.note(format(/\.xlsm$/i.test(output) ? m.cli.renamedOutput : m.cli.renamedToXlsx, { file: output }));
  if (opened.converted)
    out.note(format(m.cli.convertedNote, { file: args.files[0], kind: opened.convertedFrom ?? '.xls' }));
  await saveBytes(output, bytes);
  out.note(format(m.cli.written, { file: output, changes: result.changes.length }));
  if (stateNotKept) out.note(m.cli.stateNotKept);
  if (result.formulasReplaced) out.note(format(m.cli.formulasReplaced, { count: result.formulasReplaced }));
  const report: FileReport = { file: output, sheets: result.reports };
  out.report(report);
  return hasErrors(report) ? 1 : 0;
}

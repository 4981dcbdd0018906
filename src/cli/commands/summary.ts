// selfeval summary FILES-OR-FOLDERS... -o SUMMARY.xlsx: one 汇总表 of every form in the
// workbooks, each row linked to its form (by a path relative to SUMMARY). An unreadable file is
// named with why, on standard error and under the 汇总表, and makes the exit code 1. A name that
// leads nowhere stops the command before anything is written (exit 2): a mistyped folder would
// leave all its forms out of the totals. No form in any of them: nothing is written (exit 1).

import path from 'path';
import type { SummarySource } from '../../core';
import { saveBytes, UnreadableFileError } from '../../hosts/xlsx/workbook-file';
import { fileMessages } from '../../i18n/files';
import { format } from '../../i18n';
import { UsageError, type Args } from '../args';
import { problemLine, type CheckedFile } from '../checked-file';
import type { Output } from '../output';
import { outputFile, replacesFile } from '../output-name';
import { checkAll } from '../pool';
import { leadsNowhere, realPath, xlsxFiles } from '../walk';

export async function summaryCommand(args: Args, out: Output): Promise<number> {
  const m = fileMessages(args.lang, 'cli');
  if (!args.files.length) throw new UsageError(m.cli.missingFile);
  if (!args.output) throw new UsageError(m.cli.missingOutput);
  for (const named of args.files) {
    const nowhere = await leadsNowhere(named);
    if (nowhere) throw new UnreadableFileError(named, nowhere);
  }
  // Refused before any work when it would replace a workbook of forms (one of the inputs).
  const file = await outputFile(args.output, { whole: true }, out, m);
  const output = path.resolve(file);
  // A summary written before into the same folder is no input, whatever name reaches it.
  const found = await xlsxFiles(args.files);
  const written = await realPath(output);
  const files: string[] = [];
  for (const f of found.files) if ((await realPath(f)) !== written) files.push(f);
  if (!files.length && !found.unopened.length)
    throw new UsageError(format(m.batch.noFiles, { where: args.files.join(m.batch.problemSeparator) }));
  for (const folder of found.empty) out.note(format(m.batch.noFiles, { where: folder }));

  const results: CheckedFile[] = [];
  const order = new Map(files.map((file, i) => [file, i]));
  await checkAll(
    files,
    { overrides: args.overrides, lang: args.lang, recalculated: true },
    (r) => (results[order.get(r.file)!] = r),
  );
  for (const folder of found.unopened)
    results.push({ file: folder, unreadable: m.cli.problems.folderUnopened });
  const sources: SummarySource[] = [];
  for (const r of results) {
    const link = path.relative(path.dirname(output), path.resolve(r.file)).split(path.sep).join('/');
    if ('unreadable' in r) {
      out.error(format(m.batch.skipped, { detail: problemLine(r.file, r.unreadable, m) }));
      sources.push({ file: link, reports: [], problem: r.unreadable });
    } else sources.push({ file: link, reports: r.report.sheets, recalculated: r.report.recalculated });
  }
  const where = args.files.join(m.batch.problemSeparator);
  // Nothing to sum up: an empty 汇总表 would only say so, where the user sees no file written.
  if (!sources.some((s) => s.reports.some((r) => r.forms.length))) {
    out.error(format(m.batch.summaryNoForms, { where, output: file }));
    return 1;
  }
  const { summaryBook, summaryNote } = await import('../../hosts/xlsx/new-book');
  const built = await summaryBook(sources, args.overrides, m);
  const replaced = await replacesFile(file);
  await saveBytes(file, built.bytes);
  out.note(summaryNote(file, built, m, replaced));
  return sources.some((s) => s.problem) ? 1 : 0;
}

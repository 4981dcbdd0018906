// selfeval undo IN -o OUT: 撤销上次计算 for those without the add-in. The record of the last
// recalculation that `recalc`, Excel and WPS keep in the workbook is replayed backwards and OUT is
// written by patching IN's package, as recalc writes (every other part byte for byte; IN is never
// touched unless OUT is IN). Nothing to undo: nothing written, one line, exit 1.

import { undoBook } from '../../hosts/xlsx/book';
import { openWorkbookFile, saveBytes } from '../../hosts/xlsx/workbook-file';
import { UsageError, type Args } from '../args';
import { fileMessages } from '../../i18n/files';
import { format } from '../../i18n';
import type { Output } from '../output';
import { outputFile, replacesFile } from '../output-name';

export async function undoCommand(args: Args, out: Output): Promise<number> {
  const m = fileMessages(args.lang, 'cli');
  if (args.files.length !== 1) throw new UsageError(m.cli.missingFile);
  if (!args.output) throw new UsageError(m.cli.missingOutput);
  const input = args.files[0];
  const opened = await openWorkbookFile(input);
  const undone = undoBook(opened);
  if (undone.blocked) {
    out.error(
      format(m.cli.fileProblem, {
        file: input,
        why: format(m.issue.PROTECTED_SHEET, { sheet: undone.blocked }),
      }),
    );
    return 1;
  }
  if (!undone.bytes) {
    out.error(format(m.cli.nothingToUndo[undone.nothing ?? 'none'], { file: input, output: args.output }));
    return 1;
  }
  const output = await outputFile(args.output, { macros: /\.xlsm$/i.test(input), input }, out, m);
  const replaced = await replacesFile(output, input);
  await saveBytes(output, undone.bytes);
  out.note(
    format(m.cli.undoneWritten, {
      file: output,
      restored: undone.restored,
      replaced: replaced ? m.cli.replacedExisting : '',
    }),
  );
  return 0;
}

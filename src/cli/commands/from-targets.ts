// selfeval from-targets DECL.xlsx -o OUT.xlsx: a new workbook with a filled 自评表 for every
// 绩效目标申报表 in DECL, weights proposed (and said so), actuals left for the user.

import { formLines } from '../../frontends/form-lines';
import { gridsOf } from '../../hosts/xlsx/book';
import { openWorkbookFile, saveBytes } from '../../hosts/xlsx/workbook-file';
import { fileMessages } from '../../i18n/files';
import { format } from '../../i18n';
import { badOption, choices, UsageError, type Args } from '../args';
import type { Output } from '../output';
import { outputFile, replacesFile } from '../output-name';

export async function fromTargetsCommand(args: Args, out: Output): Promise<number> {
  const m = fileMessages(args.lang, 'cli');
  if (args.files.length !== 1) throw new UsageError(m.cli.missingFile);
  if (!args.output) throw new UsageError(m.cli.missingOutput);
  const unit = args.options['--unit'] ?? '万元';
  if (unit !== '万元' && unit !== '元')
    throw badOption(args.lang, '--unit', unit, choices(args.lang, ['万元', '元']));

  // Hidden sheets too: a declaration out of sight is still one the user asked for (said so below).
  const grids = gridsOf((await openWorkbookFile(args.files[0])).book, { hidden: true });
  const { fromTargetsBook } = await import('../../hosts/xlsx/new-book');
  const { forms, bytes, uncalculated } = await fromTargetsBook(grids, unit, m);
  // Nothing is written: a form missing what those formulas show would look complete.
  for (const { sheet, cells } of uncalculated) {
    const list = cells.join(m.waiting.separator);
    out.error(
      format(m.batch.declarationUncalculated, {
        file: args.files[0],
        sheet,
        cells: list,
        count: cells.length,
      }),
    );
  }
  if (uncalculated.length) return 1;
  if (!bytes) {
    out.error(format(m.batch.noDeclarations, { file: args.files[0] }));
    return 1;
  }
  const file = await outputFile(args.output, { input: args.files[0], whole: true }, out, m);
  const replaced = await replacesFile(file);
  await saveBytes(file, bytes);
  out.note(
    format(m.batch.declarationsWritten, {
      count: forms.length,
      file,
      replaced: replaced ? m.cli.replacedExisting : '',
    }),
  );
  for (const form of forms) for (const line of formLines(form, m, 'cli')) out.note(line);
  return 0;
}

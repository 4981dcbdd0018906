// selfeval template OUT.xlsx: a new workbook holding one blank, print-ready standard form.

import { DEFAULT_LEVEL_SET, LEVEL_SET_YEARS } from '../../core';
import { saveBytes } from '../../hosts/xlsx/workbook-file';
import { badOption, choices, UsageError, type Args } from '../args';
import { fileMessages } from '../../i18n/files';
import { format } from '../../i18n';
import type { Output } from '../output';
import { outputFile, replacesFile } from '../output-name';

export async function templateCommand(args: Args, out: Output): Promise<number> {
  const all = fileMessages(args.lang, 'cli');
  const m = all.cli;
  const asked = args.output ?? args.files[0];
  // The usage shows the output as a plain argument; -o is taken too, as the other commands take it.
  if (!asked) throw new UsageError(m.missingTemplateOutput);
  const set = args.options['--level-set'] ?? DEFAULT_LEVEL_SET;
  const levelSet = LEVEL_SET_YEARS.find((year) => year === set);
  if (!levelSet) throw badOption(args.lang, '--level-set', set, choices(args.lang, LEVEL_SET_YEARS));
  const year = args.options['--year'];
  if (year !== undefined && !/^\d{4}$/.test(year)) throw badOption(args.lang, '--year', year, m.yearAllowed);
  const { templateBook } = await import('../../hosts/xlsx/new-book');
  const { sheet, bytes } = await templateBook({ levelSet, year });
  const file = await outputFile(asked, { whole: true }, out, all);
  const replaced = await replacesFile(file);
  await saveBytes(file, bytes);
  out.note(format(m.templateWritten, { file, sheet, replaced: replaced ? m.replacedExisting : '' }));
  return 0;
}

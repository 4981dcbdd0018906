// selfeval check FILE.xlsx...: reports every form and issue; exit 1 when there are errors.

import { UsageError, type Args } from '../args';
import { checkFile, problemLine, problemOf } from '../checked-file';
import { hasErrors } from '../report';
import { fileMessages } from '../../i18n/files';
import type { Output } from '../output';
import { checkFolders } from '../folder';
import { isDirectory } from '../walk';

export async function checkCommand(args: Args, out: Output): Promise<number> {
  if (!args.files.length) throw new UsageError(fileMessages(args.lang, 'cli').cli.missingFile);
  // Folders: every .xlsx under them, checked in parallel, a table at the end.
  for (const file of args.files) if (await isDirectory(file)) return checkFolders(args, out);
  // Every file named is reported: one that cannot be read is a line saying why, and exit 2.
  const m = fileMessages(args.lang, 'cli');
  let code = 0;
  for (const file of args.files) {
    try {
      const { stateUnreadable, ...report } = await checkFile(file, args);
      // Checked with the default settings: a workbook that rounds down would show mismatches.
      if (stateUnreadable) out.note(problemLine(file, m.cli.stateUnreadable, m));
      out.report(report);
      if (hasErrors(report)) code = Math.max(code, 1);
    } catch (e) {
      const why = problemOf(e, m);
      out.unreadable(file, why, problemLine(file, why, m));
      code = 2;
    }
  }
  return code;
}

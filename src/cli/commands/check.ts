// selfeval check FILE.xlsx...: reports every form and issue; exit 1 when there are errors.

import { UsageError, type Args } from '../args';
import { checkFile } from '../checked-file';
import { hasErrors } from '../report';
import { messages } from '../../i18n';
import type { Output } from '../output';
import { checkFolders } from '../folder';
import { isDirectory } from '../walk';

export async function checkCommand(args: Args, out: Output): Promise<number> {
  if (!args.files.length) throw new UsageError(messages(args.lang).cli.missingFile);
  // Folders: every .xlsx under them, checked in parallel, a table at the end.
  for (const file of args.files) if (await isDirectory(file)) return checkFolders(args, out);
  let code = 0;
  for (const file of args.files) {
    const report = await checkFile(file, args);
    out.report(report);
    if (hasErrors(report)) code = 1;
  }
  return code;
}

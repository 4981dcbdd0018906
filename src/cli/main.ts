// The selfeval command: check | recalc | undo | template | from-targets | summary. Exit 0 no errors, 1 errors found, 2 bad usage
// or an unreadable file (a clear message, never a stack trace).
// ExcelJS takes about 0.2 s to load, as long as a check of a workbook: only the commands that build
// a new workbook (template, summary, from-targets) load it, by importing hosts/xlsx/new-book when
// they run; the CLI imports the xlsx host's modules, never its index (which serves ExcelJS books).

import { UnreadableFileError } from '../hosts/xlsx/workbook-file';
import { fileMessages } from '../i18n/files';
import { format } from '../i18n';
import { cliLang, parseArgs, UsageError, type Args } from './args';
import { problemLine, problemOf } from './checked-file';
import { checkCommand } from './commands/check';
import { fromTargetsCommand } from './commands/from-targets';
import { recalcCommand } from './commands/recalc';
import { summaryCommand } from './commands/summary';
import { templateCommand } from './commands/template';
import { undoCommand } from './commands/undo';
import { consoleOutput, type Output } from './output';
import { stdoutFailure } from './stdout';
import { packageVersion } from './version';

type Command = (args: Args, out: Output) => Promise<number>;

export const commands: Record<string, Command> = {
  check: checkCommand,
  recalc: recalcCommand,
  template: templateCommand,
  'from-targets': fromTargetsCommand,
  summary: summaryCommand,
  undo: undoCommand,
};

export async function main(argv: string[], out?: Output): Promise<number> {
  const code = await run(argv, out);
  // A report cut short is said, and is no success (a closed pipe is the reader's choice).
  const failure = stdoutFailure();
  if (!failure || failure === 'closed') return code;
  const lang = cliLang(argv, process.env);
  (out ?? consoleOutput(false, lang)).error(fileMessages(lang, 'cli').cli.reportNotWritten[failure]);
  return 2;
}

/** Whether the folder the command was run from has been deleted since (every relative path,
 * and Node's own path resolution, would fail with a raw error). */
function cwdGone(): boolean {
  try {
    process.cwd();
    return false;
  } catch {
    return true;
  }
}

async function run(argv: string[], out?: Output): Promise<number> {
  const lang = cliLang(argv, process.env);
  const all = fileMessages(lang, 'cli');
  const m = all.cli;
  // Every command's line, then the options they share.
  const usage = `${m.usage}\n${all.batch.usage}\n${m.commonOptions}`;
  const fallback = consoleOutput(false, lang);
  let args: Args | undefined;
  // The command's output once the line is read: with --json, a file it cannot read is a JSON line too.
  let o = out ?? fallback;
  try {
    args = parseArgs(argv, lang);
    if (!args.command || args.command === 'help') {
      // Asked for, help goes to standard output and succeeds; without a command it is a usage error.
      if (args.command) (out ?? fallback).help(usage);
      else (out ?? fallback).error(usage);
      return args.command ? 0 : 2;
    }
    if (args.command === 'version') {
      (out ?? fallback).help(packageVersion());
      return 0;
    }
    const command = commands[args.command];
    if (!command) throw new UsageError(format(m.unknownCommand, { command: args.command }));
    if (cwdGone()) {
      (out ?? fallback).error(m.cwdGone);
      return 2;
    }
    o = out ?? consoleOutput(args.json, lang);
    return await command(args, o);
  } catch (e) {
    if (e instanceof UsageError) {
      // One line, as most command lines give it; the whole usage is a --help away.
      o.error(format(m.usageHint, { error: e.message }));
      return 2;
    }
    if (e instanceof UnreadableFileError) {
      const why = problemOf(e, all);
      o.unreadable(e.file, why, problemLine(e.file, why, all));
      return 2;
    }
    // Never Node's or JavaScript's own text: what went wrong in the user's words, naming the file
    // when the command had one.
    const file = args?.files.length === 1 ? args.files[0] : undefined;
    const why = cwdGone() ? m.cwdGone : m.unexpected;
    o.error(file ? problemLine(file, why, all) : why);
    return 2;
  }
}

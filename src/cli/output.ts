// Where the CLI writes: reports to stdout (text or JSON lines), notes and errors to stderr.

import type { Lang } from '../i18n';
import { toJson, toText, type FileReport } from './report';
import { writeStdout } from './stdout';

export interface Output {
  report(report: FileReport): void;
  /** A file that cannot be read: `why` on stderr, and with --json its own line
   * ({"file", "error"}, as check DIR gives it), so that every file named has one. */
  unreadable(file: string, why: string, line: string): void;
  note(text: string): void;
  error(text: string): void;
  /** The usage text asked for with --help: standard output. */
  help(text: string): void;
}

export function consoleOutput(json: boolean, lang: Lang): Output {
  return {
    report: (r) => writeStdout(`${json ? JSON.stringify(toJson(r)) : toText(r, lang)}\n${json ? '' : '\n'}`),
    unreadable: (file, why, line) => {
      if (json) writeStdout(`${JSON.stringify({ file, error: why })}\n`);
      process.stderr.write(`${line}\n`);
    },
    note: (t) => process.stderr.write(`${t}\n`),
    error: (t) => process.stderr.write(`${t}\n`),
    help: (t) => writeStdout(`${t}\n`),
  };
}

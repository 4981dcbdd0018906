// selfeval check with folders: every .xlsx under them checked on all cores, progress on a
// terminal, then a table of the files with errors (or, with --json, one report per file as JSON
// lines, in file order). Exit 2 when a file cannot be read (or a folder opened) or none is found,
// else 1 when any file has errors.

import { countBySeverity } from '../core';
import { fileMessages, type WithFiles } from '../i18n/files';
import { format } from '../i18n';
import { type Args } from './args';
import type { CheckedFile } from './checked-file';
import type { Output } from './output';
import { checkAll } from './pool';
import { hasErrors, toJson } from './report';
import { writeStdout } from './stdout';
import { xlsxFiles } from './walk';
import { table, truncate } from './width';

type Print = (line: string) => void;

const MAX_KINDS = 3;
/** The 说明 column's width in terminal columns. */
const MAX_WIDTH = 72;

function jsonOf(result: CheckedFile): object {
  return 'report' in result ? toJson(result.report) : { file: result.file, error: result.unreadable };
}

/** Where an issue's message turns from what is wrong to what to do: "，请…" in Chinese; in
 * English ": " or "; " before one of the verbs the messages tell a person with (a colon or a
 * semicolon alone also parts what is wrong: "Budget score is 9.83; … it should be 9.84"). */
const WHAT_TO_DO =
  /[，：；]请|[:;] (?=(?:fill|open|unmerge|add|correct|run|click|download|check|explain|type|tick|unhide|move|save|confirm|unprotect|remove|use)\b)/;

/** An issue's message in a few words: what is wrong, without what to do about it (nor a note in
 * brackets the cut would leave open: "…应为 9.84（按“向下舍去”舍入则与表中一致：请检查…）"). */
export function shortMessage(message: string): string {
  const head = message.split(WHAT_TO_DO)[0];
  const open: number[] = [];
  for (let i = 0; i < head.length; i++) {
    if (head[i] === '(' || head[i] === '（') open.push(i);
    else if ((head[i] === ')' || head[i] === '）') && open.length) open.pop();
  }
  return open.length ? head.slice(0, open[0]).trimEnd() : head;
}

/** What went wrong in a file, in a few words: why it is unreadable, or its first errors of up to
 * three kinds, in the user's language (the codes are in --json). */
function problemOf(result: CheckedFile, m: WithFiles): string {
  if ('unreadable' in result) return format(m.cli.unreadable, { detail: result.unreadable });
  const sheets = result.report.sheets;
  if (!sheets.some((s) => s.forms.length)) return m.batch.noForm;
  const firstOfEach = new Map<string, string>();
  for (const issue of sheets.flatMap((s) => s.issues))
    if (issue.severity === 'error' && !firstOfEach.has(issue.code))
      firstOfEach.set(issue.code, shortMessage(issue.message));
  const shown = [...firstOfEach.values()];
  const text = shown.slice(0, MAX_KINDS).join(m.batch.problemSeparator);
  return truncate(text + (shown.length > MAX_KINDS ? `${m.batch.problemSeparator}…` : ''), MAX_WIDTH);
}

export async function checkFolders(args: Args, out: Output, print: Print = (l) => writeStdout(`${l}\n`)) {
  const m = fileMessages(args.lang, 'cli');
  const { files, unopened, empty } = await xlsxFiles(args.files);
  if (!files.length && !unopened.length) {
    out.error(format(m.batch.noFiles, { where: args.files.join(m.batch.problemSeparator) }));
    return 2;
  }
  // The others are checked; a folder named with nothing to check may be the wrong one.
  for (const folder of empty) out.note(format(m.batch.noFiles, { where: folder }));
  const results: CheckedFile[] = [];
  const order = new Map(files.map((file, i) => [file, i]));
  let printed = 0;
  let done = 0;
  const progress = process.stderr.isTTY ? (text: string) => process.stderr.write(`\r${text}\x1b[K`) : null;
  await checkAll(files, { overrides: args.overrides, lang: args.lang }, (result) => {
    results[order.get(result.file)!] = result;
    progress?.(format(m.batch.progress, { done: ++done, total: files.length }));
    // JSON lines go out as soon as every file before them is done: streamed, yet in file order.
    while (args.json && printed < files.length && results[printed])
      print(JSON.stringify(jsonOf(results[printed++])));
  });
  if (progress) process.stderr.write('\r\x1b[K');
  // Folders that could not be opened come last, each a line like a file that cannot be read.
  for (const folder of unopened) {
    const result = { file: folder, unreadable: m.cli.problems.folderUnopened };
    results.push(result);
    if (args.json) print(JSON.stringify(jsonOf(result)));
  }

  const failed = results.filter((r) => 'unreadable' in r || hasErrors(r.report));
  const unreadable = results.filter((r) => 'unreadable' in r).length;
  // The count is of files: a folder that could not be opened is said apart.
  const checked = results.length - unopened.length;
  if (!args.json) {
    const rows = failed.map((r) => {
      const c = 'report' in r ? countBySeverity(r.report.sheets.flatMap((s) => s.issues)) : null;
      const forms = 'report' in r ? r.report.sheets.reduce((n, s) => n + s.forms.length, 0) : 0;
      return [
        r.file,
        'report' in r ? String(forms) : '',
        c ? String(c.errors) : '',
        c ? String(c.warnings) : '',
        problemOf(r, m),
      ];
    });
    const header = [m.cli.file, m.batch.forms, m.cli.errors, m.cli.warnings, m.batch.problem];
    print(rows.length ? table(header, rows) : m.batch.allClean);
    print(
      format(m.batch.folderLine, {
        files: checked,
        clean: checked - (failed.length - unopened.length),
        failed: failed.length - unreadable,
        unreadable: unreadable - unopened.length,
      }) + (unopened.length ? format(m.batch.foldersUnopened, { folders: unopened.length }) : ''),
    );
  }
  // As for files named: 2 when one cannot be read (or a folder opened), else 1 for errors.
  return unreadable ? 2 : failed.length ? 1 : 0;
}

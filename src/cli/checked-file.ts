// Opening and checking one file: its report, or why it could not be read, in the user's language.
// A corrupt, password-protected or legacy workbook is a result like any other, never a stop.

import os from 'os';
import type { Settings } from '../core';
import { checkBook, summaryReports } from '../hosts/xlsx/book';
import { openWorkbookFile, UnreadableFileError } from '../hosts/xlsx/workbook-file';
import { type WithFiles, fileMessages } from '../i18n/files';
import { format, type Lang } from '../i18n';
import type { FileReport } from './report';

/** A checked file: its report, or (`unreadable`) why it cannot be read, in the user's language. */
export type CheckedFile = { file: string; report: FileReport } | { file: string; unreadable: string };

/** What a check is asked with: the command line's settings and the user's language. */
export interface CheckRequest {
  overrides: Partial<Settings>;
  lang: Lang;
  /** The report carries the sheets as recalculated too (for a 汇总表). */
  recalculated?: boolean;
}

/** Why a file cannot be read or written, in words: never a JavaScript or Node error text. A
 * temporary folder's problem names the folder. */
export function problemOf(e: unknown, m: WithFiles): string {
  return format(m.cli.problems[e instanceof UnreadableFileError ? e.problem : 'corrupt'], {
    folder: os.tmpdir(),
  });
}

/** `file: why`, the one line a user sees for a file that cannot be read or written. */
export function problemLine(file: string, why: string, m: WithFiles): string {
  return format(m.cli.fileProblem, { file, why });
}

/** Opens a workbook and checks every sheet; throws UnreadableFileError when it cannot be read.
 * `stateUnreadable`: the workbook's stored settings could not be read (a newer version's, or
 * damaged), so the defaults were used. */
export async function checkFile(
  file: string,
  request: CheckRequest,
): Promise<FileReport & { stateUnreadable: boolean }> {
  const opened = await openWorkbookFile(file);
  const m = fileMessages(request.lang, 'cli');
  const stateUnreadable = opened.book.stateUnreadable;
  if (!request.recalculated)
    return { file, sheets: checkBook(opened, request.overrides, m), stateUnreadable };
  const { reports, recalculated } = summaryReports(opened, request.overrides, m);
  return { file, sheets: reports, recalculated, stateUnreadable };
}

/** The same, where a file that cannot be read is a result, not a throw. */
export async function checkOneFile(file: string, request: CheckRequest): Promise<CheckedFile> {
  try {
    return { file, report: await checkFile(file, request) };
  } catch (e) {
    return { file, unreadable: problemOf(e, fileMessages(request.lang, 'cli')) };
  }
}

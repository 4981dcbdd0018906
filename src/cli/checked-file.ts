// Opening and checking one file: its report (check FILE stops at a file it cannot read), or for
// a folder check its report or why it could not be read, since there a corrupt or
// password-protected workbook is a result like any other, never a stop.

import type { Settings } from '../core';
import { messages, type Lang } from '../i18n';
import { checkWorkbook, openWorkbook, UnreadableFileError } from '../hosts/xlsx';
import type { FileReport } from './report';

export type CheckedFile = { file: string; report: FileReport } | { file: string; unreadable: string };

/** What a check is asked with: the command line's settings and the user's language. */
export interface CheckRequest {
  overrides: Partial<Settings>;
  lang: Lang;
}

/** Opens a workbook and checks every sheet; throws when the file cannot be read. */
export async function checkFile(file: string, request: CheckRequest): Promise<FileReport> {
  const wb = await openWorkbook(file);
  return { file, sheets: checkWorkbook(wb, request.overrides, messages(request.lang)) };
}

/** The same for one file of a folder: a file that cannot be read is a result, not a throw. */
export async function checkOneFile(file: string, request: CheckRequest): Promise<CheckedFile> {
  try {
    return { file, report: await checkFile(file, request) };
  } catch (e) {
    // ExcelJS can also fail after loading (a damaged part): the file is unreadable all the same.
    const detail = e instanceof UnreadableFileError ? e.message : `${file}: ${(e as Error).message}`;
    return { file, unreadable: detail };
  }
}

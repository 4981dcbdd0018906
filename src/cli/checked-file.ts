// One file of a folder check: its report, or why it could not be read. A corrupt or
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

export async function checkOneFile(file: string, request: CheckRequest): Promise<CheckedFile> {
  try {
    const wb = await openWorkbook(file);
    return { file, report: { file, sheets: checkWorkbook(wb, request.overrides, messages(request.lang)) } };
  } catch (e) {
    // ExcelJS can also fail after loading (a damaged part): the file is unreadable all the same.
    const detail = e instanceof UnreadableFileError ? e.message : `${file}: ${(e as Error).message}`;
    return { file, unreadable: detail };
  }
}

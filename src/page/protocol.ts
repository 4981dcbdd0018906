// What the page asks its worker and what comes back. The page holds no workbook logic: every
// workbook is read, checked, recalculated and built in the worker (worker.ts), so a big file
// never freezes the page.

import type { Area, FundUnit, LevelSetYear, SheetReport, Settings } from '../core';
import type { Lang } from '../i18n';

/** What one sheet shows, for drawing part of it in the page with an issue's cell marked. */
export interface SheetPicture {
  sheet: string;
  top: number;
  left: number;
  text: string[][];
  merges: Area[];
  fills?: (string | null)[][];
}

/** A dropped file as read: its reports, how many 目标申报表 it holds and whether the state
 * SelfEval stored in it could not be read (a newer version's, or damaged: default settings used);
 * or (`problem`) one line in the user's language saying why it cannot be read. Its sheets'
 * pictures are asked for one at a time (`picture`): a list of 130,000 rows is megabytes the page
 * would copy on every check. */
export type OpenedFile =
  { reports: SheetReport[]; declarations: number; stateUnreadable: boolean } | { problem: string };

/** A file built for download: its bytes and a line saying what it holds; `warning` when not all
 * was done (a protected sheet not written, the state not kept). */
export interface Built {
  bytes: Uint8Array;
  note: string;
  warning?: boolean;
}

/** The settings and language every request about files is answered in. */
export interface Context {
  overrides: Partial<Settings>;
  lang: Lang;
}

export type Request =
  | { kind: 'open'; file: number; name: string; bytes: Uint8Array; context: Context }
  | { kind: 'check'; file: number; context: Context }
  /** A dropped entry the browser could not read (a folder, or a file moved since): say so. */
  | { kind: 'unread'; file: number; name: string; context: Context }
  /** What a sheet of the file shows, to draw an issue's cell on it; null for no such sheet. */
  | { kind: 'picture'; file: number; sheet: string }
  | { kind: 'recalculate'; file: number; context: Context }
  /** Every listed file: those that could not be read are listed in it as not counted. */
  | { kind: 'summary'; files: number[]; context: Context }
  | { kind: 'template'; levelSet: LevelSetYear; lang: Lang }
  | { kind: 'fromTargets'; file: number; fundUnit: FundUnit; lang: Lang }
  /** The page no longer lists the file: its bytes can go. */
  | { kind: 'forget'; file: number };

/** The stage (0–1) a file has reached once read, before its sheets are checked. */
export const READ = 0.5;

/** The worker's answer to request `seq`: a value, a stage reached (0–1) or a failure in words. */
export type Reply =
  { seq: number; value: unknown } | { seq: number; progress: number } | { seq: number; failure: string };

// New workbooks built from the core's change sets with ExcelJS: a blank template, a 汇总表 of
// checked files, 自评表 made from a 目标申报表. Bytes in memory (no Node APIs), so the command
// line and the offline page build each one the same way; the CLI saves them to disk, the page
// offers them as downloads. (ExcelJS stamps its own creation time, so two builds differ there.)

import ExcelJS from 'exceljs';
import {
  fromTargetsWorkbook,
  summary,
  template,
  uniqueSheetName,
  type ChangeSet,
  type FilledForm,
  type FundUnit,
  type Grid,
  type LevelSetYear,
  type Settings,
  type SummarySource,
} from '../../core';
import { format, type Messages } from '../../i18n';
import type { FileMessages } from '../../i18n/zh-CN';
import { applyChanges } from './apply';

/** An .xlsx package holding what `changes` build on an empty workbook. */
export async function newBookBytes(changes: ChangeSet): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  applyChanges(wb, changes);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** One blank, print-ready standard form; `sheet` is the name of its one sheet. */
export async function templateBook(options: {
  levelSet: LevelSetYear;
  year?: string;
}): Promise<{ sheet: string; bytes: Uint8Array }> {
  const sheet = uniqueSheetName([]);
  return { sheet, bytes: await newBookBytes(template(sheet, options)) };
}

/** A 汇总表 built: how many forms it holds, from how many files, and how many files added none
 * (listed under it with why). */
export interface BuiltSummary {
  forms: number;
  files: number;
  leftOut: number;
  bytes: Uint8Array;
}

/** The 汇总表 of `sources` (each file's name as its rows link to it and its reports). */
export async function summaryBook(
  sources: SummarySource[],
  overrides: Partial<Settings>,
  m: Messages,
): Promise<BuiltSummary> {
  const changes = summary(m.summary.sheetName, sources, { settings: overrides, messages: m });
  const formsOf = (s: SummarySource) => s.reports.reduce((k, r) => k + r.forms.length, 0);
  const forms = sources.reduce((n, s) => n + formsOf(s), 0);
  const files = sources.filter((s) => formsOf(s) > 0).length;
  return { forms, files, leftOut: sources.length - files, bytes: await newBookBytes(changes) };
}

/** The line saying a 汇总表 was written as `file`: its forms, their files, the files left out,
 * and whether it `replaced` a file that was there. */
export function summaryNote(
  file: string,
  built: BuiltSummary,
  m: Messages & FileMessages,
  replaced = false,
): string {
  const leftOut = built.leftOut ? format(m.batch.summaryLeftOut, { count: built.leftOut }) : '';
  const { forms, files } = built;
  return format(m.batch.summaryWritten, {
    file,
    forms,
    files,
    leftOut,
    replaced: replaced ? m.cli.replacedExisting : '',
  });
}

/**
 * A filled 自评表 for every 绩效目标申报表 on `grids`; no bytes when there is none, nor when a
 * declaration holds formulas the file keeps no result for (`uncalculated`, by sheet): its forms
 * would miss what those show.
 */
export async function fromTargetsBook(
  grids: Grid[],
  fundUnit: FundUnit,
  m: Messages,
): Promise<{ forms: FilledForm[]; bytes: Uint8Array | null; uncalculated: UncalculatedCells[] }> {
  const result = fromTargetsWorkbook(grids, [], { fundUnit, messages: m });
  const uncalculated = uncalculatedBySheet(result.forms);
  const writes = result.forms.length > 0 && uncalculated.length === 0;
  return { forms: result.forms, bytes: writes ? await newBookBytes(result.changes) : null, uncalculated };
}

/** A sheet's cells holding formulas with no result, as a 目标申报表 covers them. */
export interface UncalculatedCells {
  sheet: string;
  cells: string[];
}

function uncalculatedBySheet(forms: FilledForm[]): UncalculatedCells[] {
  const found: UncalculatedCells[] = [];
  for (const { declaration } of forms) {
    if (!declaration.uncalculated.length) continue;
    const last = found[found.length - 1];
    if (last && last.sheet === declaration.sheet) last.cells.push(...declaration.uncalculated);
    else found.push({ sheet: declaration.sheet, cells: [...declaration.uncalculated] });
  }
  return found;
}

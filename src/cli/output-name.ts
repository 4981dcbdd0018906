// The file a command writes: the name asked for, made an .xlsx (or .xlsm) name when it is not one,
// and never a file the user did not name. Every command that writes a workbook goes through here.

import { promises as fs } from 'fs';
import path from 'path';
import { holdsForms } from '../hosts/xlsx/book';
import { exists, openWorkbookFile, sameFile, UnreadableFileError } from '../hosts/xlsx/workbook-file';
import { type WithFiles } from '../i18n/files';
import { format } from '../i18n';
import type { Output } from './output';

/** What is written: a macro workbook keeps its macros (.xlsm); a recalculated legacy file or an
 * .ods was converted, and its original is never written. */
export interface Written {
  macros?: boolean;
  /** The file read, when the output could be it. */
  input?: string;
  converted?: boolean;
  /** The name is SelfEval's own (no -o: a converted file's .xlsx beside it), never over a file. */
  chosen?: boolean;
  /** A new workbook (template, summary, from-targets), which replaces the whole file: never over
   * a workbook holding forms. */
  whole?: boolean;
}

/** Whether a workbook at `file` holds 自评表 or 目标申报表: 'none' where nothing could be lost (no
 * file, an empty one, a folder or a device, which saveBytes names or writes into), 'unknown' for
 * a file it cannot read: a password, damaged, cut short, or no workbook at all (a text file, or a
 * workbook damaged past recognition: which of the two cannot be told, so neither is replaced). */
async function formsAt(file: string): Promise<'forms' | 'none' | 'unknown'> {
  if (!(await exists(file))) return 'none';
  const stat = await fs.stat(file).catch(() => null);
  if (stat && (!stat.isFile() || stat.size === 0)) return 'none';
  try {
    return holdsForms((await openWorkbookFile(file)).book) ? 'forms' : 'none';
  } catch (e) {
    return e instanceof UnreadableFileError && e.problem === 'missing' ? 'none' : 'unknown';
  }
}

/** Whether writing `output` replaces a file that is there, other than `input` (which the user
 * asked to have rewritten): the line saying what was written says so, since it cannot be undone. */
export async function replacesFile(output: string, input?: string): Promise<boolean> {
  const stat = await fs.stat(output).catch(() => null);
  if (!stat?.isFile()) return false;
  return !(input && (await sameFile(output, input)));
}

/** The output's name: .xlsm for a workbook with macros (Excel refuses a macro-enabled package
 * named .xlsx), else .xlsx whatever was asked (what is written is an .xlsx package: named .xls,
 * .csv or with no extension, Excel would not open it as one). A folder (or a path ending in a
 * separator) is kept for saveBytes to say so, a device such as /dev/null to be written into. */
async function nameOf(asked: string, macros: boolean): Promise<string> {
  const stat = await fs.stat(asked).catch(() => null);
  if (/[\\/]$/.test(asked) || (stat && !stat.isFile())) return asked;
  const ext = path.extname(asked);
  const stem = ext ? asked.slice(0, -ext.length) : asked;
  if (macros) return /\.xlsm$/i.test(asked) ? asked : `${stem}.xlsm`;
  return /\.xlsx$/i.test(asked) ? asked : `${stem}.xlsx`;
}

/**
 * The path to write for `-o asked`, said when it differs. Refuses (UnreadableFileError) to write
 * where the user did not ask: over a file under the name chosen here (`-o form.xls` gives
 * form.xlsx: an existing form.xlsx is someone's, even the input), over the original of a
 * converted .xls/.ods (an .ods named .xlsx, written in place, would be lost), or a new workbook
 * over a workbook holding forms ('replacesForms') or one it cannot read ('replacesUnseen').
 */
export async function outputFile(
  asked: string,
  written: Written,
  out: Output,
  m: WithFiles,
): Promise<string> {
  const output = await nameOf(asked, !!written.macros);
  if (written.converted && written.input && (await sameFile(output, written.input)))
    throw new UnreadableFileError(output, 'keepsOriginal');
  const ours = output !== asked || !!written.chosen;
  if (ours && (await exists(output))) throw new UnreadableFileError(output, 'renamedExists');
  // A new workbook written over a workbook of forms (the input of from-targets or summary, a
  // workbook a user named for `template`) would lose them all, with no undo.
  // One it cannot read may hold them just the same.
  const forms = written.whole ? await formsAt(output) : 'none';
  if (forms === 'forms') throw new UnreadableFileError(output, 'replacesForms');
  if (forms === 'unknown') throw new UnreadableFileError(output, 'replacesUnseen');
  if (ours) out.note(format(written.macros ? m.cli.renamedOutput : m.cli.renamedToXlsx, { file: output }));
  return output;
}

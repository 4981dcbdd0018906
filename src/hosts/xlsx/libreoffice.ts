// Legacy .xls / WPS .et and OpenDocument .ods are read through LibreOffice where it is installed:
// it converts a copy to .xlsx in a private temporary folder (its own profile, so a running
// LibreOffice is not disturbed); the original is never touched. Where it is missing, the caller
// tells the user to save the file as .xlsx.

import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { stopGroup, undoOnInterrupt } from './leftovers';

const TIMEOUT_MS = 120_000;
/** Less free space than this where the conversion ran, and a failure is the disk's: a fresh
 * LibreOffice profile alone takes about half a megabyte. */
const MIN_FREE_BYTES = 16 * 1024 * 1024;

/** Why the temporary folder could not take the copy: it does not exist (or is no folder), may
 * not be written, or its disk is full. */
export type TempProblem = 'tempMissing' | 'tempNoPermission' | 'tempFull';

/** Why a conversion gave no workbook: no LibreOffice, a file it cannot read ('failed'), one it
 * took too long over, or the temporary folder. */
export type ConversionFailure = 'missing' | 'failed' | 'tooSlow' | TempProblem;

/** LibreOffice's import filter for each kind. Named, not left to LibreOffice's detection: a
 * compound file it cannot load as a spreadsheet would otherwise be imported as text, its bytes
 * read as a sheet of junk. "MS Excel 97" reads every BIFF version and WPS's .et. */
const IMPORT_FILTERS: Record<string, string> = { '.ods': 'calc8' };
const LEGACY_FILTER = 'MS Excel 97';

function tempProblem(e: unknown): TempProblem {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'tempFull';
  return code === 'ENOENT' || code === 'ENOTDIR' ? 'tempMissing' : 'tempNoPermission';
}

/** Runs soffice in a process group of its own, so that it and the processes it starts are
 * stopped together: after the time allowed, or when the user stops the command. */
function run(args: string[]): Promise<'ok' | 'missing' | 'failed' | 'tooSlow'> {
  return new Promise((resolve) => {
    // windowsHide: a detached process on Windows would otherwise get a console window of its own.
    const child = spawn('soffice', args, { detached: true, stdio: 'ignore', windowsHide: true });
    let forget = () => {};
    let tooSlow = false;
    const timer = setTimeout(() => {
      tooSlow = true;
      stopGroup(child.pid!);
    }, TIMEOUT_MS);
    child.on('spawn', () => (forget = undoOnInterrupt({ group: child.pid! })));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(e.code === 'ENOENT' ? 'missing' : 'failed');
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      forget();
      resolve(tooSlow ? 'tooSlow' : code === 0 ? 'ok' : 'failed');
    });
  });
}

/**
 * `bytes` converted to .xlsx bytes, or why not: 'missing' when LibreOffice is not installed (the
 * user is told to save the file as .xlsx or install it), 'failed' when it is but cannot read the
 * file (damaged: LibreOffice exits 0 and writes nothing for a file it cannot load), 'tooSlow', or
 * the temporary folder's problem. `extension` ('.xls', '.et', '.ods') names what the file is,
 * whatever it is called. The copy and LibreOffice are removed if the user stops the command.
 */
export async function convertWithLibreOffice(
  bytes: Uint8Array,
  extension: string,
): Promise<Uint8Array | ConversionFailure> {
  let dir: string;
  try {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-convert-'));
  } catch (e) {
    return tempProblem(e);
  }
  const forget = undoOnInterrupt({ path: dir });
  try {
    // A copy with a plain name: LibreOffice names its output after its input (never input.xlsx,
    // which the output would overwrite).
    const input = path.join(dir, `input${extension}`);
    try {
      await fs.writeFile(input, bytes);
    } catch (e) {
      return tempProblem(e);
    }
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const ran = await run([
      `-env:UserInstallation=${profile}`,
      '--headless',
      `--infilter=${IMPORT_FILTERS[extension] ?? LEGACY_FILTER}`,
      '--convert-to',
      'xlsx',
      '--outdir',
      dir,
      input,
    ]);
    if (ran === 'missing' || ran === 'tooSlow') return ran;
    const output = ran === 'ok' ? await fs.readFile(path.join(dir, 'input.xlsx')).catch(() => null) : null;
    if (output) return new Uint8Array(output);
    // Nothing written: a file LibreOffice cannot load, unless there was no room to write one.
    const free = await fs.statfs(dir).catch(() => null);
    return free && free.bavail * free.bsize < MIN_FREE_BYTES ? 'tempFull' : 'failed';
  } finally {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    forget();
  }
}

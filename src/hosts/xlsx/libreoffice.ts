// Legacy .xls / WPS .et and OpenDocument .ods are read through LibreOffice where it is installed:
// it converts a copy to .xlsx in a private temporary folder (its own profile, so a running
// LibreOffice is not disturbed); the original is never touched. Where it is missing, the caller
// tells the user to save the file as .xlsx.

import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';

const TIMEOUT_MS = 120_000;

/** 'ok', 'missing' (no such command) or 'failed'. */
function run(command: string, args: string[]): Promise<'ok' | 'missing' | 'failed'> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: TIMEOUT_MS }, (error) =>
      resolve(!error ? 'ok' : (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'failed'),
    );
  });
}

/**
 * The file converted to .xlsx bytes; 'missing' when LibreOffice is not installed (the user is told
 * to save the file as .xlsx or install it), 'failed' when it is but cannot read the file (damaged:
 * LibreOffice exits 0 and writes nothing for a file it cannot load). `extension` ('.xls', '.et',
 * '.ods') names what the file is, whatever it is called.
 */
export async function convertWithLibreOffice(
  file: string,
  extension: string,
): Promise<Uint8Array | 'missing' | 'failed'> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'selfeval-convert-'));
  try {
    // A copy with a plain name: LibreOffice names its output after its input (never input.xlsx,
    // which the output would overwrite).
    const input = path.join(dir, `input${extension}`);
    await fs.copyFile(file, input);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const ran = await run('soffice', [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'xlsx',
      '--outdir',
      dir,
      input,
    ]);
    if (ran === 'missing') return 'missing';
    if (ran === 'failed') return 'failed';
    return new Uint8Array(await fs.readFile(path.join(dir, 'input.xlsx')));
  } catch {
    return 'failed';
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

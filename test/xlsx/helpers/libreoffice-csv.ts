// LibreOffice opens our written files: each converted in one run of soffice, to CSV (UTF-8) or,
// for a sheet too large for CSV (cells at XFD1048576), saved again as .xlsx.

import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';
import { soffice } from '../../helpers/libreoffice';

/** Converts `files` into `outdir` with the filter `to`; throws when LibreOffice fails. */
function convert(files: string[], outdir: string, to: string): void {
  if (!soffice) throw new Error('LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui)');
  const profile = `-env:UserInstallation=file://${path.join(outdir, 'lo-profile')}`;
  const r = spawnSync(soffice, [profile, '--headless', '--convert-to', to, '--outdir', outdir, ...files], {
    encoding: 'utf8',
    timeout: 300000,
  });
  if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.stderr || r.stdout}`);
}

const converted = (f: string, outdir: string, ext: string) =>
  path.join(outdir, `${path.basename(f).replace(/\.[^.]+$/, '')}.${ext}`);

/** The first sheet of each file as CSV text, by file. */
export function toCsv(files: string[], outdir: string): Map<string, string> {
  convert(files, outdir, 'csv:Text - txt - csv (StarCalc):44,34,76');
  return new Map(files.map((f) => [f, readFileSync(converted(f, outdir, 'csv'), 'utf8')]));
}

/** Each file as LibreOffice saves it again as .xlsx (`outdir` must not be the files' folder). */
export function resavedByLibreOffice(files: string[], outdir: string): Map<string, Uint8Array> {
  convert(files, outdir, 'xlsx:Calc MS Excel 2007 XML');
  return new Map(files.map((f) => [f, new Uint8Array(readFileSync(converted(f, outdir, 'xlsx')))]));
}

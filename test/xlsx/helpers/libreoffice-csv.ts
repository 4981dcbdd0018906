// LibreOffice opens our written files: each converted to CSV (UTF-8) in one run of soffice.

import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';
import { soffice } from '../../helpers/libreoffice';

/** The first sheet of each file as CSV text, by file; throws when LibreOffice fails. */
export function toCsv(files: string[], outdir: string): Map<string, string> {
  if (!soffice) throw new Error('LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui)');
  const profile = `-env:UserInstallation=file://${path.join(outdir, 'lo-profile')}`;
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76';
  const r = spawnSync(
    soffice,
    [profile, '--headless', '--convert-to', filter, '--outdir', outdir, ...files],
    {
      encoding: 'utf8',
      timeout: 300000,
    },
  );
  if (r.status !== 0) throw new Error(`LibreOffice failed: ${r.stderr || r.stdout}`);
  const out = new Map<string, string>();
  for (const f of files) {
    const csv = path.join(outdir, `${path.basename(f).replace(/\.[^.]+$/, '')}.csv`);
    out.set(f, readFileSync(csv, 'utf8'));
  }
  return out;
}

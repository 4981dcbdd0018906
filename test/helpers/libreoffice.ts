// LibreOffice, the independent spreadsheet our files must open in. Outside CI a machine without
// it skips these tests with a message; under CI (.ci/run installs it) they must run.

import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import path from 'path';

export const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

export const withLibreOffice: jest.It = soffice || process.env.CI ? it : it.skip;
if (!soffice && !process.env.CI) {
  console.warn(
    'LibreOffice tests skipped: apt-get install -y libreoffice-calc-nogui (bash .ci/run does it).',
  );
}

/** Converts an .xlsx to PDF (a private profile, so parallel runs do not wait on each other's lock). */
export function toPdf(file: string, outdir: string): string {
  if (!soffice) throw new Error('LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui)');
  const profile = `-env:UserInstallation=file://${path.join(outdir, 'lo-profile')}`;
  const r = spawnSync(soffice, [profile, '--headless', '--convert-to', 'pdf', '--outdir', outdir, file], {
    encoding: 'utf8',
    timeout: 180000,
  });
  if (r.status !== 0) throw new Error(`LibreOffice could not convert ${file}: ${r.stderr || r.stdout}`);
  return path.join(outdir, `${path.basename(file, '.xlsx')}.pdf`);
}

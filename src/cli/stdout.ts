// Standard output, where the reports go, and what became of it. A report that cannot be written
// (a full disk, /dev/full) is said, never cut short in silence: Node writes to a file or a device
// with one write call and drops what the call did not take. A reader that closed the pipe
// (`selfeval check … | head`) is no error: the rest is dropped and the run ends as it would have.

import { fstatSync, writeSync } from 'fs';
import { isatty } from 'tty';

/** Why the report stopped: the reader left ('closed'), the disk is full, or another failure. */
export type StdoutFailure = 'closed' | 'diskFull' | 'failed';

let failure: StdoutFailure | null = null;
let watched = false;
let direct: boolean | undefined;

function failureOf(e: unknown): StdoutFailure {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EPIPE' || code === 'ECONNRESET') return 'closed';
  return code === 'ENOSPC' || code === 'EDQUOT' ? 'diskFull' : 'failed';
}

/** A file or a device (/dev/full) is written here, in full or with the failure kept; a pipe or a
 * terminal by Node's own stream, which says what fails by an 'error' event. */
function isFileOrDevice(): boolean {
  try {
    const stat = fstatSync(1);
    return stat.isFile() || (stat.isCharacterDevice() && !isatty(1));
  } catch {
    return false;
  }
}

/** Writes `text` to standard output, all of it; after a failure, nothing more. */
export function writeStdout(text: string): void {
  if (!watched) {
    watched = true;
    process.stdout.on('error', (e) => (failure ??= failureOf(e)));
  }
  if (failure) return;
  direct ??= isFileOrDevice();
  if (!direct) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text);
  try {
    for (let at = 0; at < bytes.length;) at += writeSync(1, bytes, at);
  } catch (e) {
    failure = failureOf(e);
  }
}

/** What stopped standard output, if anything did. */
export function stdoutFailure(): StdoutFailure | null {
  return failure;
}

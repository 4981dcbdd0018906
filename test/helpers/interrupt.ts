// Stopping a running command as a user does (Ctrl-C, SIGTERM) at a chosen moment, and looking at
// what it left behind.

import type { ChildProcess } from 'child_process';
import { readdirSync, readFileSync } from 'fs';

/** Resolves once `ready` holds (asked every 20 ms); fails the test after `ms`. */
export async function waitFor(ready: () => Promise<boolean> | boolean, ms = 60_000): Promise<void> {
  for (const end = Date.now() + ms; !(await ready());) {
    if (Date.now() > end) throw new Error(`not ready after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** How a child process ended: its exit code, or the signal that ended it. */
export function ended(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
}

/** Whether a running process's command line holds `text` (Linux: /proc). */
export function running(text: string): boolean {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .some((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
      } catch {
        return false; // ended meanwhile
      }
    });
}

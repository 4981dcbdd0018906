// What a command leaves behind while it works (the temporary file beside an output, a LibreOffice
// conversion's folder holding a copy of the user's workbook, LibreOffice itself) is undone when
// the user stops it (Ctrl-C, SIGTERM); then the process ends by that signal, as it would have.
// Signals reach the main thread only: a worker thread announces its leftovers to it on a channel.

import { rmSync } from 'fs';
import { BroadcastChannel, isMainThread, threadId } from 'worker_threads';

/** A path to remove (a file or a folder), or a process group to stop. */
export type Leftover = { path: string } | { group: number };

interface Announcement {
  key: string;
  /** Absent: the leftover is gone, or kept. */
  leftover?: Leftover;
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
const pending = new Map<string, Leftover>();
let count = 0;

const channel = new BroadcastChannel('selfeval-leftovers');
channel.unref();
if (isMainThread) channel.onmessage = (event) => note(event.data as Announcement);

/** Stops the process group `leader` leads (a detached child's); on Windows, which has no process
 * groups to signal, the leader itself. */
export function stopGroup(leader: number): void {
  try {
    process.kill(process.platform === 'win32' ? leader : -leader, 'SIGKILL');
  } catch {
    // Ended just now.
  }
}

function undo(leftover: Leftover): void {
  if ('group' in leftover) return stopGroup(leftover.group);
  try {
    // Retries: a process just stopped may still be closing files in its folder.
    rmSync(leftover.path, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  } catch {
    // Gone already.
  }
}

function onSignal(signal: NodeJS.Signals): void {
  // Processes first, so none writes into a folder being removed.
  const all = [...pending.values()].sort((a, b) => Number('path' in a) - Number('path' in b));
  pending.clear();
  all.forEach(undo);
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

/** The main thread's record; signals are listened for only while something is pending, so the
 * process otherwise ends on them as Node does by default. */
function note({ key, leftover }: Announcement): void {
  if (leftover) pending.set(key, leftover);
  else pending.delete(key);
  const listening = process.listeners('SIGINT').includes(onSignal);
  if (pending.size && !listening) for (const s of SIGNALS) process.on(s, onSignal);
  if (!pending.size && listening) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/** Undoes `leftover` if the user stops the command; returns the call that forgets it (once it is
 * removed, or kept as the command's result). */
export function undoOnInterrupt(leftover: Leftover): () => void {
  const key = `${threadId}:${++count}`;
  const tell = (a: Announcement) => (isMainThread ? note(a) : channel.postMessage(a));
  tell({ key, leftover });
  return () => tell({ key });
}

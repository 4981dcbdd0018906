// Checks many files on all cores: one worker thread per core, each handed the next file as soon
// as it is done with one. Results arrive in completion order. A worker starts cold (it loads
// ExcelJS and warms up its own JIT, about half a second), so each gets at least FILES_PER_WORKER
// files, and a few files are checked in this thread, as they are without the compiled worker
// (the sources run under ts-jest).

import { existsSync } from 'fs';
import os from 'os';
import path from 'path';
import { Worker } from 'worker_threads';
import { fileMessages } from '../i18n/files';
import { checkOneFile, type CheckedFile, type CheckRequest } from './checked-file';

const WORKER = path.join(__dirname, 'folder-worker.js');
const FILES_PER_WORKER = 8;

export async function checkAll(
  files: string[],
  request: CheckRequest,
  onResult: (result: CheckedFile) => void,
  threads = os.cpus().length,
): Promise<void> {
  const workerCount = Math.min(threads, Math.floor(files.length / FILES_PER_WORKER));
  if (!existsSync(WORKER) || workerCount <= 1) {
    for (const file of files) onResult(await checkOneFile(file, request));
    return;
  }
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve) => {
      let current = '';
      const give = () => {
        if (next >= files.length) return resolve();
        current = files[next++];
        worker.postMessage(current);
      };
      worker.on('message', (result: CheckedFile) => {
        onResult(result);
        give();
      });
      // A worker that dies (out of memory on a huge file) loses that file only; the others go on.
      worker.on('error', (e) => {
        void e; // what killed the worker is no message for a user: the file is unreadable
        onResult({ file: current, unreadable: fileMessages(request.lang, 'cli').cli.problems.corrupt });
        resolve();
      });
      give();
    });
  const workers = Array.from({ length: workerCount }, () => new Worker(WORKER, { workerData: request }));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // Files no worker lived to take.
  while (next < files.length) onResult(await checkOneFile(files[next++], request));
}

// Worker thread of a folder check: checks the files the pool sends, one at a time.

import { parentPort, workerData } from 'worker_threads';
import type { Settings } from '../core';
import { checkOneFile } from './checked-file';

const settings = workerData as Partial<Settings>;

parentPort?.on('message', (file: string) => {
  void checkOneFile(file, settings).then((result) => parentPort?.postMessage(result));
});

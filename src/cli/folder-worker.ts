// Worker thread of a folder check: checks the files the pool sends, one at a time.

import { parentPort, workerData } from 'worker_threads';
import { checkOneFile, type CheckRequest } from './checked-file';

const request = workerData as CheckRequest;

parentPort?.on('message', (file: string) => {
  void checkOneFile(file, request).then((result) => parentPort?.postMessage(result));
});

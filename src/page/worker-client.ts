// The page's side of the worker: the worker's code travels inside the page as an inert script
// element (the page is one file, opened from disk), started from a Blob so no file is fetched.
// Each request is answered by a promise; progress arrives through its callback.

import type { Reply, Request } from './protocol';

/** The id of the script element holding the worker's code (see webpack.page.js). */
export const WORKER_SOURCE_ID = 'selfeval-worker';

export interface WorkerClient {
  ask<T>(request: Request, onProgress?: (stage: number) => void, transfer?: Transferable[]): Promise<T>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (stage: number) => void;
}

export function startWorker(): WorkerClient {
  const source = document.getElementById(WORKER_SOURCE_ID)?.textContent ?? '';
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(url);
  const pending = new Map<number, Pending>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.seq);
    if (!waiting) return;
    if ('progress' in reply) return waiting.onProgress?.(reply.progress);
    pending.delete(reply.seq);
    if ('failure' in reply) waiting.reject(new Error(reply.failure));
    else waiting.resolve(reply.value);
  };
  return {
    ask<T>(request: Request, onProgress?: (stage: number) => void, transfer: Transferable[] = []) {
      const seq = next++;
      return new Promise<T>((resolve, reject) => {
        pending.set(seq, { resolve: resolve as (value: unknown) => void, reject, onProgress });
        worker.postMessage({ seq, request }, transfer);
      });
    },
  };
}

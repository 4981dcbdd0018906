// RequestContext: queues every read and write and runs them, in order, only at sync(). A sync that
// carries no work makes no round trip (as in Office.js) and is not counted.

import type { FakeExcelHost } from './host';
import { FakeWorkbook } from './workbook';

export interface Action {
  /** False for work Office.js does not send on its own (instantiating an object path). */
  roundTrip: boolean;
  run(): void;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private pending: Action[] = [];

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbook(this);
  }

  queue(action: Action): void {
    this.pending.push(action);
  }

  async sync<T>(passThrough?: T): Promise<T> {
    const batch = this.pending;
    if (batch.some((action) => action.roundTrip)) {
      this.pending = [];
      this.host.syncs++;
      await Promise.resolve();
      // Like Excel, a failing action stops the batch; the ones before it stay applied.
      for (const action of batch) action.run();
    }
    return passThrough as T;
  }
}

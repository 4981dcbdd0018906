// One WPS operation with its calls into WPS counted. Each property read or write and each method
// call on an ET object crosses to the WPS process, so the count is the operation's cost: every
// object the adapter touches comes through a counting proxy. Arguments are unwrapped before they
// reach WPS, which expects its own objects.

import type { EtApplication, EtWorkbook } from './et';

/** No workbook is open (the ribbon works on an empty WPS window too). */
export class NoWorkbookError extends Error {
  constructor() {
    super('no workbook is open');
  }
}

export class WpsSession {
  calls = 0;
  readonly app: EtApplication;
  private readonly targets = new WeakMap<object, object>();

  constructor(app: EtApplication) {
    this.app = this.wrap(app);
  }

  /** The active workbook; NoWorkbookError when there is none. */
  workbook(): EtWorkbook {
    const workbook = this.app.ActiveWorkbook;
    if (!workbook) throw new NoWorkbookError();
    return workbook;
  }

  private unwrap(value: unknown): unknown {
    return (typeof value === 'object' && value !== null && this.targets.get(value)) || value;
  }

  private wrap<T>(value: T): T {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const target = value as object;
    const proxy = new Proxy(target, {
      get: (t, key) => {
        // Promise resolution probes `then`; symbols are JS machinery: neither reaches WPS.
        if (typeof key === 'symbol' || key === 'then') return undefined;
        const member: unknown = Reflect.get(t, key);
        if (typeof member === 'function') {
          return (...args: unknown[]) => {
            this.calls++;
            return this.wrap(
              (member as (...a: unknown[]) => unknown).apply(
                t,
                args.map((a) => this.unwrap(a)),
              ),
            );
          };
        }
        this.calls++;
        return this.wrap(member);
      },
      set: (t, key, next) => {
        this.calls++;
        return Reflect.set(t, key, this.unwrap(next));
      },
    });
    this.targets.set(proxy, target);
    return proxy as T;
  }
}

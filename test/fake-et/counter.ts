// Every call into the fake ET crosses a process, as in WPS: each property read, property write
// and method call on an ET object is counted (per member, for the report of what an operation
// costs). The objects handed out are proxies; objects passed back in are unwrapped. A member the
// object model does not have throws, so the adapter cannot lean on something WPS lacks.

export class EtObject {
  /** The ET type name used in counts, e.g. 'Range'. */
  readonly etType: string = 'Object';
}

export class CallCounter {
  calls = 0;
  /** Calls per 'Type.Member' ('Type.Member=' for a property write). */
  readonly members = new Map<string, number>();
  private readonly targets = new WeakMap<object, object>();

  reset(): void {
    this.calls = 0;
    this.members.clear();
  }

  private count(type: string, member: string): void {
    this.calls++;
    const key = `${type}.${member}`;
    this.members.set(key, (this.members.get(key) ?? 0) + 1);
  }

  unwrap<T>(value: T): T {
    return ((typeof value === 'object' && value !== null && this.targets.get(value)) || value) as T;
  }

  wrap<T>(value: T): T {
    if (!(value instanceof EtObject)) return value;
    const target = value;
    const proxy = new Proxy(target, {
      get: (t, key) => {
        if (typeof key === 'symbol' || key === 'then' || key === 'etType') return undefined;
        if (!isApi(t, key)) throw new TypeError(`${t.etType} has no member ${key} in ET`);
        const method = descriptorOf(t, key)?.value;
        if (typeof method === 'function') {
          return (...args: unknown[]) => {
            this.count(t.etType, key);
            const fn = method as (...a: unknown[]) => unknown;
            return this.wrap(
              fn.apply(
                t,
                args.map((a) => this.unwrap(a)),
              ),
            );
          };
        }
        this.count(t.etType, key);
        return this.wrap(Reflect.get(t, key));
      },
      set: (t, key, next) => {
        if (typeof key === 'symbol' || !isApi(t, key))
          throw new TypeError(`${t.etType} has no member ${String(key)} in ET`);
        this.count(t.etType, `${key}=`);
        t[key as keyof typeof t] = this.unwrap(next) as never;
        return true;
      },
    });
    this.targets.set(proxy, target);
    return proxy;
  }
}

/** ET's members are PascalCase (PluginStorage's getItem / setItem excepted); the fake's own
 * fields and helpers are camelCase and out of the adapter's reach. */
const LOWER_CASE_API = new Set(['getItem', 'setItem']);

function isApi(target: object, key: string): boolean {
  return key in target && (/^[A-Z]/.test(key) || LOWER_CASE_API.has(key));
}

/** A member's descriptor, looked up the prototype chain without running a getter. */
function descriptorOf(target: object, key: string): PropertyDescriptor | undefined {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d) return d;
  }
  return undefined;
}

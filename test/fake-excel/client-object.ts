// The proxy model of Office.js: an object stands for something in the document, reading a
// property needs load() and then sync(), and every write is queued until sync().
//   'path'        got from a method (getItem, getRange…): found when the batch runs, in order;
//                 a missing item fails the batch (ItemNotFound)
//   'pathOrNull'  got from an *OrNullObject method: a missing item gives isNullObject = true
//   'derived'     a navigation property (range.format, worksheet.protection): the parent's object
//   'fixed'       an item of a loaded collection
// Anything got from a null object is null too (unless the host is set to fail such calls, to test
// code that must not rely on it), and reading a null object's properties gives undefined.

import type { FakeRequestContext } from './context';
import { FakeOfficeError, propertyNotLoaded } from './errors';

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] };
export type Binding = 'path' | 'pathOrNull' | 'derived' | 'fixed';
export type LoadPaths = readonly string[] | 'all';

function list(option: string | string[] | undefined): string[] {
  if (option === undefined) return [];
  return typeof option === 'string' ? option.split(',') : option;
}

export function loadPaths(option?: LoadOption): LoadPaths {
  if (option === undefined) return 'all';
  const paths =
    typeof option === 'string' || Array.isArray(option)
      ? list(option)
      : [...list(option.select), ...list(option.expand)];
  return paths.map((p) => p.trim()).filter(Boolean);
}

export abstract class FakeClientObject<T> {
  protected abstract readonly typeName: string;
  /** The scalar properties load() knows; load() with no argument loads all of them. */
  protected abstract readonly scalarNames: readonly string[];
  private readonly loaded = new Map<string, unknown>();
  private resolved: boolean;
  private resolvedTarget: T | null = null;

  constructor(
    readonly context: FakeRequestContext,
    private readonly locate: () => T | null,
    private readonly binding: Binding = 'path',
  ) {
    this.resolved = binding === 'derived';
    if (binding === 'fixed') this.resolveNow();
    else if (binding !== 'derived')
      context.queue({ roundTrip: binding === 'pathOrNull', run: () => this.resolveNow() });
  }

  private resolveNow(): void {
    this.resolvedTarget = this.locate();
    this.resolved = true;
  }

  /** The document object behind this proxy, null for a null object. Only the fake calls this, while a batch runs. */
  current(): T | null {
    return this.binding === 'derived' ? this.locate() : this.resolvedTarget;
  }

  get isNullObject(): boolean {
    if (this.binding === 'derived') return this.locate() === null;
    if (!this.resolved) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.resolvedTarget === null;
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.context.queue({ roundTrip: true, run: () => this.loadNow(paths) });
    return this;
  }

  /** Runs a load while the batch runs; 'child/property' paths load a navigation property's object. */
  loadNow(paths: LoadPaths): void {
    const target = this.current();
    if (target === null) return;
    for (const path of paths === 'all' ? this.scalarNames : paths) {
      const [head, ...rest] = path.split('/');
      if (this.scalarNames.includes(head)) {
        this.loaded.set(head, this.read(head, target));
        continue;
      }
      const child = this.navigation(head);
      if (!child) {
        throw new FakeOfficeError(
          'InvalidArgument',
          `${this.typeName} has no property '${head}'.`,
          `${this.typeName}.load`,
        );
      }
      child.loadNow(rest.length ? [rest.join('/')] : 'all');
    }
  }

  protected abstract read(name: string, target: T): unknown;

  /** How an object got from this one finds its target: from this one's, null when this is null. */
  protected child<C>(make: (target: T) => C | null): () => C | null {
    return () => {
      const target = this.current();
      if (target !== null) return make(target);
      if (this.context.host.failOnNullObjectCalls) {
        throw new FakeOfficeError(
          'InvalidObjectPath',
          `A method was called on a null ${this.typeName}.`,
          this.typeName,
        );
      }
      return null;
    };
  }

  protected navigation(name: string): FakeClientObject<unknown> | undefined {
    void name;
    return undefined;
  }

  protected get<V>(name: string): V {
    if (this.loaded.has(name)) return this.loaded.get(name) as V;
    if (this.resolved && this.current() === null) return undefined as V;
    throw propertyNotLoaded(this.typeName, name);
  }

  /** Sets a property: visible locally at once (as in Office.js), applied to the document at sync(). */
  protected set(name: string, value: unknown, write: (target: T) => void): void {
    this.loaded.set(name, value);
    this.queueWrite(write);
  }

  protected queueWrite(write: (target: T) => void): void {
    this.context.queue({
      roundTrip: true,
      run: () => {
        const target = this.current();
        if (target !== null) write(target);
      },
    });
  }
}

/** A collection: `items` exist only after load() and sync(). */
export abstract class FakeCollection<T, Item extends FakeClientObject<T>> extends FakeClientObject<T[]> {
  protected readonly scalarNames: readonly string[] = [];
  private loadedItems?: Item[];

  get items(): Item[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, 'items');
    return this.loadedItems;
  }

  protected read(name: string): unknown {
    throw new FakeOfficeError(
      'InvalidArgument',
      `${this.typeName} has no property '${name}'.`,
      `${this.typeName}.load`,
    );
  }

  protected abstract item(target: T): Item;

  override loadNow(paths: LoadPaths): void {
    const targets = this.current();
    if (targets === null) return;
    this.loadedItems = targets.map((t) => this.item(t));
    const itemPaths = paths === 'all' ? [] : paths.map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    for (const item of this.loadedItems) item.loadNow(itemPaths.length ? itemPaths : 'all');
  }
}

/** ClientResult<V>: `value` exists only after sync(). */
export class FakeClientResult<V> {
  private ready = false;
  private result?: V;

  constructor(context: FakeRequestContext, compute: () => V) {
    context.queue({
      roundTrip: true,
      run: () => {
        this.result = compute();
        this.ready = true;
      },
    });
  }

  get value(): V {
    if (!this.ready) {
      throw new FakeOfficeError(
        'ValueNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
        'ClientResult.value',
      );
    }
    return this.result as V;
  }
}

/**
 * Base classes for proxy objects. Mirrors Office.js: a proxy is a path into the document;
 * property writes and method calls are queued and run at `context.sync()`, and scalar
 * properties can only be read after `load()` + `sync()` (or after the add-in set them locally).
 */
import { HostError, HostErrorCodes, hostError, propertyNotLoaded } from "./errors";
import type { HostState } from "./host-state";

/** What proxies need from the request context (kept minimal to avoid import cycles). */
export interface ContextLike {
  /** @internal */
  readonly _host: HostState;
  /** Queue an operation; `apply` runs at sync in queue order. Load results go through `commit`. */
  _enqueue(payload: Record<string, unknown>, apply: (commit: Commit) => void): void;
  /** Recalculate formulas now if cells changed earlier in this batch (so loads see fresh values). */
  _ensureCalculated(): void;
}

/** Registers work that only becomes visible if the whole sync succeeds (like Office.js responses). */
export type Commit = (fn: () => void) => void;

export interface LoadSpec {
  /** True when nothing specific was asked for: load every scalar property. */
  all: boolean;
  props: string[];
  nav: Map<string, LoadSpec>;
}

export type LoadArgument =
  string | string[] | { select?: string | string[]; expand?: string | string[]; [key: string]: unknown } | undefined;

function emptySpec(all: boolean): LoadSpec {
  return { all, props: [], nav: new Map() };
}

function addPath(spec: LoadSpec, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return;
  let cur = spec;
  for (let i = 0; i < parts.length - 1; i++) {
    let next = cur.nav.get(parts[i]);
    if (!next) {
      next = emptySpec(false);
      cur.nav.set(parts[i], next);
    }
    cur = next;
  }
  const last = parts[parts.length - 1];
  if (!cur.props.includes(last)) cur.props.push(last);
}

function toList(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean);
}

/** Parses every shape Office.js accepts: "a, b/c", ["a", "b"], { select, expand }, or nothing. */
export function parseLoadSpec(arg: LoadArgument): LoadSpec {
  if (arg === undefined || arg === null) return emptySpec(true);
  const spec = emptySpec(false);
  if (typeof arg === "string" || Array.isArray(arg)) {
    for (const p of toList(arg)) addPath(spec, p);
  } else {
    for (const p of toList(arg.select)) addPath(spec, p);
    for (const p of toList(arg.expand)) if (!spec.nav.has(p)) spec.nav.set(p, emptySpec(true));
  }
  if (spec.props.length === 0 && spec.nav.size === 0) spec.all = true;
  return spec;
}

function deepCopy<T>(v: T): T {
  if (v === null || typeof v !== "object") return v;
  return JSON.parse(JSON.stringify(v)) as T;
}

/**
 * Base proxy. `T` is the resolved model target. Resolution is lazy (at sync, when an operation
 * touches the object), which is also when Office.js reports ItemNotFound.
 */
export abstract class ClientObject<T = unknown> {
  /** @internal */ readonly _ctx: ContextLike;
  /** @internal */ readonly _path: string;
  /** @internal */ readonly _data = new Map<string, unknown>();
  /** @internal */ _nullState: "unknown" | "null" | "notnull";
  private readonly _resolver: () => T | null | undefined;
  /** Error code and message used when the target is missing. */
  protected _missing: { code: string; message?: string; location: string };

  protected abstract readonly _typeName: string;
  /** Scalar properties readable through load(). */
  protected abstract readonly _scalarProps: readonly string[];

  constructor(ctx: ContextLike, path: string, resolver: () => T | null | undefined, nullable = false) {
    this._ctx = ctx;
    this._path = path;
    this._resolver = resolver;
    this._missing = { code: HostErrorCodes.itemNotFound, location: path };
    this._nullState = nullable ? "unknown" : "notnull";
    if (nullable) {
      // *OrNullObject: Office.js reports isNullObject after the next sync without an explicit load.
      ctx._enqueue({ a: "resolve", o: path }, (commit) => {
        const exists = this._resolver() != null;
        commit(() => {
          this._nullState = exists ? "notnull" : "null";
        });
      });
    }
  }

  get context(): ContextLike {
    return this._ctx;
  }

  get isNullObject(): boolean {
    if (this._nullState === "unknown") throw propertyNotLoaded("isNullObject", this._typeName);
    return this._nullState === "null";
  }

  /** @internal Resolve or throw ItemNotFound (used by writes and loads). */
  _target(): T {
    const t = this._resolver();
    if (t === null || t === undefined) throw new HostError(this._missing.code, this._missing.message, this._missing.location);
    return t;
  }

  /** @internal */
  _targetOrNull(): T | null {
    const t = this._resolver();
    return t === null || t === undefined ? null : t;
  }

  /** Read a property that must have been loaded (or set locally). */
  protected _get<V>(name: string): V {
    if (!this._data.has(name)) throw propertyNotLoaded(name, this._typeName);
    return this._data.get(name) as V;
  }

  /** Queue a property write; the local copy is readable immediately, as in Office.js. */
  protected _set(name: string, value: unknown, apply: (target: T) => void): void {
    this._data.set(name, deepCopy(value));
    this._ctx._enqueue({ a: "set", o: this._path, p: name, v: value as unknown }, () => apply(this._target()));
  }

  /** Queue a method call. */
  protected _call(name: string, args: unknown[], apply: (target: T) => void): void {
    this._ctx._enqueue({ a: "call", o: this._path, m: name, args }, () => apply(this._target()));
  }

  /** Read one scalar property from the model at sync time. */
  protected abstract _read(target: T, name: string): unknown;

  /** Navigation properties (e.g. range.format) that can appear in load paths. */
  protected _navigation(_name: string): ClientObject<unknown> | undefined {
    return undefined;
  }

  /** Office.js `set({...})`: assigns properties, recursing into navigation objects (e.g. format.fill). */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      const nav = this._navigation(key);
      if (nav && value !== null && typeof value === "object" && !Array.isArray(value)) {
        nav.set(value as Record<string, unknown>);
      } else {
        (this as unknown as Record<string, unknown>)[key] = value;
      }
    }
  }

  /** Office.js tracking is a no-op here: proxies stay valid for the host's lifetime. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  load(arg?: LoadArgument): this {
    const spec = parseLoadSpec(arg);
    this._ctx._enqueue({ a: "load", o: this._path, p: describeSpec(spec) }, (commit) => this._applyLoad(spec, commit));
    return this;
  }

  /** @internal Executes a load at sync time. */
  _applyLoad(spec: LoadSpec, commit: Commit): void {
    this._ctx._ensureCalculated();
    const target = this._targetOrNull();
    if (target === null && this._nullState === "notnull") this._target(); // throws ItemNotFound
    const names = spec.all ? [...this._scalarProps] : spec.props;
    for (const name of names) {
      const nav = this._navigation(name);
      if (nav) {
        nav._applyLoad(parseLoadSpec(undefined), commit);
        continue;
      }
      if (!this._scalarProps.includes(name)) {
        throw hostError(
          HostErrorCodes.invalidArgument,
          `The property '${name}' does not exist on ${this._typeName}.`,
          `${this._typeName}.load`,
        );
      }
      const value = target === null ? null : deepCopy(this._read(target, name));
      commit(() => this._data.set(name, value));
    }
    for (const [name, sub] of spec.nav) {
      const nav = this._navigation(name);
      if (!nav)
        throw hostError(
          HostErrorCodes.invalidArgument,
          `The property '${name}' does not exist on ${this._typeName}.`,
          `${this._typeName}.load`,
        );
      nav._applyLoad(sub, commit);
    }
  }

  /** Loaded scalar properties as a plain object (like Office.js toJSON). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._data) out[k] = v;
    return out;
  }
}

function describeSpec(spec: LoadSpec): unknown {
  if (spec.all && spec.nav.size === 0) return "*";
  const out: Record<string, unknown> = {};
  for (const p of spec.props) out[p] = 1;
  for (const [k, v] of spec.nav) out[k] = describeSpec(v);
  return out;
}

/**
 * Collections: `items` becomes available after load + sync. Loading plain property names on a
 * collection (e.g. `sheets.load("name")`) loads them on every item, as Office.js does.
 */
export abstract class ClientCollection<TItem extends ClientObject<unknown>, T = unknown> extends ClientObject<T> {
  protected readonly _scalarProps: readonly string[] = [];

  get items(): TItem[] {
    return this._get<TItem[]>("items");
  }

  /** Create item proxies bound to the current model objects. */
  protected abstract _enumerate(target: T): TItem[];

  protected _read(): unknown {
    return undefined;
  }

  override _applyLoad(spec: LoadSpec, commit: Commit): void {
    this._ctx._ensureCalculated();
    const target = this._target();
    // "items" itself (load("items")) means every scalar property of every item.
    const props = spec.props.filter((p) => p !== "items");
    const nav = new Map([...spec.nav].filter(([k]) => k !== "items"));
    const itemSpec = spec.nav.get("items") ?? (props.length || nav.size ? { all: false, props, nav } : parseLoadSpec(undefined));
    const items = this._enumerate(target);
    for (const item of items) item._applyLoad(itemSpec.props.length || itemSpec.nav.size ? itemSpec : parseLoadSpec(undefined), commit);
    commit(() => this._data.set("items", items));
  }

  override toJSON(): Record<string, unknown> {
    const items = this._data.get("items") as TItem[] | undefined;
    return { items: items ? items.map((i) => i.toJSON()) : [] };
  }
}

/** OfficeExtension.ClientResult: `value` is readable after the next sync. */
export class ClientResult<V> {
  private _has = false;
  private _value: V | undefined;

  get value(): V {
    if (!this._has)
      throw new HostError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
        "ClientResult.value",
      );
    return this._value as V;
  }

  /** @internal */
  _set(v: V): void {
    this._has = true;
    this._value = v;
  }
}

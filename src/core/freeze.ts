/**
 * What the library shares between calls (the bundled frameworks, its lists of codes and categories)
 * is frozen, so that a caller cannot change it for every later call in the process: a second
 * review set a bundled indicator's weight and every later score came out 6.05 on a 0–5 scale; a
 * `builtinFrameworks().splice(…)` switched `framework/mismatch` off. TypeScript's `readonly` held
 * only until a cast, and not at all for a JavaScript caller. A change now throws (modules are strict).
 */

const SHARED = "spbe: this is shared by every call, and cannot be changed";

/** A Map that refuses `set`, `delete` and `clear` once made: `Object.freeze` does not reach a Map's entries. */
export class FrozenMap<K, V> extends Map<K, V> {
  constructor(entries: Iterable<readonly [K, V]>) {
    // (Map's own constructor would add them through the `set` below)
    super();
    for (const [key, value] of entries) super.set(key, value);
  }
  override set(_key: K, _value: V): this {
    throw new TypeError(SHARED);
  }
  override delete(_key: K): boolean {
    throw new TypeError(SHARED);
  }
  override clear(): void {
    throw new TypeError(SHARED);
  }
}

/** A Set that refuses `add`, `delete` and `clear` once made. */
export class FrozenSet<T> extends Set<T> {
  constructor(values: Iterable<T>) {
    super();
    for (const value of values) super.add(value);
  }
  override add(_value: T): this {
    throw new TypeError(SHARED);
  }
  override delete(_value: T): boolean {
    throw new TypeError(SHARED);
  }
  override clear(): void {
    throw new TypeError(SHARED);
  }
}

/**
 * `value` with everything reachable from it frozen: objects and arrays in place, each Map and Set
 * replaced by a frozen copy (one copy for one collection held in several places). Returns the value
 * to keep: `value` itself, or the copy when it is a Map or Set.
 */
export function deepFreeze<T>(value: T): T {
  return frozen(value, new Map()) as T;
}

function frozen(value: unknown, done: Map<object, unknown>): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (done.has(value)) return done.get(value);
  if (value instanceof Map) {
    const copy = new FrozenMap([...value].map(([k, v]) => [frozen(k, done), frozen(v, done)] as const));
    done.set(value, copy);
    return copy;
  }
  if (value instanceof Set) {
    const copy = new FrozenSet([...value].map((v) => frozen(v, done)));
    done.set(value, copy);
    return copy;
  }
  // before its members, for a cycle back to it
  done.set(value, value);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const kept = frozen(record[key], done);
    if (kept !== record[key]) record[key] = kept;
  }
  return Object.freeze(value);
}

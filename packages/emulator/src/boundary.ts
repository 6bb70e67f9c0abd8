// The boundary between the add-on and the fakes: the only place calls are counted.
//
// The add-on never holds a fake directly, only a Proxy that
// - lets it call the methods in the fake's `api` set and read its `constants`, nothing else;
// - records each call (user, class, method, target) before running it;
// - unwraps proxies passed back as arguments (setActiveSheet(sheet), ...);
// - re-creates returned arrays and Dates in the caller's realm. Code loaded in a vm context has
//   its own Array and Date, and the add-on may test `value instanceof Date`, which must hold as
//   it does in Apps Script;
// - re-throws errors as the caller realm's Error named 'Exception', as Apps Script's service
//   errors are ("Exception: The coordinates of the range are outside ...").

import type { Recorder } from './calls';
import { Fake } from './fake';
import { isDate } from './time';

/** The constructors of the realm the add-on runs in. */
export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export const NODE_REALM: Realm = { Array, Date, Error };

const fakeBehind = new WeakMap<object, Fake>();

export class Boundary {
  private readonly proxies = new WeakMap<Fake, object>();

  constructor(
    private readonly user: string,
    private readonly recorder: Recorder,
    private readonly realm: Realm,
  ) {}

  /** The add-on's view of a fake. */
  expose(fake: Fake): object {
    const known = this.proxies.get(fake);
    if (known) return known;
    const methods = new Map<string, (...args: unknown[]) => unknown>();
    const proxy: object = new Proxy(fake, {
      get: (target, prop) => {
        if (typeof prop !== 'string') return undefined;
        if (target.api.has(prop)) {
          let method = methods.get(prop);
          if (!method) {
            method = (...args: unknown[]) => this.invoke(target, prop, args);
            methods.set(prop, method);
          }
          return method;
        }
        if (Object.prototype.hasOwnProperty.call(target.constants, prop))
          return target.constants[prop];
        // Apps Script objects print as their class name.
        if (prop === 'toString') return () => target.service;
        return undefined;
      },
      has: (target, prop) =>
        typeof prop === 'string' && (target.api.has(prop) || prop in target.constants),
      set: () => false,
      ownKeys: (target) => [...target.api, ...Object.keys(target.constants)],
      getOwnPropertyDescriptor: (target, prop): PropertyDescriptor | undefined =>
        typeof prop === 'string' && (target.api.has(prop) || prop in target.constants)
          ? {
              configurable: true,
              enumerable: true,
              writable: false,
              value: Reflect.get(proxy, prop),
            }
          : undefined,
    });
    this.proxies.set(fake, proxy);
    fakeBehind.set(proxy, fake);
    return proxy;
  }

  private invoke(fake: Fake, method: string, args: unknown[]): unknown {
    const target = fake.target();
    this.recorder.call({
      user: this.user,
      service: fake.service,
      method,
      ...(target ? { target } : {}),
    });
    let result: unknown;
    try {
      const fn = (fake as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!;
      result = fn.apply(fake, args.map(unwrap));
    } catch (error) {
      throw this.toRealmError(error);
    }
    return this.toCaller(result);
  }

  /** Returned values in the caller's realm, fakes behind proxies. */
  toCaller(value: unknown): unknown {
    // Most values are cells' strings and numbers: a million-row read returns millions of them.
    if (typeof value !== 'object' || value === null) return value;
    if (value instanceof Fake) return this.expose(value);
    if (Array.isArray(value)) return this.realm.Array.from(value, (v: unknown) => this.toCaller(v));
    if (isDate(value)) return new this.realm.Date(value.getTime());
    return value;
  }

  private toRealmError(error: unknown): Error {
    const message = error instanceof Error ? error.message : String(error);
    const converted = new this.realm.Error(message);
    converted.name = 'Exception';
    if (error instanceof Error && error.stack)
      converted.stack = `Exception: ${message}\n${error.stack}`;
    return converted;
  }
}

/** The fake behind a proxy the add-on passed back (arrays of them too); other values as they are. */
export function unwrap(value: unknown): unknown {
  if (typeof value === 'object' && value !== null) {
    const fake = fakeBehind.get(value);
    if (fake) return fake;
    if (
      Array.isArray(value) &&
      value.some((v) => typeof v === 'object' && v !== null && fakeBehind.has(v))
    ) {
      return value.map(unwrap);
    }
  }
  return value;
}

// Runs the BUILT add-on (dist/Code.js) the way Apps Script does: one global scope holding the
// Apps Script services of one emulated user and nothing from Node (no require, process,
// Buffer, timers), top-level functions as entry points.
//
//   const emu = createEmulator({ files: distHtmlFiles() });
//   const ctx = loadAddon(emu.user('alice@example.com'));
//   runEntryPoint(ctx, 'onOpen', { authMode: 'NONE' });
//   const result = callFromSidebar(ctx, 'getState');

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import type { SidebarApi } from '../../src/contract';
import type { EmulatedUser, Realm } from '../../dev/emulator';

const DIST = resolve(__dirname, '../../dist');

/** The add-on's global scope: its entry points (typed by the sidebar contract) and globals. */
export type AddonContext = SidebarApi & {
  onOpen(e?: unknown): void;
  onInstall(e?: unknown): void;
  readonly [name: string]: unknown;
};

const owners = new WeakMap<object, { user: EmulatedUser; parse: (json: string) => unknown }>();

function owner(ctx: AddonContext): { user: EmulatedUser; parse: (json: string) => unknown } {
  const found = owners.get(ctx);
  if (!found) throw new Error('Not a context made by loadAddon().');
  return found;
}

/** Loads dist/Code.js into a fresh context bound to `user`. */
export function loadAddon(user: EmulatedUser, codePath = join(DIST, 'Code.js')): AddonContext {
  if (!existsSync(codePath)) {
    throw new Error(`${codePath} does not exist: run \`npm run build\` before these tests.`);
  }
  const sandbox: Record<string, unknown> = {};
  const context = vm.createContext(sandbox);
  // The context's own constructors, so values the services return are native to the script.
  const realm = vm.runInContext('({ Array: Array, Date: Date, Error: Error })', context) as Realm;
  Object.assign(sandbox, user.globalsFor(realm));
  vm.runInContext(readFileSync(codePath, 'utf8'), context, { filename: 'Code.js' });
  const parse = vm.runInContext('(json) => JSON.parse(json)', context) as (json: string) => unknown;
  owners.set(sandbox, { user, parse });
  return sandbox as AddonContext;
}

/** The HTML files of the build (dist/*.html), by name without extension, for createEmulator. */
export function distHtmlFiles(): Record<string, string> {
  if (!existsSync(DIST)) throw new Error('dist/ does not exist: run `npm run build` first.');
  const files: Record<string, string> = {};
  for (const name of readdirSync(DIST)) {
    if (name.endsWith('.html')) files[name.slice(0, -5)] = readFileSync(join(DIST, name), 'utf8');
  }
  return files;
}

// ---- google.script.run serialisation ---------------------------------------------------
// https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
// "Legal parameters are JavaScript primitives like a Number, Boolean, String, or null, as well
// as JavaScript objects and arrays that are composed of primitives, objects, and arrays. ...
// Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other
// prohibited type, including prohibited types inside objects or arrays. Objects that create
// circular references will also fail, and undefined fields within arrays become null. Note that
// an object passed to the server becomes a copy of the original."

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  // Plain objects from any realm: their prototype is some realm's Object.prototype (or null).
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Why `value` cannot cross google.script.run, or null if it can. */
export function wireProblem(value: unknown, path = 'value', seen: object[] = []): string | null {
  if (value === null || value === undefined) return null;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return null;
  if (t === 'function') return `${path} is a function`;
  if (t !== 'object') return `${path} is a ${t}`;
  const obj = value as object;
  if (Object.prototype.toString.call(obj) === '[object Date]') return `${path} is a Date`;
  if (seen.includes(obj)) return `${path} is a circular reference`;
  const inner = [...seen, obj];
  if (Array.isArray(obj)) {
    for (let i = 0; i < obj.length; i++) {
      const problem = wireProblem(obj[i], `${path}[${i}]`, inner);
      if (problem) return problem;
    }
    return null;
  }
  if (!isPlainObject(obj))
    return `${path} is not a plain object (${Object.prototype.toString.call(obj)})`;
  for (const [key, v] of Object.entries(obj)) {
    const problem = wireProblem(v, `${path}.${key}`, inner);
    if (problem) return problem;
  }
  return null;
}

/** A copy as the other side receives it (undefined in arrays -> null, undefined fields dropped). */
function copyAcross(value: unknown, parse: (json: string) => unknown): unknown {
  if (value === undefined) return null;
  return parse(JSON.stringify(value));
}

/**
 * Calls a server function as the sidebar does through google.script.run, as one execution of
 * the context's user (their locks are released afterwards). Arguments and result are copied by
 * the rules above. Throws what the failure handler would receive.
 *
 * A result that cannot cross (a Date inside, say) reaches the sidebar as null in Apps Script
 * (widely reported, not in the reference); here too, and a warning is logged to the console.
 */
export function callFromSidebar<K extends keyof SidebarApi & string>(
  ctx: AddonContext,
  name: K,
  ...args: Parameters<SidebarApi[K]>
): ReturnType<SidebarApi[K]> {
  return callFromSidebarUnchecked(ctx, name, ...args) as ReturnType<SidebarApi[K]>;
}

/** callFromSidebar without the contract's types: for calling names that should not work. */
export function callFromSidebarUnchecked(
  ctx: AddonContext,
  name: string,
  ...args: unknown[]
): unknown {
  const { user, parse } = owner(ctx);
  // Functions whose names end with '_' are private: google.script.run cannot see them.
  const fn = ctx[name];
  if (typeof fn !== 'function' || name.endsWith('_')) {
    throw new TypeError(`google.script.run.${name} is not a function`);
  }
  args.forEach((arg, i) => {
    const problem = wireProblem(arg, `argument ${i}`);
    if (problem) throw new Error(`google.script.run.${name}: request failed: ${problem}`);
  });
  const copies = args.map((arg) => copyAcross(arg, parse));
  let result: unknown;
  try {
    result = user.run(() => (fn as (...a: unknown[]) => unknown)(...copies));
  } catch (error) {
    // The failure handler gets an Error carrying the server's message.
    const message =
      error instanceof Object && 'message' in error ? String(error.message) : String(error);
    // ES2020's lib has no Error(message, { cause }); the failure handler sees only the message.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(message);
  }
  const problem = wireProblem(result, 'result');
  if (problem) {
    console.warn(`google.script.run.${name}: ${problem}; the sidebar receives null.`);
    return null;
  }
  return copyAcross(result, (json) => JSON.parse(json) as unknown);
}

/** Runs a top-level function (menu item, trigger) as one execution of the context's user. */
export function runEntryPoint(ctx: AddonContext, name: string, ...args: unknown[]): unknown {
  const { user } = owner(ctx);
  const fn = ctx[name];
  if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}.`);
  return user.run(() => (fn as (...a: unknown[]) => unknown)(...args));
}

// Runs a built add-on (dist/Code.js) the way Apps Script does: one global scope holding the
// Apps Script services of one emulated user and nothing from Node (no require, process,
// Buffer, timers), top-level functions as entry points. Used by the tests
// (tests/support/loadAddon.ts) and by the local preview (dev/preview).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { SidebarApi } from '../../src/contract';
import type { EmulatedUser, Realm } from '@career-dreams/emulator';
import { copyAcross, isPrivateName, requestFailed, wireProblem } from './wire';

/** The add-on's global scope: its entry points (typed by the sidebar contract) and globals. */
export type AddonContext = SidebarApi & {
  onOpen(e?: unknown): void;
  onInstall(e?: unknown): void;
  readonly [name: string]: unknown;
};

interface Owner {
  user: EmulatedUser;
  parse: (json: string) => unknown;
  /** Names the script itself declared (the services put in its scope are not among them). */
  own: Set<string>;
}

const owners = new WeakMap<object, Owner>();

function owner(ctx: AddonContext): Owner {
  const found = owners.get(ctx);
  if (!found) throw new Error('Not a context made by loadAddon().');
  return found;
}

/** Loads a built Code.js into a fresh context bound to `user`. */
export function loadAddon(user: EmulatedUser, codePath: string): AddonContext {
  if (!existsSync(codePath)) {
    throw new Error(`${codePath} does not exist: run \`npm run build\` first.`);
  }
  const sandbox: Record<string, unknown> = {};
  const context = vm.createContext(sandbox);
  // The context's own constructors, so values the services return are native to the script.
  const realm = vm.runInContext('({ Array: Array, Date: Date, Error: Error })', context) as Realm;
  Object.assign(sandbox, user.globalsFor(realm));
  const services = new Set(Object.keys(sandbox));
  vm.runInContext(readFileSync(codePath, 'utf8'), context, { filename: 'Code.js' });
  const parse = vm.runInContext('(json) => JSON.parse(json)', context) as (json: string) => unknown;
  const own = new Set(Object.keys(sandbox).filter((name) => !services.has(name)));
  owners.set(sandbox, { user, parse, own });
  return sandbox as AddonContext;
}

/** The HTML files in a folder (dist/), by name without extension, for createEmulator. */
export function htmlFilesIn(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.html')) files[name.slice(0, -5)] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}

/** The top-level functions google.script.run offers: every public function the script declares. */
export function scriptRunFunctions(ctx: AddonContext): string[] {
  const { own } = owner(ctx);
  return [...own].filter((name) => typeof ctx[name] === 'function' && !isPrivateName(name)).sort();
}

/**
 * Calls a server function as the sidebar does through google.script.run, as one execution of
 * the context's user (their locks are released afterwards). Arguments and result are copied by
 * the rules of ./wire. Throws what the failure handler would receive.
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
  const fn = ctx[name];
  if (typeof fn !== 'function' || isPrivateName(name)) {
    throw new TypeError(`google.script.run.${name} is not a function`);
  }
  args.forEach((arg, i) => {
    const problem = wireProblem(arg, `argument ${i}`);
    if (problem) throw new Error(requestFailed(name, problem));
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

// One preview per workbook file: two servers saving one file would each overwrite the other's
// changes. A lock file beside the workbook names the process that holds it; a lock whose process
// is gone (killed, crashed, the computer restarted) is taken over.

import { randomUUID } from 'node:crypto';
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { shown } from './paths';

/** What the lock file says about its holder. */
export interface LockHolder {
  pid: number;
  host: string;
  /** Where that preview serves, once it does. */
  url: string | null;
  /** Tells this holder's file from a later one of the same process. */
  token: string;
}

/** The workbook file is in use, or the lock cannot be made: one plain sentence. */
export class LockError extends Error {
  override name = 'LockError';
}

/** Whether the process that wrote `holder` may still be running. */
export function holderAlive(holder: LockHolder): boolean {
  // Another computer's process (a shared folder) cannot be asked: it counts as running.
  if (holder.host !== hostname()) return true;
  // This process knows its own locks: one it does not hold is an earlier process's, whose pid
  // came round again (as it does in a fresh container).
  if (holder.pid === process.pid) {
    return [...held].some((lock) => lock.token === holder.token);
  }
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function readHolder(path: string): LockHolder | null {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof data.pid !== 'number' || typeof data.token !== 'string') return null;
    return {
      pid: data.pid,
      host: typeof data.host === 'string' ? data.host : hostname(),
      url: typeof data.url === 'string' ? data.url : null,
      token: data.token,
    };
  } catch {
    return null;
  }
}

/** Writes `holder` to a file of its own first, so a lock file is never seen half written. */
function writeAside(path: string, holder: LockHolder): string {
  const temporary = `${path}.${holder.pid}.${holder.token}.tmp`;
  const fd = openSync(temporary, 'wx');
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
  } finally {
    closeSync(fd);
  }
  return temporary;
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/** Locks held by this process, released if it exits without closing them. */
const held = new Set<WorkbookLock>();
let exitHook = false;

export class WorkbookLock {
  private holder: LockHolder;
  private released = false;

  get token(): string {
    return this.holder.token;
  }

  private constructor(
    readonly path: string,
    holder: LockHolder,
  ) {
    this.holder = holder;
  }

  /**
   * Takes the lock of `workbookPath` (its file `<workbook>.lock`), or throws a LockError naming
   * the process that has it and what to do.
   */
  static take(workbookPath: string): WorkbookLock {
    const path = `${workbookPath}.lock`;
    const holder: LockHolder = {
      pid: process.pid,
      host: hostname(),
      url: null,
      token: randomUUID(),
    };
    let temporary: string;
    try {
      temporary = writeAside(path, holder);
    } catch (error) {
      throw new LockError(
        `Could not make the lock file ${shown(path)} (${(error as NodeJS.ErrnoException).code ?? 'error'}): check that its folder can be written to.`,
      );
    }
    try {
      // A few rounds: each one either takes the lock, finds it held, or clears a stale one.
      for (let round = 0; round < 5; round++) {
        try {
          // link() fails if the lock exists: of two previews starting at once, one wins.
          linkSync(temporary, path);
          const lock = new WorkbookLock(path, holder);
          held.add(lock);
          if (!exitHook) {
            exitHook = true;
            process.on('exit', () => {
              for (const lock of held) lock.release();
            });
          }
          return lock;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
        const other = readHolder(path);
        if (other && holderAlive(other)) throw new LockError(inUse(workbookPath, path, other));
        clearStale(path, other);
      }
      throw new LockError(
        `Could not take the lock file ${shown(path)}: another preview keeps starting on ${shown(workbookPath)}.`,
      );
    } finally {
      unlinkQuietly(temporary);
    }
  }

  /** Adds where this preview serves, for the message another one gets. */
  serving(url: string): void {
    if (this.released) return;
    const holder = { ...this.holder, url };
    try {
      const temporary = writeAside(this.path, holder);
      renameSync(temporary, this.path);
      this.holder = holder;
    } catch {
      // The lock still holds without its address.
    }
  }

  /** Removes the lock file, if it is still this one's. */
  release(): void {
    if (this.released) return;
    this.released = true;
    held.delete(this);
    if (readHolder(this.path)?.token === this.holder.token) unlinkQuietly(this.path);
  }
}

/**
 * Removes a lock whose process is gone. It is first renamed to a name of this process's own,
 * so that if another preview cleared it and took the lock meanwhile, that new lock is found
 * under the new name and put back instead of removed.
 */
function clearStale(path: string, stale: LockHolder | null): void {
  const moved = `${path}.stale.${process.pid}.${randomUUID()}`;
  try {
    renameSync(path, moved);
  } catch {
    return; // Someone else moved it first: look again.
  }
  const found = readHolder(moved);
  const same = stale === null ? found === null : found?.token === stale.token;
  if (!same) {
    try {
      linkSync(moved, path);
    } catch {
      // A third preview took the lock meanwhile: it stays theirs.
    }
  }
  unlinkQuietly(moved);
}

function inUse(workbookPath: string, lockPath: string, other: LockHolder): string {
  const where = other.url ? `, at ${other.url}` : '';
  const machine = other.host === hostname() ? '' : ` on ${other.host}`;
  return (
    `The workbook file ${shown(workbookPath)} is open in another preview (process ${other.pid}${machine}${where}): ` +
    `stop that one with Ctrl+C, or start this one with --workbook and another file ` +
    `(if no preview is running, delete ${shown(lockPath)}).`
  );
}

// Every read-modify-write runs under the document lock, so two people clicking at once in the
// same conversation are served one after the other and neither overwrites the other's change.
// Reading the state takes it too, with a short wait, so a state never mixes the moment before
// another action's write with the moment after it.
// https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
import { UserError } from '../../core';

/** How long to wait for the other person's action; Sheets actions take well under a second. */
export const LOCK_WAIT_MS = 10_000;

/** How long a read of the state waits: it is asked for often, and refreshes on the next click. */
export const STATE_LOCK_WAIT_MS = 2_500;

export const BUSY_MESSAGE =
  'Someone else is updating the sheet right now. Wait a moment, then try again.';

export const BUSY_READING_MESSAGE =
  'Someone else is updating the sheet right now, so the list was not refreshed. ' +
  'Wait a moment, then refresh.';

export interface LockOptions {
  waitMs?: number;
  busyMessage?: string;
  /** Make the writes visible to the next reader before the lock is let go (writers only). */
  flush?: boolean;
}

export function withDocumentLock<T>(work: () => T, options: LockOptions = {}): T {
  const { waitMs = LOCK_WAIT_MS, busyMessage = BUSY_MESSAGE, flush = true } = options;
  // getDocumentLock() is null outside a document; the script lock is a stricter stand-in.
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) throw new UserError(busyMessage, 'busy');
  try {
    const result = work();
    if (flush) SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}

// Every read-modify-write runs under the document lock, so two people clicking at once in the
// same conversation are served one after the other and neither overwrites the other's change.
// https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
import { UserError } from '../../core';

/** How long to wait for the other person's action; Sheets actions take well under a second. */
export const LOCK_WAIT_MS = 10_000;

export function withDocumentLock<T>(work: () => T): T {
  // getDocumentLock() is null outside a document; the script lock is a stricter stand-in.
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new UserError(
      'Someone else is updating the sheet right now. Wait a moment, then try again.',
      'busy',
    );
  }
  try {
    const result = work();
    // Make the writes visible to the next reader before the lock is let go.
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}

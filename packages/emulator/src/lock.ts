// LockService. https://developers.google.com/apps-script/reference/lock/lock
//
// JavaScript here is single-threaded, so nothing ever waits: a lock held by another user's
// execution makes tryLock return false and waitLock throw at once, whatever the timeout. That is
// the outcome a real contended lock has when the holder outlives the timeout, which is the case
// tests care about. A lock is released when its execution ends (UserScope.endExecution), as
// Apps Script releases locks when a script finishes.

import { asGas, Fake } from './fake';
import type { UserScope } from './scope';

type GasLock = GoogleAppsScript.Lock.Lock;

/** Apps Script's message when waitLock times out. */
export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

const LOCK_API = [
  'tryLock',
  'waitLock',
  'releaseLock',
  'hasLock',
] as const satisfies readonly (keyof GasLock)[];

function checkTimeout(timeoutInMillis: number, method: string): void {
  if (
    typeof timeoutInMillis !== 'number' ||
    !Number.isFinite(timeoutInMillis) ||
    timeoutInMillis < 0
  ) {
    throw new Error(
      `The parameters (${typeof timeoutInMillis}) don't match the method signature for Lock.${method}.`,
    );
  }
}

export class FakeLock extends Fake implements Pick<GasLock, (typeof LOCK_API)[number]> {
  readonly service = 'Lock';
  readonly api: ReadonlySet<string> = new Set(LOCK_API);
  /** The execution in which this Lock object acquired the lock, if it did. */
  private acquiredIn: number | undefined;

  constructor(
    private readonly scope: UserScope,
    private readonly key: string,
  ) {
    super();
  }

  override target(): string {
    return this.key.startsWith('user:') ? 'user' : this.key;
  }

  tryLock(timeoutInMillis: number): boolean {
    checkTimeout(timeoutInMillis, 'tryLock');
    const ok = this.scope.workbook.locks.acquire(this.key, this.scope.email, this.scope.execution);
    if (ok) this.acquiredIn = this.scope.execution;
    return ok;
  }

  waitLock(timeoutInMillis: number): void {
    checkTimeout(timeoutInMillis, 'waitLock');
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }

  releaseLock(): void {
    if (this.acquiredIn === undefined) return;
    this.scope.workbook.locks.release(this.key, this.scope.email, this.acquiredIn);
    this.acquiredIn = undefined;
  }

  hasLock(): boolean {
    if (this.acquiredIn !== this.scope.execution) return false;
    const held = this.scope.workbook.locks.holder(this.key);
    return held?.user === this.scope.email && held.execution === this.acquiredIn;
  }
}

const LOCK_SERVICE_API = [
  'getDocumentLock',
  'getScriptLock',
  'getUserLock',
] as const satisfies readonly (keyof GoogleAppsScript.Lock.LockService)[];

export class FakeLockService
  extends Fake
  implements Pick<GoogleAppsScript.Lock.LockService, (typeof LOCK_SERVICE_API)[number]>
{
  readonly service = 'LockService';
  readonly api: ReadonlySet<string> = new Set(LOCK_SERVICE_API);

  constructor(private readonly scope: UserScope) {
    super();
  }

  /** "Gets a lock that prevents any user of the current document from concurrently running a section of code." */
  getDocumentLock(): GasLock {
    return asGas(new FakeLock(this.scope, 'document'));
  }

  getScriptLock(): GasLock {
    return asGas(new FakeLock(this.scope, 'script'));
  }

  getUserLock(): GasLock {
    return asGas(new FakeLock(this.scope, `user:${this.scope.email}`));
  }
}

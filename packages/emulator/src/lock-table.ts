// Who holds each lock of the document: shared by every user, so it lives in the workbook. The
// Lock fakes (lock.ts) acquire and release through it; an execution's end releases its locks.

export interface Holder {
  user: string;
  execution: number;
}

/** Locks by key: 'document', 'script' or 'user:<email>'. */
export class LockTable {
  private readonly holders = new Map<string, Holder>();

  holder(key: string): Holder | undefined {
    return this.holders.get(key);
  }

  /** True if free or already held by this same execution. */
  acquire(key: string, user: string, execution: number): boolean {
    const held = this.holders.get(key);
    if (held && !(held.user === user && held.execution === execution)) return false;
    this.holders.set(key, { user, execution });
    return true;
  }

  release(key: string, user: string, execution: number): void {
    const held = this.holders.get(key);
    if (held && held.user === user && held.execution === execution) this.holders.delete(key);
  }

  releaseAll(user: string, execution: number): void {
    for (const [key, held] of [...this.holders]) {
      if (held.user === user && held.execution === execution) this.holders.delete(key);
    }
  }
}

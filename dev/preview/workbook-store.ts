// The workbook on disk: read at start, written after every change (atomically, so a crash or a
// Ctrl+C mid-write never leaves half a file), and set aside before it is replaced.

import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { SnapshotError, Workbook, type WorkbookSnapshot } from '@career-dreams/emulator';
import { shown } from './paths';

/** A problem with the workbook file, in one plain sentence. */
export class StoreError extends Error {
  override name = 'StoreError';
}

export class WorkbookStore {
  constructor(readonly path: string) {}

  /** The saved workbook, checked; null if there is no file yet. */
  load(): WorkbookSnapshot | null {
    const where = shown(this.path);
    if (!existsSync(this.path)) return null;
    if (statSync(this.path).isDirectory()) {
      throw new StoreError(`${where} is a folder, not a workbook file.`);
    }
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch {
      throw new StoreError(`Could not read the workbook file ${where}: check its permissions.`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new StoreError(
        `The workbook file ${where} is not valid JSON: fix it, or move it away to start afresh.`,
      );
    }
    try {
      // Checked by building it; the snapshot of the result is the clean form.
      return Workbook.fromSnapshot(data).snapshot();
    } catch (error) {
      if (error instanceof SnapshotError) {
        throw new StoreError(`The workbook file ${where} cannot be used: ${error.message}`);
      }
      throw error;
    }
  }

  save(snapshot: WorkbookSnapshot): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.saving`;
    writeFileSync(temporary, `${JSON.stringify(snapshot, null, 1)}\n`);
    renameSync(temporary, this.path);
  }

  /**
   * Copies the current file aside before another workbook replaces it, under a new name each
   * time (workbook.before-20261122-101500.json), so no replacement ever loses one. Returns
   * where, for a message; null if there was no file.
   */
  setAside(now = new Date()): string | null {
    if (!existsSync(this.path)) return null;
    const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
    const base = this.path.replace(/\.json$/, '');
    let target = `${base}.before-${stamp.slice(0, 8)}-${stamp.slice(8)}.json`;
    for (let n = 2; existsSync(target); n++) {
      target = `${base}.before-${stamp.slice(0, 8)}-${stamp.slice(8)}-${n}.json`;
    }
    copyFileSync(this.path, target);
    return target;
  }
}

/** Whether a workbook holds anything a person would miss (a value, fill, bold or note). */
export function hasContent(snapshot: WorkbookSnapshot): boolean {
  return snapshot.sheets.some((s) => s.cells.length > 0) || snapshot.sheets.length > 1;
}

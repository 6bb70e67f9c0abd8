// The workbook on disk: read at start, written after every change (atomically, so a crash or a
// Ctrl+C mid-write never leaves half a file), and set aside before it is replaced. Nothing is
// written that could not be opened again: a file that would not reopen, or that is larger than
// a Google spreadsheet can be, is refused before it replaces the one on disk.

import { randomUUID } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { SnapshotError, Workbook, type WorkbookSnapshot } from '@career-dreams/emulator';
import { shown } from './paths';

/** A problem with the workbook file, in one plain sentence; `reason` is the part after "because". */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    message: string,
    readonly reason: string = message,
  ) {
    super(message);
  }
}

/** Google Sheets' limits: 10 million cells in a spreadsheet, 18,278 columns (ZZZ) in a sheet. */
export const MAX_CELLS = 10_000_000;
export const MAX_COLUMNS = 18_278;
/**
 * A workbook file larger than this is not read (a dreams table is a few kilobytes; this is far
 * above what 10 million cells of ordinary text take, and far below what Node can hold).
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * Why a workbook of these sheets is larger than a Google spreadsheet can be, as a clause that
 * follows "…:" (the file, the change, the upload), or null when it is within the limits.
 */
export function overLimits(
  sheets: ReadonlyArray<{ name: string; rows: number; columns: number }>,
): string | null {
  let cells = 0;
  for (const sheet of sheets) {
    if (sheet.columns > MAX_COLUMNS) {
      return `the sheet ‘${sheet.name}’ would have ${count(sheet.columns)} columns, and a sheet of a Google spreadsheet has at most ${count(MAX_COLUMNS)}`;
    }
    cells += sheet.rows * sheet.columns;
  }
  if (cells > MAX_CELLS) {
    return `it would take ${count(cells)} cells (rows × columns of all its sheets), and a Google spreadsheet holds at most ${count(MAX_CELLS)}`;
  }
  return null;
}

/** Checks a workbook read from JSON the way it will be used; a clause saying why not, or it. */
function checked(data: unknown): WorkbookSnapshot | string {
  try {
    // Checked by building it; the snapshot of the result is the clean form.
    const snapshot = Workbook.fromSnapshot(data).snapshot();
    return overLimits(snapshot.sheets) ?? snapshot;
  } catch (error) {
    if (error instanceof SnapshotError) return error.message.replace(/\.$/, '');
    throw error;
  }
}

/** How a file begins that this store wrote (or one like it): a bad one of those is the preview's. */
const OWN_FORMAT = /"format"\s*:\s*"career-dreams-emulated-workbook"/;

export interface OpenedWorkbook {
  /** Null for a new workbook (no file, or a bad one set aside). */
  snapshot: WorkbookSnapshot | null;
  /** One line saying that the file could not be opened and where it went, if so. */
  notice: string | null;
}

export class WorkbookStore {
  /**
   * `own`: the file is the preview's own (its default place), so a bad one is set aside
   * whatever it holds; any other file is set aside only if the preview wrote it.
   */
  constructor(
    readonly path: string,
    private readonly options: { own?: boolean } = {},
  ) {}

  /** The saved workbook, checked; null if there is no file yet. Throws a StoreError. */
  load(): WorkbookSnapshot | null {
    const read = this.read();
    if (read === null) return null;
    if (typeof read.result === 'string') throw new StoreError(this.unusable(read));
    return read.result;
  }

  /**
   * As load(), but a bad file the preview wrote is renamed aside (never deleted) and a new
   * workbook started, so that one bad file never stops the preview from starting. A file
   * that is not one of the preview's (--workbook naming the wrong file) is left alone:
   * a StoreError.
   */
  open(now = new Date()): OpenedWorkbook {
    const read = this.read();
    if (read === null) return { snapshot: null, notice: null };
    if (typeof read.result !== 'string') return { snapshot: read.result, notice: null };
    if (!this.options.own && !OWN_FORMAT.test(read.text.slice(0, 1000))) {
      throw new StoreError(this.unusable(read));
    }
    const aside = this.freeName('bad', now);
    try {
      renameSync(this.path, aside);
    } catch {
      throw new StoreError(
        `The workbook file ${shown(this.path)} cannot be used (${read.result}), and could not be moved aside: move it away by hand.`,
      );
    }
    return {
      snapshot: null,
      notice: `The workbook file ${shown(this.path)} could not be opened (${read.result}); it is kept as ${shown(aside)}, and the preview started a new workbook.`,
    };
  }

  /** The file's text and what it holds (a clause saying why it cannot be used); null if none. */
  private read(): { text: string; result: WorkbookSnapshot | string; json: boolean } | null {
    const where = shown(this.path);
    if (!existsSync(this.path)) return null;
    const stat = statSync(this.path);
    if (stat.isDirectory()) throw new StoreError(`${where} is a folder, not a workbook file.`);
    if (stat.size > MAX_FILE_BYTES) {
      // Only its beginning is read, to tell whose it is.
      const fd = openSync(this.path, 'r');
      const head = Buffer.alloc(1000);
      try {
        readSync(fd, head, 0, head.length, 0);
      } finally {
        closeSync(fd);
      }
      return {
        text: head.toString('utf8'),
        result: `it is ${count(Math.round(stat.size / 1024 / 1024))} MB, and the preview reads at most ${count(MAX_FILE_BYTES / 1024 / 1024)} MB`,
        json: true,
      };
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
      return { text, result: 'it is not valid JSON', json: false };
    }
    return { text, result: checked(data), json: true };
  }

  private unusable(read: { result: WorkbookSnapshot | string; json: boolean }): string {
    const where = shown(this.path);
    return read.json
      ? `The workbook file ${where} cannot be used: ${capital(String(read.result))}.`
      : `The workbook file ${where} is not valid JSON: fix it, or move it away to start afresh.`;
  }

  /**
   * Writes the workbook, if it can be opened again: the text is parsed back and checked
   * against Google's limits first. Throws a StoreError (and leaves the file as it was) if not.
   */
  save(snapshot: WorkbookSnapshot): void {
    const text = `${JSON.stringify(snapshot, null, 1)}\n`;
    const problem =
      // Bytes as written (UTF-8), as read() measures them: not UTF-16 characters.
      Buffer.byteLength(text) > MAX_FILE_BYTES
        ? `it would take more than ${count(MAX_FILE_BYTES / 1024 / 1024)} MB`
        : checked(JSON.parse(text));
    if (typeof problem === 'string') {
      throw new StoreError(`The workbook was not saved: ${problem}.`, problem);
    }
    // A name of this save's own: two writers never share a temporary file.
    const temporary = `${this.path}.${process.pid}.${randomUUID()}.saving`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      const fd = openSync(temporary, 'wx');
      try {
        writeSync(fd, text);
        // On disk before it takes the workbook's name: a power cut leaves one or the other.
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, this.path);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // Never made.
      }
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      const reason = `the file ${shown(this.path)} could not be written (${code})`;
      throw new StoreError(`The workbook was not saved: ${reason}.`, reason);
    }
  }

  /**
   * Copies the current file aside before another workbook replaces it, under a new name each
   * time (workbook.before-20261122-101500.json), so no replacement ever loses one. Returns
   * where, for a message; null if there was no file.
   */
  setAside(now = new Date()): string | null {
    if (!existsSync(this.path)) return null;
    const target = this.freeName('before', now);
    copyFileSync(this.path, target);
    return target;
  }

  /** workbook.<what>-20261122-101500.json, with -2, -3 … if that is taken. */
  private freeName(what: string, now: Date): string {
    const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
    const base = `${this.path.replace(/\.json$/, '')}.${what}-${stamp.slice(0, 8)}-${stamp.slice(8)}`;
    let target = `${base}.json`;
    for (let n = 2; existsSync(target); n++) target = `${base}-${n}.json`;
    return target;
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether a workbook holds anything a person would miss (a value, fill, bold or note). */
export function hasContent(snapshot: WorkbookSnapshot): boolean {
  return snapshot.sheets.some((s) => s.cells.length > 0) || snapshot.sheets.length > 1;
}

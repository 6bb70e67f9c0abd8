// Counting one action's Spreadsheet-service calls, by the add-on and by the baseline, each on a
// fresh workbook holding the same table; then checking both left the same sheets and answered
// the same thing, so the comparison is between two ways of doing one job.
import { createEmulator, type CallCounts } from '@career-dreams/emulator';
import { loadAddon } from '../dev/addon/load';
import type { BenchAction, Workspace } from './actions';
import { tableFixture, sizeLabel, type TableSize } from './tables';

/** Calls by kind; `other` gathers the lock, ui and other kinds (not spreadsheet data). */
export interface Counts {
  read: number;
  write: number;
  handle: number;
  other: number;
  total: number;
}

export interface Measurement {
  addon: Counts;
  baseline: Counts;
  /** The add-on's calls by 'Service.method', to explain a count. */
  addonMethods: Record<string, number>;
  /** Bytes of the add-on's answer as JSON (what google.script.run carries back). */
  answerBytes: number;
}

function counts(calls: CallCounts): Counts {
  const { read, write, handle, ui, lock, other } = calls.byKind;
  return { read, write, handle, other: ui + lock + other, total: calls.total };
}

function workspace(size: TableSize, action: BenchAction, codePath: string): Workspace {
  const emu = createEmulator();
  emu.workbook.loadSheet('Dreams', tableFixture(size));
  const user = emu.user('report@example.com');
  const ws: Workspace = { size, emu, user, addon: loadAddon(user, codePath) };
  action.prepare?.(ws);
  user.endExecution();
  emu.resetCalls();
  return ws;
}

export function measure(action: BenchAction, size: TableSize, codePath: string): Measurement {
  const ours = workspace(size, action, codePath);
  const ourAnswer = action.addon(ours);
  const addonCalls = ours.emu.countCalls(ours.user);

  const theirs = workspace(size, action, codePath);
  const theirAnswer = theirs.user.run(() => action.baseline(theirs.user.globals, theirs));
  const baselineCalls = theirs.emu.countCalls(theirs.user);

  const where = `${action.label} at ${sizeLabel(size)}`;
  // A baseline that builds no comparable answer (undefined) is compared by the sheets it leaves.
  if (theirAnswer !== undefined && JSON.stringify(ourAnswer) !== JSON.stringify(theirAnswer)) {
    throw new Error(`The baseline answers differently from the add-on for ${where}.`);
  }
  const ourSheets = sheets(ours);
  const theirSheets = sheets(theirs);
  if (ourSheets !== theirSheets) {
    throw new Error(`The baseline leaves different sheets from the add-on for ${where}.`);
  }
  return {
    addon: counts(addonCalls),
    baseline: counts(baselineCalls),
    addonMethods: addonCalls.byMethod,
    answerBytes: Buffer.byteLength(JSON.stringify(ourAnswer) ?? ''),
  };
}

/**
 * Every sheet's values, fills and bold, as one string to compare. Trailing blank cells are
 * dropped (the add-on pads its Priorities rewrite with blanks, the baseline clears instead), and
 * the Priorities sheet's "Computed from ... on <minute>" line is compared without its minute.
 */
function sheets(ws: Workspace): string {
  const book = ws.emu.workbook;
  return JSON.stringify(
    book.sheetNames().map((name) => {
      const dump = book.dump(name);
      const cells = dump.values.map((row, r) =>
        row.map((value, c) => {
          const text = String(value ?? '');
          const shown = /^Computed from the sheet /.test(text) ? 'Computed from the sheet …' : text;
          const fill = dump.backgrounds[r]?.[c] ?? '';
          const bold = dump.bold[r]?.[c] ? 'b' : '';
          return shown === '' && fill === '#ffffff' && bold === ''
            ? ''
            : `${shown}|${fill}|${bold}`;
        }),
      );
      return [name, trimBlank(cells)];
    }),
  );
}

function trimBlank(rows: string[][]): string[][] {
  const trimmed = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === '') end--;
    return row.slice(0, end);
  });
  while (trimmed.length > 0 && trimmed[trimmed.length - 1]!.length === 0) trimmed.pop();
  return trimmed;
}

// Real time of the core in Node on the benchmark's tables. The grid is read through the emulator
// with the add-on's own three batched calls, so the core gets exactly what it gets in Apps Script.
import { performance } from 'node:perf_hooks';
import { createEmulator } from '@career-dreams/emulator';
import {
  planRating,
  ratingOfColour,
  applyToGrid,
  rankPriorities,
  skillKey,
  parseTable,
  compareSnapshots,
  parseCheckInsSheet,
  progressOf,
  snapshotOfTable,
  snapshotsOf,
  type CellValue,
  type Grid,
  type RecordCell,
} from '../src/core';
import { stateOf } from '../src/server/views';
import { dreamName, skillName, tableFixture, type TableSize } from './tables';

export interface CoreTiming {
  /** Median milliseconds of parseTable + rankPriorities: the target. */
  parseAndRank: number;
  parse: number;
  rank: number;
  /**
   * Median milliseconds of all the core work behind one click that changes the sheet (rating a
   * skill): parse, plan, apply in memory, parse again, build the state with its priorities.
   */
  editPath: number;
  /** Lower bounds of two costs inside parseTable, each one call per cell (medians). */
  breakdown: {
    /** ratingOfColour on every skill cell's fill. */
    colours: number;
    /** skillKey on every non-empty cell. */
    names: number;
  };
  /** Timed runs per median, after the warm-up. */
  runs: number;
}

/** Warm-up: at least this many runs, and at least this long. */
const WARM_UP_RUNS = 5;
const WARM_UP_MS = 100;
const MIN_RUNS = 25;
const MAX_RUNS = 200;
/** Small tables get more runs within this budget; the largest gets MIN_RUNS. */
const BUDGET_MS = 400;

export function readGridLikeTheAddon(size: TableSize): Grid {
  const emu = createEmulator();
  emu.workbook.loadSheet('Dreams', tableFixture(size));
  const range = emu
    .user('timing@example.com')
    .globals.SpreadsheetApp.getActiveSpreadsheet()
    .getSheetByName('Dreams')!
    .getDataRange();
  return {
    values: range.getValues() as CellValue[][],
    backgrounds: range.getBackgrounds(),
    fontWeights: range.getFontWeights(),
  };
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median time of `work` after a warm-up, so the JIT has compiled it as a busy add-on would. */
function medianTime(work: () => unknown): { ms: number; runs: number } {
  const warming = performance.now();
  for (let i = 0; i < WARM_UP_RUNS || performance.now() - warming < WARM_UP_MS; i++) work();
  const samples: number[] = [];
  const start = performance.now();
  while (
    samples.length < MIN_RUNS ||
    (samples.length < MAX_RUNS && performance.now() - start < BUDGET_MS)
  ) {
    const t = performance.now();
    work();
    samples.push(performance.now() - t);
  }
  return { ms: median(samples), runs: samples.length };
}

export function timeCore(size: TableSize): CoreTiming {
  const grid = readGridLikeTheAddon(size);
  const table = parseTable(grid);
  const target = { dream: dreamName(0), skill: skillName(size, 0, 0) };
  const fills = table.dreams.flatMap((d) =>
    d.skills.map((s) => grid.backgrounds[s.row - 1]?.[s.col - 1]),
  );
  const names = grid.values
    .flat()
    .filter((v) => v !== '')
    .map(String);
  const both = medianTime(() => rankPriorities(parseTable(grid)));
  return {
    parseAndRank: both.ms,
    parse: medianTime(() => parseTable(grid)).ms,
    rank: medianTime(() => rankPriorities(table)).ms,
    editPath: medianTime(() => {
      const plan = planRating(parseTable(grid), [target], 'yellow');
      return stateOf('Dreams', parseTable(applyToGrid(grid, plan.edits)));
    }).ms,
    breakdown: {
      colours: medianTime(() => fills.map(ratingOfColour)).ms,
      names: medianTime(() => names.map(skillKey)).ms,
    },
    runs: both.runs,
  };
}

/** The core on years of check-ins: reading the sheet and working out what moved. */
export interface CheckInTiming {
  size: TableSize;
  /** Check-ins of the table, and the rows they make on the Check-ins sheet. */
  checkIns: number;
  rows: number;
  /** Median milliseconds of parseCheckInsSheet + progressOf (what the Plan panel and `progress` do). */
  readAndCompare: number;
  /** Median milliseconds of comparing the last check-in with the table (the panel's "since"). */
  sinceLast: number;
  runs: number;
}

/**
 * A Check-ins sheet of `checkIns` check-ins of the table, each a quarter apart, with a tenth of
 * the ratings moved each time, as the record readers give it (dates as days).
 */
export function checkInsFixture(size: TableSize, checkIns: number): RecordCell[][] {
  const table = parseTable(readGridLikeTheAddon(size));
  const words = ['Red', 'Yellow', 'Green', 'Not rated'];
  const rows: RecordCell[][] = [['Date', 'Dream', 'Skill', 'Rating', 'Critical']];
  for (let n = 0; n < checkIns; n++) {
    const month = 1 + ((n * 3) % 12);
    const day = `${2020 + Math.floor((n * 3) / 12)}-${String(month).padStart(2, '0')}-01`;
    table.dreams.forEach((dream, d) =>
      dream.skills.forEach((skill, s) => {
        const moved = (d + s + n) % 10 === 0 ? n : 0;
        rows.push([
          day,
          dream.name,
          skill.name,
          words[(s + moved) % 4]!,
          skill.critical ? 'yes' : '',
        ]);
      }),
    );
  }
  return rows;
}

export function timeCheckIns(size: TableSize, checkIns: number): CheckInTiming {
  const values = checkInsFixture(size, checkIns);
  const table = parseTable(readGridLikeTheAddon(size));
  const sheet = parseCheckInsSheet(values, 'Check-ins');
  const last = snapshotsOf(sheet).at(-1)!;
  const both = medianTime(() => progressOf(parseCheckInsSheet(values, 'Check-ins'), null));
  return {
    size,
    checkIns,
    rows: values.length - 1,
    readAndCompare: both.ms,
    sinceLast: medianTime(() => compareSnapshots(last, snapshotOfTable(table, '2030-01-01'))).ms,
    runs: both.runs,
  };
}

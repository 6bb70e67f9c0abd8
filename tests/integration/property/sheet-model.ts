// The dreams sheet as plain data, for the property tests: every cell with any state (value,
// fill, bold, note), read from the emulator and loaded back into it, and read as a table by the
// sheet contract of docs/design.md §3 (written again here from the design, not taken from the
// core, so that the model can disagree with the code).
import type { Emulator, SheetDump } from '@career-dreams/emulator';

export type Rating = 'red' | 'yellow' | 'green' | 'unrated';
export type Value = string | number | boolean;

export interface Cell {
  value: Value | null;
  fill: string;
  bold: boolean;
  note: string;
}

export interface SheetModel {
  name: string;
  /** Keyed `row,col`; only cells with some state. */
  cells: Map<string, Cell>;
}

export const NO_FILL = '#ffffff';
export const SHADES = { red: '#ea9999', yellow: '#ffe599', green: '#b6d7a8' } as const;

/**
 * The fills the tables and the other person use, each with the rating §3.3 gives it: the
 * add-on's shades, other shades of each hue, and fills that read as not rated (grey,
 * near-white, near-black, blue, purple).
 */
export const FILLS: Readonly<Record<string, Rating>> = {
  [NO_FILL]: 'unrated',
  [SHADES.red]: 'red',
  [SHADES.yellow]: 'yellow',
  [SHADES.green]: 'green',
  '#ff0000': 'red',
  '#f4cccc': 'red',
  '#e06666': 'red',
  '#ffff00': 'yellow',
  '#f6b26b': 'yellow',
  '#fce5cd': 'yellow',
  '#00ff00': 'green',
  '#d9ead3': 'green',
  '#93c47d': 'green',
  '#cfe2f3': 'unrated',
  '#9900ff': 'unrated',
  '#cccccc': 'unrated',
  '#fafafa': 'unrated',
  '#0a0a0a': 'unrated',
};

export function ratingOf(fill: string): Rating {
  const rating = FILLS[fill];
  if (!rating) throw new Error(`the model has no rating for the fill ${fill}`);
  return rating;
}

const BLANK: Cell = { value: null, fill: NO_FILL, bold: false, note: '' };

const key = (row: number, col: number) => `${row},${col}`;

export function isBlank(cell: Cell): boolean {
  return (
    (cell.value === null || cell.value === '') && cell.fill === NO_FILL && !cell.bold && !cell.note
  );
}

export function getCell(sheet: SheetModel, row: number, col: number): Cell {
  return sheet.cells.get(key(row, col)) ?? BLANK;
}

export function setCell(sheet: SheetModel, row: number, col: number, cell: Cell): void {
  if (isBlank(cell)) sheet.cells.delete(key(row, col));
  else sheet.cells.set(key(row, col), { ...cell, value: cell.value === '' ? null : cell.value });
}

export function updateCell(
  sheet: SheetModel,
  row: number,
  col: number,
  change: Partial<Cell>,
): void {
  setCell(sheet, row, col, { ...getCell(sheet, row, col), ...change });
}

export function cloneSheet(sheet: SheetModel): SheetModel {
  return { name: sheet.name, cells: new Map(sheet.cells) };
}

export function positions(sheet: SheetModel): Array<{ row: number; col: number; cell: Cell }> {
  return [...sheet.cells].map(([k, cell]) => {
    const [row, col] = k.split(',').map(Number) as [number, number];
    return { row, col, cell };
  });
}

/** A cell's text as the table reads it: trimmed, booleans in capitals. */
export function textOf(value: Value | null): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}

export function cellTextAt(sheet: SheetModel, row: number, col: number): string {
  return textOf(getCell(sheet, row, col).value);
}

// ---- the emulator ------------------------------------------------------------------------

export function fromDump(name: string, dump: SheetDump): SheetModel {
  const sheet: SheetModel = { name, cells: new Map() };
  dump.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v instanceof Date) throw new Error('the property tables hold no dates');
      if (dump.formulas[r]![c]) throw new Error('the property tables hold no formulas');
      setCell(sheet, r + 1, c + 1, {
        value: v === '' ? null : v,
        fill: dump.backgrounds[r]![c]!,
        bold: dump.bold[r]![c]!,
        note: dump.notes[r]![c]!,
      });
    }),
  );
  return sheet;
}

/** The dreams sheet: the one the table was loaded into, whatever it is called now. */
export function readSheet(emu: Emulator, index: number): SheetModel {
  const name = emu.workbook.sheetNames()[index]!;
  return fromDump(name, emu.workbook.dump(name));
}

/** Replaces (or creates) the sheet `sheet.name` with exactly these cells. */
export function loadSheet(emu: Emulator, sheet: SheetModel): void {
  let rows = 0;
  let cols = 0;
  for (const p of positions(sheet)) {
    rows = Math.max(rows, p.row);
    cols = Math.max(cols, p.col);
  }
  const grid = <T>(read: (cell: Cell) => T): T[][] =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => read(getCell(sheet, r + 1, c + 1))),
    );
  emu.workbook.loadSheet(sheet.name, {
    // As typed: an apostrophe keeps a string a string.
    values: grid((c) => (typeof c.value === 'string' ? `'${c.value}` : (c.value ?? ''))),
    backgrounds: grid((c) => (c.fill === NO_FILL ? null : c.fill)),
    bold: grid((c) => c.bold),
    notes: grid((c) => c.note),
  });
}

// ---- comparing ---------------------------------------------------------------------------

/** A stable text of the whole sheet, for equality. */
export function canonical(sheet: SheetModel): string {
  const cells = positions(sheet)
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((p) => [p.row, p.col, p.cell.value, p.cell.fill, p.cell.bold, p.cell.note]);
  return JSON.stringify({ name: sheet.name, cells });
}

export function sameSheet(a: SheetModel, b: SheetModel): boolean {
  return canonical(a) === canonical(b);
}

const a1 = (row: number, col: number) => `${String.fromCharCode(64 + col)}${row}`;

function describeCell(cell: Cell): string {
  const parts = [cell.value === null ? '∅' : JSON.stringify(cell.value)];
  if (cell.fill !== NO_FILL) parts.push(cell.fill);
  if (cell.bold) parts.push('bold');
  if (cell.note) parts.push(`note ${JSON.stringify(cell.note)}`);
  return parts.join(' ');
}

/** The cells where two sheets differ, as "B3: 'Sales' -> 'Selling'", for failure messages. */
export function diff(from: SheetModel, to: SheetModel): string[] {
  const out: string[] = [];
  if (from.name !== to.name) out.push(`sheet name: ${from.name} -> ${to.name}`);
  const all = new Set([...from.cells.keys(), ...to.cells.keys()]);
  const sorted = [...all]
    .map((k) => k.split(',').map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [row, col] of sorted) {
    const a = describeCell(getCell(from, row, col));
    const b = describeCell(getCell(to, row, col));
    if (a !== b) out.push(`${a1(row, col)}: ${a} -> ${b}`);
  }
  return out;
}

/** The sheet cell by cell, for failure messages. */
export function show(sheet: SheetModel): string {
  return positions(sheet)
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((p) => `${a1(p.row, p.col)}=${describeCell(p.cell)}`)
    .join('; ');
}

// ---- content, for "nothing is lost" --------------------------------------------------------

/** Every value, note and fill on the sheet, as a multiset of tokens. */
export function contentOf(sheet: SheetModel, where?: (row: number, col: number) => boolean) {
  const items = new Map<string, number>();
  const add = (item: string) => items.set(item, (items.get(item) ?? 0) + 1);
  for (const { row, col, cell } of positions(sheet)) {
    if (where && !where(row, col)) continue;
    if (cell.value !== null && cell.value !== '') add(`value ${JSON.stringify(cell.value)}`);
    if (cell.note) add(`note ${JSON.stringify(cell.note)}`);
    if (cell.fill !== NO_FILL) add(`fill ${cell.fill}`);
  }
  return items;
}

/** What `before` holds that `after` does not, beyond `allowed` (all multisets). */
export function lostContent(
  before: Map<string, number>,
  after: Map<string, number>,
  allowed: Map<string, number>,
): string[] {
  const lost: string[] = [];
  for (const [item, n] of before) {
    const missing = n - (after.get(item) ?? 0) - (allowed.get(item) ?? 0);
    if (missing > 0) lost.push(missing > 1 ? `${item} ×${missing}` : item);
  }
  return lost;
}

// ---- the table, as §3.2 reads it ------------------------------------------------------------

export interface ModelSkill {
  name: string;
  key: string;
  row: number;
  col: number;
  rating: Rating;
  fill: string;
  critical: boolean;
}

export interface ModelDream {
  name: string;
  key: string;
  col: number;
  skills: ModelSkill[];
}

export interface ModelTable {
  headerRow: number | null;
  dreams: ModelDream[];
  /** Last row and column with text anywhere on the sheet (0 when empty). */
  lastRow: number;
  lastCol: number;
}

const LEADING_BULLET = /^[•\-*·–]\s*/u;

/** §3.4: NFKC, trimmed, one leading bullet off, inner spaces collapsed. */
export function cleanName(name: string): string {
  return name.normalize('NFKC').trim().replace(LEADING_BULLET, '').replace(/\s+/gu, ' ').trim();
}

export function keyOf(name: string): string {
  return cleanName(name).toLowerCase();
}

/** Whether the sheet is the dreams sheet by its name (§3.1). */
export function isDreamsName(name: string): boolean {
  return name === 'Dreams' || name.trim().toLowerCase() === 'dreams';
}

export function parseModel(sheet: SheetModel): ModelTable {
  let lastRow = 0;
  let lastCol = 0;
  for (const { row, col, cell } of positions(sheet)) {
    if (textOf(cell.value) === '') continue;
    lastRow = Math.max(lastRow, row);
    lastCol = Math.max(lastCol, col);
  }
  let headerRow: number | null = null;
  for (let row = 1; row <= lastRow && headerRow === null; row++) {
    for (let col = 1; col <= lastCol; col++) {
      if (cellTextAt(sheet, row, col) !== '') headerRow = row;
    }
  }
  const dreams: ModelDream[] = [];
  if (headerRow !== null) {
    for (let col = 1; col <= lastCol; col++) {
      const name = cellTextAt(sheet, headerRow, col);
      if (name === '') continue;
      const skills: ModelSkill[] = [];
      for (let row = headerRow + 1; row <= lastRow; row++) {
        const text = cellTextAt(sheet, row, col);
        if (text === '') continue;
        const cell = getCell(sheet, row, col);
        skills.push({
          name: text,
          key: keyOf(text),
          row,
          col,
          rating: ratingOf(cell.fill),
          fill: cell.fill,
          critical: cell.bold,
        });
      }
      dreams.push({ name, key: keyOf(name), col, skills });
    }
  }
  return { headerRow, dreams, lastRow, lastCol };
}

/** The last row with text in a column, at least the header row. */
export function lastRowIn(sheet: SheetModel, table: ModelTable, col: number): number {
  let last = table.headerRow ?? 1;
  for (let row = last + 1; row <= table.lastRow; row++) {
    if (cellTextAt(sheet, row, col) !== '') last = row;
  }
  return last;
}

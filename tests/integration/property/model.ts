// What each sidebar action should change, written from docs/design.md §3.6 and README ("How
// the sheet is read"), independently of src/core: the action is located by content (names, with
// the sidebar's coordinates as hints for duplicates), and the model lists the cells it changes.
// The properties compare the whole sheet after the real add-on's action with the model's.
import type { DreamRef, RatingChoice, SelectionCritical, SkillRef } from '../../../src/contract';
import {
  cleanName,
  cloneSheet,
  getCell,
  textOf,
  isDreamsName,
  keyOf,
  lastRowIn,
  NO_FILL,
  parseModel,
  positions,
  setCell,
  SHADES,
  updateCell,
  type Cell,
  type ModelDream,
  type ModelSkill,
  type ModelTable,
  type SheetModel,
} from './sheet-model';

/** A sidebar call with its arguments, as the sidebar would send it. */
export type Call =
  | { kind: 'addDream'; name: string }
  | { kind: 'renameDream'; ref: DreamRef; name: string }
  | { kind: 'removeDream'; ref: DreamRef; expected: string[] }
  | { kind: 'addSkills'; ref: DreamRef; names: string[]; notes?: string[] }
  | { kind: 'renameSkill'; ref: SkillRef; name: string }
  | { kind: 'removeSkill'; ref: SkillRef }
  | { kind: 'setSkillNote'; ref: SkillRef; note: string }
  | { kind: 'setRating'; refs: SkillRef[]; rating: RatingChoice }
  | { kind: 'setCritical'; refs: SkillRef[]; critical: boolean }
  | { kind: 'rateSelection'; ranges: Rect[]; rating: RatingChoice }
  | { kind: 'setSelectionCritical'; ranges: Rect[]; mode: SelectionCritical }
  | { kind: 'updatePrioritiesSheet' };

export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** One change to one cell, or a deletion that shifts cells. */
export type CellEdit =
  | { kind: 'value'; row: number; col: number; value: string }
  | { kind: 'fill'; row: number; col: number; fill: string }
  | { kind: 'bold'; row: number; col: number; bold: boolean }
  | { kind: 'note'; row: number; col: number; note: string }
  /** The cell goes; the cells below it in its column move up. */
  | { kind: 'shiftUp'; row: number; col: number }
  /** The column's cells fromRow..toRow go; the cells to their right move left. */
  | { kind: 'shiftLeft'; col: number; fromRow: number; toRow: number };

export type Outcome =
  | { refused: true }
  /** `mayAsk`: the add-on may instead ask first (blank-looking cells it is being taught about). */
  | { refused: false; edits: CellEdit[]; mayAsk?: boolean };

/**
 * Where a selection action looks for skills: the selected rectangles (the add-on reads the
 * selection as coordinates), or an explicit list of skill cells (those the person selected,
 * followed through the other person's edit).
 */
export type Within = (row: number, col: number) => boolean;

const REFUSED: Outcome = { refused: true };

class Refusal extends Error {}
const refuse = (): never => {
  throw new Refusal();
};

function findDream(table: ModelTable, ref: DreamRef): ModelDream {
  const matches = table.dreams.filter((d) => d.key === keyOf(ref.dream));
  if (matches.length === 1) return matches[0]!;
  return matches.find((d) => d.col === ref.col) ?? refuse();
}

function skillIn(dream: ModelDream, ref: SkillRef): ModelSkill {
  const matches = dream.skills.filter((s) => s.key === keyOf(ref.skill));
  if (matches.length === 1) return matches[0]!;
  return matches.find((s) => s.row === ref.row) ?? refuse();
}

/** §3.6: same-named dreams by the column hint; duplicate skills by the row hint. */
function findSkill(table: ModelTable, ref: SkillRef): { dream: ModelDream; skill: ModelSkill } {
  const named = table.dreams.filter((d) => d.key === keyOf(ref.dream));
  if (named.length <= 1) {
    const dream = findDream(table, ref);
    return { dream, skill: skillIn(dream, ref) };
  }
  const dreams = ref.col === undefined ? named : named.filter((d) => d.col === ref.col);
  if (dreams.length === 0) refuse();
  const key = keyOf(ref.skill);
  const holding = dreams.filter((d) => d.skills.some((s) => s.key === key));
  if (holding.length === 1) return { dream: holding[0]!, skill: skillIn(holding[0]!, ref) };
  if (holding.length === 0) refuse();
  const hinted = holding.filter((d) => d.skills.some((s) => s.key === key && s.row === ref.row));
  if (hinted.length === 1 && ref.row !== undefined) {
    return { dream: hinted[0]!, skill: skillIn(hinted[0]!, ref) };
  }
  return refuse();
}

function validName(input: string): string {
  const name = cleanName(input);
  if (name === '' || name.length > 500) refuse();
  return name;
}

function rate(skills: ModelSkill[], rating: RatingChoice): CellEdit[] {
  const fill = rating === 'none' ? NO_FILL : SHADES[rating];
  return skills
    .filter((s) => (rating === 'none' ? s.fill !== NO_FILL : s.rating !== rating))
    .map((s) => ({ kind: 'fill', row: s.row, col: s.col, fill }));
}

function mark(skills: ModelSkill[], critical: boolean): CellEdit[] {
  return skills
    .filter((s) => s.critical !== critical)
    .map((s) => ({ kind: 'bold', row: s.row, col: s.col, bold: critical }));
}

function selected(table: ModelTable, within: Within): ModelSkill[] {
  const skills = table.dreams.flatMap((d) => d.skills).filter((s) => within(s.row, s.col));
  if (skills.length === 0) refuse();
  return skills;
}

export function insideRects(ranges: Rect[]): Within {
  return (row, col) =>
    ranges.some(
      (r) => row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols,
    );
}

/**
 * What the action should do to this sheet: the cells it changes, or a refusal. `within`
 * replaces the selection's rectangles for the selection actions.
 */
export function expected(sheet: SheetModel, call: Call, within?: Within): Outcome {
  if (!isDreamsName(sheet.name)) return REFUSED;
  const table = parseModel(sheet);
  try {
    const edits = plan(sheet, table, call, within);
    if (hidesSomething(sheet, edits, table.lastRow)) return REFUSED;
    // Below the table's last row, in a removed dream's column: work in progress elsewhere.
    if (hidesSomething(sheet, edits, Infinity)) return { refused: false, edits, mayAsk: true };
    return { refused: false, edits };
  } catch (error) {
    if (error instanceof Refusal) return REFUSED;
    throw error;
  }
}

/**
 * The add-on asks before it writes a name or a note into, or deletes with a dream's column, a
 * cell that reads as empty but holds a note, a fill or only spaces (src/core/blank-looking.ts):
 * without consent, nothing is written.
 */
function hidesSomething(sheet: SheetModel, edits: CellEdit[], lastRow: number): boolean {
  const hidden = (row: number, col: number) => {
    const cell = getCell(sheet, row, col);
    if (textOf(cell.value) !== '') return false;
    return (
      cell.note !== '' ||
      cell.fill !== NO_FILL ||
      (typeof cell.value === 'string' && cell.value !== '')
    );
  };
  return edits.some((e) => {
    if (e.kind === 'value' || e.kind === 'note') return hidden(e.row, e.col);
    if (e.kind === 'shiftLeft') {
      return positions(sheet).some(
        (p) => p.col === e.col && p.row >= e.fromRow && p.row <= lastRow && hidden(p.row, p.col),
      );
    }
    return false;
  });
}

function plan(sheet: SheetModel, table: ModelTable, call: Call, within?: Within): CellEdit[] {
  const headerRow = table.headerRow ?? 1;
  switch (call.kind) {
    case 'addDream': {
      const name = validName(call.name);
      if (table.dreams.some((d) => d.key === keyOf(name))) refuse();
      return [{ kind: 'value', row: headerRow, col: table.lastCol + 1, value: name }];
    }
    case 'renameDream': {
      const dream = findDream(table, call.ref);
      const name = validName(call.name);
      if (table.dreams.some((d) => d !== dream && d.key === keyOf(name))) refuse();
      if (name === dream.name) return [];
      return [{ kind: 'value', row: headerRow, col: dream.col, value: name }];
    }
    case 'removeDream': {
      const dream = findDream(table, call.ref);
      const now = dream.skills.map((s) => s.key).sort();
      const seen = call.expected.map(keyOf).sort();
      if (now.join('\n') !== seen.join('\n')) refuse();
      // The whole column, from row 1 to the bottom of the sheet (src/core/plans/dreams.ts): the
      // columns to its right move as wholes. What looks empty in it up to the table's last row
      // holds nothing, or the add-on asks first (hidesSomething).
      return [{ kind: 'shiftLeft', col: dream.col, fromRow: 1, toRow: Infinity }];
    }
    case 'addSkills': {
      const dream = findDream(table, call.ref);
      const keys = new Set(dream.skills.map((s) => s.key));
      const added: Array<{ name: string; note: string }> = [];
      call.names.forEach((input, i) => {
        if (cleanName(input) === '') return;
        const name = validName(input);
        if (!keys.has(keyOf(name))) {
          const note = (call.notes?.[i] ?? '').replace(/\r\n?/g, '\n').trim();
          added.push({ name, note });
        }
        keys.add(keyOf(name));
      });
      if (added.length === 0) refuse();
      const row = lastRowIn(sheet, table, dream.col) + 1;
      const edits: CellEdit[] = added.map((a, i) => ({
        kind: 'value',
        row: row + i,
        col: dream.col,
        value: a.name,
      }));
      if (added.some((a) => a.note !== '')) {
        added.forEach((a, i) =>
          edits.push({ kind: 'note', row: row + i, col: dream.col, note: a.note }),
        );
      }
      return edits;
    }
    case 'renameSkill': {
      const { dream, skill } = findSkill(table, call.ref);
      const name = validName(call.name);
      if (dream.skills.some((s) => s.row !== skill.row && s.key === keyOf(name))) refuse();
      if (name === skill.name) return [];
      return [{ kind: 'value', row: skill.row, col: skill.col, value: name }];
    }
    case 'removeSkill': {
      const { skill } = findSkill(table, call.ref);
      return [{ kind: 'shiftUp', row: skill.row, col: skill.col }];
    }
    case 'setSkillNote': {
      const { skill } = findSkill(table, call.ref);
      const note = call.note.replace(/\r\n?/g, '\n').trim();
      return [{ kind: 'note', row: skill.row, col: skill.col, note }];
    }
    case 'setRating':
      return rate(
        call.refs.map((r) => findSkill(table, r).skill),
        call.rating,
      );
    case 'setCritical':
      return mark(
        call.refs.map((r) => findSkill(table, r).skill),
        call.critical,
      );
    case 'rateSelection':
      return rate(selected(table, within ?? insideRects(call.ranges)), call.rating);
    case 'setSelectionCritical': {
      const skills = selected(table, within ?? insideRects(call.ranges));
      const on = call.mode === 'toggle' ? !skills.every((s) => s.critical) : call.mode === 'on';
      return mark(skills, on);
    }
    case 'updatePrioritiesSheet':
      return [];
  }
}

/** The sheet with the edits made. */
export function applyEdits(sheet: SheetModel, edits: CellEdit[]): SheetModel {
  const out = cloneSheet(sheet);
  for (const edit of edits) {
    switch (edit.kind) {
      case 'value':
        updateCell(out, edit.row, edit.col, { value: edit.value });
        break;
      case 'fill':
        updateCell(out, edit.row, edit.col, { fill: edit.fill });
        break;
      case 'bold':
        updateCell(out, edit.row, edit.col, { bold: edit.bold });
        break;
      case 'note':
        updateCell(out, edit.row, edit.col, { note: edit.note });
        break;
      case 'shiftUp':
        move(out, (row, col) =>
          col !== edit.col || row < edit.row
            ? { row, col }
            : row === edit.row
              ? null
              : { row: row - 1, col },
        );
        break;
      case 'shiftLeft':
        move(out, (row, col) =>
          row < edit.fromRow || row > edit.toRow || col < edit.col
            ? { row, col }
            : col === edit.col
              ? null
              : { row, col: col - 1 },
        );
        break;
    }
  }
  return out;
}

function move(
  sheet: SheetModel,
  to: (row: number, col: number) => { row: number; col: number } | null,
): void {
  const cells = positions(sheet);
  sheet.cells.clear();
  for (const { row, col, cell } of cells) {
    const at = to(row, col);
    if (at) setCell(sheet, at.row, at.col, cell);
  }
}

/**
 * The cells an edit list overwrites or removes (a deleted segment: every cell of `sheet` in it,
 * or every row of it up to the sheet's last cell without one).
 */
export function touchedCells(
  edits: CellEdit[],
  sheet?: SheetModel,
): Array<{ row: number; col: number; what: Array<keyof Cell> }> {
  const out: Array<{ row: number; col: number; what: Array<keyof Cell> }> = [];
  for (const edit of edits) {
    switch (edit.kind) {
      case 'value':
        out.push({ row: edit.row, col: edit.col, what: ['value'] });
        break;
      case 'fill':
        out.push({ row: edit.row, col: edit.col, what: ['fill'] });
        break;
      case 'bold':
        break;
      case 'note':
        out.push({ row: edit.row, col: edit.col, what: ['note'] });
        break;
      case 'shiftUp':
        out.push({ row: edit.row, col: edit.col, what: ['value', 'fill', 'note'] });
        break;
      case 'shiftLeft': {
        const rows = sheet
          ? positions(sheet)
              .filter((p) => p.col === edit.col && p.row >= edit.fromRow && p.row <= edit.toRow)
              .map((p) => p.row)
          : [];
        for (const row of rows) out.push({ row, col: edit.col, what: ['value', 'fill', 'note'] });
        break;
      }
    }
  }
  return out;
}

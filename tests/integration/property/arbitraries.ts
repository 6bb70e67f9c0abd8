// Random tables, sidebar actions and hand edits for the property tests. Actions and hand edits
// are drawn as plain numbers and resolved against the state the sidebar shows at that step
// (`resolveAction`, `resolveHand`), so that a counterexample shrinks to small indices and is
// replayed exactly.
import fc from 'fast-check';
import type {
  RatingChoice,
  SelectionCritical,
  SidebarState,
  SkillRef,
} from '../../../src/contract';
import type { HandEdit } from './hand';
import type { Call, Rect } from './model';
import { FILLS, NO_FILL, setCell, type SheetModel } from './sheet-model';

// ---- tables ------------------------------------------------------------------------------

/** Dream names, with near-duplicates (case, a bullet, a trailing space). */
export const DREAM_NAMES = [
  'Founder',
  'Author',
  'Coach',
  'Head of engineering',
  'Mentor',
  'founder',
  '• Coach',
  'Author ',
] as const;

/** Skill names, with near-duplicates: case, spaces, a bullet, accents (a different skill). */
export const SKILL_NAMES = [
  'Hiring',
  'Sales',
  'Fundraising',
  'Writing',
  'Listening',
  'Feedback',
  'Public speaking',
  'public  speaking',
  '• Sales',
  'sales',
  'Hiring ',
  'Budgeting',
  'Éloquence',
  'Eloquence',
] as const;

const NOTES = ['Closes deals.', 'The bar: two talks a year.', 'Again.'] as const;

/** Fills, the add-on's own shades and white more often than odd ones. */
const fill = fc.oneof(
  { weight: 4, arbitrary: fc.constant(NO_FILL) },
  { weight: 3, arbitrary: fc.constantFrom('#ea9999', '#ffe599', '#b6d7a8') },
  { weight: 2, arbitrary: fc.constantFrom(...Object.keys(FILLS)) },
);

export interface CellSpec {
  /** null: a blank cell, which may still carry a fill, bold or a note (formatting only). */
  name: string | null;
  fill: string;
  bold: boolean;
  note: string;
}

const skillCell: fc.Arbitrary<CellSpec> = fc.record({
  name: fc.constantFrom(...SKILL_NAMES),
  fill,
  bold: fc.boolean(),
  note: fc.oneof({ weight: 3, arbitrary: fc.constant('') }, fc.constantFrom(...NOTES)),
});

/** An empty cell with only formatting: a fill, bold or a note left on it. */
const formattedBlank: fc.Arbitrary<CellSpec> = fc.record({
  name: fc.constant(null),
  fill,
  bold: fc.boolean(),
  note: fc.oneof(fc.constant(''), fc.constantFrom(...NOTES)),
});

/** A slot under a header: a skill, a blank (a gap in the list), or a formatted blank. */
const slot: fc.Arbitrary<CellSpec | null> = fc.oneof(
  { weight: 8, arbitrary: skillCell },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: formattedBlank },
);

export interface ColumnSpec {
  /** null: a column with no dream, whose cells are stray. */
  dream: CellSpec | null;
  cells: Array<CellSpec | null>;
}

const dreamColumn: fc.Arbitrary<ColumnSpec> = fc.record({
  dream: fc.record({
    name: fc.constantFrom(...DREAM_NAMES),
    fill: fc.oneof({ weight: 5, arbitrary: fc.constant(NO_FILL) }, fill),
    bold: fc.boolean(),
    note: fc.constant(''),
  }),
  cells: fc.array(slot, { maxLength: 15 }),
});

const strayColumn: fc.Arbitrary<ColumnSpec> = fc.record({
  dream: fc.constant(null),
  cells: fc.array(slot, { minLength: 1, maxLength: 4 }),
});

export interface TableSpec {
  /** Blank rows above the header, and blank columns left of the table. */
  top: number;
  left: number;
  columns: ColumnSpec[];
  /** Whole blank rows inserted below the header, at these offsets. */
  blankRows: number[];
}

export const table: fc.Arbitrary<TableSpec> = fc
  .record({
    top: fc.integer({ min: 0, max: 2 }),
    left: fc.integer({ min: 0, max: 1 }),
    dreams: fc.array(dreamColumn, { minLength: 1, maxLength: 6 }),
    strays: fc.array(fc.record({ at: fc.nat(6), column: strayColumn }), { maxLength: 2 }),
    blankRows: fc.array(fc.nat(15), { maxLength: 2 }),
  })
  .map(({ top, left, dreams, strays, blankRows }) => {
    const columns = [...dreams];
    for (const { at, column } of strays) columns.splice(Math.min(at, columns.length), 0, column);
    return { top, left, columns, blankRows };
  });

export function buildSheet(spec: TableSpec): SheetModel {
  const sheet: SheetModel = { name: 'Dreams', cells: new Map() };
  const header = spec.top + 1;
  const blanks = [...new Set(spec.blankRows)].sort((a, b) => a - b);
  // Row of the i-th cell below the header, after the whole blank rows.
  const rowOf = (i: number) => header + 1 + i + blanks.filter((b) => b <= i).length;
  const put = (row: number, col: number, c: CellSpec | null) => {
    if (!c) return;
    setCell(sheet, row, col, { value: c.name, fill: c.fill, bold: c.bold, note: c.note });
  };
  spec.columns.forEach((column, j) => {
    const col = spec.left + 1 + j;
    put(header, col, column.dream);
    column.cells.forEach((c, i) => put(rowOf(i), col, c));
  });
  return sheet;
}

// ---- actions ------------------------------------------------------------------------------

const RATINGS: readonly RatingChoice[] = ['red', 'yellow', 'green', 'none'];

export type ActionSpec =
  | { kind: 'addDream'; name: string }
  | { kind: 'renameDream'; dream: number; name: string }
  | { kind: 'removeDream'; dream: number }
  | { kind: 'addSkills'; dream: number; names: string[]; notes: string[] | null }
  | { kind: 'renameSkill'; skill: number; name: string }
  | { kind: 'removeSkill'; skill: number }
  | { kind: 'setSkillNote'; skill: number; note: string }
  | { kind: 'setRating'; skills: number[]; rating: RatingChoice }
  | { kind: 'setCritical'; skills: number[]; critical: boolean }
  | { kind: 'rateSelection'; ranges: RectSpec[]; rating: RatingChoice }
  | { kind: 'setSelectionCritical'; ranges: RectSpec[]; mode: SelectionCritical }
  | { kind: 'updatePrioritiesSheet' };

/** A selected rectangle around the `anchor`-th skill (or the header when there is none). */
export interface RectSpec {
  anchor: number;
  up: number;
  left: number;
  rows: number;
  cols: number;
}

const newName = fc.constantFrom(
  ...SKILL_NAMES,
  'Negotiation',
  '  Pitching  ',
  '• Hiring',
  'Strategy',
);
const dreamName = fc.constantFrom(...DREAM_NAMES, 'Teacher', ' Chef ', '• Mentor');
const skills = fc.array(fc.nat(40), { minLength: 1, maxLength: 3 });
const rect: fc.Arbitrary<RectSpec> = fc.record({
  anchor: fc.nat(40),
  up: fc.integer({ min: 0, max: 1 }),
  left: fc.integer({ min: 0, max: 1 }),
  rows: fc.integer({ min: 1, max: 4 }),
  cols: fc.integer({ min: 1, max: 3 }),
});
const ranges = fc.array(rect, { minLength: 1, maxLength: 2 });

export const action: fc.Arbitrary<ActionSpec> = fc.oneof(
  fc.record({ kind: fc.constant('addDream' as const), name: dreamName }),
  fc.record({ kind: fc.constant('renameDream' as const), dream: fc.nat(6), name: dreamName }),
  fc.record({ kind: fc.constant('removeDream' as const), dream: fc.nat(6) }),
  fc.record({
    kind: fc.constant('addSkills' as const),
    dream: fc.nat(6),
    names: fc.array(newName, { minLength: 1, maxLength: 3 }),
    notes: fc.option(fc.array(fc.constantFrom('', ...NOTES), { minLength: 1, maxLength: 3 })),
  }),
  fc.record({ kind: fc.constant('renameSkill' as const), skill: fc.nat(40), name: newName }),
  fc.record({ kind: fc.constant('removeSkill' as const), skill: fc.nat(40) }),
  fc.record({
    kind: fc.constant('setSkillNote' as const),
    skill: fc.nat(40),
    note: fc.constantFrom('', 'Two deals a quarter.'),
  }),
  fc.record({
    kind: fc.constant('setRating' as const),
    skills,
    rating: fc.constantFrom(...RATINGS),
  }),
  fc.record({ kind: fc.constant('setCritical' as const), skills, critical: fc.boolean() }),
  fc.record({
    kind: fc.constant('rateSelection' as const),
    ranges,
    rating: fc.constantFrom(...RATINGS),
  }),
  fc.record({
    kind: fc.constant('setSelectionCritical' as const),
    ranges,
    mode: fc.constantFrom<SelectionCritical>('on', 'off', 'toggle'),
  }),
  fc.record({ kind: fc.constant('updatePrioritiesSheet' as const) }),
);

function skillRefs(state: SidebarState): SkillRef[] {
  return state.dreams.flatMap((d) =>
    d.skills.map((s) => ({ dream: d.name, skill: s.name, row: s.row, col: s.col })),
  );
}

/** The sidebar's call for the action, on the dream or skill the sidebar shows at that index. */
export function resolveAction(spec: ActionSpec, state: SidebarState): Call {
  const dreams = state.dreams;
  const all = skillRefs(state);
  const dreamAt = (i: number) => {
    const d = dreams[i % Math.max(1, dreams.length)];
    return d ? { dream: d.name, col: d.col } : { dream: 'Nobody', col: 1 };
  };
  const skillAt = (i: number): SkillRef =>
    all[i % Math.max(1, all.length)] ?? { dream: dreams[0]?.name ?? 'Nobody', skill: 'Nothing' };
  const rects = (specs: RectSpec[]): Rect[] =>
    specs.map((r) => {
      const at = all[r.anchor % Math.max(1, all.length)];
      const row = at?.row ?? 1;
      const col = at?.col ?? dreams[0]?.col ?? 1;
      return {
        row: Math.max(1, row - r.up),
        col: Math.max(1, col - r.left),
        numRows: r.rows,
        numCols: r.cols,
      };
    });
  switch (spec.kind) {
    case 'addDream':
      return { kind: 'addDream', name: spec.name };
    case 'renameDream':
      return { kind: 'renameDream', ref: dreamAt(spec.dream), name: spec.name };
    case 'removeDream': {
      const ref = dreamAt(spec.dream);
      const shown = dreams.find((d) => d.col === ref.col);
      // The skills the sidebar listed when asking to confirm.
      return { kind: 'removeDream', ref, expected: shown?.skills.map((s) => s.name) ?? [] };
    }
    case 'addSkills':
      return {
        kind: 'addSkills',
        ref: dreamAt(spec.dream),
        names: spec.names,
        ...(spec.notes ? { notes: spec.notes } : {}),
      };
    case 'renameSkill':
      return { kind: 'renameSkill', ref: skillAt(spec.skill), name: spec.name };
    case 'removeSkill':
      return { kind: 'removeSkill', ref: skillAt(spec.skill) };
    case 'setSkillNote':
      return { kind: 'setSkillNote', ref: skillAt(spec.skill), note: spec.note };
    case 'setRating':
      return { kind: 'setRating', refs: spec.skills.map(skillAt), rating: spec.rating };
    case 'setCritical':
      return { kind: 'setCritical', refs: spec.skills.map(skillAt), critical: spec.critical };
    case 'rateSelection':
      return { kind: 'rateSelection', ranges: rects(spec.ranges), rating: spec.rating };
    case 'setSelectionCritical':
      return { kind: 'setSelectionCritical', ranges: rects(spec.ranges), mode: spec.mode };
    case 'updatePrioritiesSheet':
      return { kind: 'updatePrioritiesSheet' };
  }
}

// ---- hand edits -----------------------------------------------------------------------------

export interface HandSpec {
  kind: HandEdit['kind'];
  /** Near the action's target (offsets -1..1), or anywhere on the table (a, b). */
  near: boolean;
  dr: number;
  dc: number;
  a: number;
  b: number;
  text: string;
  fill: string;
  /** For a sort: a block of one or two columns, ascending or not. */
  wide: boolean;
  ascending: boolean;
  /** For a rename: a name that is still the dreams sheet, or one that is not. */
  keepsName: boolean;
}

export const hand: fc.Arbitrary<HandSpec> = fc.record({
  kind: fc.constantFrom<HandEdit['kind']>(
    'type',
    'clear',
    'fill',
    'insertRow',
    'deleteRow',
    'insertColumn',
    'deleteColumn',
    'sort',
    'renameSheet',
  ),
  near: fc.boolean(),
  dr: fc.integer({ min: -1, max: 1 }),
  dc: fc.integer({ min: -1, max: 1 }),
  a: fc.nat(30),
  b: fc.nat(10),
  text: fc.constantFrom(...SKILL_NAMES, 'Selling', 'Startup founder'),
  fill: fc.constantFrom(...Object.keys(FILLS)),
  wide: fc.boolean(),
  ascending: fc.boolean(),
  keepsName: fc.boolean(),
});

/**
 * The hand edit, at the action's target `at` when `near`, else anywhere on the table or just
 * past it. `extent` is the last row and column with content.
 */
export function resolveHand(
  spec: HandSpec,
  at: { row: number; col: number },
  extent: { headerRow: number; lastRow: number; lastCol: number },
): HandEdit {
  const row = spec.near ? Math.max(1, at.row + spec.dr) : 1 + (spec.a % (extent.lastRow + 2));
  const col = spec.near ? Math.max(1, at.col + spec.dc) : 1 + (spec.b % (extent.lastCol + 2));
  switch (spec.kind) {
    case 'type':
      return { kind: 'type', row, col, text: spec.text };
    case 'clear':
      return { kind: 'clear', row, col };
    case 'fill':
      return { kind: 'fill', row, col, fill: spec.fill };
    case 'insertRow':
      return { kind: 'insertRow', row };
    case 'deleteRow':
      return { kind: 'deleteRow', row };
    case 'insertColumn':
      return { kind: 'insertColumn', col };
    case 'deleteColumn':
      return { kind: 'deleteColumn', col };
    case 'sort': {
      // A person sorts the skills under the header: the rows below it, one or two columns.
      const first = extent.headerRow + 1;
      const numRows = Math.max(2, extent.lastRow - first + 1);
      return {
        kind: 'sort',
        row: first,
        col,
        numRows,
        numCols: spec.wide ? 2 : 1,
        by: col,
        ascending: spec.ascending,
      };
    }
    case 'renameSheet':
      return { kind: 'renameSheet', name: spec.keepsName ? 'DREAMS' : 'Career' };
  }
}

/** When the other person's edit comes, as a fraction of the add-on's service calls. */
export interface MomentSpec {
  /** Within the add-on's reads and writes (most cases), or anywhere in its calls. */
  inWindow: boolean;
  at: number;
}

export const moment: fc.Arbitrary<MomentSpec> = fc.record({
  inWindow: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false)),
  at: fc.nat(999),
});

export interface StepSpec {
  action: ActionSpec;
  hand: HandSpec | null;
  moment: MomentSpec;
}

export const step: fc.Arbitrary<StepSpec> = fc.record({
  action,
  hand: fc.option(hand, { freq: 2 }),
  moment,
});

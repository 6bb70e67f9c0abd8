// Property-based tests of every writing action of the sidebar, on the built add-on: random
// tables (1-6 dreams, 0-15 skills each, ratings as fills in the add-on's shades and odd ones,
// bold, notes, duplicate and near-duplicate names, blank rows, stray cells, the header not in
// row 1) x random sequences of sidebar actions x random hand edits by the other person, made
// right before one of the add-on's service calls (between its read and its write, mostly):
//
//   1. every action changes exactly its target cells, or nothing;
//   2. no content is lost that the action was not asked to remove or overwrite;
//   3. the state in the action's answer is what getState reads right after.
//
// With no hand edit the sheet must be exactly the model's (model.ts, written from the design);
// with one, the edit alone (a refusal), or the action on the cells meant as the edit left them,
// or (when the edit came after the write) the action then the edit. What the add-on cannot
// prevent (README) is allowed where it applies and named where it is: text typed into the very
// cells written in the instant after the last check is lost; a cell put back after a remove
// comes back without its note. Excluded, each counted in `seen` and commented where it is
// decided: a torn first read that writes nothing, and a removal the other person makes look
// like a move by typing the removed text ("found by the properties", below). Not generated:
// formulas (a put-back restores a formula as text, a known limitation), error values, dates.
//
// `npm test` runs a fixed budget from a fixed seed (tests/support/property.ts). A longer hunt:
//   PROPERTY_RUNS=2000 PROPERTY_SEED=$RANDOM npx jest tests/integration/property/actions.test.ts
// A failure prints the seed, the path and the counterexample, shrunk: the table, each step's
// call and hand edit, and how the sheet differs from every outcome the model allows. To see the
// properties fail, point them at a build with a guard rule broken on purpose:
//   PROPERTY_ADDON_CODE=/path/to/broken/Code.js npx jest tests/integration/property/actions.test.ts
import { classify } from '@career-dreams/emulator';
import fc from 'fast-check';
import type { ActionResult } from '../../../src/contract';
import type { Session } from '../../support/addon';
import { propertyParameters } from '../../support/property';
import {
  buildSheet,
  resolveAction,
  resolveHand,
  step,
  table,
  type MomentSpec,
  type StepSpec,
  type TableSpec,
} from './arbitraries';
import {
  DREAMS_INDEX,
  describeHand,
  isStructural,
  makeHandEdit,
  trackHandEdit,
  withHandEdit,
  type HandEdit,
  type Track,
} from './hand';
import {
  applyEdits,
  expected,
  insideRects,
  touchedCells,
  type Call,
  type CellEdit,
  type Outcome,
  type Within,
} from './model';
import { look, readingProblem, runStep, start, world, type CallPlaces, type Run } from './run';
import {
  canonical,
  cellTextAt,
  contentOf,
  diff,
  getCell,
  lostContent,
  parseModel,
  positions,
  readSheet,
  sameSheet,
  show,
  textOf,
  type SheetModel,
} from './sheet-model';

type Property = 1 | 2 | 3;

interface Case {
  table: TableSpec;
  steps: StepSpec[];
}

const cases: fc.Arbitrary<Case> = fc.record({
  table,
  steps: fc.array(step, { minLength: 1, maxLength: 4 }),
});

/** How often each outcome came up, so that a run that tests nothing shows. */
const seen = {
  steps: 0,
  handEdits: 0,
  kept: 0,
  refusedAfterHandEdit: 0,
  notesLostOnPutBack: 0,
  removedButAnsweredUnchanged: 0,
  tornReadNothingWritten: 0,
  identicalCopiesTraded: 0,
  deletedContentBroughtBack: 0,
};

class PropertyFailure extends Error {}

function outcomeSheet(sheet: SheetModel, outcome: Outcome): SheetModel {
  return outcome.refused ? sheet : applyEdits(sheet, outcome.edits);
}

/** The content (values, fills, notes) of the cells the edits overwrite or remove. */
function allowance(sheet: SheetModel, edits: CellEdit[], call: Call): Map<string, number> {
  const items = new Map<string, number>();
  const add = (item: string) => items.set(item, (items.get(item) ?? 0) + 1);
  for (const { row, col, what } of touchedCells(edits, sheet)) {
    const cell = getCell(sheet, row, col);
    // Adding skills writes into empty cells: a note left on one is not the action's to remove.
    if (what.includes('value') && cell.value !== null) add(`value ${JSON.stringify(cell.value)}`);
    if (what.includes('note') && cell.note && call.kind !== 'addSkills') {
      add(`note ${JSON.stringify(cell.note)}`);
    }
    if (what.includes('fill') && cell.fill !== '#ffffff') add(`fill ${cell.fill}`);
  }
  return items;
}

function merge(...maps: Array<Map<string, number>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of maps) for (const [k, n] of m) out.set(k, (out.get(k) ?? 0) + n);
  return out;
}

/** Where the action's first target is, for hand edits made near it. */
function targetOf(call: Call, outcome: Outcome, sheet: SheetModel): { row: number; col: number } {
  if (!outcome.refused && outcome.edits[0]) {
    const e = outcome.edits[0];
    return e.kind === 'shiftLeft' ? { row: e.fromRow, col: e.col } : { row: e.row, col: e.col };
  }
  const headerRow = parseModel(sheet).headerRow ?? 1;
  switch (call.kind) {
    case 'renameSkill':
    case 'removeSkill':
    case 'setSkillNote':
      return { row: call.ref.row ?? 1, col: call.ref.col ?? 1 };
    case 'setRating':
    case 'setCritical':
      return { row: call.refs[0]?.row ?? 1, col: call.refs[0]?.col ?? 1 };
    case 'renameDream':
    case 'removeDream':
    case 'addSkills':
      return { row: headerRow, col: call.ref.col ?? 1 };
    case 'rateSelection':
    case 'setSelectionCritical':
      return { row: call.ranges[0]!.row, col: call.ranges[0]!.col };
    default:
      return { row: headerRow, col: 1 };
  }
}

/** The add-on's call index before which the other person edits. */
function momentIndex(m: MomentSpec, p: CallPlaces): number {
  if (!m.inWindow || p.firstRead < 0) return Math.floor((m.at / 1000) * (p.total + 1));
  const lo = p.firstRead;
  const hi = Math.min(p.total, p.lastWrite >= 0 ? p.lastWrite + 2 : p.firstRead + 4);
  return lo + Math.floor((m.at / 1000) * (hi - lo + 1));
}

/**
 * The call on the cells the person meant, followed through the hand edit: hints moved to where
 * those cells went. Null when a target went, or now holds other text.
 */
function followed(
  call: Call,
  before: SheetModel,
  after: SheetModel,
  track: Track,
): { call: Call; within?: Within } | null {
  const headerRow = parseModel(before).headerRow ?? 1;
  const intact = (row: number, col: number) => {
    const to = track(row, col);
    if (!to || cellTextAt(after, to.row, to.col) !== cellTextAt(before, row, col)) return null;
    return to;
  };
  const skill = <R extends { row?: number; col?: number }>(ref: R): R | null => {
    if (ref.row === undefined || ref.col === undefined) return ref;
    const to = intact(ref.row, ref.col);
    return to ? { ...ref, row: to.row, col: to.col } : null;
  };
  const dream = <R extends { col?: number }>(ref: R): R | null => {
    if (ref.col === undefined) return ref;
    const to = intact(headerRow, ref.col);
    return to ? { ...ref, col: to.col } : null;
  };
  switch (call.kind) {
    case 'addDream':
    case 'updatePrioritiesSheet':
      return { call };
    case 'renameDream':
    case 'removeDream':
    case 'addSkills': {
      const ref = dream(call.ref);
      return ref ? { call: { ...call, ref } } : null;
    }
    case 'renameSkill':
    case 'removeSkill':
    case 'setSkillNote': {
      const ref = skill(call.ref);
      return ref ? { call: { ...call, ref } } : null;
    }
    case 'setRating':
    case 'setCritical': {
      const refs = call.refs.map(skill);
      if (refs.some((r) => r === null)) return null;
      return { call: { ...call, refs: refs as typeof call.refs } };
    }
    case 'rateSelection':
    case 'setSelectionCritical': {
      const inside = insideRects(call.ranges);
      const cells = new Set<string>();
      for (const d of parseModel(before).dreams) {
        for (const s of d.skills) {
          if (!inside(s.row, s.col)) continue;
          const to = intact(s.row, s.col);
          if (to) cells.add(`${to.row},${to.col}`);
        }
      }
      return { call, within: (row, col) => cells.has(`${row},${col}`) };
    }
  }
}

function answerText(result: ActionResult): string {
  return result.ok ? `ok: ${result.message ?? ''}` : `refused: ${result.error}`;
}

/** One whole case: the table, then each step in turn on the sheet the last one left. */
function checkCase(c: Case, properties: readonly Property[]): void {
  const check = (p: Property) => properties.includes(p);
  let snapshot = start(buildSheet(c.table));
  const log: string[] = [];
  const fail = (p: Property, lines: string[]): never => {
    throw new PropertyFailure([`property ${p}:`, ...log, ...lines].join('\n'));
  };
  for (const [i, spec] of c.steps.entries()) {
    const { state, sheet: before } = look(snapshot);
    if (!state || state.sheetName === null) return; // the sheet was renamed away
    log.push(`step ${i + 1}, on: ${show(before)}`);
    const problem = readingProblem(before, state);
    if (problem) fail(1, ['the model and the add-on read the table differently', problem]);
    const call = resolveAction(spec.action, state);
    log.push(`  the sidebar calls ${JSON.stringify(call)}`);
    const planned = expected(before, call);
    const intended = outcomeSheet(before, planned);
    seen.steps++;

    // ---- no hand edit: exactly the model's cells, or nothing when it should refuse ----
    const base = runStep(snapshot, call);
    const baseLines = [
      `  answer: ${answerText(base.result)}`,
      `  model: ${planned.refused ? 'refuses' : JSON.stringify(planned.edits)}`,
    ];
    // The add-on may ask first where the model says it may; its question changes nothing.
    const asked = !planned.refused && planned.mayAsk === true && !base.result.ok;
    if (asked && check(1) && !sameSheet(base.sheet, before)) {
      fail(1, [
        ...baseLines,
        `  asked, but the sheet changed: ${diff(before, base.sheet).join('; ')}`,
      ]);
    }
    if (check(1) && !asked) {
      if (planned.refused !== !base.result.ok) {
        fail(1, [
          ...baseLines,
          `  the sheet changed: ${diff(before, base.sheet).join('; ') || 'nothing'}`,
        ]);
      }
      if (!sameSheet(base.sheet, intended)) {
        fail(1, [
          ...baseLines,
          `  expected change: ${diff(before, intended).join('; ') || 'none'}`,
          `  actual change:   ${diff(before, base.sheet).join('; ') || 'none'}`,
        ]);
      }
    }
    if (check(2)) {
      const lost = lostContent(
        contentOf(before),
        contentOf(base.sheet),
        planned.refused ? new Map() : allowance(before, planned.edits, call),
      );
      if (lost.length > 0) fail(2, [...baseLines, `  lost: ${lost.join(', ')}`]);
    }
    if (check(3)) {
      expectSameState(base.result, base.fresh, () =>
        fail(3, [...baseLines, '  the answered state differs from getState']),
      );
    }
    if (!spec.hand) {
      snapshot = base.snapshot;
      continue;
    }

    // ---- with the other person's edit before the add-on's `at`-th call ----
    seen.handEdits++;
    const parsed = parseModel(before);
    const edit = resolveHand(spec.hand, targetOf(call, planned, before), {
      headerRow: parsed.headerRow ?? 1,
      lastRow: parsed.lastRow,
      lastCol: parsed.lastCol,
    });
    const at = momentIndex(spec.moment, base.places);
    const live = runStep(snapshot, call, { edit, at });
    log.push(
      `  with a hand edit: the other person ${describeHand(edit)}, before the add-on's call ` +
        `${at} of ${base.places.total} (${placesText(base.places)})`,
    );
    checkHandEdit(before, call, planned, edit, at, base.places, live, check, (p, lines) =>
      fail(p, lines),
    );
    snapshot = live.snapshot;
  }
}

/** Whether a diff line ("A3: ...") is about a cell whose text is in the sheet more than once. */
function duplicated(sheet: SheetModel, line: string): boolean {
  const m = /^([A-Z])(\d+): /.exec(line);
  if (!m) return false;
  const text = cellTextAt(sheet, Number(m[2]), m[1]!.charCodeAt(0) - 64);
  if (text === '') return false;
  let n = 0;
  for (const { cell } of positions(sheet)) if (textOf(cell.value) === text) n++;
  return n > 1;
}

function placesText(p: CallPlaces): string {
  return `read from ${p.readStart}, first read ${p.firstRead}, check ${p.check}, writes ${p.firstWrite}..${p.lastWrite}`;
}

function expectSameState(result: ActionResult, fresh: ActionResult, fail: () => never): void {
  const answered = result.state;
  if (answered === null) return; // "busy": no state, the sidebar keeps its own
  if (!fresh.ok || JSON.stringify(answered) !== JSON.stringify(fresh.state)) fail();
}

function checkHandEdit(
  before: SheetModel,
  call: Call,
  planned: Outcome,
  edit: HandEdit,
  at: number,
  places: CallPlaces,
  live: Run,
  check: (p: Property) => boolean,
  fail: (p: Property, lines: string[]) => never,
): void {
  const handOnly = withHandEdit(before, edit);
  const track = trackHandEdit(before, edit);
  // The add-on's first read saw the edit: made before the read began, or before its values
  // were read when the edit leaves nothing outside the rectangle the read had taken (the data
  // range, asked for first: an inserted row or column, or text typed past its edge, would be
  // missed). A renamed sheet counts from where the add-on looks it up by name.
  const extent = parseModel(before);
  const outsideRead =
    edit.kind === 'insertRow' ||
    edit.kind === 'insertColumn' ||
    (edit.kind === 'type' && (edit.row > extent.lastRow || edit.col > extent.lastCol));
  const beforeRead =
    edit.kind === 'renameSheet'
      ? at <= places.findSheet
      : places.readStart >= 0 &&
        (at <= places.readStart || (at <= places.firstRead && !outsideRead));
  const afterCheck = places.check >= 0 && at > places.check;
  const afterWrite = places.firstWrite >= 0 && at > places.firstWrite;
  const deletes = call.kind === 'removeSkill' || call.kind === 'removeDream';

  // What the sheet may be after an answer that says it is done.
  const done: Array<{ why: string; sheet: SheetModel; edits: CellEdit[] }> = [];
  const add = (why: string, outcome: Outcome, on: SheetModel) => {
    if (!outcome.refused)
      done.push({ why, sheet: applyEdits(on, outcome.edits), edits: outcome.edits });
  };
  // The add-on read the sheet after the edit: the action as on any sheet.
  if (beforeRead) add('the action on the edited sheet', expected(handOnly, call), handOnly);
  // An edit between the data range asked for and its values read: the add-on read the edited
  // sheet through the rectangle taken before (a torn first read, known; the guard then checks
  // the plan made from it). The action as on what that rectangle shows.
  if (!beforeRead && at > places.readStart && at <= places.firstRead) {
    const seenPart: SheetModel = {
      name: handOnly.name,
      cells: new Map(
        positions(handOnly)
          .filter((p) => p.row <= extent.lastRow && p.col <= extent.lastCol)
          .map((p) => [`${p.row},${p.col}`, p.cell]),
      ),
    };
    add('the action on what the stale rectangle read', expected(seenPart, call), handOnly);
  }
  // The cells the person meant, wherever the edit moved them.
  const follow = followed(call, before, handOnly, track);
  if (follow)
    add('the action on the cells meant', expected(handOnly, follow.call, follow.within), handOnly);
  // The cells the action planned (on its first read), followed through the edit: what the
  // person confirmed is checked when the action reads (a dream's skills), not after.
  const moved = planned.refused ? null : followEdits(planned.edits, before, handOnly, track);
  if (moved) {
    done.push({
      why: 'the planned cells, followed',
      sheet: applyEdits(handOnly, moved),
      edits: moved,
    });
  }
  // Benign, allowed: a new dream goes where the first read put it, when that column is still
  // empty top to bottom. The guard covers the header row and that column, not the stray cells
  // that made "the right of everything" so far right: the other person deleting their column
  // leaves the new dream one column further right than a fresh read would, adopting nothing.
  if (!planned.refused && call.kind === 'addDream') {
    const col = planned.edits[0]?.col;
    if (
      col !== undefined &&
      positions(handOnly).every((p) => p.col !== col || p.cell.value === null)
    ) {
      done.push({
        why: 'the new dream where first planned',
        sheet: applyEdits(handOnly, planned.edits),
        edits: planned.edits,
      });
    }
  }
  // The edit came after the write had landed: as if the other person edited just after.
  if (afterWrite && !planned.refused) {
    done.push({
      why: 'the action, then the edit',
      sheet: withHandEdit(outcomeSheet(before, planned), edit),
      edits: planned.edits,
    });
  }
  // Nothing to write as the add-on read it: an answer with nothing changed.
  if (!planned.refused && planned.edits.length === 0)
    done.push({ why: 'nothing to write', sheet: handOnly, edits: [] });
  // An edit inside one cell (not a move) is not seen by the guard when it changes no text it
  // checks (a fill), or when it comes after the last check: the add-on's own cells are written
  // over it. README, "What it cannot prevent": text typed into the very cells the add-on writes,
  // in that instant, is lost.
  const touchesTarget =
    !planned.refused &&
    'row' in edit &&
    'col' in edit &&
    touchedCells(planned.edits, before).some((t) => t.row === edit.row && t.col === edit.col);
  if (
    !planned.refused &&
    !isStructural(edit) &&
    (afterCheck || edit.kind === 'fill' || !touchesTarget)
  ) {
    done.push({
      why: 'the action written over the edit',
      sheet: applyEdits(handOnly, planned.edits),
      edits: planned.edits,
    });
  }

  // A refusal after the other person edited what the write had left: their edit, as they made
  // it on what they saw, followed back to the cell it was before the write moved it.
  const refusedAs = [handOnly];
  const back = afterWrite && !planned.refused ? translateBack(edit, planned.edits) : null;
  if (back) refusedAs.push(withHandEdit(before, back));

  const final = live.sheet;
  const lines = [
    `  answer: ${answerText(live.result)}`,
    `  the sheet after the edit alone: ${show(handOnly)}`,
    `  change beyond the edit alone: ${diff(handOnly, final).join('; ') || 'none'}`,
    ...done.map(
      (d) => `  allowed (${d.why}): ${diff(handOnly, d.sheet).join('; ') || 'no change'}`,
    ),
  ];

  // A put-back after a remove that took another cell restores it without its note (README,
  // "What it cannot prevent"): notes are not read before a remove.
  const withoutNotes = (sheet: SheetModel): SheetModel => ({
    name: sheet.name,
    cells: new Map([...sheet.cells].map(([k, v]) => [k, { ...v, note: '' }])),
  });
  const putBackWithoutNotes = !live.result.ok && deletes && afterCheck;
  const refusedMatch = refusedAs.findIndex(
    (r) =>
      sameSheet(final, r) ||
      (putBackWithoutNotes && canonical(withoutNotes(final)) === canonical(withoutNotes(r))),
  );
  const notesOnly = refusedMatch >= 0 && !sameSheet(final, refusedAs[refusedMatch]!);

  // Known ambiguity: a removal, and the other person types the very text of a cell it removes
  // into a cell near it, in the instant. Read by value only, the sheet after then looks exactly
  // as if the removed skill had been moved (a row inserted or deleted), and the delete as if it
  // had taken a blank cell: the add-on puts back a blank and answers "Nothing was changed",
  // though the removal it was asked for did happen. Nothing else is lost (property 2 still
  // holds). Counted, and shown as an example below (it.failing).
  const removedTexts = new Set(
    touchedCells(planned.refused ? [] : planned.edits, before)
      .filter(() => deletes)
      .map((t) => cellTextAt(before, t.row, t.col))
      .filter((t) => t !== ''),
  );
  const namesTheRemoved =
    !live.result.ok &&
    edit.kind === 'type' &&
    removedTexts.has(edit.text.trim()) &&
    done.some((d) => sameSheet(d.sheet, final));
  if (namesTheRemoved && refusedMatch < 0) seen.removedButAnsweredUnchanged++;

  // Known: the first read is three calls (values, fills, weights). An edit between them gives
  // a torn read, values from before and formats from after: a plan with nothing to write then
  // answers, say, "already not critical" of a skill that is bold, unguarded since it writes
  // nothing. Nothing is written, so nothing is lost; counted, and allowed as the edit alone.
  const torn =
    live.result.ok &&
    live.places.firstWrite < 0 &&
    at > places.firstRead &&
    at <= places.firstReadEnd &&
    sameSheet(final, handOnly);
  if (torn && !done.some((d) => sameSheet(d.sheet, final))) seen.tornReadNothingWritten++;

  // Known (README, "What it cannot prevent"): a move that leaves every checked cell reading
  // as before, two copies of the same text traded places, cannot be seen; the add-on treats the
  // copy in that place as the one meant. Allowed when an allowed outcome reads the same, text
  // for text, and differs only in the formats or notes of cells holding a duplicated text.
  const valuesOnly = (sheet: SheetModel) =>
    JSON.stringify(
      [...sheet.cells.entries()]
        .filter(([, c]) => c.value !== null)
        .map(([k, c]) => [k, c.value])
        .sort(),
    );
  const copies =
    live.result.ok &&
    done.some(
      (d) =>
        valuesOnly(d.sheet) === valuesOnly(final) &&
        diff(d.sheet, final).every((line) => duplicated(handOnly, line)),
    );
  if (copies && !done.some((d) => sameSheet(d.sheet, final))) seen.identicalCopiesTraded++;

  // Known ambiguity: right after a small table moved, a row inserted above and a column
  // deleted to the left can read the same; the put-back then takes the insert, which brings
  // back, in its old place, what the other person deleted rather than lose what the write
  // covered. Allowed when nothing of the edit alone is missing and all that is extra was on the
  // sheet before; counted.
  const resurrected =
    !live.result.ok &&
    refusedMatch < 0 &&
    lostContent(contentOf(handOnly), contentOf(final), new Map()).length === 0 &&
    lostContent(contentOf(final), contentOf(handOnly), contentOf(before)).length === 0;
  if (resurrected) seen.deletedContentBroughtBack++;

  if (check(1) && !resurrected) {
    if (live.result.ok) {
      if (!torn && !copies && !done.some((d) => sameSheet(d.sheet, final)))
        fail(1, [
          '  the answer says done, but the sheet is none of the allowed outcomes',
          ...lines,
        ]);
    } else if (refusedMatch < 0 && !namesTheRemoved) {
      fail(1, ['  refused, but the sheet is not the edit alone', ...lines]);
    }
  }
  if (live.result.ok) seen.kept++;
  else seen.refusedAfterHandEdit++;
  if (notesOnly) seen.notesLostOnPutBack++;

  if (check(2)) {
    const asThen = done.find((d) => d.why === 'the action, then the edit');
    if (!(asThen && sameSheet(asThen.sheet, final))) {
      const allowed = merge(
        ...done.map((d) => allowance(handOnly, d.edits, call)),
        ...done.map((d) => allowance(before, d.edits, call)),
      );
      const reference = refusedMatch > 0 ? refusedAs[refusedMatch]! : handOnly;
      let lost = lostContent(contentOf(reference), contentOf(final), allowed);
      if (notesOnly) lost = lost.filter((item) => !item.startsWith('note '));
      if (copies) lost = lost.filter((item) => item.startsWith('value '));
      if (lost.length > 0) fail(2, [`  lost: ${lost.join(', ')}`, ...lines]);
    }
  }
  if (check(3)) {
    // A kept write answers with the first read plus its edits, which can miss the other
    // person's edit until the next check (a known limitation): compared only when the add-on
    // read after the edit, and for refusals (their state is read afresh).
    // A refusal's state is read after the refusal: the edit must come before that read.
    const readAfter = live.result.ok ? beforeRead : at <= live.places.readEnd;
    if (readAfter) {
      expectSameState(live.result, live.fresh, () =>
        fail(3, ['  the answered state differs from getState', ...lines]),
      );
    }
  }
}

/** The planned edits where the edit moved their cells; null when a target went or changed. */
function followEdits(
  edits: CellEdit[],
  before: SheetModel,
  after: SheetModel,
  track: Track,
): CellEdit[] | null {
  const headerRow = parseModel(before).headerRow ?? 1;
  const to = (row: number, col: number) => {
    const at = track(row, col);
    return at && cellTextAt(after, at.row, at.col) === cellTextAt(before, row, col) ? at : null;
  };
  const out: CellEdit[] = [];
  for (const e of edits) {
    if (e.kind === 'shiftLeft') {
      const at = to(headerRow, e.col);
      if (!at || at.row !== headerRow) return null;
      out.push({ ...e, col: at.col });
      continue;
    }
    const at = to(e.row, e.col);
    if (!at) return null;
    out.push({ ...e, row: at.row, col: at.col });
  }
  return out;
}

/**
 * A hand edit of one cell, made on the sheet as the write left it, moved back to where that cell
 * was before the write (a removal shifts the cells below or to its right); null for a move.
 */
function translateBack(edit: HandEdit, edits: CellEdit[]): HandEdit | null {
  if (edit.kind !== 'type' && edit.kind !== 'clear' && edit.kind !== 'fill') return null;
  let { row, col } = edit;
  for (const e of [...edits].reverse()) {
    if (e.kind === 'shiftUp' && col === e.col && row >= e.row) row++;
    if (e.kind === 'shiftLeft' && row >= e.fromRow && row <= e.toRow && col >= e.col) col++;
  }
  return row === edit.row && col === edit.col ? null : { ...edit, row, col };
}

function runProperty(p: Property, runs: number): void {
  fc.assert(
    fc.property(cases, (c) => {
      checkCase(c, [p]);
    }),
    // Shrunk on failure: the counterexample printed is the smallest found (the seed and path
    // printed with it replay the unshrunk one).
    { ...propertyParameters(runs), endOnFailure: false },
  );
}

describe('every sidebar action, on random tables, with the other person editing meanwhile', () => {
  it('1. changes exactly its target cells, or nothing beyond the hand edit', () => {
    runProperty(1, 80);
  });

  it('2. loses no value, note or fill it was not asked to remove or overwrite', () => {
    runProperty(2, 80);
  });

  it('3. answers with the state getState reads right after', () => {
    runProperty(3, 80);
  });

  afterAll(() => {
    if (seen.steps === 0) return; // a filtered run
    // PROPERTY_STATS=1 prints how often each outcome came up.
    if (process.env.PROPERTY_STATS) console.log(seen);
    // The cases reach both sides of the guard: kept writes and refusals after a hand edit.
    expect(seen.kept).toBeGreaterThan(0);
    expect(seen.refusedAfterHandEdit).toBeGreaterThan(0);
  });
});

// ---- the smallest cases the properties found, as plain examples --------------------------------

/**
 * Alice's call, with Bob's hand edit made right before the first of the add-on's service calls
 * that `when` picks (given the kinds of its calls so far); the answer and the sheet after.
 */
function interleave(
  table: SheetModel,
  run: (s: Session) => ActionResult,
  when: (kinds: readonly string[], method: string, kind: string) => boolean,
  edit: HandEdit,
): { answer: ActionResult; sheet: SheetModel; fresh: ActionResult; edited: boolean } {
  const { emu, alice } = world(start(table));
  const bob = emu.user('bob@example.com');
  const kinds: string[] = [];
  let edited = false;
  emu.setBeforeCall((record) => {
    if (record.user !== alice.user.email) return;
    const kind = classify(record.method, record.service);
    if (!edited && when(kinds, record.method, kind)) {
      edited = true;
      makeHandEdit(bob, edit);
    }
    kinds.push(kind);
  });
  const answer = run(alice);
  emu.setBeforeCall(null);
  return { answer, sheet: readSheet(emu, DREAMS_INDEX), fresh: alice.call('getState'), edited };
}

const afterFirstWrite = (kinds: readonly string[]) => kinds.includes('write');
const beforeFirstWrite = (kinds: readonly string[], method: string) =>
  !kinds.includes('write') && method === 'deleteCells';

function sheetOf(cells: Record<string, string | { value: string; note?: string }>): SheetModel {
  const sheet: SheetModel = { name: 'Dreams', cells: new Map() };
  for (const [ref, cell] of Object.entries(cells)) {
    const col = ref.charCodeAt(0) - 64;
    const row = Number(ref.slice(1));
    const { value, note = '' } = typeof cell === 'string' ? { value: cell } : cell;
    sheet.cells.set(`${row},${col}`, { value, fill: '#ffffff', bold: false, note });
  }
  return sheet;
}

describe('found by the properties', () => {
  // Fixed in src/core/guard-restore.ts: the only informative cell after the move was the one the
  // add-on wrote, which the tracker ignores, so "insert a row at the top" (which explains an empty
  // sheet as well as anything) was taken for the move, nothing was put back, and the answer said
  // "Nothing was changed" with the rename in place, in another column.
  it('a rename followed at once by a deleted column to its left is put back', () => {
    const table = sheetOf({ B1: 'Coach' });
    const { answer, sheet, fresh, edited } = interleave(
      table,
      (s) => s.call('renameDream', { dream: 'Coach', col: 2 }, 'Founder'),
      afterFirstWrite,
      { kind: 'deleteColumn', col: 1 },
    );
    expect(edited).toBe(true);
    if (answer.ok) {
      // Kept: the rename, moved with its column.
      expect(show(sheet)).toBe('A1="Founder"');
    } else {
      expect(answer.error).toMatch(/moved while you clicked/);
      expect(show(sheet)).toBe('A1="Coach"');
      expect(answer.state).toEqual(fresh.ok ? fresh.state : null);
    }
  });

  // Fixed in src/core/guard-restore.ts: with the area tracked no further than the cells read,
  // "a row inserted at the top" explained the sheet after as well as "a column inserted at A"
  // (nothing below row 1 was looked at), came first, and so the cell the new dream's name had
  // covered, Founder pushed into B1 by the other person, was put back as an empty cell: the
  // answer said "Nothing was changed" and Founder was gone.
  it('a new dream written over a cell the other person just pushed there puts that cell back', () => {
    const table = sheetOf({ A1: 'Founder' });
    const { answer, sheet, edited } = interleave(
      table,
      (s) => s.call('addDream', 'Mentor'),
      (kinds, method) => !kinds.includes('write') && method === 'setValues',
      { kind: 'insertColumn', col: 1 },
    );
    expect(edited).toBe(true);
    if (answer.ok) expect(show(sheet)).toBe('B1="Founder"; C1="Mentor"');
    else expect(show(sheet)).toBe('B1="Founder"');
  });

  // Fixed in src/server/adapter/guarded-write.ts (readSettled): the check after writing asks
  // for the data range, then reads its values, two calls. Bob inserted a row at the top between
  // them, right after Alice's delete of Hiring, so the rectangle read was one row short and
  // Sales, pushed to A4, was outside it. No single move explained what was read, the add-on
  // "put back" a gap in column A alone and answered "Nothing was changed": Hiring was gone, and
  // Founder a row below where Bob's insert had left it. The size is now checked after the read.
  it('a row inserted between the two calls of the check after a delete is not misread', () => {
    const table = sheetOf({ A1: 'Founder', A2: 'Hiring', A3: 'Sales' });
    const { answer, sheet, edited } = interleave(
      table,
      (s) => s.call('removeSkill', { dream: 'Founder', skill: 'Hiring', row: 2, col: 1 }),
      (kinds, _method, kind) => kinds.includes('write') && kind === 'read',
      { kind: 'insertRow', row: 1 },
    );
    expect(edited).toBe(true);
    // Kept (the delete, then Bob's row), or put back whole (Bob's row alone).
    expect([
      answer.ok && show(sheet) === 'A2="Founder"; A3="Sales"',
      !answer.ok && show(sheet) === 'A2="Founder"; A3="Hiring"; A4="Sales"',
    ]).toContain(true);
  });

  // Fixed in src/core/guard.ts: a dream's column is now removed from row 1, but the cells that
  // shift left were guarded from the header row only. Text Bob typed above the header, to the
  // right of the removed column, went unseen by the check before writing; the check after
  // caught the move, and the put-back brought Hiring back without its note.
  it('text typed above the header, beside a dream being removed, is seen before the delete', () => {
    const table = sheetOf({
      A2: 'Founder',
      B2: 'Founder',
      C2: 'Founder',
      D2: 'Founder',
      C3: { value: 'Hiring', note: 'Closes deals.' },
    });
    const { answer, sheet, edited } = interleave(
      table,
      (s) => s.call('removeDream', { dream: 'Founder', col: 3 }, ['Hiring']),
      (kinds, _method, kind) => kind === 'read' && kinds.includes('read'),
      { kind: 'type', row: 1, col: 4, text: 'Hiring' },
    );
    expect(edited).toBe(true);
    expect(answer.ok).toBe(false);
    expect(show(sheet)).toBe(
      'D1="Hiring"; A2="Founder"; B2="Founder"; C2="Founder"; D2="Founder"; C3="Hiring" note "Closes deals."',
    );
  });

  // Open: the ambiguity the property excludes ("resurrected"). Alice adds Hiring under Founder
  // (A1); between the check and the write Bob deletes column A, so Hiring lands in an empty A2.
  // Read by value, that is also "a row was inserted at the top, and Hiring covered Founder in
  // A2": the put-back takes the insert (it prefers bringing back to losing) and writes Founder
  // into A2, a cell Bob had deleted with its column.
  it.failing('a put-back after a deleted column does not bring the deleted dream back', () => {
    const { answer, sheet, edited } = interleave(
      sheetOf({ A1: 'Founder' }),
      (s) => s.call('addSkills', { dream: 'Founder', col: 1 }, ['Hiring']),
      (kinds, method) => !kinds.includes('write') && method === 'setValues',
      { kind: 'deleteColumn', col: 1 },
    );
    expect(edited).toBe(true);
    expect(answer.ok).toBe(false);
    expect(show(sheet)).toBe('');
  });

  // Open, found by a longer hunt (PROPERTY_SEED=7, 200 runs): the same family. Alice renames
  // Hiring (A2); between the check and the write Bob types "Hiring" over the dream's name in A1.
  // After the write the column reads A1 "Hiring", A2 "Budgeting": exactly what "Bob deleted row
  // 1, then the rename landed on the blank cell below" leaves too, so the add-on puts back a
  // blank A2 and answers "Nothing was changed", and the skill is gone from A2. Not excluded from
  // the properties: the default seed does not reach it.
  it.failing('a rename the other person makes look like a move keeps the skill', () => {
    const { answer, sheet, edited } = interleave(
      sheetOf({ A1: 'Founder', A2: 'Hiring' }),
      (s) =>
        s.call('renameSkill', { dream: 'Founder', skill: 'Hiring', row: 2, col: 1 }, 'Budgeting'),
      (kinds, method) => !kinds.includes('write') && method.startsWith('setValue'),
      { kind: 'type', row: 1, col: 1, text: 'Hiring' },
    );
    expect(edited).toBe(true);
    // Kept over Bob's edit, or refused with the sheet as Bob left it: either way A2 holds a skill.
    expect([
      answer.ok && show(sheet) === 'A1="Hiring"; A2="Budgeting"',
      !answer.ok && show(sheet) === 'A1="Hiring"; A2="Hiring"',
    ]).toContain(true);
  });

  // Open: the ambiguity the property excludes ("namesTheRemoved"). Alice removes Hiring (A2);
  // between the check and the delete, Bob types "Hiring" over the dream's name in A1. After the
  // delete the column reads A1 "Hiring", A2 empty: exactly what "Bob deleted row 1, then the
  // delete took the blank cell below Hiring" leaves too, so the add-on puts back a blank cell
  // and answers "Nothing was changed", while Hiring (with its note) is gone. Values alone cannot
  // tell the two apart (the same family as two identical copies swapped, README "What it cannot
  // prevent"); reading the fills, weights and notes where the skill seems to have gone could, in
  // the cases where they differ.
  it.failing(
    'a removal the other person makes look like a move is not answered as "nothing changed"',
    () => {
      const table = sheetOf({ A1: 'Founder', A2: { value: 'Hiring', note: 'Closes deals.' } });
      const { answer, sheet, edited } = interleave(
        table,
        (s) => s.call('removeSkill', { dream: 'Founder', skill: 'Hiring', row: 2, col: 1 }),
        beforeFirstWrite,
        { kind: 'type', row: 1, col: 1, text: 'Hiring' },
      );
      expect(edited).toBe(true);
      expect(answer.ok).toBe(false);
      // "Nothing was changed": then the sheet is Bob's edit alone.
      expect(show(sheet)).toBe('A1="Hiring"; A2="Hiring" note "Closes deals."');
    },
  );
});

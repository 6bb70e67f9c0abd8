// Running one step of a property case on the built add-on: the sidebar's call on a copy of the
// workbook, with or without the other person's hand edit before one of the add-on's service
// calls, and what the model says the sheet should then be.
import {
  classify,
  createEmulator,
  type Emulator,
  type WorkbookSnapshot,
} from '@career-dreams/emulator';
import type { ActionResult, SidebarState } from '../../../src/contract';
import type { Session } from '../../support/addon';
import { callFromSidebar, distHtmlFiles, loadAddon } from '../../support/loadAddon';
import { DREAMS_INDEX, makeHandEdit, type HandEdit } from './hand';
import { type Call, type Rect } from './model';
import { loadSheet, parseModel, readSheet, type SheetModel } from './sheet-model';

let files: Record<string, string> | undefined;

/**
 * The add-on under test: dist/Code.js, or the build named by PROPERTY_ADDON_CODE (a copy with a
 * rule of the guard broken on purpose, say, to see the properties catch it).
 */
const CODE = process.env.PROPERTY_ADDON_CODE || undefined;

/** A workbook restored from `snapshot`, and Alice with the add-on loaded. */
export function world(snapshot: WorkbookSnapshot): { emu: Emulator; alice: Session } {
  files ??= distHtmlFiles();
  const emu = createEmulator({ files });
  emu.workbook.restore(snapshot);
  const user = emu.user('alice@example.com');
  const ctx = loadAddon(user, CODE);
  return {
    emu,
    alice: { user, ctx, call: (name, ...args) => callFromSidebar(ctx, name, ...args) },
  };
}

const a1 = (row: number, col: number) => `${String.fromCharCode(64 + col)}${row}`;
const rectA1 = (r: Rect) =>
  `${a1(r.row, r.col)}:${a1(r.row + r.numRows - 1, r.col + r.numCols - 1)}`;

/** Makes the sidebar's call as Alice (selecting the cells first for a selection action). */
export function call(alice: Session, emu: Emulator, c: Call): ActionResult {
  switch (c.kind) {
    case 'addDream':
      return alice.call('addDream', c.name);
    case 'renameDream':
      return alice.call('renameDream', c.ref, c.name);
    case 'removeDream':
      return alice.call('removeDream', c.ref, c.expected);
    case 'addSkills':
      return c.notes
        ? alice.call('addSkills', c.ref, c.names, c.notes)
        : alice.call('addSkills', c.ref, c.names);
    case 'renameSkill':
      return alice.call('renameSkill', c.ref, c.name);
    case 'removeSkill':
      return alice.call('removeSkill', c.ref);
    case 'setSkillNote':
      return alice.call('setSkillNote', c.ref, c.note);
    case 'setRating':
      return alice.call('setRating', c.refs, c.rating);
    case 'setCritical':
      return alice.call('setCritical', c.refs, c.critical);
    case 'rateSelection':
      alice.user.select(emu.workbook.sheetNames()[DREAMS_INDEX]!, c.ranges.map(rectA1));
      return alice.call('rateSelection', c.rating);
    case 'setSelectionCritical':
      alice.user.select(emu.workbook.sheetNames()[DREAMS_INDEX]!, c.ranges.map(rectA1));
      return alice.call('setSelectionCritical', c.mode);
    case 'updatePrioritiesSheet':
      return alice.call('updatePrioritiesSheet', null);
  }
}

/** Where in the add-on's service calls its reads and writes are (indices among its calls). */
export interface CallPlaces {
  total: number;
  /** Where the add-on looks the dreams sheet up by its name. */
  findSheet: number;
  /** The handle of the first read (getDataRange): an edit before it is wholly in the read. */
  readStart: number;
  /** The handle of the last read (a refusal's fresh state is read last). */
  readEnd: number;
  firstRead: number;
  /** The last of the reads that follow the first one without a call between: the first read. */
  firstReadEnd: number;
  /** The last read before the first write: the guard's check (-1 with no write). */
  check: number;
  firstWrite: number;
  lastWrite: number;
  /** The values read of the check after writing (-1 with no write). */
  postRead: number;
}

export interface Run {
  result: ActionResult;
  sheet: SheetModel;
  /** getState right after. */
  fresh: ActionResult;
  places: CallPlaces;
  /** Whether the hand edit was made before one of the add-on's calls (else after the call). */
  during: boolean;
  snapshot: WorkbookSnapshot;
}

/**
 * The call on a copy of `snapshot`; with `hand`, the other person makes it right before the
 * add-on's `at`-th service call (or right after the call, when it makes fewer).
 */
export function runStep(
  snapshot: WorkbookSnapshot,
  c: Call,
  hand?: { edit: HandEdit; at: number },
): Run {
  const { emu, alice } = world(snapshot);
  const bob = emu.user('bob@example.com');
  let seen = 0;
  let during = false;
  const kinds: string[] = [];
  const methods: string[] = [];
  emu.setBeforeCall((record) => {
    if (record.user !== alice.user.email) return;
    if (hand && !during && seen === hand.at) {
      during = true;
      makeHandEdit(bob, hand.edit);
    }
    seen++;
    kinds.push(classify(record.method, record.service));
    methods.push(record.method);
  });
  const result = call(alice, emu, c);
  emu.setBeforeCall(null);
  if (hand && !during) makeHandEdit(bob, hand.edit);
  const fresh = alice.call('getState');
  const firstWrite = kinds.indexOf('write');
  let check = -1;
  if (firstWrite >= 0) check = kinds.lastIndexOf('read', firstWrite);
  const places = {
    total: kinds.length,
    findSheet: methods.indexOf('getSheetByName'),
    readStart: methods.indexOf('getDataRange'),
    readEnd: methods.lastIndexOf('getDataRange'),
    firstRead: kinds.indexOf('read'),
    firstReadEnd: endOfRun(kinds, kinds.indexOf('read')),
    check,
    firstWrite,
    lastWrite: kinds.lastIndexOf('write'),
    postRead: firstWrite >= 0 ? kinds.indexOf('read', firstWrite) : -1,
  };
  return {
    result,
    sheet: readSheet(emu, DREAMS_INDEX),
    fresh,
    places,
    during,
    snapshot: emu.workbook.snapshot(),
  };
}

function endOfRun(kinds: string[], from: number): number {
  if (from < 0) return -1;
  let end = from;
  while (kinds[end + 1] === 'read') end++;
  return end;
}

/** The workbook holding the table, and the state the sidebar shows for it. */
export function start(sheet: SheetModel): WorkbookSnapshot {
  const emu = createEmulator();
  loadSheet(emu, sheet);
  return emu.workbook.snapshot();
}

/** The sidebar's view of the workbook: getState, and the dreams sheet as it stands. */
export function look(snapshot: WorkbookSnapshot): {
  state: SidebarState | null;
  sheet: SheetModel;
} {
  const { emu, alice } = world(snapshot);
  const answer = alice.call('getState');
  return { state: answer.ok ? answer.state : null, sheet: readSheet(emu, DREAMS_INDEX) };
}

/**
 * The model's reading of the sheet agrees with the add-on's (dreams, skills, cells, ratings,
 * bold): a disagreement is a mistake in the model or in the add-on's reading, and every other
 * check would be meaningless.
 */
export function readingProblem(sheet: SheetModel, state: SidebarState): string | null {
  const a = JSON.stringify(readingOf(parseModel(sheet).dreams));
  const b = JSON.stringify(readingOf(state.dreams));
  return a === b ? null : `the model reads ${a}\nthe add-on reads ${b}`;
}

interface Reading {
  name: string;
  col: number;
  skills: ReadonlyArray<{
    name: string;
    row: number;
    col: number;
    rating: string;
    critical: boolean;
  }>;
}

/** The fields both readings must agree on, in one order, whichever side they come from. */
function readingOf(dreams: readonly Reading[]): Reading[] {
  return dreams.map((d) => ({
    name: d.name,
    col: d.col,
    skills: d.skills.map((s) => ({
      name: s.name,
      row: s.row,
      col: s.col,
      rating: s.rating,
      critical: s.critical,
    })),
  }));
}

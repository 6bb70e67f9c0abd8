// What the benchmark measures: each sidebar action as the add-on does it (through
// google.script.run's rules, on the built dist/Code.js) and as the cell-by-cell baseline does it.
// Data, not code paths: adding an action, or an export once the contract has one, is one entry.
import type { EmulatedUser, Emulator } from '@career-dreams/emulator';
import {
  seenOf,
  type ActionName,
  type FollowUpPatch,
  type FollowUpView,
  type PlanItemInput,
  type PlanItemSeen,
  type SidebarApi,
  type SidebarState,
} from '../src/contract';
import { callFromSidebar, type AddonContext } from '../dev/addon/load';
import { baseline, followUpBaseline, type Services } from './baseline';
import { dreamName, fillOf, isBold, skillName, tableFixture, type TableSize } from './tables';

/** One emulated workbook with the benchmark's table, and one user with the add-on loaded. */
export interface Workspace {
  size: TableSize;
  emu: Emulator;
  user: EmulatedUser;
  addon: AddonContext;
}

export interface BenchAction {
  id: string;
  label: string;
  /** The contract function the sidebar calls for it. */
  sidebar: keyof SidebarApi;
  /** Why the action reads more than the target allows, when it does so by design. */
  extraReads?: string;
  /** Why the action writes more than the target allows, when it does so by design. */
  extraWrites?: string;
  /**
   * A budget of its own, from the issue that asked for the action, instead of the general
   * targets: at most this many reads and writes at every size.
   */
  budget?: { reads: number; writes: number; source: string };
  /** It writes the dreams sheet, under the guard (two reads more, see LIMITS.guardReads). */
  guarded?: true;
  /** Gets the workbook to where the action starts; not counted. The table is already on Dreams. */
  prepare?(ws: Workspace): void;
  /** The add-on's answer, for checking that the baseline did the same job. */
  addon(ws: Workspace): unknown;
  /** The baseline's answer; undefined when it does not build a comparable one. */
  baseline(gas: Services, ws: Workspace): unknown;
}

/** Calls a sidebar function of the add-on; a refusal means the benchmark itself is wrong. */
function sidebar<K extends ActionName & string>(
  ws: Workspace,
  name: K,
  ...args: Parameters<SidebarApi[K]>
): SidebarState {
  const result = callFromSidebar(ws.addon, name, ...args);
  if (!result.ok) throw new Error(`${name} was refused: ${result.error}`);
  return result.state;
}

/** The fingerprint of the view the sidebar last showed, for the check actions. */
let lastSeen = '';

/** A check's answer, which must be "same" or a new state as the benchmark arranged. */
function expectCheck(answer: ReturnType<SidebarApi['checkState']>, same: boolean): unknown {
  if (!answer.ok) throw new Error(`checkState was refused: ${answer.error}`);
  if ('same' in answer !== same) {
    throw new Error(`checkState did not answer ${same ? 'same' : 'a new state'}`);
  }
  return answer;
}

/** The cell the sidebar shows for skill `i` of dream `d`, as it names it. */
function skillRef(size: TableSize, i: number, d: number) {
  return { dream: dreamName(d), skill: skillName(size, i, d), row: i + 2, col: d + 1 };
}

/** The first skill of the first dream with no fill, so rating it red changes the cell. */
function unratedSkill(size: TableSize) {
  const i = Array.from({ length: size.skills }, (_, k) => k).find((k) => fillOf(k, 0) === null);
  if (i === undefined) throw new Error('The benchmark table has no unrated skill in Dream 1.');
  return skillRef(size, i, 0);
}

/**
 * Selections from A2: one cell, 10 down one dream, 20 down 5 dreams (at 3×10 that last one also
 * covers 70 cells that are not skills, which are left alone), and 10 cells picked one by one
 * with Ctrl/Cmd-click, which makes 10 ranges.
 */
const SELECTIONS: ReadonlyArray<{ id: string; label: string; ranges: string[] }> = [
  { id: 'rateSelection1', label: 'rate a selection of 1 cell (A2)', ranges: ['A2'] },
  { id: 'rateSelection10', label: 'rate a selection of 10 cells (A2:A11)', ranges: ['A2:A11'] },
  { id: 'rateSelection100', label: 'rate a selection of 100 cells (A2:E21)', ranges: ['A2:E21'] },
  {
    id: 'rateSelection10Ranges',
    label: 'rate 10 cells picked one by one (10 ranges)',
    ranges: ['A2', 'B3', 'A4', 'B5', 'A6', 'B7', 'A8', 'B9', 'A10', 'B11'],
  },
];

function select(ranges: string[]): (ws: Workspace) => void {
  return (ws) => ws.user.select('Dreams', ranges);
}

// Yellow changes most cells: the table's fills are mostly other colours, A2's is red.
const rateSelections: BenchAction[] = SELECTIONS.map(({ id, label, ranges }) => ({
  id,
  label,
  sidebar: 'rateSelection',
  guarded: true,
  prepare: select(ranges),
  addon: (ws) => sidebar(ws, 'rateSelection', 'yellow'),
  baseline: (gas) => baseline.rateSelection(gas, 'yellow'),
}));

export const ACTIONS: BenchAction[] = [
  {
    id: 'open',
    label: 'open or refresh the sidebar',
    sidebar: 'getState',
    addon: (ws) => sidebar(ws, 'getState'),
    baseline: (gas) => baseline.getState(gas),
  },
  {
    id: 'openUnrated',
    label: 'open a table with no ratings yet',
    sidebar: 'getState',
    extraReads:
      'with skills and not one of them filled, it also asks for the sheet’s conditional ' +
      'formatting rules, to explain why every skill reads as not rated (colours painted by ' +
      'rules are not fills)',
    prepare: (ws) =>
      ws.emu.workbook.loadSheet('Dreams', { ...tableFixture(ws.size), backgrounds: [] }),
    addon: (ws) => sidebar(ws, 'getState'),
    baseline: (gas) => baseline.getState(gas),
  },
  {
    id: 'adopt',
    label: 'adopt a table typed by hand',
    sidebar: 'startTable',
    prepare: (ws) => ws.emu.workbook.rename(ws.emu.workbook.sheetByName('Dreams')!, 'My dreams'),
    addon: (ws) => sidebar(ws, 'startTable', 'My dreams'),
    baseline: (gas) => baseline.startTable(gas, 'My dreams'),
  },
  {
    id: 'addDream',
    guarded: true,
    extraReads:
      'it looks at the cells it writes into (or deletes) that read as empty, for what the grid ' +
      'cannot show: their notes, and their fills beyond the table or their formulas inside it, ' +
      'so that a formula showing nothing, a note or a fill there is named before it goes',
    label: 'add a dream',
    sidebar: 'addDream',
    addon: (ws) => sidebar(ws, 'addDream', 'New dream'),
    baseline: (gas) => baseline.addDream(gas, 'New dream'),
  },
  {
    id: 'renameDream',
    guarded: true,
    label: 'rename a dream',
    sidebar: 'renameDream',
    addon: (ws) => sidebar(ws, 'renameDream', { dream: dreamName(0), col: 1 }, 'First dream'),
    baseline: (gas) => baseline.renameDream(gas, { dream: dreamName(0), col: 1 }, 'First dream'),
  },
  {
    id: 'removeDream',
    guarded: true,
    extraReads:
      'it looks at the cells it writes into (or deletes) that read as empty, for what the grid ' +
      'cannot show: their notes, and their fills beyond the table or their formulas inside it, ' +
      'so that a formula showing nothing, a note or a fill there is named before it goes',
    label: 'remove a dream',
    sidebar: 'removeDream',
    addon: (ws) => sidebar(ws, 'removeDream', lastDream(ws.size), lastDreamSkills(ws.size)),
    baseline: (gas, ws) => baseline.removeDream(gas, lastDream(ws.size), lastDreamSkills(ws.size)),
  },
  {
    id: 'addSkill',
    guarded: true,
    extraReads:
      'it looks at the cells it writes into (or deletes) that read as empty, for what the grid ' +
      'cannot show: their notes, and their fills beyond the table or their formulas inside it, ' +
      'so that a formula showing nothing, a note or a fill there is named before it goes',
    label: 'add a skill',
    sidebar: 'addSkills',
    addon: (ws) => sidebar(ws, 'addSkills', { dream: dreamName(1), col: 2 }, ['New skill']),
    baseline: (gas) => baseline.addSkills(gas, { dream: dreamName(1), col: 2 }, ['New skill']),
  },
  {
    id: 'renameSkill',
    guarded: true,
    label: 'rename a skill',
    sidebar: 'renameSkill',
    addon: (ws) => sidebar(ws, 'renameSkill', skillRef(ws.size, 1, 0), 'Renamed skill'),
    baseline: (gas, ws) => baseline.renameSkill(gas, skillRef(ws.size, 1, 0), 'Renamed skill'),
  },
  {
    id: 'removeSkill',
    guarded: true,
    label: 'remove a skill',
    sidebar: 'removeSkill',
    addon: (ws) => sidebar(ws, 'removeSkill', skillRef(ws.size, 1, 0)),
    baseline: (gas, ws) => baseline.removeSkill(gas, skillRef(ws.size, 1, 0)),
  },
  {
    id: 'rateSkill',
    guarded: true,
    label: 'rate one skill',
    sidebar: 'setRating',
    addon: (ws) => sidebar(ws, 'setRating', [unratedSkill(ws.size)], 'red'),
    baseline: (gas, ws) => baseline.setRating(gas, [unratedSkill(ws.size)], 'red'),
  },
  {
    id: 'toggleCritical',
    guarded: true,
    label: 'toggle critical on one skill',
    sidebar: 'setCritical',
    addon: (ws) => sidebar(ws, 'setCritical', [skillRef(ws.size, 1, 0)], !isBold(1, 0)),
    baseline: (gas, ws) => baseline.setCritical(gas, [skillRef(ws.size, 1, 0)], !isBold(1, 0)),
  },
  ...rateSelections,
  {
    id: 'selectionCritical100',
    guarded: true,
    label: 'toggle critical on a selection of 100 cells (A2:E21)',
    sidebar: 'setSelectionCritical',
    prepare: select(['A2:E21']),
    addon: (ws) => sidebar(ws, 'setSelectionCritical', 'toggle'),
    baseline: (gas) => baseline.setSelectionCritical(gas, 'toggle'),
  },
  {
    id: 'checkSame',
    label: 'check for changes, none since the last view (the sidebar’s automatic check)',
    sidebar: 'checkState',
    prepare: (ws) => void (lastSeen = sidebar(ws, 'getState').fingerprint),
    addon: (ws) => expectCheck(callFromSidebar(ws.addon, 'checkState', lastSeen), true),
    // A sidebar without a fingerprint would read the whole table to compare.
    baseline: (gas) => void baseline.getState(gas),
  },
  {
    id: 'checkChanged',
    label: 'check for changes, after the other person rated a skill',
    sidebar: 'checkState',
    prepare: (ws) => {
      lastSeen = sidebar(ws, 'getState').fingerprint;
      // The other person's change, made by hand: the first skill of the last dream is made
      // critical (bold), or no longer critical if it was.
      const weight = isBold(0, ws.size.dreams - 1) ? 'normal' : 'bold';
      ws.user.run(() => {
        const book = ws.user.globals.SpreadsheetApp.getActiveSpreadsheet();
        book.getSheetByName('Dreams')?.getRange(2, ws.size.dreams).setFontWeight(weight);
      });
    },
    addon: (ws) => expectCheck(callFromSidebar(ws.addon, 'checkState', lastSeen), false),
    baseline: (gas) => void baseline.getState(gas),
  },
  {
    id: 'priorities',
    label: 'compute priorities (they come with the state)',
    sidebar: 'getState',
    addon: (ws) => sidebar(ws, 'getState').priorities,
    baseline: (gas) => baseline.priorities(gas),
  },
  {
    id: 'prioritiesSheet',
    label: 'update the Priorities sheet',
    sidebar: 'updatePrioritiesSheet',
    extraReads:
      'it reads the Priorities sheet back (getValues and getFormulas) before rewriting it, so ' +
      'that cells someone typed into, formulas included, are not overwritten without asking',
    // The usual case: the sheet exists from an earlier update and is rewritten.
    prepare: (ws) => void sidebar(ws, 'updatePrioritiesSheet', null),
    addon: (ws) => sidebar(ws, 'updatePrioritiesSheet', null),
    baseline: (gas) => baseline.updatePrioritiesSheet(gas, false),
  },
];

/** The Plan panel's whole view, as the add-on answers when it opens. */
function followUpView(ws: Workspace): FollowUpView {
  const result = callFromSidebar(ws.addon, 'getFollowUp');
  if (!result.ok) throw new Error(`getFollowUp was refused: ${result.error}`);
  return result.followUp;
}

type ChangeName =
  'addPlanItem' | 'updatePlanItem' | 'removePlanItem' | 'recordCheckIn' | 'setNextCheckIn';

/** Calls a Plan panel change of the add-on; a refusal means the benchmark itself is wrong. */
function followUp<K extends ChangeName>(
  ws: Workspace,
  name: K,
  ...args: Parameters<SidebarApi[K]>
): FollowUpPatch {
  const result = callFromSidebar(ws.addon, name, ...args);
  if (!result.ok) throw new Error(`${name} was refused: ${result.error}`);
  return result.changed;
}

/** The fingerprint of the Plan panel's view the sidebar last showed, for its checks. */
let lastSeenFollowUp = '';

/** A check of the Plan panel, which must answer "same" or the whole view, as arranged. */
function expectFollowUpCheck(ws: Workspace, same: boolean): unknown {
  const answer = callFromSidebar(ws.addon, 'checkFollowUp', lastSeenFollowUp);
  if (!answer.ok) throw new Error(`checkFollowUp was refused: ${answer.error}`);
  if ('same' in answer !== same) {
    throw new Error(`checkFollowUp did not answer ${same ? 'same' : 'the new view'}`);
  }
  return answer;
}

/** A plan item for the first skill of the first dream, dated, as the sidebar sends it. */
function planItem(size: TableSize, action = 'Shadow two interviews'): PlanItemInput {
  return {
    skill: skillName(size, 0, 0),
    action,
    kind: 'Learn from someone',
    goal: '',
    owner: 'Ana',
    whoHelps: '',
    byWhen: '2030-01-31',
  };
}

/** The same item as the core's plan takes it (the sidebar's text decoded). */
function newPlanItem(size: TableSize, action?: string) {
  const item = planItem(size, action);
  return { ...item, kind: 'Learn from someone' as const };
}

/**
 * The record sheets as a person has them after a first conversation: one check-in and one plan
 * item. The Check-ins sheet is then made as large as the next check-in needs, so that growing it
 * (one write more, the same at any size once it is large) is not what is measured.
 */
/** The first plan item as the sidebar showed it, which a confirmed removal sends back. */
let firstItemSeen: PlanItemSeen | null = null;

function seenFirstItem(): PlanItemSeen {
  if (!firstItemSeen) throw new Error('the plan was not prepared');
  return firstItemSeen;
}

function afterFirstConversation(ws: Workspace): void {
  followUp(ws, 'recordCheckIn', '2020-01-15');
  const added = followUp(ws, 'addPlanItem', planItem(ws.size, 'Read a book on it'));
  const item = added.plan?.items.find((i) => i.action === 'Read a book on it');
  firstItemSeen = item ? seenOf(item) : null;
  const rows = 2 * ws.size.dreams * ws.size.skills + 10;
  ws.user.run(() => {
    const sheet = ws.user.globals.SpreadsheetApp.getActive().getSheetByName('Check-ins');
    if (sheet && sheet.getMaxRows() < rows) {
      sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
    }
  });
}

const CHECK_IN_BUDGET = { reads: 3, writes: 2, source: 'issue 12' };
const PLAN_ITEM_BUDGET = { reads: 4, writes: 3, source: 'issue 12' };

/** A plan item of the first conversation, as the sidebar names it. */
function firstItem(size: TableSize) {
  return { skill: skillName(size, 0, 0), action: 'Read a book on it' };
}

/**
 * Why the Plan panel's check reads more than the general target: it compares the whole view,
 * which no fewer reads can build.
 */
const WHOLE_VIEW_READS =
  'the Plan panel’s view is built from the dreams grid (three calls: what moved since the ' +
  'last check-in is measured against the table), the header row’s notes (each dream’s why), ' +
  'the Plan sheet and the Check-ins sheet, one call each';

export const FOLLOW_UP_ACTIONS: BenchAction[] = [
  {
    id: 'checkIn',
    label: 'record a check-in',
    sidebar: 'recordCheckIn',
    budget: CHECK_IN_BUDGET,
    extraReads:
      'besides the dreams grid (three calls: the table to record), it reads the Check-ins ' +
      'sheet (one call) to find its columns by their headers, so that a sheet typed by hand, ' +
      'its columns in any order, is appended in its own columns; there is no knowing where a ' +
      'sheet’s columns are without reading its header. Its answer needs no more: the check-ins ' +
      'as read, with the new rows put in in memory',
    prepare: afterFirstConversation,
    addon: (ws) => followUp(ws, 'recordCheckIn', null),
    baseline: (gas) => followUpBaseline.recordCheckIn(gas, null),
  },
  {
    id: 'firstCheckIn',
    label: 'record the first check-in (creates the sheet)',
    sidebar: 'recordCheckIn',
    budget: CHECK_IN_BUDGET,
    extraWrites:
      'it inserts the Check-ins sheet and makes its header row bold, two writes more than a ' +
      'later check-in; and a new sheet has 1000 rows, so from 1000 skills on it is grown first ' +
      '(one more)',
    addon: (ws) => followUp(ws, 'recordCheckIn', null),
    baseline: (gas) => followUpBaseline.recordCheckIn(gas, null),
  },
  {
    id: 'addPlanItem',
    label: 'add a plan item',
    sidebar: 'addPlanItem',
    budget: PLAN_ITEM_BUDGET,
    prepare: afterFirstConversation,
    addon: (ws) => followUp(ws, 'addPlanItem', planItem(ws.size)),
    baseline: (gas, ws) => followUpBaseline.addPlanItem(gas, newPlanItem(ws.size)),
  },
  {
    id: 'firstPlanItem',
    label: 'add the first plan item (creates the sheet)',
    sidebar: 'addPlanItem',
    budget: PLAN_ITEM_BUDGET,
    addon: (ws) => followUp(ws, 'addPlanItem', planItem(ws.size)),
    baseline: (gas, ws) => followUpBaseline.addPlanItem(gas, newPlanItem(ws.size)),
  },
  {
    id: 'updatePlanItem',
    label: 'update a plan item (status)',
    sidebar: 'updatePlanItem',
    prepare: afterFirstConversation,
    addon: (ws) => followUp(ws, 'updatePlanItem', firstItem(ws.size), { status: 'In progress' }),
    baseline: (gas, ws) =>
      followUpBaseline.updatePlanItem(gas, firstItem(ws.size), { status: 'In progress' }),
  },
  {
    id: 'removePlanItem',
    label: 'remove a plan item',
    sidebar: 'removePlanItem',
    prepare: afterFirstConversation,
    addon: (ws) => followUp(ws, 'removePlanItem', firstItem(ws.size), seenFirstItem()),
    baseline: (gas, ws) =>
      followUpBaseline.removePlanItem(gas, firstItem(ws.size), seenFirstItem()),
  },
  {
    id: 'nextCheckIn',
    label: 'set the next check-in day',
    sidebar: 'setNextCheckIn',
    prepare: afterFirstConversation,
    addon: (ws) => followUp(ws, 'setNextCheckIn', '2030-03-01'),
    baseline: (gas) => followUpBaseline.setNextCheckIn(gas, '2030-03-01'),
  },
  {
    id: 'openPlan',
    label: 'open the Plan panel',
    sidebar: 'getFollowUp',
    extraReads: WHOLE_VIEW_READS,
    prepare: afterFirstConversation,
    addon: (ws) => followUpView(ws),
    baseline: (gas) => followUpBaseline.getFollowUp(gas),
  },
  {
    id: 'checkPlanSame',
    label: 'check the Plan panel, none changed since the last view (its automatic check)',
    sidebar: 'checkFollowUp',
    extraReads: `to compare, it builds the view as opening the panel does: ${WHOLE_VIEW_READS}`,
    prepare: (ws) => {
      afterFirstConversation(ws);
      lastSeenFollowUp = followUpView(ws).fingerprint;
    },
    addon: (ws) => expectFollowUpCheck(ws, true),
    // A sidebar without a fingerprint would read the whole view to compare.
    baseline: (gas) => followUpBaseline.getFollowUp(gas),
  },
  {
    id: 'checkPlanChanged',
    label: 'check the Plan panel, after the other person changed a status',
    sidebar: 'checkFollowUp',
    extraReads: `to compare, it builds the view as opening the panel does: ${WHOLE_VIEW_READS}`,
    prepare: (ws) => {
      afterFirstConversation(ws);
      lastSeenFollowUp = followUpView(ws).fingerprint;
      // The other person's change, by hand: the plan item's status.
      ws.user.run(() => {
        const sheet = ws.user.globals.SpreadsheetApp.getActive().getSheetByName('Plan');
        sheet?.getRange('J2').setValue('In progress');
      });
    },
    addon: (ws) => expectFollowUpCheck(ws, false),
    baseline: (gas) => followUpBaseline.getFollowUp(gas),
  },
];

/**
 * An export, once the contract has one: the add-on's call against a baseline that reads the
 * table cell by cell, which any export needs before it builds its file (the file itself is not
 * compared). Add one line per export to EXPORTS, e.g.
 *   exportAction('export as CSV', 'exportCsv'),
 */
export function exportAction<K extends keyof SidebarApi & string>(
  label: string,
  name: K,
  ...args: Parameters<SidebarApi[K]>
): BenchAction {
  return {
    id: name,
    label,
    sidebar: name,
    addon: (ws) => void callFromSidebar(ws.addon, name, ...args),
    baseline: (gas) => void baseline.getState(gas),
  };
}

/**
 * None on the server: the sidebar builds its JSON and Markdown exports from the state it
 * already has (src/core/export.ts), with no call of its own.
 */
export const EXPORTS: BenchAction[] = [];

function lastDream(size: TableSize) {
  return { dream: dreamName(size.dreams - 1), col: size.dreams };
}

function lastDreamSkills(size: TableSize): string[] {
  return Array.from({ length: size.skills }, (_, i) => skillName(size, i, size.dreams - 1));
}

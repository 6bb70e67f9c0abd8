// The Plan sheet's actions: adding an item, editing one in place, removing one. Items are found
// by content (skill and action, by key), never by a remembered row: the row the sidebar sends is
// only a hint to choose between two items with the same skill and action, as in src/core/locate.ts.
// Rows are appended below everything and written only in the sheet's own columns, so a plan
// typed by hand keeps its column order and its extra columns.
import { UserError } from '../errors';
import type { RecordSheetFact, TimeFact } from '../facts';
import { LEGEND } from '../legend';
import { MAX_NAME_LENGTH } from '../plans/names';
import type { Plan } from '../plans/plan';
import { rankPriorities } from '../priorities';
import { cellText, cleanName, skillKey } from '../skill-name';
import type { Edit, ExpectedCell, RecordCellWrite, Table } from '../types';
import { isIsoDay } from './dates';
import { quoted } from './header';
import { PLAN_LEGEND } from './legend';
import { parsePlanSheet, shownKind, shownStatus } from './plan-sheet';
import {
  PLAN_COLUMNS,
  PLAN_KINDS,
  PLAN_SHEET,
  PLAN_STATUSES,
  type IsoDay,
  type PlanColumn,
  type PlanItem,
  type PlanKind,
  type PlanSheet,
  type PlanStatus,
  type RecordWrite,
} from './types';

export interface PlanItemTarget {
  skill: string;
  action: string;
  /** A hint, used only to choose between two rows with the same skill and action. */
  row?: number;
}

export interface NewPlanItem {
  skill: string;
  action: string;
  kind: PlanKind | null;
  goal: string;
  owner: string;
  whoHelps: string;
  byWhen: IsoDay | null;
}

export interface PlanItemUpdate {
  status?: PlanStatus;
  owner?: string;
  byWhen?: IsoDay | null;
}

/** Today in the spreadsheet's time zone: the time fact is already formatted there. */
export function todayOf(time: TimeFact): IsoDay {
  return time.stamp.slice(0, 10);
}

/** A day the person gave (a date field), checked: the sidebar sends text. */
export function validDay(day: string, what: string): IsoDay {
  if (!isIsoDay(day)) {
    throw new UserError(
      `‘${quoted(day)}’ is not a date: pick the ${what} from the calendar, then try again.`,
    );
  }
  return day;
}

/**
 * One appended row in the sheet's own columns: from its leftmost known column to its rightmost,
 * '' in the extra columns between (the row is below everything, so '' overwrites nothing).
 */
export function rowInColumns<C extends string>(
  columns: Partial<Record<C, number>>,
  values: Partial<Record<C, RecordWrite>>,
): { col: number; row: RecordWrite[] } {
  let first = Infinity;
  let last = 0;
  for (const col of Object.values<number | undefined>(columns)) {
    if (col === undefined) continue;
    first = Math.min(first, col);
    last = Math.max(last, col);
  }
  const row: RecordWrite[] = Array.from({ length: last - first + 1 }, () => '');
  for (const [name, col] of Object.entries<number | undefined>(columns)) {
    const value = values[name as C];
    if (col !== undefined && value !== undefined) row[col - first] = value;
  }
  return { col: first, row };
}

/**
 * The header row the add-on creates: the columns from A, one empty column, then cells `after`
 * (the legend last), and the data rows padded to the same width so the block is a rectangle.
 */
export function createdHeader(columns: readonly string[], after: RecordWrite[]): RecordWrite[] {
  return [...columns, '', ...after];
}

/**
 * The edit that writes a record sheet's first rows from A1, the first (its header) in bold: on a
 * new sheet, created last and in the background, or on one that is there but empty.
 */
export function fromTheTop(
  fact: RecordSheetFact,
  name: string,
  rows: RecordWrite[][],
  backgrounds?: (string | null)[][],
): Edit {
  return {
    kind: 'appendRecordRows',
    sheet: name,
    create: !fact.exists,
    col: 1,
    rows,
    ...(backgrounds ? { backgrounds } : {}),
    boldRows: 1,
  };
}

export function padded(row: RecordWrite[], width: number): RecordWrite[] {
  return [...row, ...Array.from({ length: Math.max(0, width - row.length) }, () => '')];
}

/**
 * The Plan's header with its legend in M1 (A1:K1 the columns, L1 empty). Marked pure, so that a
 * bundle that never adds a plan item drops it, and the legend with it (legend.ts).
 */
const PLAN_HEADER: RecordWrite[] = /* @__PURE__ */ createdHeader(PLAN_COLUMNS, [PLAN_LEGEND]);

/** A text field of a plan item, cleaned like a name (case kept); '' is allowed. */
function cleanField(input: string, what: string): string {
  const text = cleanName(String(input ?? ''));
  if (text.length > MAX_NAME_LENGTH) {
    throw new UserError(
      `The ${what} is ${text.length} characters long; the most is ${MAX_NAME_LENGTH}. Shorten it, ` +
        'and keep the details elsewhere.',
    );
  }
  return text;
}

function planOf(fact: RecordSheetFact): PlanSheet {
  return parsePlanSheet(fact.values, fact.name);
}

/** The fields a person types that would be lost when the sheet has no column for them. */
const TYPED_FIELDS: readonly PlanColumn[] = ['Goal', 'Kind', 'Owner', 'Who helps', 'By when'];

export function planAddPlanItem(
  table: Table,
  time: TimeFact,
  fact: RecordSheetFact,
  item: NewPlanItem,
): Plan {
  const skillTyped = cleanField(item.skill, 'skill');
  if (skillKey(skillTyped) === '') throw new UserError('Pick the skill the action is for first.');
  const action = cleanField(item.action, 'action');
  if (skillKey(action) === '') {
    throw new UserError('Type the action first: what is to be done, and by whom.');
  }
  if (item.kind !== null && !PLAN_KINDS.includes(item.kind)) {
    throw new UserError(`‘${String(item.kind)}’ is not a kind of action: pick one from the list.`);
  }
  const skill = skillInTable(table, skillTyped);
  const byWhen = item.byWhen === null || item.byWhen === '' ? null : validDay(item.byWhen, 'date');
  const values: Partial<Record<PlanColumn, RecordWrite>> = {
    Skill: skill.name,
    'For dreams': skill.dreams,
    Now: skill.now,
    Goal: cleanField(item.goal, 'goal'),
    Action: action,
    Kind: item.kind ?? '',
    Owner: cleanField(item.owner, 'owner'),
    'Who helps': cleanField(item.whoHelps, 'name of who helps'),
    'By when': byWhen === null ? '' : { day: byWhen },
    Status: 'Not started',
    'Last checked': { day: todayOf(time) },
  };
  const what = `‘${action}’ for ‘${skill.name}’`;

  const sheet = fact.exists ? planOf(fact) : null;
  if (sheet === null || sheet.headerRow === 0) {
    // A new sheet, or one that is there but empty: the header and legend first, in bold.
    const name = sheet === null ? PLAN_SHEET : fact.name;
    const row = PLAN_COLUMNS.map((column) => values[column] ?? '');
    return {
      edits: [fromTheTop(fact, name, [PLAN_HEADER, padded(row, PLAN_HEADER.length)])],
      message:
        sheet === null
          ? `Created the sheet ‘${name}’ and added ${what} to it, row 2.`
          : `Added ${what} to ‘${name}’, row 2.`,
    };
  }

  const same = sheet.items.find(
    (it) => it.skillKey === skillKey(skill.name) && skillKey(it.action) === skillKey(action),
  );
  if (same) {
    throw new UserError(
      `‘${same.action}’ for ‘${same.skill}’ is already in the plan (row ${same.row} of ` +
        `‘${fact.name}’). Edit that one instead.`,
    );
  }
  const lost = TYPED_FIELDS.filter((c) => sheet.columns[c] === undefined && values[c] !== '');
  const { col, row } = rowInColumns(sheet.columns, values);
  const at = sheet.lastRow + 1;
  return {
    edits: [{ kind: 'appendRecordRows', sheet: fact.name, create: false, col, rows: [row] }],
    message:
      `Added ${what} to ‘${fact.name}’, row ${at}.` +
      (lost.length === 0
        ? ''
        : ` The sheet has no ${lost.map((c) => `‘${c}’`).join(' or ')} ` +
          `${lost.length === 1 ? 'column' : 'columns'}, so ${lost.length === 1 ? 'that was' : 'those were'} left out.`),
  };
}

/**
 * The skill as the table spells it, the dreams that list it and where it is a gap now; a skill
 * no longer in the table is refused as a change (the sidebar offers the table's skills).
 */
function skillInTable(table: Table, typed: string): { name: string; dreams: string; now: string } {
  const key = skillKey(typed);
  const listings = table.dreams.flatMap((dream) =>
    dream.skills.filter((s) => s.key === key).map((skill) => ({ dream, skill })),
  );
  const first = listings[0];
  if (!first) {
    throw new UserError(
      `‘${typed}’ is no longer in the table: someone may have renamed or removed it. ` +
        'The list is refreshed; pick the skill there.',
      'changed',
    );
  }
  // The priorities' spelling when it is one (what the sidebar shows), else the first listing's.
  const ranked = rankPriorities(table).find((p) => p.key === key);
  const name = ranked?.skill ?? cleanName(first.skill.name);
  // One entry per dream (a skill listed twice in a dream counts once, as the priorities count it).
  const reasons =
    ranked?.dreams ??
    listings
      .filter(({ dream }, i) => listings.findIndex((l) => l.dream === dream) === i)
      .map(({ dream, skill }) => ({
        dream: dream.name,
        rating: skill.rating,
        critical: skill.critical,
      }));
  const dreams = [...new Set(reasons.map((r) => r.dream))].join(', ');
  const gaps = reasons.filter((r) => r.rating === 'red' || r.rating === 'yellow');
  let now: string;
  if (gaps.length > 0) {
    now = gaps.map((r) => `${r.rating} in ${r.dream}${r.critical ? ' (critical)' : ''}`).join(', ');
  } else if (reasons.every((r) => r.rating === 'green')) {
    now = 'green everywhere';
  } else {
    now = reasons.map((r) => `${LEGEND[r.rating].word.toLowerCase()} in ${r.dream}`).join(', ');
  }
  return { name, dreams, now };
}

/** The item a target means, by content; the row hint only chooses between identical ones. */
function findItem(
  fact: RecordSheetFact,
  target: PlanItemTarget,
): { sheet: PlanSheet; item: PlanItem } {
  if (!fact.exists) {
    throw new UserError(
      `There is no ‘${PLAN_SHEET}’ sheet any more: someone may have renamed or deleted it. ` +
        'The plan is refreshed.',
      'changed',
    );
  }
  const sheet = planOf(fact);
  const skill = skillKey(target.skill);
  const action = skillKey(target.action);
  const matches = sheet.items.filter(
    (it) => it.skillKey === skill && skillKey(it.action) === action,
  );
  // What the sidebar sent, named by its start: it may be anything (a stale or hand-made call).
  const what = `‘${quoted(target.action)}’ for ‘${quoted(target.skill)}’`;
  if (matches.length === 1 && matches[0]) return { sheet, item: matches[0] };
  if (matches.length === 0) {
    throw new UserError(
      `${what} is no longer in ‘${fact.name}’: someone may have changed or removed it. ` +
        'The plan is refreshed; try again there.',
      'changed',
    );
  }
  const hinted = matches.find((it) => it.row === target.row);
  if (hinted) return { sheet, item: hinted };
  throw new UserError(
    `${what} is in ‘${fact.name}’ ${matches.length} times ` +
      `(rows ${matches.map((it) => it.row).join(', ')}) and the one you meant has moved. ` +
      'Remove the extra one, then try again.',
    'changed',
  );
}

/** The cells that say which row an item is: its skill and action, as the sheet holds them. */
function expectOf(fact: RecordSheetFact, sheet: PlanSheet, item: PlanItem): ExpectedCell[] {
  return (['Skill', 'Action'] as const).map((name) => {
    const col = sheet.columns[name] ?? 0;
    return { row: item.row, col, text: cellText(fact.values[item.row - 1]?.[col - 1] ?? null) };
  });
}

export function planUpdatePlanItem(
  time: TimeFact,
  fact: RecordSheetFact,
  target: PlanItemTarget,
  update: PlanItemUpdate,
): Plan {
  const { sheet, item } = findItem(fact, target);
  if (update.status !== undefined && !PLAN_STATUSES.includes(update.status)) {
    throw new UserError(
      `‘${String(update.status)}’ is not a status: pick one of ${PLAN_STATUSES.join(', ')}.`,
    );
  }
  const changes: { column: PlanColumn; value: RecordWrite; said: string }[] = [];
  if (update.status !== undefined && update.status !== item.status) {
    changes.push({ column: 'Status', value: update.status, said: `status ${update.status}` });
  }
  if (update.owner !== undefined) {
    const owner = cleanField(update.owner, 'owner');
    if (owner !== item.owner) {
      changes.push({
        column: 'Owner',
        value: owner,
        said: owner === '' ? 'no owner' : `owner ${owner}`,
      });
    }
  }
  if (update.byWhen !== undefined) {
    const day =
      update.byWhen === null || update.byWhen === '' ? null : validDay(update.byWhen, 'date');
    // A cell that holds text that is not a date is "no date" to the plan, but not empty.
    const same = day === null ? item.byWhenText === '' : day === item.byWhen;
    if (!same) {
      changes.push({
        column: 'By when',
        value: day === null ? '' : { day },
        said: day === null ? 'no date' : `by ${day}`,
      });
    }
  }
  const what = `‘${item.action}’ for ‘${item.skill}’`;
  if (changes.length === 0) {
    return { edits: [], message: `${what} already reads so; nothing was changed.` };
  }
  const missing = changes.filter((c) => sheet.columns[c.column] === undefined);
  if (missing.length > 0) {
    const names = missing.map((c) => `‘${c.column}’`).join(' or ');
    throw new UserError(
      `‘${fact.name}’ has no ${names} column, so that cannot be set: add ${names} to its header ` +
        `row (row ${sheet.headerRow}), then try again.`,
    );
  }
  const cells: RecordCellWrite[] = changes.map((c) => ({
    row: item.row,
    col: sheet.columns[c.column] ?? 0,
    value: c.value,
  }));
  const checked = sheet.columns['Last checked'];
  if (checked !== undefined)
    cells.push({ row: item.row, col: checked, value: { day: todayOf(time) } });
  return {
    edits: [
      {
        kind: 'writeRecordCells',
        sheet: fact.name,
        cells,
        expect: expectOf(fact, sheet, item),
      },
    ],
    message: `Updated ${what} in ‘${fact.name}’, row ${item.row}: ${changes.map((c) => c.said).join(', ')}.`,
  };
}

export function planRemovePlanItem(
  fact: RecordSheetFact,
  target: PlanItemTarget,
  seen: PlanItemSeenCells,
): Plan {
  const { sheet, item } = findItem(fact, target);
  // A removal is confirmed for the row as the person saw it: if the other person changed it since
  // (a status set to Done, a new date), it is not what they agreed to delete.
  const changed = changedSince(item, seen);
  if (changed.length > 0) {
    throw new UserError(
      `‘${quoted(item.action)}’ for ‘${quoted(item.skill)}’ changed since you confirmed ` +
        `(${changed.join('; ')}). Nothing was removed: look at it again, and remove it if you ` +
        'still want to.',
      'changed',
    );
  }
  return {
    edits: [
      {
        kind: 'deleteRecordRow',
        sheet: fact.name,
        row: item.row,
        expect: expectOf(fact, sheet, item),
      },
    ],
    message: `Removed ‘${item.action}’ for ‘${item.skill}’ from ‘${fact.name}’ (it was row ${item.row}).`,
  };
}

/** A plan item's cells as the person saw them (the contract's PlanItemSeen). */
export interface PlanItemSeenCells {
  forDreams: string;
  now: string;
  goal: string;
  kind: string;
  owner: string;
  whoHelps: string;
  byWhenText: string;
  status: string;
}

/** What differs between the row as read now and as seen, in words ("its status is now Done"). */
function changedSince(item: PlanItem, seen: PlanItemSeenCells): string[] {
  const now: PlanItemSeenCells = {
    forDreams: item.forDreams,
    now: item.now,
    goal: item.goal,
    kind: shownKind(item),
    owner: item.owner,
    whoHelps: item.whoHelps,
    byWhenText: item.byWhenText,
    status: shownStatus(item),
  };
  const names: Record<keyof PlanItemSeenCells, string> = {
    forDreams: 'for dreams',
    now: 'now',
    goal: 'goal',
    kind: 'kind',
    owner: 'owner',
    whoHelps: 'who helps',
    byWhenText: 'by when',
    status: 'status',
  };
  const out: string[] = [];
  for (const key of Object.keys(names) as (keyof PlanItemSeenCells)[]) {
    if (now[key] === seen[key]) continue;
    out.push(
      now[key] === ''
        ? `its ${names[key]} is now empty`
        : `its ${names[key]} is now ‘${quoted(now[key])}’`,
    );
  }
  return out;
}

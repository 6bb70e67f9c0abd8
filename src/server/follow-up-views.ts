// Turns what the record sheets and the dreams sheet say into what the Plan panel is shown: the
// contract's view types, not the core's internals. Pure: no Apps Script calls.
import {
  compareSnapshots,
  fingerprintOf,
  isOverdue,
  isUserError,
  motivationsOf,
  parseCheckInsSheet,
  parsePlanSheet,
  progressBetween,
  progressSentences,
  sharedMotivations,
  shownKind,
  shownStatus,
  snapshotOfTable,
  snapshotsOf,
  type CheckInsSheet,
  type IsoDay,
  type PlanItem,
  type PlanSheet,
  type Progress,
  type RecordSheetFact,
  type Table,
} from '../core';
import type {
  CheckInsPatch,
  CheckInsView,
  ExportExtras,
  FollowUpView,
  PlanItemView,
  PlanView,
  ProgressView,
  WhyView,
} from '../contract';

/** What a follow-up view is built from: all plain data, read (or worked out) beforehand. */
export interface FollowUpSources {
  today: IsoDay;
  table: Table;
  /** The notes of the dreams sheet's header row, by column (index 0 is column A). */
  headerNotes: readonly string[];
  plan: RecordSheetFact;
  checkIns: RecordSheetFact;
}

/** A record sheet parsed, or the sentence saying why it cannot be read (shown as a warning). */
type Parsed<T> = { sheet: T; problem: null } | { sheet: null; problem: string };

function parsed<T>(fact: RecordSheetFact, parse: (fact: RecordSheetFact) => T): Parsed<T> | null {
  if (!fact.exists) return null;
  try {
    return { sheet: parse(fact), problem: null };
  } catch (error) {
    // A malformed sheet (no `Skill` column, say) is named in the panel; the rest still shows.
    if (isUserError(error)) return { sheet: null, problem: error.message };
    throw error;
  }
}

export function planOf(fact: RecordSheetFact): Parsed<PlanSheet> | null {
  return parsed(fact, (f) => parsePlanSheet(f.values, f.name));
}

export function checkInsOf(fact: RecordSheetFact): Parsed<CheckInsSheet> | null {
  return parsed(fact, (f) => parseCheckInsSheet(f.values, f.name));
}

export function planItemView(item: PlanItem, today: IsoDay): PlanItemView {
  return {
    row: item.row,
    skill: item.skill,
    action: item.action,
    forDreams: item.forDreams,
    now: item.now,
    goal: item.goal,
    kind: shownKind(item),
    owner: item.owner,
    whoHelps: item.whoHelps,
    byWhen: item.byWhen,
    byWhenText: item.byWhenText,
    status: shownStatus(item),
    lastChecked: item.lastChecked,
    overdue: isOverdue(item, today),
  };
}

export function planView(fact: RecordSheetFact, today: IsoDay): PlanView {
  const plan = planOf(fact);
  if (!plan) return { sheetName: null, items: [], warnings: [] };
  if (!plan.sheet) return { sheetName: fact.name, items: [], warnings: [plan.problem] };
  return {
    sheetName: fact.name,
    items: plan.sheet.items.map((item) => planItemView(item, today)),
    warnings: [...plan.sheet.warnings],
  };
}

export function progressView(progress: Progress): ProgressView {
  return {
    from: progress.from,
    to: progress.to,
    changes: progress.changes.map((c) => ({ ...c })),
    dreamsAdded: [...progress.dreamsAdded],
    dreamsDropped: [...progress.dreamsDropped],
    dreamsRenamed: progress.dreamsRenamed.map((r) => ({ ...r })),
    sentences: progressSentences(progress),
  };
}

/**
 * The check-ins part of the view. With the dreams table, what moved since the last check-in
 * too; without it (a call that did not read the table), that is left out: a patch.
 */
export function checkInsView(fact: RecordSheetFact, table: Table, today: IsoDay): CheckInsView;
export function checkInsView(
  fact: RecordSheetFact,
  table: Table | null,
  today: IsoDay,
): CheckInsPatch;
export function checkInsView(
  fact: RecordSheetFact,
  table: Table | null,
  today: IsoDay,
): CheckInsPatch {
  const checkIns = checkInsOf(fact);
  const since = table ? { sinceLast: null } : {};
  const none = { dates: [], next: null, ...since, betweenLastTwo: null };
  if (!checkIns) return { sheetName: null, ...none, warnings: [] };
  if (!checkIns.sheet) return { sheetName: fact.name, ...none, warnings: [checkIns.problem] };
  const sheet = checkIns.sheet;
  const snapshots = snapshotsOf(sheet);
  const latest = snapshots[snapshots.length - 1] ?? null;
  return {
    sheetName: fact.name,
    dates: [...sheet.dates],
    next: sheet.nextCheckIn,
    // What moved since: the latest check-in against the table as it stands today.
    ...(table
      ? {
          sinceLast: latest
            ? progressView(compareSnapshots(latest, snapshotOfTable(table, today)))
            : null,
        }
      : {}),
    // The two latest against each other, by the command line's own rule.
    betweenLastTwo: snapshots.length >= 2 ? progressView(progressBetween(snapshots, null)) : null,
    warnings: [...sheet.warnings],
  };
}

export function whyViews(table: Table, headerNotes: readonly string[]): WhyView[] {
  return table.dreams.map((dream) => {
    const note = String(headerNotes[dream.col - 1] ?? '');
    return { dream: dream.name, col: dream.col, note, motivations: motivationsOf(note) };
  });
}

/** Each dream's why, and the motivations several dreams share. */
export function whyParts(
  table: Table,
  headerNotes: readonly string[],
): Pick<FollowUpView, 'why' | 'sharedMotivations'> {
  const why = whyViews(table, headerNotes);
  return {
    why,
    sharedMotivations: sharedMotivations(
      why.map((w) => ({ dream: w.dream, motivations: w.motivations })),
    ).map((s) => ({ motivation: s.motivation, dreams: [...s.dreams] })),
  };
}

export function followUpView(sources: FollowUpSources): FollowUpView {
  const view: Omit<FollowUpView, 'fingerprint'> = {
    today: sources.today,
    plan: planView(sources.plan, sources.today),
    checkIns: checkInsView(sources.checkIns, sources.table, sources.today),
    ...whyParts(sources.table, sources.headerNotes),
  };
  return { ...view, fingerprint: fingerprintOf(view) };
}

/**
 * What the exports need beyond the state: each dream's skills with their notes (from the notes
 * of the whole used area, `notes[r][c]` for row r + 1 and column c + 1), the why, the plan and
 * every check-in row in sheet order.
 */
export function exportExtras(
  sources: Omit<FollowUpSources, 'headerNotes'> & { notes: readonly (readonly string[])[] },
): ExportExtras {
  const { table, notes, today } = sources;
  const noteAt = (row: number, col: number) => String(notes[row - 1]?.[col - 1] ?? '');
  const headerNotes =
    table.headerRow === null ? [] : (notes[table.headerRow - 1] ?? []).map((n) => String(n ?? ''));
  const checkIns = checkInsOf(sources.checkIns);
  return {
    notes: table.dreams.map((dream) => ({
      dream: dream.name,
      col: dream.col,
      notes: dream.skills.map((skill) => ({
        skill: skill.name,
        row: skill.row,
        note: noteAt(skill.row, skill.col),
      })),
    })),
    why: whyViews(table, headerNotes),
    plan: planView(sources.plan, today),
    nextCheckIn: checkIns?.sheet?.nextCheckIn ?? null,
    checkIns: (checkIns?.sheet?.rows ?? []).map((row) => ({
      date: row.date,
      dream: row.dream,
      skill: row.skill,
      rating: row.rating,
      critical: row.critical,
    })),
  };
}

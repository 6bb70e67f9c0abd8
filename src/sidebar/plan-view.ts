// What the Plan panel shows, worked out from the state and the follow-up view: pure (no DOM,
// no calls), so it is tested without a browser (tests/unit/sidebar/plan*.test.ts).
import type {
  CheckInsView,
  FollowUpPatch,
  FollowUpView,
  PlanItemView,
  SidebarState,
} from '../contract';
import { fingerprintOf, MOTIVATIONS, motivationsOf, reasonsText, skillKey } from '../core';
import { planItemIds } from './ids';

/** The conversation after the dreams table picks two to four skills to work on. */
export const PLAN_MIN = 2;
export const PLAN_MAX = 4;

/** What each status means, in the sidebar's words (the select's options say only the word). */
export const STATUS_HINT =
  'Done: look at the rating again at the next check-in. Dropped: stopped on purpose, kept as a record.';

export interface Suggestion {
  skill: string;
  /** Why it ranks there: "red in Founder (critical), CTO; yellow in Author". */
  why: string;
  /** How many of its actions the plan holds already. */
  planned: number;
}

/**
 * The skills to plan first: the top of the priorities (red first, critical first), always the
 * first two, and the third and fourth while they are still red somewhere.
 */
export function suggestions(
  state: SidebarState,
  items: readonly PlanItemView[] | undefined,
): Suggestion[] {
  const planned = new Map<string, number>();
  for (const item of items ?? []) {
    const key = skillKey(item.skill);
    planned.set(key, (planned.get(key) ?? 0) + 1);
  }
  return state.priorities
    .filter((p, i) => i < PLAN_MIN || (i < PLAN_MAX && p.red > 0))
    .map((p) => ({
      skill: p.skill,
      why: reasonsText(p.dreams),
      planned: planned.get(skillKey(p.skill)) ?? 0,
    }));
}

export interface PlanGroup {
  /** The skill as the first of its items spells it ('' for items with no skill). */
  skill: string;
  /** Each item with its id, in sheet order. */
  items: Array<[string, PlanItemView]>;
}

/** The plan's items grouped by skill (its identity), groups in the order they first appear. */
export function planGroups(items: readonly PlanItemView[]): PlanGroup[] {
  const itemIds = planItemIds(items);
  const groups = new Map<string, PlanGroup>();
  items.forEach((item, i) => {
    const key = skillKey(item.skill);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { skill: item.skill, items: [] }));
    group.items.push([itemIds[i] as string, item]);
  });
  return [...groups.values()];
}

/** A word for the plan's size when it is not two to four skills; null when it is (or empty). */
export function skillCountNote(groups: readonly PlanGroup[]): string | null {
  const n = groups.filter((g) => g.skill).length;
  return (n > 0 && n < PLAN_MIN) || n > PLAN_MAX
    ? `The plan has ${n === 1 ? '1 skill' : `${n} skills`}. Two to four is usual: enough that one stalling does not stop all progress, few enough to move each one.`
    : null;
}

/** The skills a new action can be for: the priorities first, then every other skill of the table. */
export function skillChoices(state: SidebarState): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const skill of [...state.priorities.map((p) => p.skill), ...state.skillNames]) {
    const key = skillKey(skill);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(skill);
  }
  return out;
}

export interface MotivationChoice {
  name: string;
  hint: string;
  /** The note names it already. */
  on: boolean;
}

/** The pick list, each motivation marked when the note names it (by identity, as the core reads it). */
export function motivationChoices(note: string): MotivationChoice[] {
  const named = new Set(motivationsOf(note).map(skillKey));
  return MOTIVATIONS.map((m) => ({ name: m.name, hint: m.hint, on: named.has(skillKey(m.name)) }));
}

/**
 * A change's answer merged into the view shown: each part it carries replaces the one shown,
 * the others stay (the call did not touch them). The fingerprint is the one the server gives
 * the same view (core `fingerprintOf`, keys sorted), so the next checkFollowUp answers "same"
 * unless someone else changed something meanwhile, and the whole view otherwise.
 */
export function mergeFollowUp(shown: FollowUpView, patch: FollowUpPatch): FollowUpView {
  const { checkIns } = patch;
  const view: Omit<FollowUpView, 'fingerprint'> = {
    today: patch.today,
    plan: patch.plan ?? shown.plan,
    // Without `sinceLast` (the call did not read the table), the one shown stays.
    checkIns: checkIns
      ? {
          ...checkIns,
          sinceLast:
            checkIns.sinceLast === undefined ? shown.checkIns.sinceLast : checkIns.sinceLast,
        }
      : shown.checkIns,
    why: patch.why ?? shown.why,
    sharedMotivations: patch.sharedMotivations ?? shown.sharedMotivations,
  };
  return { ...view, fingerprint: fingerprintOf(view) };
}

export interface MovedLines {
  head: string;
  lines: string[];
}

/** What moved since the last check-in: a heading sentence and the server's sentences. */
export function progressLines(checkIns: CheckInsView): MovedLines {
  const since = checkIns.sinceLast;
  if (!checkIns.dates.length || !since || !since.from) {
    return {
      head: 'No check-in recorded yet.',
      lines: [],
    };
  }
  if (!since.sentences.length) return { head: `Nothing has moved since ${since.from}.`, lines: [] };
  return { head: `Since ${since.from}:`, lines: since.sentences };
}

/** What moved between the two latest check-ins; null while there are fewer than two. */
export function betweenLines(checkIns: CheckInsView): MovedLines | null {
  const between = checkIns.betweenLastTwo;
  if (!between || !between.from || !between.to) return null;
  const { from, to } = between;
  if (!between.sentences.length)
    return { head: `Nothing moved between ${from} and ${to}.`, lines: [] };
  return { head: `Between ${from} and ${to}:`, lines: between.sentences };
}

/** The days recorded, the latest few spelled out. */
export function datesText(dates: readonly string[]): string {
  if (!dates.length) return 'None yet.';
  const shown = dates.slice(-6);
  const earlier = dates.length - shown.length;
  return `${dates.length === 1 ? '1 check-in' : `${dates.length} check-ins`}: ${shown.join(', ')}${
    earlier ? ` and ${earlier} earlier` : ''
  }.`;
}

/** The next check-in in words, saying so when its day has come. */
export function nextText(next: string | null, today: string): string {
  if (!next) return 'No next check-in set: a few months from now is usual.';
  if (next < today) return `The next check-in was due on ${next}.`;
  return next === today ? 'The next check-in is today.' : `The next check-in is on ${next}.`;
}

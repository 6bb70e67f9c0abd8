// Checking what the sidebar sends through google.script.run. The sidebar is not trusted to send
// the right shape (an old panel, a hand-made call), so every argument is decoded here, in one
// place, into what the core's plans take, or refused with a plain sentence.
import {
  CONSENT_TOKEN,
  isIsoDay,
  kindOf,
  PLAN_KINDS,
  PLAN_STATUSES,
  quoted,
  statusOf,
  UserError,
  type DreamTarget,
  type IsoDay,
  type NewPlanItem,
  type PlanItemSeenCells,
  type PlanItemTarget,
  type PlanItemUpdate,
  type RatingChoice,
  type SkillTarget,
} from '../core';
import type {
  DreamRef,
  PlanItemChanges,
  PlanItemInput,
  PlanItemRef,
  PlanItemSeen,
  SelectionCritical,
  SkillRef,
} from '../contract';

export function dreamTarget(ref: DreamRef): DreamTarget {
  if (!ref || typeof ref.dream !== 'string') throw new UserError('Choose a dream first.');
  return { dream: ref.dream, col: typeof ref.col === 'number' ? ref.col : undefined };
}

export function skillTarget(ref: SkillRef): SkillTarget {
  if (!ref || typeof ref.dream !== 'string' || typeof ref.skill !== 'string') {
    throw new UserError('Choose a skill first.');
  }
  return {
    dream: ref.dream,
    skill: ref.skill,
    row: typeof ref.row === 'number' ? ref.row : undefined,
    col: typeof ref.col === 'number' ? ref.col : undefined,
  };
}

export function skillTargets(refs: SkillRef[]): SkillTarget[] {
  if (!Array.isArray(refs) || refs.length === 0) throw new UserError('Choose a skill first.');
  return refs.map(skillTarget);
}

/** A list of strings; anything that is not a list reads as empty. */
export function stringList(list: string[] | undefined): string[] {
  return Array.isArray(list) ? list.map((item) => String(item ?? '')) : [];
}

/** Text typed by the user; the plans clean and check it. */
export function text(value: string): string {
  return String(value ?? '');
}

/**
 * A note typed in the sidebar (a dream's why): a string, or nothing (''). Anything else is
 * refused rather than turned into text: `String({...})` would write "[object Object]" over the
 * person's own words, and an array would be joined with commas.
 */
export function noteText(value: unknown, what: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    throw new UserError(
      `The ${what} must be text: type it, or pick from the list, then try again.`,
    );
  }
  return value;
}

/** Only a real `true` counts: "critical" is never implied by a stray value. */
export function flag(value: boolean): boolean {
  return value === true;
}

export function ratingChoice(rating: RatingChoice): RatingChoice {
  if (rating === 'red' || rating === 'yellow' || rating === 'green' || rating === 'none') {
    return rating;
  }
  throw new UserError('Choose red, yellow, green or none.');
}

export function selectionMode(mode: SelectionCritical): SelectionCritical {
  if (mode === 'on' || mode === 'off' || mode === 'toggle') return mode;
  throw new UserError('Choose whether the selected skills become critical or not.');
}

/**
 * The token of a question the person agreed to, or null for none. Nothing else is consent: not
 * `true` (an older sidebar's "replace everything"), not a token of another shape. `false` is an
 * older sidebar's first try, asking nothing yet: no consent, so it gets the question.
 */
export function consent(value: string | boolean | null | undefined): string | null {
  if (value === null || value === undefined || value === false) return null;
  if (typeof value === 'string' && CONSENT_TOKEN.test(value)) return value;
  throw new UserError(
    'The add-on could not tell what you agreed to, so nothing was changed. Try again from the sidebar.',
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A text field of a plan item: a string, or missing (''); anything else is refused. */
function field(value: unknown, what: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new UserError(`The ${what} must be text.`);
  return value;
}

/**
 * A calendar day, 'yyyy-MM-dd' and real (2026-02-30 is not one); '' (or nothing) is no day.
 * `what` names the field in the sentence ("the date of the check-in").
 */
export function day(value: unknown, what = 'the date'): IsoDay | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    throw new UserError(`Pick ${what} from the calendar, then try again.`);
  }
  const text = value.trim();
  if (text === '') return null;
  if (!isIsoDay(text)) {
    throw new UserError(
      `‘${quoted(text)}’ is not a date: pick ${what} from the calendar (year-month-day), then try again.`,
    );
  }
  return text;
}

/** A kind of action as one of the canonical four (any letter case, or a short form); '' is none. */
export function planKind(value: unknown): NewPlanItem['kind'] {
  const text = field(value, 'kind of action').trim();
  if (text === '') return null;
  const kind = kindOf(text);
  if (kind) return kind;
  throw new UserError(
    `‘${quoted(text)}’ is not a kind of action: pick one of ${PLAN_KINDS.join(', ')}.`,
  );
}

/** A status as one of the canonical four, read in any letter case. */
export function planStatus(value: unknown): NonNullable<PlanItemUpdate['status']> {
  const text = field(value, 'status').trim();
  const status = text === '' ? null : statusOf(text);
  if (status) return status;
  throw new UserError(
    `${text === '' ? 'That' : `‘${quoted(text)}’`} is not a status: pick one of ${PLAN_STATUSES.join(', ')}.`,
  );
}

/** A new plan item as the person typed it; the plan cleans and checks the texts. */
export function planItemInput(input: PlanItemInput): NewPlanItem {
  if (!isRecord(input)) throw new UserError('Fill in the plan item first.');
  return {
    skill: field(input.skill, 'skill'),
    action: field(input.action, 'action'),
    kind: planKind(input.kind),
    goal: field(input.goal, 'goal'),
    owner: field(input.owner, 'owner'),
    whoHelps: field(input.whoHelps, 'name of who helps'),
    byWhen: day(input.byWhen, 'the date it is due by'),
  };
}

/** A plan item named by content; the row only as a whole-number hint. */
export function planItemTarget(ref: PlanItemRef): PlanItemTarget {
  if (!isRecord(ref) || typeof ref.skill !== 'string' || typeof ref.action !== 'string') {
    throw new UserError('Choose an item of the plan first.');
  }
  const row = ref.row;
  return {
    skill: ref.skill,
    action: ref.action,
    ...(typeof row === 'number' && Number.isInteger(row) && row >= 1 ? { row } : {}),
  };
}

/**
 * The plan item as the person saw it when they confirmed its removal: every field text. Without
 * it there is no confirmation, and nothing is removed.
 */
export function planItemSeen(seen: PlanItemSeen): PlanItemSeenCells {
  const fields = [
    'forDreams',
    'now',
    'goal',
    'kind',
    'owner',
    'whoHelps',
    'byWhenText',
    'status',
  ] as const;
  if (!isRecord(seen) || fields.some((name) => typeof seen[name] !== 'string')) {
    throw new UserError(
      'Confirm the removal in the Plan panel first: the item is removed only as you saw it.',
    );
  }
  const out = {} as PlanItemSeenCells;
  for (const name of fields) out[name] = seen[name];
  return out;
}

/** What an edit in place changes: only the fields sent are changed. */
export function planItemChanges(changes: PlanItemChanges): PlanItemUpdate {
  if (!isRecord(changes)) throw new UserError('Choose what to change first.');
  const update: PlanItemUpdate = {};
  if (changes.status !== undefined) update.status = planStatus(changes.status);
  if (changes.owner !== undefined) update.owner = field(changes.owner, 'owner');
  if (changes.byWhen !== undefined) update.byWhen = day(changes.byWhen, 'the date it is due by');
  return update;
}

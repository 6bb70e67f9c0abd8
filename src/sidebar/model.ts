// The sidebar's store, as data: the server's state and all the view state (the focused skill
// row, the open details, the filter, the folded dreams, the ratings waiting for the server,
// what changed since the last view, the editor open, typed drafts, panels, notes read, the
// library group browsed, warnings put away, the guided review, and after the conversation the
// plan, check-ins and why as last read, the plan item asked about before removing, what the
// exports read beyond the state). Every change to it is a message given to `update`, a pure
// function (no DOM, no calls), so it is tested without a browser (tests/unit/sidebar/).
// session.ts holds the one model, renders from it and runs the effects (calls, focus, timers);
// components only dispatch messages.
import type {
  DreamView,
  ExportExtras,
  FollowUpPatch,
  FollowUpView,
  Rating,
  SidebarState,
  SkillView,
} from '../contract';
import { searchKey } from '../core';
import { dreamIds, ids, planItemIds, skillIds, skillsWithIds } from './ids';
import { mergeFollowUp } from './plan-view';

/**
 * A rating or critical mark shown at once, before the server has answered. Each mark remembers
 * the change that set it (`ratingSeq`, `criticalSeq`), so that one change's answer takes off
 * only its own mark; `seq` is the latest change.
 */
export interface PendingChange {
  rating?: Rating;
  critical?: boolean;
  ratingSeq?: number;
  criticalSeq?: number;
  seq: number;
}

/** The one editor open under a dream or skill: renaming, the question before removing, a note. */
export type Editor =
  | { kind: 'rename'; id: string }
  /** `skills`: for a dream, the skill names shown in the question, sent as `expectedSkills`. */
  | { kind: 'remove'; id: string; skills: string[] }
  | { kind: 'note'; id: string }
  /** A dream's why (the note of its header cell), in the Plan panel; `id` is the dream's. */
  | { kind: 'why'; id: string };

/** What the exports need beyond the state: asked for when "Take it with you" opens. */
export type Extras =
  | { status: 'reading' }
  | { status: 'read'; extras: ExportExtras }
  | { status: 'failed'; error: string };

/** Where the guided review stands: one dream, step 1 (critical?) or 2 (rating), one skill. */
export interface Review {
  dreamId: string;
  step: 'critical' | 'rate';
  /** Position in the dream's skills; `skillId` wins when that skill is still there. */
  index: number;
  skillId: string | null;
  /** Past the last skill of step 2. */
  done: boolean;
}

export interface Model {
  state: SidebarState | null;
  /** The skill row holding the roving tab stop (a skill id), or null for the first one. */
  focus: string | null;
  /** The skill whose details (rating buttons, note, rename, remove) are open. */
  open: string | null;
  /** Filters skills by name, across dreams. */
  filter: string;
  /** Dream ids folded away. */
  collapsed: ReadonlySet<string>;
  /** Skill id -> what was asked for and not answered yet. */
  pending: ReadonlyMap<string, PendingChange>;
  /** Dream and skill ids that changed with the last state, highlighted for a moment. */
  highlight: ReadonlySet<string>;
  /** The editor open, if any (one at a time). */
  editor: Editor | null;
  /** Focus key -> text typed but not sent yet, kept across re-renders and updates. */
  drafts: ReadonlyMap<string, string>;
  /** Warnings the person has put away until the next Refresh. */
  dismissed: ReadonlySet<string>;
  /** Panel name -> open. */
  panels: ReadonlyMap<string, boolean>;
  /** Notes read with getNotes: dream id -> skill id -> note. Absent while not read yet. */
  notes: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Dream id -> the library group being browsed under it. */
  browsing: ReadonlyMap<string, string>;
  /** The guided review, while it runs. */
  review: Review | null;
  /**
   * The plan, check-ins and why as getFollowUp or checkFollowUp last answered, with the patches
   * of the Plan panel's own changes merged in since.
   */
  followUp: FollowUpView | null;
  /** Why the first read of the follow-up view failed (while there is no view to show). */
  followUpError: string | null;
  /** The plan item (its id, plan-view.ts) whose removal is being asked about. */
  removing: string | null;
  /** The exports' extras, once asked for. */
  extras: Extras | null;
}

export type Msg =
  | { type: 'state'; state: SidebarState }
  | { type: 'focus'; id: string | null }
  | { type: 'move'; to: 'next' | 'prev' | 'first' | 'last' }
  | { type: 'open'; id: string | null }
  | { type: 'filter'; text: string }
  | { type: 'fold'; dreamId: string; folded: boolean }
  | { type: 'foldAll'; folded: boolean }
  | { type: 'pending'; ids: string[]; change: Omit<PendingChange, 'seq'>; seq: number }
  | { type: 'settled'; seq: number }
  | { type: 'unhighlight' }
  | { type: 'editor'; editor: Editor | null }
  /** Typed text kept under a focus key; null forgets it (sent, or cancelled). */
  | { type: 'draft'; key: string; text: string | null }
  | { type: 'dismiss'; warnings: string[] }
  /** A manual Refresh: the warnings put away show again. */
  | { type: 'undismiss' }
  | { type: 'panel'; key: string; open: boolean }
  /** One dream's notes, as getNotes answered (by skill name). */
  | { type: 'notes'; dreamId: string; notes: Array<{ skill: string; note: string }> }
  /** One note saved. */
  | { type: 'note'; dreamId: string; skillId: string; note: string }
  /** The library group browsed under a dream; '' browses none. */
  | { type: 'browse'; dreamId: string; group: string }
  /** Starts (or restarts) the review of a dream, at the skill at `index`. */
  | { type: 'reviewStart'; dreamId: string; step: Review['step']; index: number }
  /** One skill on (skip, or after an answer) or back. */
  | { type: 'reviewMove'; by: 1 | -1 }
  /** From the Done card: step 2 again, at the first skill not rated yet. */
  | { type: 'reviewRateLeft' }
  /** Closes the review: its dream unfolded, the filter cleared, the focus on its skill's row. */
  | { type: 'reviewClose' }
  /** A fresh follow-up view (the Plan panel opened, or a check found it changed). */
  | { type: 'followUp'; followUp: FollowUpView }
  /** A Plan panel change answered with the parts of the view it changed. */
  | { type: 'followUpChanged'; changed: FollowUpPatch }
  /** Reading it failed, with the answer's sentence. */
  | { type: 'followUpFailed'; error: string }
  /** Asks before removing a plan item (its id); null closes the question. */
  | { type: 'removing'; id: string | null }
  | { type: 'extras'; extras: Extras };

export function initialModel(): Model {
  return {
    state: null,
    focus: null,
    open: null,
    filter: '',
    collapsed: new Set(),
    pending: new Map(),
    highlight: new Set(),
    editor: null,
    drafts: new Map(),
    dismissed: new Set(),
    panels: new Map(),
    notes: new Map(),
    browsing: new Map(),
    review: null,
    followUp: null,
    followUpError: null,
    removing: null,
    extras: null,
  };
}

/** A copy of a map with `key` set to `value`, or deleted when `value` is null. */
function put<V>(map: ReadonlyMap<string, V>, key: string, value: V | null): Map<string, V> {
  const out = new Map(map);
  if (value === null) out.delete(key);
  else out.set(key, value);
  return out;
}

export function update(model: Model, msg: Msg): Model {
  switch (msg.type) {
    case 'state':
      return receive(model, msg.state);
    case 'focus':
      return { ...model, focus: msg.id };
    case 'move': {
      const rows = visibleSkillIds(model);
      if (rows.length === 0) return model;
      const at = rows.indexOf(model.focus ?? '');
      const index = {
        first: 0,
        last: rows.length - 1,
        next: at < 0 ? 0 : Math.min(at + 1, rows.length - 1),
        prev: at < 0 ? 0 : Math.max(at - 1, 0),
      }[msg.to];
      return { ...model, focus: rows[index] ?? null };
    }
    case 'open':
      return { ...model, open: msg.id, focus: msg.id ?? model.focus };
    case 'filter':
      return { ...model, filter: msg.text };
    case 'fold': {
      const collapsed = new Set(model.collapsed);
      if (msg.folded) collapsed.add(msg.dreamId);
      else collapsed.delete(msg.dreamId);
      return { ...model, collapsed };
    }
    case 'foldAll': {
      const ids = model.state ? dreamIds(model.state.dreams) : [];
      return { ...model, collapsed: new Set(msg.folded ? ids : []) };
    }
    case 'pending': {
      const pending = new Map(model.pending);
      for (const id of msg.ids) {
        const next: PendingChange = { ...pending.get(id), seq: msg.seq };
        if (msg.change.rating !== undefined) {
          next.rating = msg.change.rating;
          next.ratingSeq = msg.seq;
        }
        if (msg.change.critical !== undefined) {
          next.critical = msg.change.critical;
          next.criticalSeq = msg.seq;
        }
        pending.set(id, next);
      }
      return { ...model, pending };
    }
    case 'settled': {
      // A refused change takes off its own marks, and only those: a later change to the same
      // skill stays shown until its answer comes.
      const pending = new Map<string, PendingChange>();
      for (const [id, change] of model.pending) {
        const left: PendingChange = { ...change };
        if (left.ratingSeq === msg.seq) {
          delete left.rating;
          delete left.ratingSeq;
        }
        if (left.criticalSeq === msg.seq) {
          delete left.critical;
          delete left.criticalSeq;
        }
        if (left.ratingSeq !== undefined || left.criticalSeq !== undefined) pending.set(id, left);
      }
      return { ...model, pending };
    }
    case 'unhighlight':
      return model.highlight.size ? { ...model, highlight: new Set() } : model;
    case 'editor':
      return { ...model, editor: msg.editor };
    case 'draft':
      return { ...model, drafts: put(model.drafts, msg.key, msg.text) };
    case 'dismiss':
      return { ...model, dismissed: new Set([...model.dismissed, ...msg.warnings]) };
    case 'undismiss':
      return model.dismissed.size ? { ...model, dismissed: new Set() } : model;
    case 'panel':
      return { ...model, panels: put(model.panels, msg.key, msg.open) };
    case 'notes': {
      const sids = ids(msg.notes.map((n) => n.skill));
      const notes = new Map(
        msg.notes.map((n, i) => [`s:${msg.dreamId}/${sids[i] as string}`, n.note] as const),
      );
      return { ...model, notes: put(model.notes, msg.dreamId, notes) };
    }
    case 'note': {
      const notes = model.notes.get(msg.dreamId);
      if (!notes) return model;
      return {
        ...model,
        notes: put(model.notes, msg.dreamId, put(notes, msg.skillId, msg.note)),
      };
    }
    case 'browse':
      return { ...model, browsing: put(model.browsing, msg.dreamId, msg.group || null) };
    case 'reviewStart': {
      const { dreamId, step, index } = msg;
      const sids = reviewSkillIds(model, dreamId);
      const review = { dreamId, step, index, skillId: sids[index] ?? null, done: !sids.length };
      return { ...model, review, editor: null };
    }
    case 'reviewMove':
      return withReview(model, (review, sids) => go(review, sids, msg.by));
    case 'reviewRateLeft':
      return withReview(model, (review, sids) => {
        const shown = reviewView(model)?.skills;
        const unrated = shown ? shown.findIndex(([, s]) => s.rating === 'unrated') : 0;
        return moveTo({ ...review, step: 'rate', done: false }, sids, unrated);
      });
    case 'reviewClose': {
      const { review } = model;
      if (!review) return model;
      const sids = reviewSkillIds(model, review.dreamId);
      const row = review.skillId && sids.includes(review.skillId) ? review.skillId : null;
      const collapsed = new Set(model.collapsed);
      collapsed.delete(review.dreamId);
      return { ...model, review: null, collapsed, filter: '', focus: row };
    }
    case 'followUp':
      return withFollowUp(model, msg.followUp);
    case 'followUpChanged':
      // A patch needs a view to go into; without one, the panel reads the whole view.
      return model.followUp
        ? withFollowUp(model, mergeFollowUp(model.followUp, msg.changed))
        : model;
    case 'followUpFailed':
      return { ...model, followUpError: msg.error };
    case 'removing':
      return { ...model, removing: msg.id };
    case 'extras':
      return { ...model, extras: msg.extras };
  }
}

function withFollowUp(model: Model, followUp: FollowUpView): Model {
  // The question before a removal stays only while its item is still in the plan.
  const present = planItemIds(followUp.plan.items);
  const removing = model.removing && present.includes(model.removing) ? model.removing : null;
  return { ...model, followUp, followUpError: null, removing };
}

/** The skill ids of the dream under review (or of any dream), in the table's order. */
function reviewSkillIds(model: Model, dreamId: string): string[] {
  if (!model.state) return [];
  const { dreams } = model.state;
  const dream = dreams[dreamIds(dreams).indexOf(dreamId)];
  return dream ? skillIds(dream, dreamId) : [];
}

function withReview(model: Model, fn: (review: Review, sids: string[]) => Review): Model {
  const { review } = model;
  return review ? { ...model, review: fn(review, reviewSkillIds(model, review.dreamId)) } : model;
}

/** Moves one skill on or back; past the end of step 1 is the start of step 2. */
function go(review: Review, sids: string[], by: 1 | -1): Review {
  const last = sids.length - 1;
  if (review.done) return moveTo({ ...review, done: false }, sids, last);
  if (by === 1 && review.index >= last) {
    return review.step === 'critical'
      ? moveTo({ ...review, step: 'rate' }, sids, 0)
      : { ...review, done: true };
  }
  if (by === -1 && review.index === 0) {
    return review.step === 'rate' ? moveTo({ ...review, step: 'critical' }, sids, last) : review;
  }
  return moveTo(review, sids, review.index + by);
}

/** Puts the review on a skill, followed by id; past the last one, the review is done. */
function moveTo(review: Review, sids: string[], index: number): Review {
  const at = Math.max(0, Math.min(index, sids.length - 1));
  return {
    ...review,
    index: at,
    skillId: sids[at] ?? null,
    done: review.done || sids.length === 0 || index >= sids.length,
  };
}

/**
 * The review after a new state: it follows its skill, not the position (the other person may
 * have added or removed one above), and stops when its dream is gone.
 */
function followReview(review: Review | null, next: SidebarState): Review | null {
  if (!review) return null;
  const dreams = next.dreams;
  const dream = dreams[dreamIds(dreams).indexOf(review.dreamId)];
  if (!dream) return null;
  const sids = skillIds(dream, review.dreamId);
  const found = review.skillId ? sids.indexOf(review.skillId) : -1;
  const index = Math.min(found >= 0 ? found : review.index, sids.length);
  const moved = { ...review, index };
  return !moved.done && index >= sids.length ? moveTo(moved, sids, index) : moved;
}

/** A new state from the server: what changed is highlighted; what vanished is let go. */
function receive(model: Model, next: SidebarState): Model {
  const before = model.state ? marks(model.state) : null;
  const after = marks(next);
  const highlight = new Set<string>();
  if (before) {
    for (const [id, mark] of after) if (before.get(id) !== mark) highlight.add(id);
  }
  const present = (id: string | null): boolean => id !== null && after.has(id);
  const dreams = new Set(dreamIds(next.dreams));
  return {
    ...model,
    state: next,
    focus: present(model.focus) ? model.focus : null,
    open: present(model.open) ? model.open : null,
    collapsed: new Set(Array.from(model.collapsed).filter((id) => dreams.has(id))),
    pending: new Map(Array.from(model.pending).filter(([id]) => after.has(id))),
    highlight,
    // An editor whose dream or skill is gone closes.
    editor: model.editor && after.has(model.editor.id) ? model.editor : null,
    review: followReview(model.review, next),
  };
}

/** Every dream and skill id with what the sidebar shows of it, to tell what changed. */
function marks(state: SidebarState): Map<string, string> {
  const out = new Map<string, string>();
  const ids = dreamIds(state.dreams);
  state.dreams.forEach((dream, i) => {
    const id = ids[i] as string;
    out.set(id, dream.name);
    const sids = skillIds(dream, id);
    dream.skills.forEach((s, j) => {
      out.set(sids[j] as string, `${s.name}\u0000${s.rating}\u0000${String(s.critical)}`);
    });
  });
  return out;
}

/** The editor of this kind open on `id`, if it is. */
export function editorOn<K extends Editor['kind']>(
  model: Model,
  kind: K,
  id: string,
): Extract<Editor, { kind: K }> | null {
  const { editor } = model;
  return editor && editor.kind === kind && editor.id === id
    ? (editor as Extract<Editor, { kind: K }>)
    : null;
}

/** Whether a skill's name matches the filter (accent- and case-insensitive, anywhere). */
export function matchesFilter(skill: string, filter: string): boolean {
  const wanted = searchKey(filter);
  return !wanted || searchKey(skill).includes(wanted);
}

/** The skill rows on screen, in order: unfolded dreams, skills the filter keeps. */
export function visibleSkillIds(model: Model): string[] {
  if (!model.state) return [];
  const out: string[] = [];
  const ids = dreamIds(model.state.dreams);
  model.state.dreams.forEach((dream, i) => {
    const id = ids[i] as string;
    if (model.collapsed.has(id)) return;
    const sids = skillIds(dream, id);
    dream.skills.forEach((s, j) => {
      if (matchesFilter(s.name, model.filter)) out.push(sids[j] as string);
    });
  });
  return out;
}

/** The row that holds the tab stop: the focused one if it is on screen, else the first. */
export function tabStop(model: Model): string | null {
  const rows = visibleSkillIds(model);
  return model.focus && rows.includes(model.focus) ? model.focus : (rows[0] ?? null);
}

/** The state as shown: the server's, with the changes still waiting for it applied. */
export function shownState(model: Model): SidebarState | null {
  const { state, pending } = model;
  if (!state || pending.size === 0) return state;
  const ids = dreamIds(state.dreams);
  const dreams = state.dreams.map((dream, i): DreamView => {
    const sids = skillIds(dream, ids[i] as string);
    return {
      ...dream,
      skills: dream.skills.map((skill, j) => {
        const change = pending.get(sids[j] as string);
        if (!change) return skill;
        return {
          ...skill,
          rating: change.rating ?? skill.rating,
          critical: change.critical ?? skill.critical,
        };
      }),
    };
  });
  return { ...state, dreams };
}

/** What the review shows: its dream and skills as shown (pending answers applied), and the tally. */
export interface ReviewView {
  review: Review;
  dream: DreamView;
  skills: Array<[string, SkillView]>;
  /** The skill being answered; none on the Done card. */
  current: [string, SkillView] | undefined;
  tally: Record<Rating | 'critical', number>;
}

export function reviewView(model: Model): ReviewView | null {
  const { review } = model;
  const state = shownState(model);
  if (!review || !state) return null;
  const dream = state.dreams[dreamIds(state.dreams).indexOf(review.dreamId)];
  if (!dream) return null;
  const skills = skillsWithIds(dream, review.dreamId);
  const tally = { red: 0, yellow: 0, green: 0, unrated: 0, critical: 0 };
  for (const [, skill] of skills) {
    tally[skill.rating]++;
    if (skill.critical) tally.critical++;
  }
  return { review, dream, skills, current: review.done ? undefined : skills[review.index], tally };
}

/** Active: pointer, keys or focus in the sidebar this recently. */
export const ACTIVE_MS = 30_000;
/** The pace of the checks: while active, then backing off while idle. */
export const CHECK_MS: readonly number[] = [5_000, 10_000, 20_000, 40_000, 60_000];

/**
 * How long to wait before the next checkState: 5 s while the person is active, else longer
 * with each check made while idle (`idleChecks`, the one just made included): 10, 20, 40, then
 * 60 s.
 */
export function checkDelay(sinceActivity: number, idleChecks: number): number {
  if (sinceActivity < ACTIVE_MS) return CHECK_MS[0] as number;
  return CHECK_MS[Math.min(idleChecks, CHECK_MS.length - 1)] as number;
}

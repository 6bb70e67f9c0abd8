// Every writing action of the sidebar as one pure plan(facts, args): what it needs to know
// beyond the dreams sheet, and the edits it makes. The server reads the declared facts up front
// (batched), calls plan, and applies the edits; nothing here calls a service, so each action is
// unit-testable in Node with plain data.
import type { FactName, Facts } from '../facts';
import type { DreamTarget, SkillTarget } from '../locate';
import type { RatingChoice } from '../types';
import { planAddDream, planRemoveDream, planRenameDream } from './dreams';
import { planCritical, planRating } from './formatting';
import { planDreamWhy } from './notes';
import type { Plan } from './plan';
import { planPrioritiesSheet } from './priorities-sheet';
import {
  planSelectionCritical,
  planSelectionRating,
  selectionOnTable,
  type SelectionCriticalMode,
} from './selection';
import { planAddSkills, planRemoveSkill, planRenameSkill, planSkillNote } from './skills';

export interface Action<N extends FactName, A> {
  /** The facts to read before planning, besides the dreams sheet (always read). */
  readonly needs: readonly N[];
  /**
   * Whether, with these arguments, its edits write notes: then the notes are read with the grid
   * (one read more), so that a write the sheet moved under can be put back, notes included
   * (src/core/guard-restore.ts).
   */
  keepsNotes(args: A): boolean;
  plan(facts: Facts<N>, args: A): Plan;
}

function action<A, N extends FactName = never>(
  needs: readonly N[],
  plan: (facts: Facts<N>, args: A) => Plan,
  keepsNotes: (args: A) => boolean = () => false,
): Action<N, A> {
  return { needs, plan, keepsNotes };
}

const none: readonly never[] = [];

// Each row is marked pure so that a bundle that does not use ACTIONS (the sidebar) drops it.
export const ACTIONS = {
  addDream: /* @__PURE__ */ action(none, (f, a: { name: string }) =>
    planAddDream(f.dreams.table, a.name),
  ),
  renameDream: /* @__PURE__ */ action(none, (f, a: { dream: DreamTarget; name: string }) =>
    planRenameDream(f.dreams.table, a.dream, a.name),
  ),
  removeDream: /* @__PURE__ */ action(
    none,
    (f, a: { dream: DreamTarget; expectedSkills: string[] }) =>
      planRemoveDream(f.dreams.table, a.dream, a.expectedSkills),
  ),
  addSkills: /* @__PURE__ */ action(
    none,
    (f, a: { dream: DreamTarget; names: string[]; notes: string[] }) =>
      planAddSkills(f.dreams.table, a.dream, a.names, a.notes),
    // Definitions become notes; without them nothing writes a note.
    (a) => a.notes.some((note) => note.trim() !== ''),
  ),
  renameSkill: /* @__PURE__ */ action(none, (f, a: { skill: SkillTarget; name: string }) =>
    planRenameSkill(f.dreams.table, a.skill, a.name),
  ),
  removeSkill: /* @__PURE__ */ action(none, (f, a: { skill: SkillTarget }) =>
    planRemoveSkill(f.dreams.table, a.skill),
  ),
  setRating: /* @__PURE__ */ action(none, (f, a: { skills: SkillTarget[]; rating: RatingChoice }) =>
    planRating(f.dreams.table, a.skills, a.rating),
  ),
  setCritical: /* @__PURE__ */ action(none, (f, a: { skills: SkillTarget[]; critical: boolean }) =>
    planCritical(f.dreams.table, a.skills, a.critical),
  ),
  setSkillNote: /* @__PURE__ */ action(
    none,
    (f, a: { skill: SkillTarget; note: string }) => planSkillNote(f.dreams.table, a.skill, a.note),
    () => true,
  ),
  setDreamWhy: /* @__PURE__ */ action(
    none,
    (f, a: { dream: DreamTarget; note: string }) =>
      planDreamWhy(f.dreams.table, a.dream, a.note, f.dreams.notes),
    () => true,
  ),
  rateSelection: /* @__PURE__ */ action(['selection'], (f, a: { rating: RatingChoice }) =>
    planSelectionRating(
      selectionOnTable(f.dreams.table, f.dreams.sheetName, f.selection),
      a.rating,
    ),
  ),
  setSelectionCritical: /* @__PURE__ */ action(
    ['selection'],
    (f, a: { mode: SelectionCriticalMode }) =>
      planSelectionCritical(
        selectionOnTable(f.dreams.table, f.dreams.sheetName, f.selection),
        a.mode,
      ),
  ),
  updatePrioritiesSheet: /* @__PURE__ */ action(
    ['prioritiesSheet', 'time'],
    (f, a: { consent: string | null }) => planPrioritiesSheet(f, a.consent),
  ),
};

export type ActionId = keyof typeof ACTIONS;

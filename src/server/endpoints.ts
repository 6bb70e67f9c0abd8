// The contract's functions, one line each: decode what the sidebar sent, then run the core's
// plan through the pipeline. Typed as `SidebarApi`, so a function missing from the contract's
// table, or one the table does not have, is a compile error here.
import { ACTIONS, LIBRARY_DATA, RECORD_ACTIONS } from '../core';
import type { SidebarApi } from '../contract';
import * as decode from './decode';
import { act, checkState, readNotes, readState, selectCell } from './pipeline';
import { checkFollowUp, getExportExtras, getFollowUp, recordAct, setDreamWhy } from './follow-up';
import { startTable } from './start-table';

export const endpoints: SidebarApi = {
  getState: () => readState(),
  checkState: (fingerprint) => checkState(decode.text(fingerprint)),
  selectCell: (ref) => selectCell(ref),
  startTable: (adoptSheet) => startTable(adoptSheet),
  addDream: (name, consent) => act(ACTIONS.addDream, () => ({ name: decode.text(name) }), consent),
  renameDream: (ref, newName) =>
    act(ACTIONS.renameDream, () => ({
      dream: decode.dreamTarget(ref),
      name: decode.text(newName),
    })),
  removeDream: (ref, expectedSkills, consent) =>
    act(
      ACTIONS.removeDream,
      () => ({
        dream: decode.dreamTarget(ref),
        expectedSkills: decode.stringList(expectedSkills),
      }),
      consent,
    ),
  addSkills: (ref, names, notes, consent) =>
    act(
      ACTIONS.addSkills,
      () => ({
        dream: decode.dreamTarget(ref),
        names: decode.stringList(names),
        notes: decode.stringList(notes ?? []),
      }),
      consent,
    ),
  renameSkill: (ref, newName) =>
    act(ACTIONS.renameSkill, () => ({
      skill: decode.skillTarget(ref),
      name: decode.text(newName),
    })),
  removeSkill: (ref) => act(ACTIONS.removeSkill, () => ({ skill: decode.skillTarget(ref) })),
  setRating: (refs, rating) =>
    act(ACTIONS.setRating, () => ({
      skills: decode.skillTargets(refs),
      rating: decode.ratingChoice(rating),
    })),
  setCritical: (refs, critical) =>
    act(ACTIONS.setCritical, () => ({
      skills: decode.skillTargets(refs),
      critical: decode.flag(critical),
    })),
  setSkillNote: (ref, note) =>
    act(ACTIONS.setSkillNote, () => ({ skill: decode.skillTarget(ref), note: decode.text(note) })),
  getNotes: (ref) => readNotes(ref),
  getLibrary: () => LIBRARY_DATA,
  rateSelection: (rating) =>
    act(ACTIONS.rateSelection, () => ({ rating: decode.ratingChoice(rating) })),
  setSelectionCritical: (mode) =>
    act(ACTIONS.setSelectionCritical, () => ({ mode: decode.selectionMode(mode) })),
  updatePrioritiesSheet: (consent) =>
    act(ACTIONS.updatePrioritiesSheet, () => ({ consent: decode.consent(consent) })),
  getFollowUp: () => getFollowUp(),
  checkFollowUp: (fingerprint) => checkFollowUp(decode.text(fingerprint)),
  addPlanItem: (item) =>
    recordAct(RECORD_ACTIONS.addPlanItem, () => ({ item: decode.planItemInput(item) })),
  updatePlanItem: (ref, changes) =>
    recordAct(RECORD_ACTIONS.updatePlanItem, () => ({
      target: decode.planItemTarget(ref),
      update: decode.planItemChanges(changes),
    })),
  removePlanItem: (ref, seen) =>
    recordAct(RECORD_ACTIONS.removePlanItem, () => ({
      target: decode.planItemTarget(ref),
      seen: decode.planItemSeen(seen),
    })),
  recordCheckIn: (date) =>
    recordAct(RECORD_ACTIONS.recordCheckIn, () => ({
      date: decode.day(date, 'the day of the check-in'),
    })),
  setNextCheckIn: (date) =>
    recordAct(RECORD_ACTIONS.setNextCheckIn, () => ({
      date: decode.day(date, 'the day of the next check-in'),
    })),
  setDreamWhy: (ref, note) => setDreamWhy(ref, note),
  getExportExtras: () => getExportExtras(),
};

// The record sheets' actions as pure plans, like src/core/plans: what each needs to read, and
// the edits it makes. Record facts are read last, right before writing, so that the position an
// edit was planned for is as fresh as it can be (docs/design.md §8).
import type { DreamsFact, RecordSheetFact, TimeFact } from '../facts';
import type { Plan } from '../plans/plan';
import { planNextCheckIn, planRecordCheckIn } from './check-in-actions';
import {
  planAddPlanItem,
  planRemovePlanItem,
  planUpdatePlanItem,
  type NewPlanItem,
  type PlanItemSeenCells,
  type PlanItemTarget,
  type PlanItemUpdate,
} from './plan-actions';
import type { IsoDay } from './types';

export type {
  NewPlanItem,
  PlanItemSeenCells,
  PlanItemTarget,
  PlanItemUpdate,
} from './plan-actions';

export interface RecordFacts {
  dreams: DreamsFact;
  planSheet: RecordSheetFact;
  checkInsSheet: RecordSheetFact;
  time: TimeFact;
}
export type RecordFactName = keyof RecordFacts;

export interface RecordAction<N extends RecordFactName, A> {
  /** The facts to read, in this order; the record sheets are read after the dreams sheet. */
  readonly needs: readonly N[];
  plan(facts: Pick<RecordFacts, N>, args: A): Plan;
}

function recordAction<A, N extends RecordFactName>(
  needs: readonly N[],
  plan: (facts: Pick<RecordFacts, N>, args: A) => Plan,
): RecordAction<N, A> {
  return { needs, plan };
}

export const RECORD_ACTIONS = {
  addPlanItem: /* @__PURE__ */ recordAction(
    ['dreams', 'time', 'planSheet'],
    (f, a: { item: NewPlanItem }) => planAddPlanItem(f.dreams.table, f.time, f.planSheet, a.item),
  ),
  updatePlanItem: /* @__PURE__ */ recordAction(
    ['time', 'planSheet'],
    (f, a: { target: PlanItemTarget; update: PlanItemUpdate }) =>
      planUpdatePlanItem(f.time, f.planSheet, a.target, a.update),
  ),
  removePlanItem: /* @__PURE__ */ recordAction(
    ['planSheet'],
    (f, a: { target: PlanItemTarget; seen: PlanItemSeenCells }) =>
      planRemovePlanItem(f.planSheet, a.target, a.seen),
  ),
  recordCheckIn: /* @__PURE__ */ recordAction(
    ['dreams', 'time', 'checkInsSheet'],
    (f, a: { date: IsoDay | null }) =>
      planRecordCheckIn(f.dreams.table, f.time, f.checkInsSheet, a.date),
  ),
  setNextCheckIn: /* @__PURE__ */ recordAction(
    ['time', 'checkInsSheet'],
    (f, a: { date: IsoDay | null }) => planNextCheckIn(f.time, f.checkInsSheet, a.date),
  ),
};

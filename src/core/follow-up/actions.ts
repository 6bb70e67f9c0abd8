// The record sheets' actions as pure plans, like src/core/plans: what each needs to read, and
// the edits it makes. Record facts are read last, right before writing, so that the position an
// edit was planned for is as fresh as it can be (docs/design.md §8).
import type { DreamsFact, RecordSheetFact, TimeFact } from '../facts';
import type { Plan } from '../plans/plan';
import type { IsoDay, PlanKind, PlanStatus } from './types';

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

function recordAction<A, N extends RecordFactName>(
  needs: readonly N[],
  plan: (facts: Pick<RecordFacts, N>, args: A) => Plan,
): RecordAction<N, A> {
  return { needs, plan };
}

function notBuilt(): Plan {
  throw new Error('not built yet');
}

export const RECORD_ACTIONS = {
  addPlanItem: /* @__PURE__ */ recordAction(
    ['dreams', 'time', 'planSheet'],
    (f, a: { item: NewPlanItem }) => (void f, void a, notBuilt()),
  ),
  updatePlanItem: /* @__PURE__ */ recordAction(
    ['time', 'planSheet'],
    (f, a: { target: PlanItemTarget; update: PlanItemUpdate }) => (void f, void a, notBuilt()),
  ),
  removePlanItem: /* @__PURE__ */ recordAction(
    ['planSheet'],
    (f, a: { target: PlanItemTarget }) => (void f, void a, notBuilt()),
  ),
  recordCheckIn: /* @__PURE__ */ recordAction(
    ['dreams', 'time', 'checkInsSheet'],
    (f, a: { date: IsoDay | null }) => (void f, void a, notBuilt()),
  ),
  setNextCheckIn: /* @__PURE__ */ recordAction(
    ['time', 'checkInsSheet'],
    (f, a: { date: IsoDay | null }) => (void f, void a, notBuilt()),
  ),
};

// The benchmark's results and the targets they are held to. Targets are reported as pass or
// miss, with the reason for a miss; nothing fails a build on them (timing is not deterministic).
import { classify } from '@career-dreams/emulator';
import type { CheckInTiming, CoreTiming } from './core-timing';
import type { Counts, Measurement } from './measure';
import { sizeLabel, type TableSize } from './tables';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
}

export interface ActionResults {
  id: string;
  label: string;
  sidebar: string;
  extraReads?: string;
  extraWrites?: string;
  /** A budget of its own (from the issue that asked for the action), instead of the targets. */
  budget?: { reads: number; writes: number; source: string };
  /** It writes the dreams sheet under the guard: two reads more are its budget. */
  guarded?: boolean;
  /** One per size, in the order of BenchResults.sizes. */
  bySize: Measurement[];
}

export interface SizeResults {
  size: TableSize;
  core: CoreTiming;
  /** Bytes of the state the sidebar receives after opening (JSON, as google.script.run sends it). */
  stateBytes: number;
}

export interface TargetResult {
  target: string;
  pass: boolean;
  result: string;
  /** For a miss: why. */
  why?: string;
}

/** Key press to visible feedback in the real sidebar, with every round trip slowed. */
export interface FeedbackResult {
  latencyMs: number;
  /** One figure per key press, in ms. */
  presses: number[];
  medianMs: number;
}

/** The round trip the feedback is measured at: what an Apps Script call often takes. */
export const FEEDBACK_LATENCY_MS = 800;

export interface BenchResults {
  /** ISO 8601, UTC. */
  date: string;
  machine: Machine;
  /** The commit measured; `uncommitted`: src/, packages/, dev/ or scripts/ differ from it. */
  source: { commit: string; uncommitted: boolean | null };
  sizes: TableSize[];
  actions: ActionResults[];
  perSize: SizeResults[];
  /** The core on a Check-ins sheet of many check-ins (absent in results from before it). */
  checkInTimes?: CheckInTiming[];
  bundle: { codeJsBytes: number; sidebarHtmlBytes: number };
  /** Ids of the export actions measured (none until the contract has exports). */
  exports: string[];
  /** Contract functions no benchmark action calls. */
  notBenchmarked: string[];
  /** Key press to visible feedback in the sidebar with a slow server; null without Chromium. */
  feedback: FeedbackResult | null;
  targets: TargetResult[];
}

export const LIMITS = {
  reads: 3,
  /**
   * Reads an action that writes the dreams sheet adds for its guard (src/core/guard.ts): the
   * values right before writing (or the notes, for an action that writes notes) and right after.
   */
  guardReads: 2,
  /** Key press to the first frame showing the change, in the real sidebar. */
  feedbackMs: 50,
  writes: 3,
  /** Baseline calls per add-on call, for these actions at this size. */
  ratio: { min: 100, actions: ['rateSelection100', 'priorities'], size: '20×50' },
  coreMs: { max: 20, size: '50×500' },
  /** Raised from 60,000 with the Plan panel (plan, check-ins, why) and the richer exports. */
  sidebarBytes: 80_000,
} as const;

/** Baseline calls per add-on call. */
export function ratio(m: Measurement): number {
  return m.baseline.total / m.addon.total;
}

const KINDS: ReadonlyArray<keyof Counts> = ['read', 'write', 'handle', 'other', 'total'];

/** The kinds whose count changes with the table's size, e.g. "handle 4 → 4 → 5 → 5". */
export function varyingKinds(action: ActionResults): string[] {
  return KINDS.filter((kind) => new Set(action.bySize.map((m) => m.addon[kind])).size > 1).map(
    (kind) => `${kind} ${action.bySize.map((m) => m.addon[kind]).join(' → ')}`,
  );
}

/** The reads an action may make: its own budget, else the target (+2 for a guarded writer). */
export function readLimit(action: ActionResults): number {
  if (action.budget) return action.budget.reads;
  return LIMITS.reads + (action.guarded ? LIMITS.guardReads : 0);
}

/** The writes an action may make: its own budget, else the target. */
export function writeLimit(action: ActionResults): number {
  return action.budget?.writes ?? LIMITS.writes;
}

function most(action: ActionResults, kind: 'read' | 'write'): number {
  return Math.max(...action.bySize.map((m) => m.addon[kind]));
}

/** The general targets, for the actions without a budget of their own. */
function perActionLimit(
  actions: ActionResults[],
  kind: 'read' | 'write',
  limit: number,
): TargetResult {
  const general = actions.filter((a) => !a.budget);
  const allowed = (a: ActionResults) =>
    kind === 'read' ? limit + (a.guarded ? LIMITS.guardReads : 0) : limit;
  const over = general.filter((a) => most(a, kind) > allowed(a));
  const guard = kind === 'read' ? ` (+${LIMITS.guardReads} for the guard of a writing action)` : '';
  const own = general.length < actions.length ? '; those with a budget of their own below' : '';
  const target = `every action makes at most ${limit} ${kind}s of cell data or formatting${guard}${own}`;
  if (over.length === 0) {
    const worst = Math.max(0, ...general.map((a) => most(a, kind) - (allowed(a) - limit)));
    return { target, pass: true, result: `at most ${worst}${guard ? ' (+ guard)' : ''}` };
  }
  return {
    target,
    pass: false,
    result: over.map((a) => `${a.label}: ${most(a, kind)}`).join('; '),
    why: over.map((a) => `${a.label}: ${reasonFor(a, kind)}`).join('; '),
  };
}

/** The known reason for going over, or where to look. */
function reasonFor(a: ActionResults, kind: 'read' | 'write'): string {
  const known = kind === 'read' ? a.extraReads : a.extraWrites;
  return known ?? `no known reason, investigate (${methodsOf(a, kind)})`;
}

/** An action's own budget: its reads and writes at every size. */
function budgetTarget(
  a: ActionResults & { budget: NonNullable<ActionResults['budget']> },
): TargetResult {
  const { reads, writes, source } = a.budget;
  const target = `${a.label}: at most ${reads} reads and ${writes} writes at every size (${source})`;
  const r = most(a, 'read');
  const w = most(a, 'write');
  const pass = r <= reads && w <= writes;
  const misses = [
    ...(r > reads ? [`${r} reads: ${reasonFor(a, 'read')}`] : []),
    ...(w > writes ? [`${w} writes: ${reasonFor(a, 'write')}`] : []),
  ];
  return {
    target,
    pass,
    result: `${r} ${r === 1 ? 'read' : 'reads'}, ${w} ${w === 1 ? 'write' : 'writes'}`,
    ...(pass ? {} : { why: misses.join('; ') }),
  };
}

/** The add-on's calls of one kind on the largest table, by method, to explain a count. */
function methodsOf(action: ActionResults, kind: 'read' | 'write'): string {
  const last = action.bySize[action.bySize.length - 1];
  if (!last) return '';
  return Object.entries(last.addonMethods)
    .filter(([key]) => {
      const [service = '', method = ''] = key.split('.');
      return classify(method, service) === kind;
    })
    .map(([method, n]) => `${method} ×${n}`)
    .join(', ');
}

export function evaluateTargets(results: Omit<BenchResults, 'targets'>): TargetResult[] {
  const { actions, sizes, perSize, bundle } = results;
  const targets: TargetResult[] = [
    perActionLimit(actions, 'read', LIMITS.reads),
    perActionLimit(actions, 'write', LIMITS.writes),
    ...actions.flatMap((a) => (a.budget ? [budgetTarget({ ...a, budget: a.budget })] : [])),
  ];

  const varying = actions
    .map((a) => ({ a, kinds: varyingKinds(a) }))
    .filter((v) => v.kinds.length > 0);
  targets.push({
    target: `every action makes the same calls at every size (${sizes.map(sizeLabel).join(', ')})`,
    pass: varying.length === 0,
    result:
      varying.length === 0
        ? 'identical counts of every kind'
        : varying.map((v) => `${v.a.label}: ${v.kinds.join(', ')}`).join('; '),
    ...(varying.length > 0
      ? { why: 'some calls depend on the table: see the per-size tables below' }
      : {}),
  });

  const at = sizes.findIndex((s) => sizeLabel(s) === LIMITS.ratio.size);
  for (const id of LIMITS.ratio.actions) {
    const action = actions.find((a) => a.id === id);
    const m = action?.bySize[at];
    const target = `the baseline needs at least ${LIMITS.ratio.min}× the add-on's calls to ${
      action?.label ?? id
    } at ${LIMITS.ratio.size}`;
    if (!action || !m) {
      targets.push({ target, pass: false, result: 'not measured', why: 'no such action or size' });
      continue;
    }
    const r = ratio(m);
    targets.push({
      target,
      pass: r >= LIMITS.ratio.min,
      result: `${r >= 10 ? Math.round(r) : r.toFixed(1)}× (${count(m.baseline.total)} calls against ${m.addon.total})`,
      ...(r < LIMITS.ratio.min
        ? { why: `the add-on made ${m.addon.total} calls: ${describe(m.addon)}` }
        : {}),
    });
  }

  // The sidebar's automatic check, while nothing changed: it runs every few seconds for as long
  // as the sidebar is open, so it must stay cheap at every size.
  const check = actions.find((a) => a.id === 'checkSame');
  const checkTarget =
    'an unchanged check reads at most 3 times and answers under 1 KB, at every size';
  if (!check) {
    targets.push({ target: checkTarget, pass: false, result: 'not measured', why: 'no checkSame' });
  } else {
    const reads = Math.max(...check.bySize.map((m) => m.addon.read));
    const bytes = Math.max(...check.bySize.map((m) => m.answerBytes));
    const pass = reads <= 3 && bytes < 1024;
    targets.push({
      target: checkTarget,
      pass,
      result: `${reads} reads, ${bytes} bytes`,
      ...(pass ? {} : { why: 'see the check rows in the tables below' }),
    });
  }

  // The same for the Plan panel's check, which runs after each of those while the panel is open:
  // it reads what opening the panel reads (the view is compared whole), and answers a few bytes.
  const planCheck = actions.find((a) => a.id === 'checkPlanSame');
  const openPlan = actions.find((a) => a.id === 'openPlan');
  const planCheckTarget =
    'an unchanged check of the Plan panel reads no more than opening it and answers under 1 KB, at every size';
  if (!planCheck || !openPlan) {
    targets.push({
      target: planCheckTarget,
      pass: false,
      result: 'not measured',
      why: 'no checkPlanSame or openPlan',
    });
  } else {
    const reads = most(planCheck, 'read');
    const bytes = Math.max(...planCheck.bySize.map((m) => m.answerBytes));
    const pass = reads <= most(openPlan, 'read') && bytes < 1024;
    targets.push({
      target: planCheckTarget,
      pass,
      result: `${reads} reads, ${bytes} bytes`,
      ...(pass ? {} : { why: 'see the Plan panel rows in the tables below' }),
    });
  }

  const feedbackTarget = `a keyed rating shows within ${LIMITS.feedbackMs} ms with ${FEEDBACK_LATENCY_MS} ms of latency (median)`;
  if (!results.feedback) {
    targets.push({
      target: feedbackTarget,
      pass: false,
      result: 'not measured',
      why: 'no Chromium on this machine (apt-get install chromium)',
    });
  } else {
    const { medianMs, presses } = results.feedback;
    const pass = medianMs < LIMITS.feedbackMs;
    targets.push({
      target: feedbackTarget,
      pass,
      result: `${ms(medianMs)} ms (each press: ${presses.map((p) => ms(p)).join(', ')} ms)`,
      ...(pass ? {} : { why: 'the sidebar waits for something before it shows the change' }),
    });
  }

  const largest = perSize.find((p) => sizeLabel(p.size) === LIMITS.coreMs.size);
  const coreTarget = `core parse + rank of ${LIMITS.coreMs.size} under ${LIMITS.coreMs.max} ms (median)`;
  if (!largest) {
    targets.push({ target: coreTarget, pass: false, result: 'not measured', why: 'no such size' });
  } else {
    const { core } = largest;
    const pass = core.parseAndRank < LIMITS.coreMs.max;
    targets.push({
      target: coreTarget,
      pass,
      result: `${ms(core.parseAndRank)} ms`,
      ...(pass
        ? {}
        : {
            why:
              `parseTable takes ${ms(core.parse)} ms and rankPriorities ${ms(core.rank)} ms on ` +
              `${count(largest.size.dreams * largest.size.skills)} skill cells (medians, timed ` +
              `apart). Inside parseTable, turning each skill's fill into a rating takes ` +
              `${ms(core.breakdown.colours)} ms and normalising each name ` +
              `${ms(core.breakdown.names)} ms (one call per cell, timed alone)`,
          }),
    });
  }

  const pass = bundle.sidebarHtmlBytes < LIMITS.sidebarBytes;
  targets.push({
    target: `dist/Sidebar.html under ${LIMITS.sidebarBytes / 1000} KB`,
    pass,
    result: `${kb(bundle.sidebarHtmlBytes)} KB`,
    ...(pass
      ? {}
      : {
          why: `${bundle.sidebarHtmlBytes - LIMITS.sidebarBytes} bytes over: the inlined script and styles grew`,
        }),
  });
  return targets;
}

export function describe(c: Counts): string {
  return `${c.read} reads, ${c.write} writes, ${c.handle} handles, ${c.other} other`;
}

export function ms(n: number): string {
  return n < 10 ? n.toFixed(2) : n.toFixed(1);
}

export function count(x: number): string {
  return x.toLocaleString('en-US');
}

export function kb(bytes: number): string {
  return (bytes / 1000).toLocaleString('en-US', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

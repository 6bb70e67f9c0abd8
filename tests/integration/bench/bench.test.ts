// The benchmark's own machinery (bench/), on the smallest table: the baseline does the add-on's
// job cell by cell, the counts are deterministic, and targets turn into pass or miss with a
// reason. The benchmark itself (`npm run bench`) reports the figures; nothing here is timed.
import { join } from 'node:path';
import { ACTIONS, EXPORTS, FOLLOW_UP_ACTIONS, type Workspace } from '../../../bench/actions';
import { median } from '../../../bench/core-timing';
import { measure, type Counts } from '../../../bench/measure';
import { markdown } from '../../../bench/report';
import { evaluateTargets, type ActionResults, type BenchResults } from '../../../bench/results';
import { SIZES, tableFixture, type TableSize } from '../../../bench/tables';
import { DIST } from '../../support/paths';

const CODE = join(DIST, 'Code.js');
const SMALL: TableSize = { dreams: 3, skills: 10 };

describe('each action measured on the 3×10 table', () => {
  // measure() throws unless the baseline leaves the same sheets and answers the same.
  const results = ACTIONS.map((action) => ({ action, m: measure(action, SMALL, CODE) }));

  it('catches a baseline that does a different job', () => {
    const rate = ACTIONS.find((a) => a.id === 'rateSelection10')!;
    const sloppy = { ...rate, baseline: () => ({}) };
    expect(() => measure(sloppy, SMALL, CODE)).toThrow('The baseline answers differently');
    const wrongCells = {
      ...rate,
      addon: (ws: Workspace) => void rate.addon(ws),
      baseline: () => undefined,
    };
    expect(() => measure(wrongCells, SMALL, CODE)).toThrow('The baseline leaves different sheets');
  });

  it('gives the same counts every time', () => {
    for (const { action, m } of results.slice(0, 3)) {
      expect(measure(action, SMALL, CODE)).toEqual(m);
    }
  });

  it('has the baseline read every cell of the table one call at a time', () => {
    const open = results.find((r) => r.action.id === 'open')!.m;
    const cells = (SMALL.skills + 1) * SMALL.dreams;
    expect(open.baseline.read).toBe(3 * cells);
    expect(open.baseline.handle).toBeGreaterThanOrEqual(cells);
    expect(open.addon.read).toBe(3);
  });

  it('has the baseline write one call per changed cell', () => {
    const m = results.find((r) => r.action.id === 'rateSelection10')!.m;
    expect(m.addon.write).toBe(1);
    expect(m.baseline.write).toBeGreaterThan(1);
  });
});

describe('the Plan panel’s calls measured on the 3×10 table', () => {
  // measure() throws unless the baseline leaves the same sheets.
  const results = Object.fromEntries(
    FOLLOW_UP_ACTIONS.map((action) => [action.id, measure(action, SMALL, CODE).addon]),
  );

  it('keep to the issue’s budgets, but for the one read a check-in needs for its header', () => {
    expect(results.checkIn).toMatchObject({ read: 4, write: 2 });
    expect(results.firstCheckIn).toMatchObject({ read: 3, write: 4 });
    expect(results.addPlanItem).toMatchObject({ read: 4, write: 1 });
    expect(results.firstPlanItem).toMatchObject({ read: 3, write: 3 });
  });

  it('read nothing for their answer alone, and check the plan as opening it reads', () => {
    expect(results.updatePlanItem).toMatchObject({ read: 2, write: 2 });
    expect(results.removePlanItem).toMatchObject({ read: 2, write: 1 });
    expect(results.nextCheckIn).toMatchObject({ read: 2, write: 1 });
    expect(results.checkPlanSame).toMatchObject({ read: 6, write: 0 });
    expect(results.checkPlanChanged).toMatchObject({ read: 6, write: 0 });
    expect(results.checkPlanSame).toEqual(results.openPlan);
  });

  it('says why a check-in reads one more than its budget', () => {
    const checkIn = FOLLOW_UP_ACTIONS.find((a) => a.id === 'checkIn')!;
    expect(checkIn.budget).toEqual({ reads: 3, writes: 2, source: 'issue 12' });
    expect(checkIn.extraReads).toMatch(/find its columns by their headers/);
  });
});

describe('the benchmark tables', () => {
  it('fit their sheet with room to spare, so no action has to grow it', () => {
    for (const size of SIZES) {
      const fixture = tableFixture(size);
      expect(fixture.values).toHaveLength(size.skills + 1);
      expect(fixture.rows).toBeGreaterThan(size.skills + 1);
      expect(fixture.columns).toBeGreaterThan(size.dreams);
    }
  });

  it('list no skill twice under one dream', () => {
    const fixture = tableFixture(SIZES[SIZES.length - 1]!);
    const columns = fixture.values![0]!.map((_, c) => fixture.values!.slice(1).map((r) => r[c]));
    for (const column of columns) expect(new Set(column).size).toBe(column.length);
  });
});

describe('targets', () => {
  const counts = (read: number, write: number, handle = 4): Counts => ({
    read,
    write,
    handle,
    other: 0,
    total: read + write + handle,
  });
  const action = (id: string, addon: Counts[], extraReads?: string): ActionResults => ({
    id,
    label: id,
    sidebar: 'getState',
    ...(extraReads ? { extraReads } : {}),
    bySize: addon.map((a) => ({
      addon: a,
      baseline: counts(a.read * 200, a.write * 200),
      addonMethods: { 'Range.getValues': a.read },
      answerBytes: 0,
    })),
  });
  const results = (actions: ActionResults[]): Omit<BenchResults, 'targets'> => ({
    date: '2026-01-01T00:00:00.000Z',
    machine: { cpu: 'CPU', cores: 2, memoryGiB: 4, node: 'v20', os: 'Linux x64' },
    source: { commit: 'abc1234', uncommitted: false },
    sizes: [
      { dreams: 3, skills: 10 },
      { dreams: 20, skills: 50 },
    ],
    actions,
    perSize: [],
    bundle: { codeJsBytes: 1000, sidebarHtmlBytes: 90_000 },
    exports: [],
    notBenchmarked: [],
    feedback: null,
  });

  it('reports extra reads as a miss with their reason, or asks to investigate', () => {
    const targets = evaluateTargets(
      results([
        action('prioritiesSheet', [counts(4, 3), counts(4, 3)], 'it checks for typed cells'),
        action('mystery', [counts(5, 1), counts(5, 1)]),
      ]),
    );
    const reads = targets.find((t) => t.target.includes('reads'))!;
    expect(reads.pass).toBe(false);
    expect(reads.why).toContain('prioritiesSheet: it checks for typed cells');
    expect(reads.why).toContain('mystery: no known reason, investigate (Range.getValues ×5)');
  });

  it('misses an unchanged check that reads more than 3 times or answers 1 KB or more', () => {
    const check = (read: number, bytes: number) => {
      const a = action('checkSame', [counts(read, 0), counts(read, 0)]);
      a.bySize.forEach((m) => (m.answerBytes = bytes));
      return evaluateTargets(results([a])).find((t) => t.target.includes('unchanged check'))!;
    };
    expect(check(3, 23)).toMatchObject({ pass: true, result: '3 reads, 23 bytes' });
    expect(check(4, 23).pass).toBe(false);
    expect(check(3, 1024).pass).toBe(false);
  });

  it('misses an unchanged Plan panel check that reads more than opening it, or answers 1 KB', () => {
    const planCheck = (read: number, bytes: number) => {
      const a = action('checkPlanSame', [counts(read, 0), counts(read, 0)]);
      a.bySize.forEach((m) => (m.answerBytes = bytes));
      const open = action('openPlan', [counts(6, 0), counts(6, 0)]);
      return evaluateTargets(results([a, open])).find((t) =>
        t.target.includes('check of the Plan panel'),
      )!;
    };
    expect(planCheck(6, 23)).toMatchObject({ pass: true, result: '6 reads, 23 bytes' });
    expect(planCheck(7, 23).pass).toBe(false);
    expect(planCheck(6, 2048).pass).toBe(false);
  });

  it('misses feedback slower than 50 ms, and says which presses were slow', () => {
    const feedback = (presses: number[]) =>
      evaluateTargets({
        ...results([]),
        feedback: { latencyMs: 800, presses, medianMs: [...presses].sort((a, b) => a - b)[1]! },
      }).find((t) => t.target.includes('keyed rating'))!;
    expect(feedback([12, 20, 31])).toMatchObject({ pass: true });
    expect(feedback([12, 20, 31]).result).toBe('20.0 ms (each press: 12.0, 20.0, 31.0 ms)');
    expect(feedback([40, 60, 900]).pass).toBe(false);
  });

  it('names the kinds of call that change with the size of the table', () => {
    const targets = evaluateTargets(results([action('open', [counts(3, 0, 4), counts(3, 0, 6)])]));
    const same = targets.find((t) => t.target.includes('same calls'))!;
    expect(same.pass).toBe(false);
    expect(same.result).toBe('open: handle 4 → 6, total 7 → 9');
  });

  it('misses what was not measured, and a sidebar over its budget', () => {
    const targets = evaluateTargets(results([action('open', [counts(3, 0), counts(3, 0)])]));
    // The two ratios, the unchanged checks (the table's, the Plan panel's), the feedback and
    // the core time.
    expect(targets.filter((t) => t.result === 'not measured')).toHaveLength(6);
    const sidebar = targets.find((t) => t.target.includes('Sidebar.html'))!;
    expect(sidebar).toMatchObject({ pass: false, result: '90.0 KB' });
  });

  it('writes every target and its status into the Markdown', () => {
    const partial = results([action('open', [counts(3, 0), counts(3, 0)])]);
    const doc = markdown({ ...partial, targets: evaluateTargets(partial) });
    expect(doc).toContain('commit abc1234.');
    expect(doc).toContain('| **miss** | dist/Sidebar.html under 80 KB | 90.0 KB |');
    expect(doc).toContain(
      "Exports: the JSON and Markdown of the sidebar's _Take it with you_ panel are built in the sidebar",
    );
  });
});

it('has no export to measure until the contract has one', () => {
  expect(EXPORTS).toEqual([]);
});

it('takes the median of odd and even counts of samples', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
});

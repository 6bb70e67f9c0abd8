// The printed plan and progress: each item on one line whatever its cells hold, long lists
// without overflowing the stack, and the JSON keys in the README's order.
import type { PlanReport, PlanReportItem, ProgressReport } from '../../../src/cli/records';
import {
  formatPlanPlain,
  formatProgressPlain,
  planJson,
  progressJson,
} from '../../../src/cli/records-format';

function item(overrides: Partial<PlanReportItem>): PlanReportItem {
  return {
    row: 2,
    skill: 'Hiring',
    skillKey: 'hiring',
    action: 'Shadow Dana',
    forDreams: '',
    now: '',
    goal: '',
    kind: null,
    kindText: '',
    owner: '',
    whoHelps: '',
    byWhen: null,
    byWhenText: '',
    status: 'Not started',
    statusText: '',
    lastChecked: null,
    overdue: false,
    ...overrides,
  };
}

function plan(items: PlanReportItem[]): PlanReport {
  return { sheet: 'Plan', today: '2026-06-15', items, warnings: [] };
}

describe('the plan', () => {
  it('one line per item, whatever is missing', () => {
    const text = formatPlanPlain(
      plan([
        item({ skill: '', action: '', status: null, statusText: 'Waiting' }),
        item({ byWhenText: 'soon', kindText: 'Meetup', whoHelps: 'Dana', owner: 'Me' }),
        item({ byWhen: '2026-01-01', overdue: true, kind: 'Course or book', kindText: 'course' }),
      ]),
    );
    expect(text.split('\n')).toEqual([
      'Plan from the sheet ‘Plan’ (3 items, 1 overdue as of 2026-06-15)',
      '',
      '1. (no skill): (no action) — ‘Waiting’ (not a status), no date',
      '2. Hiring: Shadow Dana — Not started, by ‘soon’ (not a date); Meetup; owner Me; helped by Dana',
      '3. Hiring: Shadow Dana — Not started, by 2026-01-01, overdue; Course or book',
      '',
    ]);
  });

  it('the JSON: the canonical kind, else the text typed, else null; keys in order', () => {
    const doc = planJson(
      plan([
        item({ kind: 'Course or book', kindText: 'book' }),
        item({ kindText: 'Meetup' }),
        item({}),
      ]),
    );
    expect(doc.items.map((i) => i.kind)).toEqual(['Course or book', 'Meetup', null]);
    expect(Object.keys(doc)).toEqual(['sheet', 'items', 'warnings']);
    expect(Object.keys(doc.items[0]!)).toEqual([
      'skill',
      'action',
      'kind',
      'owner',
      'byWhen',
      'status',
      'overdue',
    ]);
  });

  it('prints 200,000 items', () => {
    const items = Array.from({ length: 200_000 }, (_, i) => item({ action: `Step ${i + 1}` }));
    const text = formatPlanPlain(plan(items));
    expect(text).toContain('\n     1. Hiring: Step 1 — Not started, no date\n');
    expect(text.endsWith('200000. Hiring: Step 200000 — Not started, no date\n')).toBe(true);
  });
});

describe('the progress', () => {
  const report = (overrides: Partial<ProgressReport>): ProgressReport => ({
    sheet: 'Check-ins',
    checkIns: ['2026-01-15', '2026-06-01'],
    since: null,
    progress: {
      from: '2026-01-15',
      to: '2026-06-01',
      changes: [{ dream: 'Founder', skill: 'Hiring', from: 'red', to: 'yellow' }],
      dreamsAdded: ['CTO'],
      dreamsDropped: [],
      dreamsRenamed: [],
    },
    sentences: ['Hiring: red → yellow in Founder', 'New dream: ‘CTO’'],
    nextCheckIn: null,
    warnings: [],
    ...overrides,
  });

  it('the JSON has the README’s keys only, in order', () => {
    const doc = progressJson(report({}));
    expect(doc).toEqual({
      checkIns: ['2026-01-15', '2026-06-01'],
      from: '2026-01-15',
      to: '2026-06-01',
      changes: [{ dream: 'Founder', skill: 'Hiring', from: 'red', to: 'yellow' }],
      warnings: [],
    });
    expect(Object.keys(doc)).toEqual(['checkIns', 'from', 'to', 'changes', 'warnings']);
  });

  it('the sentences, with the days compared', () => {
    expect(formatProgressPlain(report({ warnings: ['Row 9 is left out.'] })).split('\n')).toEqual([
      'Progress on the sheet ‘Check-ins’ (2 check-ins, 2026-01-15 to 2026-06-01)',
      '',
      'From 2026-01-15 to 2026-06-01:',
      '- Hiring: red → yellow in Founder',
      '- New dream: ‘CTO’',
      '',
      'Warning:',
      '- Row 9 is left out.',
      '',
    ]);
  });
});

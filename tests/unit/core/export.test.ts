// The exports the sidebar offers: JSON for tools (the same shape the command-line tool prints,
// plus the whole table, and the notes, why, plan and check-ins when they could be read) and
// Markdown for people, with ratings and critical as words.
import {
  exportJson,
  exportMarkdown,
  md,
  prioritiesExport,
  reasonsText,
  tableExport,
  type ExportExtrasSource,
  type ExportPlanItem,
  type ExportSource,
  rankPriorities,
} from '../../../src/core';
import { bold, green, red, tableOf, yellow } from '../../support/builders';

function sourceOf(rows: Parameters<typeof tableOf>[0], sheetName = 'Dreams'): ExportSource {
  const table = tableOf(rows);
  return {
    sheetName,
    dreams: table.dreams,
    priorities: rankPriorities(table),
    warnings: table.warnings.map((w) => w.message),
  };
}

const SOURCE = sourceOf([
  ['Founder', 'CTO', 'Author'],
  [bold(red('Hiring')), red('hiring'), yellow('Writing')],
  [yellow('Sales'), bold(green('Architecture')), bold(yellow('• Hiring'))],
  ['Taxes', '', ''],
]);

describe('JSON export', () => {
  it('has the sheet, the dreams in header order, the priorities and the warnings', () => {
    const doc = prioritiesExport(SOURCE);
    expect(doc.sheet).toBe('Dreams');
    expect(doc.dreams).toEqual(['Founder', 'CTO', 'Author']);
    expect(doc.priorities.map((p) => p.skill)).toEqual(['Hiring', 'Sales', 'Writing']);
    expect(doc.priorities[0]).toEqual({
      skill: 'Hiring',
      red: 2,
      redCritical: 1,
      yellow: 1,
      yellowCritical: 1,
      green: 0,
      dreams: [
        { dream: 'Founder', rating: 'red', critical: true },
        { dream: 'CTO', rating: 'red', critical: false },
        { dream: 'Author', rating: 'yellow', critical: true },
      ],
    });
    expect(doc.warnings).toEqual([]);
  });

  it('drops the core’s internal fields (key, col)', () => {
    const text = exportJson(SOURCE);
    expect(text).not.toMatch(/"key"|"col"/);
  });

  it('adds the whole table, every skill with its rating and whether it is critical', () => {
    const doc = tableExport(SOURCE);
    expect(doc.table[0]).toEqual({
      dream: 'Founder',
      skills: [
        { skill: 'Hiring', rating: 'red', critical: true },
        { skill: 'Sales', rating: 'yellow', critical: false },
        { skill: 'Taxes', rating: 'unrated', critical: false },
      ],
    });
    expect(JSON.parse(exportJson(SOURCE))).toEqual(doc);
  });

  it('keeps names as typed, quotes and all, as valid JSON', () => {
    const tricky = sourceOf([['Dream "one"'], [red('a\\b </script> =SUM(A1)')]]);
    const parsed = JSON.parse(exportJson(tricky)) as {
      table: Array<{ skills: Array<{ skill: string }> }>;
    };
    expect(parsed.table[0]?.skills[0]?.skill).toBe('a\\b </script> =SUM(A1)');
  });

  it('says an empty sheet name when there is no dreams sheet', () => {
    const empty = { sheetName: null, dreams: [], priorities: [], warnings: [] };
    expect(tableExport(empty)).toEqual({
      sheet: '',
      dreams: [],
      table: [],
      priorities: [],
      warnings: [],
    });
  });
});

describe('reasons', () => {
  it('groups dreams by rating, red first, marking critical ones', () => {
    expect(reasonsText(prioritiesExport(SOURCE).priorities[0]!.dreams)).toBe(
      'red in Founder (critical), CTO; yellow in Author (critical)',
    );
    expect(
      reasonsText([
        { dream: 'A', rating: 'green', critical: false },
        { dream: 'B', rating: 'unrated', critical: true },
        { dream: 'C', rating: 'yellow', critical: false },
      ]),
    ).toBe('yellow in C; green in A; not rated in B (critical)');
  });
});

describe('Markdown export', () => {
  const text = exportMarkdown(SOURCE);

  it('lists each dream’s skills with the rating and critical as words', () => {
    expect(text).toContain(
      ['## Founder', '', '- Hiring: Red, critical', '- Sales: Yellow', '- Taxes: Not rated'].join(
        '\n',
      ),
    );
    expect(text).toContain('- Architecture: Green, critical');
  });

  it('ranks the priorities with their reasons, and says what the words mean', () => {
    expect(text).toContain(
      '1. **Hiring**: red in Founder (critical), CTO; yellow in Author (critical)\n2. **Sales**: yellow in Founder\n3. **Writing**: yellow in Author',
    );
    expect(text).toContain('- Red: a skill this dream needs that is missing today.');
    expect(text).toContain('- Critical (bold in the sheet): a skill this dream cannot do without.');
  });

  it('escapes names so they show as typed, never as formatting', () => {
    const tricky = exportMarkdown(
      sourceOf([['*Big* dream'], [red('- [x](y) <b>|#1')], [red('1. Lead')]]),
    );
    expect(tricky).toContain('## \\*Big\\* dream');
    expect(tricky).toContain('- \\- \\[x\\](y) \\<b\\>\\|\\#1: Red');
    expect(tricky).toContain('- 1\\. Lead: Red');
    expect(md('two\nlines')).toBe('two lines');
    // Dollar signs would start inline maths where Markdown renders it (GitHub does).
    expect(md('Budgets from $1M to $5M')).toBe('Budgets from \\$1M to \\$5M');
  });

  it('says when there is nothing to work on yet, and lists warnings', () => {
    const calm = exportMarkdown(
      sourceOf([
        ['A', ''],
        [green('x'), 'stray'],
      ]),
    );
    expect(calm).toContain('No gaps yet: no skill is rated red or yellow.');
    expect(calm).toMatch(/## Warnings\n\n- Column B has a skill/);
  });
});

describe('with the extras read for the export (notes, why, plan, check-ins)', () => {
  const plan = (more: Partial<ExportPlanItem> = {}): ExportPlanItem => ({
    skill: 'Hiring',
    action: 'Run the next hiring loop',
    kind: 'Role or project',
    owner: 'Alex',
    byWhen: '2026-03-01',
    status: 'In progress',
    overdue: true,
    forDreams: 'Founder, CTO',
    now: 'red in Founder (critical), CTO',
    goal: 'Runs a loop alone',
    whoHelps: 'Sam',
    byWhenText: '',
    lastChecked: '2026-02-01',
    ...more,
  });
  const EXTRAS: ExportExtrasSource = {
    nextCheckIn: '2026-09-01',
    notes: [
      {
        dream: 'Founder',
        notes: [
          { skill: 'Hiring', note: 'Has hired a team\nof ten.' },
          { skill: 'Sales', note: '' },
        ],
      },
      { dream: 'cto', notes: [{ skill: '• HIRING', note: 'Builds *the* platform team' }] },
    ],
    why: [
      { dream: 'Founder', note: 'Autonomy\n- Money', motivations: ['Autonomy', 'Money'] },
      { dream: 'CTO', note: '', motivations: [] },
    ],
    plan: {
      sheetName: 'Plan',
      items: [
        plan(),
        plan({ skill: 'Sales', action: '- Join two calls', kind: 'Learn from someone' }),
        plan({
          action: 'Read a book on interviews',
          kind: 'Course or book',
          owner: '',
          whoHelps: '',
          byWhen: null,
          byWhenText: 'end of Q3',
          status: 'Done',
          overdue: false,
        }),
      ],
      warnings: ['Plan!J4: ‘Blocked’ is not a status.'],
    },
    checkIns: [
      { date: '2026-06-01', dream: 'Founder', skill: 'Hiring', rating: 'red', critical: true },
      { date: '2026-06-01', dream: 'Founder', skill: 'Sales', rating: 'none', critical: false },
      { date: '2026-01-05', dream: 'Founder', skill: 'Hiring', rating: 'red', critical: true },
    ],
  };

  it('keeps the keys it had and adds notes, why, plan and check-ins', () => {
    const doc = tableExport(SOURCE, EXTRAS);
    const { notes, why, plan: exported, checkIns, nextCheckIn, ...before } = doc;
    expect(before).toEqual(tableExport(SOURCE));
    expect(nextCheckIn).toBe('2026-09-01');
    // Only the notes with something in them, each naming its dream and skill.
    expect(notes).toEqual([
      { dream: 'Founder', skill: 'Hiring', note: 'Has hired a team\nof ten.' },
      { dream: 'cto', skill: '• HIRING', note: 'Builds *the* platform team' },
    ]);
    expect(why).toEqual([
      { dream: 'Founder', note: 'Autonomy\n- Money', motivations: ['Autonomy', 'Money'] },
      { dream: 'CTO', note: '', motivations: [] },
    ]);
    expect(exported?.sheet).toBe('Plan');
    expect(exported?.warnings).toEqual(['Plan!J4: ‘Blocked’ is not a status.']);
    // The CLI's `plan --json` item first, in its order, then the rest of the row.
    expect(Object.keys(exported!.items[0]!).slice(0, 7)).toEqual([
      'skill',
      'action',
      'kind',
      'owner',
      'byWhen',
      'status',
      'overdue',
    ]);
    expect(exported?.items[2]).toMatchObject({ byWhen: null, byWhenText: 'end of Q3' });
    expect(checkIns).toEqual(EXTRAS.checkIns);
    expect(JSON.parse(exportJson(SOURCE, EXTRAS))).toEqual(doc);
  });

  it('leaves the keys out when the extras could not be read: absent means not included', () => {
    const text = exportJson(SOURCE, null);
    expect(text).toBe(exportJson(SOURCE));
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'sheet',
      'dreams',
      'priorities',
      'warnings',
      'table',
    ]);
    expect(exportMarkdown(SOURCE, null)).toBe(exportMarkdown(SOURCE));
  });

  const text = exportMarkdown(SOURCE, EXTRAS);

  it('puts each dream’s why and each skill’s note in its dream, escaped', () => {
    expect(text).toContain(
      [
        '## Founder',
        '',
        'Why: Autonomy; Money',
        '',
        '- Hiring: Red, critical. Note: Has hired a team of ten.',
        '- Sales: Yellow',
      ].join('\n'),
    );
    // Found by identity (the table and the extras are two reads): ‘• HIRING’ in ‘cto’ is the
    // skill typed ‘hiring’ in ‘CTO’.
    expect(text).toContain('## CTO\n\n- hiring: Red. Note: Builds \\*the\\* platform team');
  });

  it('lists the plan skill by skill, with who, when and the status in words', () => {
    expect(text).toContain(
      [
        '## Plan',
        '',
        '### Hiring',
        '',
        'Now: red in Founder (critical), CTO. Goal: Runs a loop alone.',
        '',
        '- Run the next hiring loop. Kind: Role or project. Owner: Alex. Who helps: Sam. By 2026-03-01. Status: In progress, overdue.',
        '- Read a book on interviews. Kind: Course or book. By end of Q3. Status: Done.',
        '',
        '### Sales',
      ].join('\n'),
    );
    expect(text).toContain('- \\- Join two calls. Kind: Learn from someone.');
    // The sheet's warnings under a heading of their own, not as one more action of the last skill.
    expect(text).toContain(
      '### Warnings on the Plan sheet\n\n- Plan\\!J4: ‘Blocked’ is not a status.',
    );
  });

  it('lists the check-ins day by day, ratings and critical as words', () => {
    expect(text).toContain(
      [
        '## Check-ins',
        '',
        'Next check-in: 2026-09-01',
        '',
        '### 2026-01-05',
        '',
        '- Founder, Hiring: Red, critical',
        '',
        '### 2026-06-01',
        '',
        '- Founder, Hiring: Red, critical',
        '- Founder, Sales: Not rated',
      ].join('\n'),
    );
  });

  it('says so when there is no plan or check-in yet', () => {
    const empty = exportMarkdown(SOURCE, {
      ...EXTRAS,
      plan: { sheetName: null, items: [], warnings: [] },
      checkIns: [],
      nextCheckIn: null,
    });
    expect(empty).toContain('## Plan\n\nNo plan yet.');
    expect(empty).toContain('## Check-ins\n\nNo check-in recorded yet.');
  });
});

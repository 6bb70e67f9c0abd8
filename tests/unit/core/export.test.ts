// The exports the sidebar offers: JSON for tools (the same shape the command-line tool prints,
// plus the whole table) and Markdown for people, with ratings and critical as words.
import {
  exportJson,
  exportMarkdown,
  md,
  prioritiesExport,
  reasonsText,
  tableExport,
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

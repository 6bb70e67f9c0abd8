// Notes as the core plans them: definitions written with added skills, one skill's note set by
// content, and the span of one dream's notes. Notes are never part of the grid the table is
// read from, so applying a notes edit changes nothing the sidebar shows.
import {
  MAX_NOTE_LENGTH,
  notesSpan,
  planAddSkills,
  planSkillNote,
  skillNotes,
  applyToGrid,
  parseTable,
} from '../../../src/core';
import { grid, red, userErrorOf } from '../../support/builders';

//   A (Designer)   B (Founder)
const GRID = grid([
  ['Designer', 'Founder'],
  [red('Figma'), ''],
  ['', 'Sales'],
  ['Typography', ''],
]);
const TABLE = parseTable(GRID);

describe('planAddSkills with notes', () => {
  test('writes the names and, in one block beside them, their notes', () => {
    const plan = planAddSkills(
      TABLE,
      { dream: 'Designer' },
      ['Sketching', 'Colour', 'Layout'],
      ['Drawing ideas fast.', '', 'Arranging a page.'],
    );
    expect(plan.edits).toEqual([
      { kind: 'writeText', row: 5, col: 1, texts: [['Sketching'], ['Colour'], ['Layout']] },
      {
        kind: 'writeNotes',
        row: 5,
        col: 1,
        notes: [['Drawing ideas fast.'], [''], ['Arranging a page.']],
      },
    ]);
    expect(plan.message).toBe(
      'Added ‘Sketching’, ‘Colour’, ‘Layout’ to ‘Designer’, with definitions as notes.',
    );
  });

  test('keeps each note with its name when blanks and repeats are skipped', () => {
    const plan = planAddSkills(
      TABLE,
      { dream: 'Designer' },
      ['', 'figma', 'Layout'],
      ['lost', 'lost too', 'Arranging a page.'],
    );
    expect(plan.edits[1]).toEqual({
      kind: 'writeNotes',
      row: 5,
      col: 1,
      notes: [['Arranging a page.']],
    });
  });

  test('writes no notes when none is given or all are empty', () => {
    expect(planAddSkills(TABLE, { dream: 'Founder' }, ['Hiring'], ['  ']).edits).toHaveLength(1);
    expect(planAddSkills(TABLE, { dream: 'Founder' }, ['Hiring']).edits).toHaveLength(1);
  });

  test('leaves the table as read unchanged by the notes edit', () => {
    const plan = planAddSkills(TABLE, { dream: 'Founder' }, ['Hiring'], ['Builds the team.']);
    const next = parseTable(applyToGrid(GRID, plan.edits));
    expect(next.dreams[1]?.skills.map((s) => s.name)).toEqual(['Sales', 'Hiring']);
  });
});

describe('planSkillNote', () => {
  test('writes that one cell’s note, found by name, trimmed, with uniform line breaks', () => {
    const plan = planSkillNote(TABLE, { dream: 'founder', skill: 'SALES' }, ' One\r\ntwo \r');
    expect(plan.edits).toEqual([{ kind: 'writeNotes', row: 3, col: 2, notes: [['One\ntwo']] }]);
  });

  test('refuses, as "changed", a skill that is no longer there', () => {
    expect(
      userErrorOf(() => planSkillNote(TABLE, { dream: 'Founder', skill: 'Sell' }, 'x')).kind,
    ).toBe('changed');
  });

  test('refuses a note longer than the limit', () => {
    const error = userErrorOf(() =>
      planSkillNote(TABLE, { dream: 'Founder', skill: 'Sales' }, 'x'.repeat(MAX_NOTE_LENGTH + 1)),
    );
    expect(error.kind).toBe('refused');
  });
});

describe('notesSpan and skillNotes', () => {
  test('span from below the header to the dream’s last skill; notes matched by row', () => {
    const span = notesSpan(TABLE, { dream: 'Designer' });
    expect([span.fromRow, span.toRow]).toEqual([2, 4]);
    expect(skillNotes(span.dream, span.fromRow, ['a', '', 'c'])).toEqual([
      { skill: 'Figma', row: 2, note: 'a' },
      { skill: 'Typography', row: 4, note: 'c' },
    ]);
  });

  test('an empty span for a dream with no skills', () => {
    const span = notesSpan(parseTable(grid([['Designer']])), { dream: 'Designer' });
    expect(span.toRow).toBeLessThan(span.fromRow);
    expect(skillNotes(span.dream, span.fromRow, [])).toEqual([]);
  });
});

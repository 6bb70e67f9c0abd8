// Sidebar actions, planned from a freshly read table. docs/design.md: write only the cells that
// change; locate by content (names), using coordinates only as hints between duplicates; when
// the sheet changed meanwhile, answer "changed" rather than touch the wrong cell; refuse rather
// than guess; delete user content only on an explicit, confirmed request.
import {
  MAX_NAME_LENGTH,
  planAddDream,
  planAddSkills,
  planCritical,
  planRating,
  planRemoveDream,
  planRemoveSkill,
  planRenameDream,
  planRenameSkill,
  planSelectionCritical,
  planSelectionRating,
  skillsInSelection,
  type Plan,
  RATING_FILLS,
  ratingOfColour,
  UserError,
  isUserError,
  applyToGrid,
  parseTable,
  type Edit,
  type Grid,
  type Table,
} from '../../../src/core';
import {
  BLUE,
  GREY,
  blankRows,
  bold,
  cell,
  defined,
  green,
  grid,
  red,
  tableOf,
  userErrorOf,
  yellow,
  type CellSpec,
} from '../../support/builders';

//        A (Designer)        B (Founder)          C (no dream)  D (Manager)
const ROWS: CellSpec[][] = [
  ['Designer', 'Founder', '', 'Manager'],
  [red('Figma'), yellow('Pitching'), '', bold(red('Hiring'))],
  ['', bold('Fundraising'), 'stray note', green('Budgeting')],
  [green('Typography'), '', '', ''],
];
const GRID = grid(ROWS);
const TABLE = parseTable(GRID);

/** The plan applied to the grid, read back: what the sidebar will show next. */
function after(g: Grid, plan: Plan): Table {
  return parseTable(applyToGrid(g, plan.edits));
}

function skillsOf(table: Table, dream: string) {
  return defined(
    table.dreams.find((d) => d.name === dream),
    `dream ${dream}`,
  ).skills.map((s) => ({ name: s.name, rating: s.rating, critical: s.critical }));
}

function expectRefused(fn: () => unknown, kind: UserError['kind'] = 'refused', ...words: string[]) {
  const error = userErrorOf(fn);
  expect(isUserError(error)).toBe(true);
  expect(error.kind).toBe(kind);
  expect(error.message.trim()).not.toBe('');
  expect(error.message).not.toMatch(/undefined|null|NaN|\[object/);
  for (const word of words) expect(error.message).toContain(word);
  return error;
}

const longName = (n: number) => 'x'.repeat(n);

describe('planAddDream', () => {
  test('writes the name in the header row, right of everything on the sheet', () => {
    // Column C has a stray cell: the new dream goes to E, so it does not adopt "stray note".
    const plan = planAddDream(TABLE, 'Writer');
    expect(plan.edits).toEqual([{ kind: 'writeText', row: 1, col: 5, texts: [['Writer']] }]);
    expect(plan.message).toContain('Writer');
  });

  test('cleans the name: bullet, extra spaces', () => {
    const plan = planAddDream(TABLE, '  •  Product   owner ');
    expect(plan.edits).toEqual([{ kind: 'writeText', row: 1, col: 5, texts: [['Product owner']] }]);
  });

  test('on an empty sheet, starts at A1', () => {
    const plan = planAddDream(tableOf([]), 'Designer');
    expect(plan.edits).toEqual([{ kind: 'writeText', row: 1, col: 1, texts: [['Designer']] }]);
  });

  test('on a table that starts at C4, uses row 4', () => {
    const table = tableOf([...blankRows(3), ['', '', 'Designer', 'Founder'], ['', '', 'Figma']]);
    const plan = planAddDream(table, 'Writer');
    expect(plan.edits).toEqual([{ kind: 'writeText', row: 4, col: 5, texts: [['Writer']] }]);
  });

  test('keeps formula-looking text as text', () => {
    const plan = planAddDream(TABLE, '=IMPORTXML("http://x", "//a")');
    expect(plan.edits).toEqual([
      { kind: 'writeText', row: 1, col: 5, texts: [['=IMPORTXML("http://x", "//a")']] },
    ]);
  });

  test('the new dream reads back as a dream with no skills', () => {
    const next = after(GRID, planAddDream(TABLE, 'Writer'));
    expect(next.dreams.map((d) => d.name)).toEqual(['Designer', 'Founder', 'Manager', 'Writer']);
    expect(skillsOf(next, 'Writer')).toEqual([]);
  });

  test.each(['', '   ', '\t\n', '•', ' - '])('refuses an empty name %p', (input) => {
    expectRefused(() => planAddDream(TABLE, input), 'refused');
  });

  test('refuses a missing name (null or undefined from the sidebar) without crashing', () => {
    expectRefused(() => planAddDream(TABLE, undefined as unknown as string));
    expectRefused(() => planAddDream(TABLE, null as unknown as string));
  });

  test('refuses a name longer than the limit, accepts one at the limit', () => {
    const error = expectRefused(() => planAddDream(TABLE, longName(MAX_NAME_LENGTH + 1)));
    expect(error.message).toContain(String(MAX_NAME_LENGTH));
    expect(planAddDream(TABLE, longName(MAX_NAME_LENGTH)).edits).toHaveLength(1);
  });

  test('refuses a dream that already exists, in any case or spelling', () => {
    expectRefused(() => planAddDream(TABLE, 'designer'), 'refused', 'Designer');
    expectRefused(() => planAddDream(TABLE, '• FOUNDER'), 'refused', 'Founder');
  });
});

describe('planRenameDream', () => {
  test('writes the new name over the header cell only', () => {
    const plan = planRenameDream(TABLE, { dream: 'Founder', col: 2 }, 'Start-up founder');
    expect(plan.edits).toEqual([
      { kind: 'writeText', row: 1, col: 2, texts: [['Start-up founder']] },
    ]);
    const next = after(GRID, plan);
    expect(skillsOf(next, 'Start-up founder').map((s) => s.name)).toEqual([
      'Pitching',
      'Fundraising',
    ]);
  });

  test('finds the dream by name even if it moved since the sidebar saw it', () => {
    const moved = tableOf([
      ['', ...ROWS[0]!],
      ['', ...ROWS[1]!],
    ]);
    const plan = planRenameDream(moved, { dream: 'Founder', col: 2 }, 'CEO');
    expect(plan.edits).toEqual([{ kind: 'writeText', row: 1, col: 3, texts: [['CEO']] }]);
  });

  test('may change only the letter case', () => {
    const plan = planRenameDream(TABLE, { dream: 'Designer' }, 'designer');
    expect(plan.edits).toEqual([{ kind: 'writeText', row: 1, col: 1, texts: [['designer']] }]);
  });

  test('the same name changes nothing', () => {
    expect(planRenameDream(TABLE, { dream: 'Designer' }, ' Designer ').edits).toEqual([]);
  });

  test('a dream renamed or removed meanwhile is "changed"', () => {
    expectRefused(
      () => planRenameDream(TABLE, { dream: 'Astronaut' }, 'Pilot'),
      'changed',
      'Astronaut',
    );
  });

  test('refuses the name of another dream', () => {
    expectRefused(
      () => planRenameDream(TABLE, { dream: 'Founder' }, 'manager'),
      'refused',
      'Manager',
    );
  });

  test('refuses an empty or too long name', () => {
    expectRefused(() => planRenameDream(TABLE, { dream: 'Founder' }, '  '));
    expectRefused(() =>
      planRenameDream(TABLE, { dream: 'Founder' }, longName(MAX_NAME_LENGTH + 1)),
    );
  });
});

describe('planRemoveDream', () => {
  test('deletes the dream’s cells from the header down and shifts the rest of the table left', () => {
    const plan = planRemoveDream(TABLE, { dream: 'Founder' }, ['Pitching', 'Fundraising']);
    expect(plan.edits).toEqual([{ kind: 'deleteColumnCells', col: 2, fromRow: 1, toRow: 4 }]);
    const next = after(GRID, plan);
    expect(next.dreams.map((d) => [d.name, d.col])).toEqual([
      ['Designer', 1],
      ['Manager', 3],
    ]);
    // The other dreams keep their ratings and critical flags.
    expect(skillsOf(next, 'Manager')).toEqual([
      { name: 'Hiring', rating: 'red', critical: true },
      { name: 'Budgeting', rating: 'green', critical: false },
    ]);
    expect(skillsOf(next, 'Designer')).toEqual(skillsOf(TABLE, 'Designer'));
  });

  test('deletes the whole column, above a table that starts lower down too', () => {
    const table = tableOf([...blankRows(2), ['Designer', 'Founder'], ['Figma', 'Pitching']]);
    expect(planRemoveDream(table, { dream: 'Founder' }, ['Pitching']).edits).toEqual([
      { kind: 'deleteColumnCells', col: 2, fromRow: 1, toRow: 4 },
    ]);
  });

  test('the confirmed list may come in any order and spelling', () => {
    const plan = planRemoveDream(TABLE, { dream: 'Founder' }, ['• fundraising', 'PITCHING']);
    expect(plan.edits).toHaveLength(1);
  });

  test('a dream with no skills is removed with an empty list', () => {
    const table = tableOf([['Designer', 'Founder'], ['Figma']]);
    expect(planRemoveDream(table, { dream: 'Founder' }, []).edits).toEqual([
      { kind: 'deleteColumnCells', col: 2, fromRow: 1, toRow: 2 },
    ]);
  });

  test('refuses ("changed") when a skill was added since the user confirmed', () => {
    expectRefused(() => planRemoveDream(TABLE, { dream: 'Founder' }, ['Pitching']), 'changed');
  });

  test('refuses ("changed") when a skill was removed or renamed since', () => {
    expectRefused(
      () => planRemoveDream(TABLE, { dream: 'Founder' }, ['Pitching', 'Fundraising', 'Sales']),
      'changed',
    );
    expectRefused(
      () => planRemoveDream(TABLE, { dream: 'Founder' }, ['Pitching', 'Fund raising']),
      'changed',
    );
  });

  test('refuses ("changed") a dream that is gone', () => {
    expectRefused(() => planRemoveDream(TABLE, { dream: 'Astronaut' }, []), 'changed');
  });
});

describe('planAddSkills', () => {
  test('writes below the last skill of the dream (not into a blank row between skills)', () => {
    // Designer: Figma in A2, A3 blank, Typography in A4.
    const plan = planAddSkills(TABLE, { dream: 'Designer' }, ['Sketching']);
    expect(plan.edits).toEqual([{ kind: 'writeText', row: 5, col: 1, texts: [['Sketching']] }]);
  });

  test('writes several skills as one block, cleaned', () => {
    const plan = planAddSkills(TABLE, { dream: 'Founder' }, [
      'Sales',
      '  • Hiring   a team',
      'Legal',
    ]);
    expect(plan.edits).toEqual([
      { kind: 'writeText', row: 4, col: 2, texts: [['Sales'], ['Hiring a team'], ['Legal']] },
    ]);
    expect(plan.message).toContain('Sales');
  });

  test('new skills read back unrated and not critical, under their dream', () => {
    const next = after(GRID, planAddSkills(TABLE, { dream: 'Manager' }, ['Coaching']));
    expect(skillsOf(next, 'Manager')).toEqual([
      { name: 'Hiring', rating: 'red', critical: true },
      { name: 'Budgeting', rating: 'green', critical: false },
      { name: 'Coaching', rating: 'unrated', critical: false },
    ]);
  });

  test('skips blank lines', () => {
    const plan = planAddSkills(TABLE, { dream: 'Founder' }, ['', 'Sales', '   ', '-']);
    expect(plan.edits).toEqual([{ kind: 'writeText', row: 4, col: 2, texts: [['Sales']] }]);
  });

  test('skips skills the dream already lists, and says so', () => {
    const plan = planAddSkills(TABLE, { dream: 'Designer' }, ['• figma', 'Sketching']);
    expect(plan.edits).toEqual([{ kind: 'writeText', row: 5, col: 1, texts: [['Sketching']] }]);
    expect(plan.message).toContain('figma');
  });

  test('adds a skill only once when typed twice', () => {
    const plan = planAddSkills(TABLE, { dream: 'Designer' }, ['Sketching', 'sketching']);
    expect(plan.edits).toEqual([{ kind: 'writeText', row: 5, col: 1, texts: [['Sketching']] }]);
  });

  test('a skill another dream lists is fine', () => {
    const plan = planAddSkills(TABLE, { dream: 'Designer' }, ['Pitching']);
    expect(plan.edits).toEqual([{ kind: 'writeText', row: 5, col: 1, texts: [['Pitching']] }]);
  });

  test('refuses when every skill is already listed', () => {
    expectRefused(
      () => planAddSkills(TABLE, { dream: 'Designer' }, ['Figma', 'TYPOGRAPHY']),
      'refused',
      'Figma',
    );
  });

  test('refuses when nothing was typed', () => {
    expectRefused(() => planAddSkills(TABLE, { dream: 'Designer' }, []));
    expectRefused(() => planAddSkills(TABLE, { dream: 'Designer' }, ['', '  ']));
  });

  test('refuses a too-long skill (and adds none of the batch)', () => {
    expectRefused(() =>
      planAddSkills(TABLE, { dream: 'Designer' }, ['Ok', longName(MAX_NAME_LENGTH + 1)]),
    );
  });

  test('a dream with no skills gets them right under its header', () => {
    const table = tableOf([...blankRows(2), ['', 'Designer', 'Founder'], ['', 'Figma']]);
    const plan = planAddSkills(table, { dream: 'Founder' }, ['Pitching']);
    expect(plan.edits).toEqual([{ kind: 'writeText', row: 4, col: 3, texts: [['Pitching']] }]);
  });

  test('goes below an error cell in the column instead of writing over it', () => {
    const table = tableOf([['Designer'], ['Figma'], ['#REF!']]);
    const plan = planAddSkills(table, { dream: 'Designer' }, ['Sketching']);
    expect(plan.edits).toEqual([{ kind: 'writeText', row: 4, col: 1, texts: [['Sketching']] }]);
  });

  test('a dream gone meanwhile is "changed"', () => {
    expectRefused(() => planAddSkills(TABLE, { dream: 'Astronaut' }, ['Flying']), 'changed');
  });
});

describe('planRenameSkill', () => {
  test('writes the new name over that cell only, keeping its rating and bold', () => {
    const plan = planRenameSkill(TABLE, { dream: 'Manager', skill: 'Hiring' }, 'Hiring & firing');
    expect(plan.edits).toEqual([
      { kind: 'writeText', row: 2, col: 4, texts: [['Hiring & firing']] },
    ]);
    expect(skillsOf(after(GRID, plan), 'Manager')[0]).toEqual({
      name: 'Hiring & firing',
      rating: 'red',
      critical: true,
    });
  });

  test('finds the skill by any spelling of its name', () => {
    const plan = planRenameSkill(TABLE, { dream: 'designer', skill: '• FIGMA' }, 'Figma & FigJam');
    expect(plan.edits).toEqual([
      { kind: 'writeText', row: 2, col: 1, texts: [['Figma & FigJam']] },
    ]);
  });

  test('finds the skill by name even when rows moved (the row is only a hint)', () => {
    const plan = planRenameSkill(
      TABLE,
      { dream: 'Designer', skill: 'Typography', row: 2, col: 1 },
      'Type',
    );
    expect(plan.edits).toEqual([{ kind: 'writeText', row: 4, col: 1, texts: [['Type']] }]);
  });

  test('may take a name another dream uses', () => {
    const plan = planRenameSkill(TABLE, { dream: 'Designer', skill: 'Figma' }, 'Pitching');
    expect(plan.edits).toHaveLength(1);
  });

  test('refuses a name the same dream already lists', () => {
    expectRefused(
      () => planRenameSkill(TABLE, { dream: 'Designer', skill: 'Figma' }, 'typography'),
      'refused',
      'Typography',
    );
  });

  test('the same name changes nothing', () => {
    expect(planRenameSkill(TABLE, { dream: 'Designer', skill: 'Figma' }, 'Figma').edits).toEqual(
      [],
    );
  });

  test('refuses an empty or too-long name', () => {
    expectRefused(() => planRenameSkill(TABLE, { dream: 'Designer', skill: 'Figma' }, ' '));
    expectRefused(() =>
      planRenameSkill(TABLE, { dream: 'Designer', skill: 'Figma' }, longName(MAX_NAME_LENGTH + 1)),
    );
  });

  test('a skill renamed or removed meanwhile is "changed"', () => {
    expectRefused(
      () => planRenameSkill(TABLE, { dream: 'Designer', skill: 'Sketch' }, 'x'),
      'changed',
      'Sketch',
    );
  });

  test('a skill under a dream renamed meanwhile is "changed"', () => {
    expectRefused(
      () => planRenameSkill(TABLE, { dream: 'Painter', skill: 'Figma' }, 'x'),
      'changed',
    );
  });

  test('a skill that moved to another dream is "changed" (never the other dream’s cell)', () => {
    expectRefused(
      () => planRenameSkill(TABLE, { dream: 'Designer', skill: 'Pitching' }, 'x'),
      'changed',
    );
  });
});

describe('planRemoveSkill', () => {
  test('deletes that one cell and shifts the cells below it up', () => {
    const plan = planRemoveSkill(TABLE, { dream: 'Founder', skill: 'Pitching' });
    expect(plan.edits).toEqual([{ kind: 'deleteCellShiftUp', row: 2, col: 2 }]);
    const next = after(GRID, plan);
    expect(skillsOf(next, 'Founder')).toEqual([
      { name: 'Fundraising', rating: 'unrated', critical: true },
    ]);
    // Nothing else moved.
    for (const dream of ['Designer', 'Manager'])
      expect(skillsOf(next, dream)).toEqual(skillsOf(TABLE, dream));
  });

  test('a skill gone meanwhile is "changed"', () => {
    expectRefused(() => planRemoveSkill(TABLE, { dream: 'Founder', skill: 'Sales' }), 'changed');
  });
});

describe('a skill listed twice under one dream', () => {
  const rows: CellSpec[][] = [['Analyst'], [red('SQL')], ['Excel'], [green('sql')]];
  const table = tableOf(rows);

  test('the row hint picks the one meant', () => {
    expect(
      planRemoveSkill(table, { dream: 'Analyst', skill: 'SQL', row: 4, col: 1 }).edits,
    ).toEqual([{ kind: 'deleteCellShiftUp', row: 4, col: 1 }]);
    expect(
      planRating(table, [{ dream: 'Analyst', skill: 'SQL', row: 2, col: 1 }], 'yellow').edits,
    ).toEqual([{ kind: 'format', cells: [{ row: 2, col: 1 }], background: RATING_FILLS.yellow }]);
  });

  test('without a hint, or with a stale one, nothing is guessed', () => {
    const error = expectRefused(
      () => planRemoveSkill(table, { dream: 'Analyst', skill: 'SQL' }),
      'changed',
    );
    expect(error.message).toContain('A2');
    expect(error.message).toContain('A4');
    expectRefused(
      () => planRemoveSkill(table, { dream: 'Analyst', skill: 'SQL', row: 3 }),
      'changed',
    );
  });
});

describe('two dreams with the same name', () => {
  const table = tableOf([
    ['Designer', 'Founder', 'Designer'],
    ['Figma', 'Pitching', 'Figma'],
  ]);

  test('the column hint picks the one meant', () => {
    expect(planAddSkills(table, { dream: 'Designer', col: 3 }, ['Sketching']).edits).toEqual([
      { kind: 'writeText', row: 3, col: 3, texts: [['Sketching']] },
    ]);
    expect(
      planRating(table, [{ dream: 'Designer', skill: 'Figma', row: 2, col: 1 }], 'red').edits,
    ).toEqual([{ kind: 'format', cells: [{ row: 2, col: 1 }], background: RATING_FILLS.red }]);
  });

  test('without a hint, or with a stale one, nothing is guessed', () => {
    expectRefused(() => planAddSkills(table, { dream: 'Designer' }, ['Sketching']), 'changed');
    expectRefused(
      () => planAddSkills(table, { dream: 'Designer', col: 2 }, ['Sketching']),
      'changed',
    );
  });
});

describe('planRating', () => {
  test('fills a skill with the add-on’s shade for the rating', () => {
    const plan = planRating(TABLE, [{ dream: 'Designer', skill: 'Figma' }], 'yellow');
    expect(plan.edits).toEqual([
      { kind: 'format', cells: [{ row: 2, col: 1 }], background: RATING_FILLS.yellow },
    ]);
    expect(skillsOf(after(GRID, plan), 'Designer')[0]?.rating).toBe('yellow');
  });

  test('"none" removes the fill', () => {
    const plan = planRating(TABLE, [{ dream: 'Designer', skill: 'Figma' }], 'none');
    expect(plan.edits).toEqual([{ kind: 'format', cells: [{ row: 2, col: 1 }], background: null }]);
    expect(skillsOf(after(GRID, plan), 'Designer')[0]?.rating).toBe('unrated');
  });

  test('does not rewrite a cell that already reads as that rating (it keeps its own shade)', () => {
    const plan = planRating(
      TABLE,
      [
        { dream: 'Designer', skill: 'Figma' }, // already red
        { dream: 'Designer', skill: 'Typography' }, // green
        { dream: 'Manager', skill: 'Hiring' }, // already red
        { dream: 'Founder', skill: 'Fundraising' }, // unrated
      ],
      'red',
    );
    expect(plan.edits).toEqual([
      {
        kind: 'format',
        cells: [
          { row: 4, col: 1 },
          { row: 3, col: 2 },
        ],
        background: RATING_FILLS.red,
      },
    ]);
  });

  test('all already rated so: no edits, and a message that says so', () => {
    const plan = planRating(TABLE, [{ dream: 'Designer', skill: 'Figma' }], 'red');
    expect(plan.edits).toEqual([]);
    expect(plan.message).toContain('Figma');
    expect(planRating(TABLE, [{ dream: 'Founder', skill: 'Fundraising' }], 'none').edits).toEqual(
      [],
    );
  });

  test('the fills it writes read back as the rating asked for', () => {
    for (const rating of ['red', 'yellow', 'green'] as const) {
      const plan = planRating(TABLE, [{ dream: 'Founder', skill: 'Fundraising' }], rating);
      const edit = defined(plan.edits[0]) as Extract<Edit, { kind: 'format' }>;
      expect(ratingOfColour(edit.background).rating).toBe(rating);
      expect(edit.fontWeight).toBeUndefined(); // bold is not touched
    }
  });

  test('one stale target refuses the whole request (no partial edits)', () => {
    expectRefused(
      () =>
        planRating(
          TABLE,
          [
            { dream: 'Designer', skill: 'Typography' },
            { dream: 'Designer', skill: 'Sketch' },
          ],
          'red',
        ),
      'changed',
    );
  });

  test('"none" removes a light-grey fill too: "not rated" means no fill at all', () => {
    const table = tableOf([['Designer'], [cell('Figma', GREY)]]);
    expect(planRating(table, [{ dream: 'Designer', skill: 'Figma' }], 'none').edits).toEqual([
      { kind: 'format', cells: [{ row: 2, col: 1 }], background: null },
    ]);
  });

  test('"none" on a skill with no fill writes nothing', () => {
    const table = tableOf([['Designer'], ['Figma']]);
    expect(planRating(table, [{ dream: 'Designer', skill: 'Figma' }], 'none').edits).toEqual([]);
  });

  // A blue fill reads as unrated and draws a warning; "none" is how to clear it.
  test('"none" on a blue (unusual-colour) skill removes the blue fill', () => {
    const g = grid([['Designer'], [cell('Figma', BLUE)]]);
    const table = parseTable(g);
    expect(table.warnings.map((w) => w.code)).toEqual(['unknown-colour']);
    const plan = planRating(table, [{ dream: 'Designer', skill: 'Figma' }], 'none');
    expect(plan.edits).toEqual([{ kind: 'format', cells: [{ row: 2, col: 1 }], background: null }]);
    expect(after(g, plan).warnings).toEqual([]);
  });
});

describe('planCritical', () => {
  test('bolds a skill, leaving its fill', () => {
    const plan = planCritical(TABLE, [{ dream: 'Designer', skill: 'Figma' }], true);
    expect(plan.edits).toEqual([
      { kind: 'format', cells: [{ row: 2, col: 1 }], fontWeight: 'bold' },
    ]);
    expect(skillsOf(after(GRID, plan), 'Designer')[0]).toEqual({
      name: 'Figma',
      rating: 'red',
      critical: true,
    });
  });

  test('unbolds a skill', () => {
    const plan = planCritical(TABLE, [{ dream: 'Manager', skill: 'Hiring' }], false);
    expect(plan.edits).toEqual([
      { kind: 'format', cells: [{ row: 2, col: 4 }], fontWeight: 'normal' },
    ]);
  });

  test('only the cells that change are written', () => {
    const plan = planCritical(
      TABLE,
      [
        { dream: 'Manager', skill: 'Hiring' }, // already bold
        { dream: 'Manager', skill: 'Budgeting' },
      ],
      true,
    );
    expect(plan.edits).toEqual([
      { kind: 'format', cells: [{ row: 3, col: 4 }], fontWeight: 'bold' },
    ]);
  });

  test('nothing to change: no edits', () => {
    expect(planCritical(TABLE, [{ dream: 'Manager', skill: 'Hiring' }], true).edits).toEqual([]);
    expect(planCritical(TABLE, [{ dream: 'Designer', skill: 'Figma' }], false).edits).toEqual([]);
  });

  test('a stale target is "changed"', () => {
    expectRefused(
      () => planCritical(TABLE, [{ dream: 'Designer', skill: 'Sketch' }], true),
      'changed',
    );
  });
});

describe('skillsInSelection', () => {
  const range = (row: number, col: number, numRows: number, numCols: number) => ({
    row,
    col,
    numRows,
    numCols,
  });
  const names = (scope: ReturnType<typeof skillsInSelection>) => scope.skills.map((s) => s.name);

  test('a rectangle over headers and skills: the skills, and the headers as "others"', () => {
    const scope = skillsInSelection(TABLE, [range(1, 1, 2, 2)]); // A1:B2
    expect(names(scope).sort()).toEqual(['Figma', 'Pitching']);
    expect([...scope.others].sort()).toEqual(['A1', 'B1']);
  });

  test('a cell with no dream above it is reported, not treated as a skill', () => {
    const scope = skillsInSelection(TABLE, [range(2, 2, 3, 3)]); // B2:D4
    expect(names(scope).sort()).toEqual(['Budgeting', 'Fundraising', 'Hiring', 'Pitching']);
    expect(scope.others).toEqual(['C3']);
  });

  test('blank cells are neither skills nor reported', () => {
    const scope = skillsInSelection(TABLE, [range(3, 1, 1, 1), range(5, 1, 10, 10)]); // A3, A5:J14
    expect(scope).toEqual({ skills: [], others: [] });
  });

  test('several ranges add up', () => {
    const scope = skillsInSelection(TABLE, [
      range(2, 1, 1, 1),
      range(4, 1, 1, 1),
      range(3, 4, 1, 1),
    ]);
    expect(names(scope).sort()).toEqual(['Budgeting', 'Figma', 'Typography']);
    expect(scope.others).toEqual([]);
  });

  test('an error cell in the selection is reported', () => {
    const table = tableOf([['Designer'], ['Figma'], ['#N/A']]);
    const scope = skillsInSelection(table, [range(1, 1, 3, 1)]);
    expect(names(scope)).toEqual(['Figma']);
    expect([...scope.others].sort()).toEqual(['A1', 'A3']);
  });
});

describe('planSelectionRating', () => {
  const range = (row: number, col: number, numRows: number, numCols: number) => ({
    row,
    col,
    numRows,
    numCols,
  });

  test('rates the skills selected, leaves the other cells alone and says which', () => {
    const scope = skillsInSelection(TABLE, [range(1, 2, 3, 2)]); // B1:C3
    const plan = planSelectionRating(scope, 'green');
    expect(plan.edits).toEqual([
      {
        kind: 'format',
        cells: [
          { row: 2, col: 2 },
          { row: 3, col: 2 },
        ],
        background: RATING_FILLS.green,
      },
    ]);
    expect(plan.message).toContain('B1');
    expect(plan.message).toContain('C3');
    const next = after(GRID, plan);
    expect(next.strayCells).toEqual(TABLE.strayCells);
    expect(applyToGrid(GRID, plan.edits).backgrounds[2]?.[2]).toBe(GRID.backgrounds[2]?.[2]);
  });

  test('skills already of that rating are not rewritten', () => {
    const scope = skillsInSelection(TABLE, [range(2, 1, 3, 4)]); // A2:D4
    const plan = planSelectionRating(scope, 'red');
    const cells = plan.edits.flatMap((e) => (e.kind === 'format' ? e.cells : []));
    // Figma and Hiring are red already.
    expect(cells).toEqual(
      expect.arrayContaining([
        { row: 2, col: 2 },
        { row: 3, col: 2 },
        { row: 3, col: 4 },
        { row: 4, col: 1 },
      ]),
    );
    expect(cells).toHaveLength(4);
  });

  test('refuses a selection with no skill in it', () => {
    const scope = skillsInSelection(TABLE, [range(1, 1, 1, 4)]); // the header row
    expectRefused(() => planSelectionRating(scope, 'red'), 'refused');
    expectRefused(() => planSelectionRating({ skills: [], others: [] }, 'red'), 'refused');
  });
});

describe('planSelectionCritical', () => {
  const range = (row: number, col: number, numRows: number, numCols: number) => ({
    row,
    col,
    numRows,
    numCols,
  });
  const weightEdits = (plan: Plan) =>
    plan.edits.map((e) => (e.kind === 'format' ? { cells: e.cells, fontWeight: e.fontWeight } : e));

  test('toggle on a mix of bold and normal makes them all bold (like Sheets’ Bold button)', () => {
    const scope = skillsInSelection(TABLE, [range(2, 4, 2, 1)]); // Hiring (bold), Budgeting
    expect(weightEdits(planSelectionCritical(scope, 'toggle'))).toEqual([
      { cells: [{ row: 3, col: 4 }], fontWeight: 'bold' },
    ]);
  });

  test('toggle on all-bold skills makes them normal', () => {
    const scope = skillsInSelection(TABLE, [range(2, 4, 1, 1), range(3, 2, 1, 1)]); // Hiring, Fundraising
    const plan = planSelectionCritical(scope, 'toggle');
    const cells = plan.edits.flatMap((e) => (e.kind === 'format' ? e.cells : []));
    expect(cells).toEqual(
      expect.arrayContaining([
        { row: 2, col: 4 },
        { row: 3, col: 2 },
      ]),
    );
    expect(cells).toHaveLength(2);
    expect(plan.edits.every((e) => e.kind === 'format' && e.fontWeight === 'normal')).toBe(true);
  });

  test('toggle on all-normal skills makes them bold', () => {
    const scope = skillsInSelection(TABLE, [range(2, 1, 1, 1)]); // Figma
    expect(weightEdits(planSelectionCritical(scope, 'toggle'))).toEqual([
      { cells: [{ row: 2, col: 1 }], fontWeight: 'bold' },
    ]);
  });

  test('"on" and "off" touch only the cells that change', () => {
    const scope = skillsInSelection(TABLE, [range(2, 4, 2, 1)]); // Hiring (bold), Budgeting
    expect(weightEdits(planSelectionCritical(scope, 'on'))).toEqual([
      { cells: [{ row: 3, col: 4 }], fontWeight: 'bold' },
    ]);
    expect(weightEdits(planSelectionCritical(scope, 'off'))).toEqual([
      { cells: [{ row: 2, col: 4 }], fontWeight: 'normal' },
    ]);
  });

  test('leaves non-skill cells alone and says which', () => {
    const scope = skillsInSelection(TABLE, [range(1, 1, 2, 1)]); // A1:A2
    const plan = planSelectionCritical(scope, 'on');
    expect(weightEdits(plan)).toEqual([{ cells: [{ row: 2, col: 1 }], fontWeight: 'bold' }]);
    expect(plan.message).toContain('A1');
  });

  test('refuses a selection with no skill in it', () => {
    expectRefused(() =>
      planSelectionCritical(skillsInSelection(TABLE, [range(3, 3, 1, 1)]), 'toggle'),
    );
  });

  test('the result reads back as the sidebar expects', () => {
    const scope = skillsInSelection(TABLE, [range(2, 1, 3, 1)]); // Figma, Typography
    const next = after(GRID, planSelectionCritical(scope, 'toggle'));
    expect(skillsOf(next, 'Designer')).toEqual([
      { name: 'Figma', rating: 'red', critical: true },
      { name: 'Typography', rating: 'green', critical: true },
    ]);
  });
});

describe('a name of invisible characters alone', () => {
  // Joiners are kept inside names (Persian, Indic scripts, emoji need them), but alone they are
  // no name: the table would read the cell as empty.
  test.each(['\u200C', '\u200D', ' \u200C\u200D ', '\u200B'])('%j is refused', (name) => {
    expect(userErrorOf(() => planAddDream(TABLE, name)).message).toBe(
      'Type a name for the dream first.',
    );
    expect(userErrorOf(() => planAddSkills(TABLE, { dream: 'Founder' }, [name])).kind).toBe(
      'refused',
    );
  });
});

describe('a name Sheets would read back as an error value', () => {
  // The add-on writes names as literal text, yet getValues() gives an error cell as the same
  // string ('#REF!'), so the table cannot tell the two apart and would leave the name out.
  const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#ERROR!'];

  test.each(ERRORS)('%s is refused as a dream, in add and rename', (name) => {
    expect(userErrorOf(() => planAddDream(TABLE, name)).message).toMatch(
      new RegExp(`‘${name.replace(/[?/]/g, '\\$&')}’ is how Sheets shows an error`),
    );
    expect(userErrorOf(() => planRenameDream(TABLE, { dream: 'Founder' }, name)).kind).toBe(
      'refused',
    );
  });

  test.each(ERRORS)('%s is refused as a skill, in add and rename', (name) => {
    expectRefused(() => planAddSkills(TABLE, { dream: 'Founder' }, ['Grit', name]));
    expectRefused(() =>
      planRenameSkill(TABLE, { dream: 'Founder', skill: 'Pitching', row: 2, col: 2 }, name),
    );
  });

  test('after cleaning too: a bullet and spaces around it do not hide it', () => {
    expectRefused(() => planAddDream(TABLE, '  • #REF!  '));
  });

  test('a name that only contains one, or in other letters, is a name', () => {
    expect(planAddDream(TABLE, '#REF! hunting').edits).toHaveLength(1);
    expect(planAddDream(TABLE, '#n/a').edits).toHaveLength(1);
  });
});

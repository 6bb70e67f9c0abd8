// Table parsing, from the sheet contract of docs/design.md: the header row is the first non-empty
// row, each non-empty header cell is a dream, its skills are the non-empty cells below it (blank
// rows allowed, the table may start anywhere); skills under an empty header are left out with a
// warning naming them; fill = rating, bold = critical.
import {
  parseTable,
  type Dream,
  type Table,
  type Warning,
  type WarningCode,
} from '../../../src/core';
import {
  BLUE,
  GREEN,
  GREY,
  NO_FILL,
  RED,
  YELLOW,
  blankRows,
  bold,
  cell,
  defined,
  green,
  grid,
  red,
  tableOf,
  yellow,
} from '../../support/builders';

function dream(table: Table, name: string): Dream {
  return defined(
    table.dreams.find((d) => d.name === name),
    `dream ${name}`,
  );
}

const skillNames = (d: Dream) => d.skills.map((s) => s.name);
const warningsOf = (table: Table, code: WarningCode): Warning[] =>
  table.warnings.filter((w) => w.code === code);

describe('an empty sheet', () => {
  test.each([
    ['no rows at all', []],
    [
      'only empty cells',
      [
        ['', ''],
        ['', ''],
      ],
    ],
    ['only whitespace', [['  ', '\t']]],
  ])('%s has no header and no dreams', (_what, rows) => {
    const table = tableOf(rows);
    expect(table.headerRow).toBeNull();
    expect(table.dreams).toEqual([]);
    expect(table.warnings).toEqual([]);
    expect(table.lastRow).toBe(0);
    expect(table.lastCol).toBe(0);
  });

  test('fills and bold on empty cells do not make a table', () => {
    const table = tableOf([[red(''), bold(green(''))]]);
    expect(table.headerRow).toBeNull();
    expect(table.dreams).toEqual([]);
  });
});

describe('a table at A1', () => {
  const table = tableOf([
    ['Designer', 'Engineering manager'],
    [red('Figma'), bold(yellow('Hiring'))],
    [bold(green('User research')), 'Budgeting'],
  ]);

  test('the header row is row 1 and each header cell is a dream, left to right', () => {
    expect(table.headerRow).toBe(1);
    expect(table.dreams.map((d) => [d.name, d.col])).toEqual([
      ['Designer', 1],
      ['Engineering manager', 2],
    ]);
  });

  test('the skills of a dream are the cells below it, top to bottom', () => {
    expect(skillNames(dream(table, 'Designer'))).toEqual(['Figma', 'User research']);
    expect(skillNames(dream(table, 'Engineering manager'))).toEqual(['Hiring', 'Budgeting']);
  });

  test('each skill carries its cell, rating (fill) and critical (bold)', () => {
    expect(dream(table, 'Designer').skills).toEqual([
      { name: 'Figma', key: 'figma', row: 2, col: 1, rating: 'red', fill: RED, critical: false },
      {
        name: 'User research',
        key: 'user research',
        row: 3,
        col: 1,
        rating: 'green',
        fill: GREEN,
        critical: true,
      },
    ]);
    expect(dream(table, 'Engineering manager').skills).toEqual([
      {
        name: 'Hiring',
        key: 'hiring',
        row: 2,
        col: 2,
        rating: 'yellow',
        fill: YELLOW,
        critical: true,
      },
      {
        name: 'Budgeting',
        key: 'budgeting',
        row: 3,
        col: 2,
        rating: 'unrated',
        fill: NO_FILL,
        critical: false,
      },
    ]);
  });

  test('a clean table has no warnings', () => {
    expect(table.warnings).toEqual([]);
    expect(table.strayCells).toEqual([]);
  });

  test('its extent is known', () => {
    expect(table.lastRow).toBe(3);
    expect(table.lastCol).toBe(2);
  });

  test('dream keys follow skill identity', () => {
    const t = tableOf([['• Product  Manager']]);
    expect(defined(t.dreams[0]).key).toBe('product manager');
  });
});

describe('a table that starts elsewhere (C4)', () => {
  const table = tableOf([
    ...blankRows(3),
    ['', '', 'Designer', 'Founder'],
    ['', '', red('Figma'), yellow('Fundraising')],
    [],
    ['', '', 'Typography'],
  ]);

  test('the header row is the first non-empty row', () => {
    expect(table.headerRow).toBe(4);
  });

  test('dreams keep their real columns', () => {
    expect(table.dreams.map((d) => [d.name, d.col])).toEqual([
      ['Designer', 3],
      ['Founder', 4],
    ]);
  });

  test('skills keep their real cells, past blank rows', () => {
    const designer = dream(table, 'Designer');
    expect(designer.skills.map((s) => [s.name, s.row, s.col])).toEqual([
      ['Figma', 5, 3],
      ['Typography', 7, 3],
    ]);
    expect(dream(table, 'Founder').skills.map((s) => [s.name, s.row, s.col])).toEqual([
      ['Fundraising', 5, 4],
    ]);
  });

  test('the empty columns to the left are not dreams and cause no warning', () => {
    expect(table.dreams).toHaveLength(2);
    expect(table.warnings).toEqual([]);
    expect(table.lastRow).toBe(7);
    expect(table.lastCol).toBe(4);
  });
});

describe('blank rows and gaps', () => {
  test('several blank rows between skills are allowed', () => {
    const table = tableOf([['Designer'], ['Figma'], [], [], ['  '], ['Typography']]);
    expect(dream(table, 'Designer').skills.map((s) => [s.name, s.row])).toEqual([
      ['Figma', 2],
      ['Typography', 6],
    ]);
  });

  test('a dream may have no skills yet', () => {
    const table = tableOf([['Designer', 'Founder'], ['Figma']]);
    expect(dream(table, 'Founder').skills).toEqual([]);
  });

  test('an empty header cell between two dreams separates them', () => {
    const table = tableOf([
      ['Designer', '', 'Founder'],
      ['Figma', '', 'Pitching'],
    ]);
    expect(table.dreams.map((d) => [d.name, d.col])).toEqual([
      ['Designer', 1],
      ['Founder', 3],
    ]);
    expect(table.warnings).toEqual([]);
  });
});

describe('skills under a column with no dream', () => {
  const table = tableOf([
    ['Designer', '', 'Founder'],
    ['Figma', '', 'Pitching'],
    ['', 'Stray skill', ''],
    ['', red('Another'), ''],
  ]);

  test('are left out of every dream', () => {
    const all = table.dreams.flatMap((d) => skillNames(d));
    expect(all).toEqual(['Figma', 'Pitching']);
  });

  test('are named in a warning that points at the first one', () => {
    const [warning, ...more] = warningsOf(table, 'headerless-skills');
    expect(more).toEqual([]);
    expect(warning?.cell).toBe('B3');
    expect(warning?.message).toContain('B3');
  });

  test('are remembered as stray cells, so actions do not treat them as empty', () => {
    expect(table.strayCells).toEqual(
      expect.arrayContaining([
        { row: 3, col: 2 },
        { row: 4, col: 2 },
      ]),
    );
    expect(table.strayCells).toHaveLength(2);
  });

  test('a column left of a table that starts at C is headerless too', () => {
    const t = tableOf([[], ['', '', 'Designer'], ['', '', 'Figma'], ['a note']]);
    const warnings = warningsOf(t, 'headerless-skills');
    expect(warnings.map((w) => w.cell)).toEqual(['A4']);
    expect(defined(warnings[0]).message).toContain('A4');
    expect(t.dreams.flatMap((d) => skillNames(d))).toEqual(['Figma']);
  });

  test('one warning per headerless column', () => {
    const t = tableOf([
      ['', 'Designer', ''],
      ['x', 'Figma', 'y'],
    ]);
    expect(
      warningsOf(t, 'headerless-skills')
        .map((w) => w.cell)
        .sort(),
    ).toEqual(['A2', 'C2']);
  });
});

describe('values that are not text', () => {
  const table = tableOf([
    ['Data scientist', 2030],
    [3, 'Anything'],
    [true, ''],
    [false, ''],
    [new Date(Date.UTC(2025, 2, 1)), ''],
    [0, ''],
  ]);

  test('numbers, booleans and dates are skills, in their text form', () => {
    expect(skillNames(dream(table, 'Data scientist'))).toEqual([
      '3',
      'TRUE',
      'FALSE',
      '2025-03-01',
      '0',
    ]);
  });

  // Range.getValues() hands a date over as the instant of midnight *in the spreadsheet's time
  // zone*. The core has no time zone, so the adapter turns dates into the day they show before
  // the core sees them (tested against the built add-on in tests/addon); a Date that still
  // reaches the core is read as its UTC day, the same in every runtime.
  test('a Date that reaches the core reads as its UTC day', () => {
    const t = tableOf([
      ['Dream'],
      [new Date('2025-03-01T00:00:00Z')],
      [new Date('2025-03-01T23:30:00Z')],
    ]);
    expect(skillNames(dream(t, 'Dream'))).toEqual(['2025-03-01', '2025-03-01']);
  });

  test('a number can be a dream', () => {
    expect(skillNames(dream(table, '2030'))).toEqual(['Anything']);
  });
});

describe('error values', () => {
  test('a skill cell showing #REF! is left out, with a warning naming the cell', () => {
    const table = tableOf([['Designer'], ['Figma'], ['#REF!'], ['Typography']]);
    expect(skillNames(dream(table, 'Designer'))).toEqual(['Figma', 'Typography']);
    const warnings = warningsOf(table, 'error-value');
    expect(warnings.map((w) => w.cell)).toEqual(['A3']);
    expect(defined(warnings[0]).message).toContain('A3');
    expect(table.strayCells).toEqual([{ row: 3, col: 1 }]);
  });

  test.each(['#N/A', '#NAME?', '#DIV/0!', '#VALUE!'])('%s is left out too', (error) => {
    const table = tableOf([['Designer'], [error]]);
    expect(dream(table, 'Designer').skills).toEqual([]);
    expect(warningsOf(table, 'error-value').map((w) => w.cell)).toEqual(['A2']);
  });

  test('a header showing an error is not a dream; its cells are not lost', () => {
    const table = tableOf([
      ['Designer', '#REF!'],
      ['Figma', 'Orphan'],
    ]);
    expect(table.dreams.map((d) => d.name)).toEqual(['Designer']);
    expect(warningsOf(table, 'error-value').map((w) => w.cell)).toEqual(['B1']);
    expect(table.strayCells).toEqual(
      expect.arrayContaining([
        { row: 1, col: 2 },
        { row: 2, col: 2 },
      ]),
    );
  });
});

describe('duplicates', () => {
  test('two dreams with the same name (any case) are both kept, with a warning', () => {
    const table = tableOf([
      ['Designer', 'Founder', 'designer'],
      ['Figma', 'Pitching', 'Sketching'],
    ]);
    expect(table.dreams.map((d) => [d.name, d.col])).toEqual([
      ['Designer', 1],
      ['Founder', 2],
      ['designer', 3],
    ]);
    const warnings = warningsOf(table, 'duplicate-dream');
    expect(warnings).toHaveLength(1);
    expect(defined(warnings[0]).message).toMatch(/A1/);
    expect(defined(warnings[0]).message).toMatch(/C1/);
  });

  test('the same skill twice under one dream warns, naming the second cell', () => {
    const table = tableOf([['Designer'], ['Figma'], ['Typography'], ['• figma']]);
    expect(skillNames(dream(table, 'Designer'))).toEqual(['Figma', 'Typography', '• figma']);
    const warnings = warningsOf(table, 'duplicate-skill');
    expect(warnings.map((w) => w.cell)).toEqual(['A4']);
    expect(defined(warnings[0]).message).toContain('A4');
  });

  test('the same skill under two dreams is normal: no warning', () => {
    const table = tableOf([
      ['Designer', 'Founder'],
      ['Figma', 'figma'],
    ]);
    expect(table.warnings).toEqual([]);
  });
});

describe('ratings and critical', () => {
  test('any shade reads: the palette, Excel styles, the add-on', () => {
    const table = tableOf([
      ['Dream'],
      [cell('a', '#FFC7CE')],
      [cell('b', '#FFEB9C')],
      [cell('c', '#C6EFCE')],
      [cell('d', '#ff9900')],
      [cell('e', '#ffffff')],
    ]);
    expect(dream(table, 'Dream').skills.map((s) => s.rating)).toEqual([
      'red',
      'yellow',
      'green',
      'yellow',
      'unrated',
    ]);
  });

  test('an unusual colour (blue) is unrated and warns, naming the cell', () => {
    const table = tableOf([
      ['Designer', 'Founder'],
      ['Figma', cell('Pitching', BLUE)],
    ]);
    expect(defined(dream(table, 'Founder').skills[0]).rating).toBe('unrated');
    const warnings = warningsOf(table, 'unknown-colour');
    expect(warnings.map((w) => w.cell)).toEqual(['B2']);
    expect(defined(warnings[0]).message).toContain('B2');
    expect(defined(warnings[0]).message).toContain('Pitching');
  });

  test('a grey fill is unrated without a warning', () => {
    const table = tableOf([['Designer'], [cell('Figma', GREY)]]);
    expect(defined(dream(table, 'Designer').skills[0]).rating).toBe('unrated');
    expect(table.warnings).toEqual([]);
  });

  test('bold is critical whatever the fill', () => {
    const table = tableOf([['Designer'], [bold('Figma')], [bold(red('Typography'))], ['Sketch']]);
    expect(dream(table, 'Designer').skills.map((s) => s.critical)).toEqual([true, true, false]);
  });

  test('a fill or bold on a header cell does not matter', () => {
    const table = tableOf([[bold(red('Designer'))], ['Figma']]);
    expect(table.dreams.map((d) => d.name)).toEqual(['Designer']);
    expect(table.warnings).toEqual([]);
  });
});

describe('robustness', () => {
  test('ragged rows (shorter than the header) read as if padded', () => {
    const g = {
      values: [['A', 'B'], ['x']],
      backgrounds: [[NO_FILL, NO_FILL], [RED]],
      fontWeights: [['normal', 'normal'], ['bold']],
    };
    const table = parseTable(g);
    expect(dream(table, 'A').skills).toEqual([
      { name: 'x', key: 'x', row: 2, col: 1, rating: 'red', fill: RED, critical: true },
    ]);
    expect(dream(table, 'B').skills).toEqual([]);
  });

  test('does not change the grid it reads', () => {
    const g = grid([['Designer'], [red('Figma')]]);
    const copy = JSON.parse(JSON.stringify(g));
    parseTable(g);
    expect(g).toEqual(copy);
  });
});

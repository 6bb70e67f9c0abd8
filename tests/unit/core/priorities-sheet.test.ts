// The Priorities sheet of docs/design.md: skills in priority order as rows, dreams as columns, each
// cell the rating as a word with the same fill and bold, count columns, a line saying when and
// from which sheet it was computed; plus a legend for readers who never saw the add-on.
import {
  ratingOfColour,
  rankPriorities,
  PRIORITIES_TITLE,
  prioritiesSheet,
  ratingWord,
  type SheetBlock,
  cellsTypedIntoPriorities,
  RECORD_LABEL,
  RECORD_PREFIX,
  type CellValue,
  type Table,
} from '../../../src/core';
import { bold, defined, green, red, tableOf, yellow } from '../../support/builders';

const SOURCE = { sheetName: 'My dreams', computedAt: '2025-03-01 14:05 (Europe/Paris)' };

function build(table: Table): SheetBlock {
  return prioritiesSheet(table, rankPriorities(table), SOURCE);
}

/** Index of the header row (the one that starts with "Rank"). */
function headerIndex(block: SheetBlock): number {
  const i = block.values.findIndex((r) => r[0] === 'Rank');
  expect(i).toBeGreaterThanOrEqual(0);
  return i;
}

/** Index of a header cell, found by its label. */
function column(block: SheetBlock, label: string): number {
  const header = defined(block.values[headerIndex(block)]);
  const i = header.indexOf(label);
  expect(i).toBeGreaterThanOrEqual(0);
  return i;
}

/** The priority rows: the numbered rows after the header. */
function bodyRows(block: SheetBlock): number[] {
  const rows: number[] = [];
  for (let r = headerIndex(block) + 1; r < block.values.length; r++) {
    if (typeof block.values[r]?.[0] === 'number') rows.push(r);
    else break;
  }
  return rows;
}

/** The first two priority rows, which these tests know are there. */
function firstTwo(block: SheetBlock): [number, number] {
  const rows = bodyRows(block);
  return [defined(rows[0], 'first priority row'), defined(rows[1], 'second priority row')];
}

const at = <T>(grid: T[][], r: number, c: number): T => defined(grid[r]?.[c], `cell ${r},${c}`);

describe('ratingWord', () => {
  test.each([
    ['red', false, 'Red'],
    ['red', true, 'Red, critical'],
    ['yellow', false, 'Yellow'],
    ['yellow', true, 'Yellow, critical'],
    ['green', false, 'Green'],
    ['green', true, 'Green, critical'],
  ] as const)('%s (critical: %s) is "%s"', (rating, critical, word) => {
    expect(ratingWord({ rating, critical })).toBe(word);
  });

  test('unrated has a word too, not an empty cell', () => {
    const word = ratingWord({ rating: 'unrated', critical: false });
    expect(word).not.toBe('');
    expect(word.toLowerCase()).toContain('not rated');
  });
});

describe('a sheet for a small table', () => {
  const table = tableOf([
    ['Designer', 'Founder', 'Manager'],
    [bold(red('Figma')), yellow('Figma'), ''],
    [yellow('Pitching'), bold(yellow('pitching')), green('Pitching')],
    [green('Typography'), '', 'Hiring'],
  ]);
  const block = build(table);

  test('is a rectangle: values, fills and weights have the same shape', () => {
    const width = defined(block.values[0]).length;
    for (const layer of [block.values, block.backgrounds, block.fontWeights]) {
      expect(layer).toHaveLength(block.values.length);
      for (const row of layer) expect(row).toHaveLength(width);
    }
  });

  test('starts with the title, then says when and from which sheet', () => {
    expect(at(block.values, 0, 0)).toBe(PRIORITIES_TITLE);
    const text = block.values.flat().filter((v): v is string => typeof v === 'string');
    const source = text.find((t) => t.includes('‘My dreams’') || t.includes('My dreams'));
    expect(source).toBeDefined();
    expect(source).toContain(SOURCE.computedAt);
  });

  test('has a header with rank, skill, counts and the dreams in header order', () => {
    const header = defined(block.values[headerIndex(block)]);
    expect(header.slice(0, 2)).toEqual(['Rank', 'Skill']);
    expect(header.slice(-3)).toEqual(['Designer', 'Founder', 'Manager']);
    for (const label of ['Red in', 'Yellow in']) expect(header).toContain(label);
  });

  test('lists the priorities in order, numbered from 1 (green-only skills left out)', () => {
    const skill = column(block, 'Skill');
    const rows = bodyRows(block);
    expect(rows.map((r) => at(block.values, r, 0))).toEqual([1, 2]);
    // Figma is red once; Pitching only yellow. Typography is green only, Hiring unrated only.
    expect(rows.map((r) => at(block.values, r, skill))).toEqual(['Figma', 'Pitching']);
  });

  test('writes each dream’s rating as a word', () => {
    const [figma, pitching] = firstTwo(block);
    const designer = column(block, 'Designer');
    const founder = column(block, 'Founder');
    const manager = column(block, 'Manager');
    expect(at(block.values, figma, designer)).toBe('Red, critical');
    expect(at(block.values, figma, founder)).toBe('Yellow');
    expect(at(block.values, figma, manager)).toBe('');
    expect(at(block.values, pitching, designer)).toBe('Yellow');
    expect(at(block.values, pitching, founder)).toBe('Yellow, critical');
    expect(at(block.values, pitching, manager)).toBe('Green');
  });

  test('gives each word the fill of its rating and bold when critical', () => {
    const [figma, pitching] = firstTwo(block);
    const cells: [number, string, string, boolean][] = [
      [figma, 'Designer', 'red', true],
      [figma, 'Founder', 'yellow', false],
      [pitching, 'Designer', 'yellow', false],
      [pitching, 'Founder', 'yellow', true],
      [pitching, 'Manager', 'green', false],
    ];
    for (const [r, dream, rating, critical] of cells) {
      const c = column(block, dream);
      const fill = at(block.backgrounds, r, c);
      expect(ratingOfColour(fill).rating).toBe(rating);
      expect(at(block.fontWeights, r, c)).toBe(critical ? 'bold' : 'normal');
    }
  });

  test('leaves cells empty and unfilled where a dream does not list the skill', () => {
    const figma = defined(bodyRows(block)[0]);
    const manager = column(block, 'Manager');
    expect(at(block.values, figma, manager)).toBe('');
    expect(block.backgrounds[figma]?.[manager]).toBeNull();
  });

  test('has count columns with numbers', () => {
    const [figma, pitching] = firstTwo(block);
    const redIn = column(block, 'Red in');
    const yellowIn = column(block, 'Yellow in');
    expect(at(block.values, figma, redIn)).toBe(1);
    expect(at(block.values, figma, yellowIn)).toBe(1);
    expect(at(block.values, pitching, redIn)).toBe(0);
    expect(at(block.values, pitching, yellowIn)).toBe(2);
  });

  test('has a legend for each colour and for bold, below the priorities', () => {
    const last = defined(bodyRows(block).slice(-1)[0]);
    const legend: { text: string; fill: string | null; weight: string }[] = [];
    for (let r = last + 1; r < block.values.length; r++) {
      defined(block.values[r]).forEach((v, c) => {
        if (typeof v === 'string' && v !== '') {
          legend.push({
            text: v,
            fill: block.backgrounds[r]?.[c] ?? null,
            weight: at(block.fontWeights, r, c),
          });
        }
      });
    }
    for (const rating of ['red', 'yellow', 'green'] as const) {
      const entry = legend.find((e) => e.fill !== null && ratingOfColour(e.fill).rating === rating);
      expect(entry?.text.toLowerCase()).toContain(rating);
    }
    const boldEntry = legend.find((e) => e.weight === 'bold' && /critical/i.test(e.text));
    expect(boldEntry).toBeDefined();
  });

  test('says, for a reader without the add-on, that the dreams sheet is marked the same way', () => {
    expect(block.values.flat()).toContain(
      'The sheet ‘My dreams’ holds the dreams: one column per dream, the skills it needs below ' +
        'it, marked the same way (the fill is the rating, bold means critical).',
    );
  });

  test('ends with the add-on’s record of what it wrote, explained in words above it', () => {
    const texts = block.values.map((r) => String(r[1]));
    const label = texts.indexOf(RECORD_LABEL);
    expect(label).toBeGreaterThan(0);
    expect(texts.slice(label + 1).every((t) => t.startsWith(`${RECORD_PREFIX} `))).toBe(true);
    expect(label).toBe(block.values.length - 2);
  });
  test('the header row is bold, the skill cells are not', () => {
    const h = headerIndex(block);
    expect(block.fontWeights[h]?.every((w) => w === 'bold')).toBe(true);
    const skill = column(block, 'Skill');
    for (const r of bodyRows(block)) expect(at(block.fontWeights, r, skill)).toBe('normal');
  });
});

describe('unrated and duplicate dreams', () => {
  test('a dream where the skill is unrated says so in words, with no fill', () => {
    const block = build(
      tableOf([
        ['Designer', 'Founder'],
        [red('Figma'), 'Figma'],
      ]),
    );
    const figma = defined(bodyRows(block)[0]);
    const founder = column(block, 'Founder');
    expect(String(at(block.values, figma, founder)).toLowerCase()).toContain('not rated');
    expect(block.backgrounds[figma]?.[founder]).toBeNull();
  });

  test('dreams with the same name each get their own, aligned column', () => {
    const table = tableOf([
      ['Designer', 'Founder', 'Designer'],
      ['', red('Pitching'), bold(yellow('Figma'))],
      [green('Figma'), '', ''],
    ]);
    const block = build(table);
    const header = defined(block.values[headerIndex(block)]);
    const dreamCols = header
      .map((v, i) => [v, i] as const)
      .filter(([v]) => v === 'Designer' || v === 'Founder');
    expect(dreamCols.map(([v]) => v)).toEqual(['Designer', 'Founder', 'Designer']);
    const [first, founder, second] = dreamCols.map(([, i]) => i);
    const skill = column(block, 'Skill');
    const figma = defined(bodyRows(block).find((r) => at(block.values, r, skill) === 'Figma'));
    const pitching = defined(
      bodyRows(block).find((r) => at(block.values, r, skill) === 'Pitching'),
    );
    expect(at(block.values, figma, defined(first))).toBe('Green');
    expect(at(block.values, figma, defined(founder))).toBe('');
    expect(at(block.values, figma, defined(second))).toBe('Yellow, critical');
    expect(at(block.values, pitching, defined(first))).toBe('');
    expect(at(block.values, pitching, defined(founder))).toBe('Red');
    expect(at(block.values, pitching, defined(second))).toBe('');
  });
});

describe('no gaps yet', () => {
  test('the sheet still has its title, header and a sentence instead of rows', () => {
    const block = build(tableOf([['Designer'], [green('Figma')]]));
    expect(at(block.values, 0, 0)).toBe(PRIORITIES_TITLE);
    expect(bodyRows(block)).toEqual([]);
    const h = headerIndex(block);
    const next = defined(block.values[h + 1]).join(' ');
    expect(next.trim()).not.toBe('');
  });
});

describe('user text', () => {
  test('a skill typed like a formula is kept as a string (the writer stores it as text)', () => {
    const block = build(tableOf([['Designer'], [red('=IMPORTXML("x")')], [red('+1')]]));
    const skill = column(block, 'Skill');
    const names = bodyRows(block).map((r) => at(block.values, r, skill));
    expect(names).toEqual(['+1', '=IMPORTXML("x")']);
  });
});

describe('telling typed cells from what the add-on wrote (its record)', () => {
  const table = tableOf([
    ['Designer', 'Founder'],
    [red('Figma'), yellow('Figma')],
    [yellow('Pitching'), red('Hiring')],
  ]);
  const block = build(table);
  const sheet = (): CellValue[][] => block.values.map((r) => r.map((v) => v as CellValue));
  const cells = (values: CellValue[][], formulas: string[][] = []) =>
    cellsTypedIntoPriorities(values, formulas).typed.map((t) => t.cell);
  const find = (values: CellValue[][], text: string): [number, number] => {
    const r = values.findIndex((row) => row.includes(text));
    return [r, values[r]!.indexOf(text)];
  };

  test('an untouched sheet has nothing typed', () => {
    expect(cellsTypedIntoPriorities(sheet())).toEqual({ typed: [], record: 'ok' });
  });

  test('a skill name, a dream header or the "Computed from" line typed over is typed', () => {
    // A re-rendering of what is read back reproduces each of these: only the record tells.
    const values = sheet();
    const [r, c] = find(values, 'Pitching');
    values[r]![c] = 'Public speaking';
    const [hr, hc] = find(values, 'Founder');
    values[hr]![hc] = 'CEO';
    values[1]![0] =
      'Computed from the sheet ‘Other’ on 2020-01-01 10:00 (UTC). This sheet is rewritten.';
    const typed = cellsTypedIntoPriorities(values);
    expect(typed.record).toBe('ok');
    expect(typed.typed.map((t) => t.cell).sort()).toEqual(
      [
        'A2',
        `${String.fromCharCode(65 + c)}${r + 1}`,
        `${String.fromCharCode(65 + hc)}${hr + 1}`,
      ].sort(),
    );
    expect(typed.typed.find((t) => t.cell === 'A2')?.content).toMatch(
      /^Computed from the sheet ‘Other’/,
    );
  });

  test('a rating word changed to another word is typed', () => {
    const values = sheet();
    const [r, c] = find(values, 'Yellow');
    values[r]![c] = 'Red';
    expect(cells(values)).toEqual([`${String.fromCharCode(65 + c)}${r + 1}`]);
  });

  test('an extra row or column with content is typed; a cleared cell is not', () => {
    const values = sheet().map((r) => [...r, '']);
    values.push(values[0]!.map(() => ''));
    const width = values[0]!.length;
    values[0]![width - 1] = 'note to self';
    values[values.length - 1]![0] = 'more';
    values[0]![0] = '';
    expect(cells(values)).toEqual([`${String.fromCharCode(64 + width)}1`, `A${values.length}`]);
  });

  test('a formula is never the add-on’s, even one that shows what it wrote or nothing', () => {
    const values = sheet();
    const formulas = values.map((r) => r.map(() => ''));
    formulas[0]![0] = '="Career dreams: what to learn first"';
    formulas[2]![3] = '=""';
    const typed = cellsTypedIntoPriorities(values, formulas).typed;
    expect(typed).toEqual([
      { cell: 'A1', content: '="Career dreams: what to learn first"' },
      { cell: 'D3', content: '=""' },
    ]);
  });

  test('a changed record makes every cell with content count as typed, the record included', () => {
    const values = sheet();
    const last = values.length - 1;
    values[last]![1] = String(values[last]![1]).replace(/.$/, (ch) => (ch === 'a' ? 'b' : 'a'));
    const typed = cellsTypedIntoPriorities(values);
    expect(typed.record).toBe('broken');
    const filled = values.flatMap((row, r) =>
      row.flatMap((v, c) => (v === '' ? [] : [`${String.fromCharCode(65 + c)}${r + 1}`])),
    );
    expect(typed.typed.map((t) => t.cell)).toEqual(filled);
  });

  test('a sheet with no record (an earlier version’s) counts every cell with content as typed', () => {
    const values = sheet().slice(0, -2);
    const typed = cellsTypedIntoPriorities(values);
    expect(typed.record).toBe('none');
    expect(typed.typed.length).toBe(values.flat().filter((v) => v !== '').length);
  });

  test('a long record is split across cells, each under Sheets’ 50,000-character limit', () => {
    const dreams = Array.from({ length: 30 }, (_, d) => `Dream ${d + 1}`);
    const rows = [
      dreams,
      ...Array.from({ length: 700 }, (_, s) => dreams.map(() => red(`Skill ${s}`))),
    ];
    const big = build(tableOf(rows));
    const records = big.values.map((r) => String(r[1])).filter((t) => t.startsWith(RECORD_PREFIX));
    expect(records.length).toBeGreaterThan(1);
    for (const text of records) expect(text.length).toBeLessThanOrEqual(50_000);
    const values = big.values.map((r) => r.map((v) => v as CellValue));
    expect(cellsTypedIntoPriorities(values).typed).toEqual([]);
    values[10]![1] = 'typed';
    expect(cellsTypedIntoPriorities(values).typed.map((t) => t.cell)).toEqual(['B11']);
  });
});

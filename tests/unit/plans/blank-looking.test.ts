// Cells that look empty but are not: an action that writes into or deletes cells that read as
// empty first looks, for those cells only, at what the grid cannot tell (formulas, notes, fills
// beyond it), and asks before replacing anything it finds, naming each cell.
import {
  ACTIONS,
  blankTargets,
  consentToken,
  HIDDEN_KINDS,
  hiddenContent,
  hiddenList,
  probeOf,
  requireBlankConsent,
  type Grid,
  type Hidden,
} from '../../../src/core';
import { cell, grid, userErrorOf } from '../../support/builders';
import { factsOf } from './facts';

const table = [
  ['Founder', 'Coach', 'Author'],
  ['Hiring', 'Listening', 'Writing'],
  ['', 'Feedback', ''],
  ['', '  ', 'Editing'],
];

describe('the targets that read as empty', () => {
  const g = grid(table);

  it('add skills: the block below the dream, inside the grid; the probe reads formulas and notes', () => {
    const plan = ACTIONS.addSkills.plan(factsOf(table), {
      dream: { dream: 'Founder' },
      names: ['Sales', 'Pitching'],
      notes: [],
    });
    const targets = blankTargets(g, plan.edits);
    expect(targets).toEqual({
      cells: [
        { row: 3, col: 1 },
        { row: 4, col: 1 },
      ],
      toBottom: null,
    });
    expect(probeOf(g, targets)).toEqual({
      row: 3,
      col: 1,
      numRows: 2,
      numCols: 1,
      toBottom: false,
      formulas: true,
      notes: true,
      backgrounds: false,
    });
  });

  it('add a dream: one cell right of everything, beyond the grid; the probe reads notes and fills', () => {
    const plan = ACTIONS.addDream.plan(factsOf(table), { name: 'Coach 2' });
    const targets = blankTargets(g, plan.edits);
    expect(targets.cells).toEqual([{ row: 1, col: 4 }]);
    expect(probeOf(g, targets)).toMatchObject({ formulas: false, notes: true, backgrounds: true });
  });

  it('notes read with the grid already are not read again inside it', () => {
    const targets = { cells: [{ row: 3, col: 1 }], toBottom: null };
    expect(probeOf(g, targets, [[], [], ['', '', '']])?.notes).toBe(false);
  });

  it('remove a dream: the empty cells of its column, and every cell below the table', () => {
    const plan = ACTIONS.removeDream.plan(factsOf(table), {
      dream: { dream: 'Coach' },
      expectedSkills: ['Listening', 'Feedback'],
    });
    // B4 holds only spaces: it reads as empty, so it is a target too.
    const targets = blankTargets(g, plan.edits);
    expect(targets).toEqual({ cells: [{ row: 4, col: 2 }], toBottom: { col: 2, fromRow: 1 } });
    expect(probeOf(g, targets)).toMatchObject({
      row: 4,
      col: 2,
      toBottom: true,
      formulas: true,
      notes: true,
      backgrounds: true,
    });
    // Below the table the read goes to the bottom of the sheet: a note there is named.
    const hidden = hiddenContent(g, targets, probeOf(g, targets)!, {
      formulas: [[''], [''], ['']],
      notes: [[''], [''], ['Keep']],
      backgrounds: [['#ffffff'], ['#ffffff'], ['#ffffff']],
    });
    expect(hidden.map((h) => [h.cell, h.what])).toEqual([
      ['B4', ['only spaces']],
      ['B6', ['a note']],
    ]);
  });

  it('a rename writes into a cell with text: nothing to look at, no read', () => {
    const plan = ACTIONS.renameSkill.plan(factsOf(table), {
      skill: { dream: 'Coach', skill: 'Feedback' },
      name: 'Giving feedback',
    });
    const targets = blankTargets(g, plan.edits);
    expect(targets).toEqual({ cells: [], toBottom: null });
    expect(probeOf(g, targets)).toBeNull();
  });
});

describe('what the targets hold, and the question', () => {
  const g: Grid = grid([
    ['Founder', 'Coach'],
    ['Hiring', cell('', '#ea9999')],
    ['', '   '],
  ]);
  const targets = {
    cells: [
      { row: 2, col: 2 },
      { row: 3, col: 2 },
      { row: 3, col: 1 },
    ],
    toBottom: null,
  };
  const probe = probeOf(g, targets)!;

  it('names a formula that shows nothing, spaces, a note and a fill, cell by cell', () => {
    const hidden = hiddenContent(g, targets, probe, {
      formulas: [
        ['', ''],
        ['=""', ''],
      ],
      notes: [
        ['', ''],
        ['', 'Ask Sam'],
      ],
    });
    expect(hidden.map((h) => [h.cell, h.what])).toEqual([
      ['B2', ['a fill']],
      ['B3', ['only spaces', 'a note']],
      ['A3', ['a formula that shows nothing']],
    ]);
    const plan = ACTIONS.addSkills.plan(factsOf([['Coach'], ['Hiring']]), {
      dream: { dream: 'Coach' },
      names: ['Sales'],
      notes: [],
    });
    const error = userErrorOf(() => requireBlankConsent(hidden, null, plan));
    // What holds content is named before what holds only a fill.
    expect(error.message).toBe(
      'B3 holds only spaces and a note; A3 holds a formula that shows nothing; B2 holds a fill, ' +
        'though they look empty. Adding ‘Sales’ to ‘Coach’ would write into them: clear them ' +
        'first, or add anyway.',
    );
    expect(error.confirm).toEqual({ label: 'Add anyway', token: consentToken(hidden) });
    expect(() => requireBlankConsent(hidden, error.confirm!.token, plan)).not.toThrow();
    // Consent to something else is not consent to this.
    expect(() => requireBlankConsent(hidden.slice(1), error.confirm!.token, plan)).toThrow();
  });

  it('a remove says it would delete them', () => {
    const hidden = hiddenContent(g, { cells: [{ row: 3, col: 1 }], toBottom: null }, probe, {
      formulas: [
        ['', ''],
        ['=""', ''],
      ],
    });
    const plan = ACTIONS.removeDream.plan(factsOf([['Founder'], ['Hiring']]), {
      dream: { dream: 'Founder' },
      expectedSkills: ['Hiring'],
    });
    expect(userErrorOf(() => requireBlankConsent(hidden, null, plan)).message).toBe(
      'A3 holds a formula that shows nothing, though it looks empty. Removing ‘Founder’ would ' +
        'delete it: move what you want to keep first, or remove anyway.',
    );
  });

  it('truly empty targets ask nothing', () => {
    const empty = grid([['Founder'], ['Hiring']]);
    const t = { cells: [{ row: 3, col: 1 }], toBottom: null };
    const p = probeOf(empty, t)!;
    expect(hiddenContent(empty, t, p, { notes: [['']], backgrounds: [['#ffffff']] })).toEqual([]);
  });
});

describe('a long list: what holds content is named, the rest counted by kind', () => {
  const hidden = (cell: string, ...what: Hidden['what']): Hidden => ({ cell, what, content: cell });

  it('a remove: a fill down to the bottom of the sheet, and one note far below', () => {
    // The review's case: the note at A503 was hidden behind "and 993 more cells like them".
    const table = [
      ['Founder', 'Coach'],
      ['Hiring', 'Listening'],
      [cell('', '#ea9999'), 'Feedback'],
    ];
    const g = grid(table);
    const plan = ACTIONS.removeDream.plan(factsOf(table), {
      dream: { dream: 'Founder' },
      expectedSkills: ['Hiring'],
    });
    const targets = blankTargets(g, plan.edits);
    const probe = probeOf(g, targets)!;
    expect(probe).toMatchObject({ row: 3, col: 1, toBottom: true, notes: true, backgrounds: true });
    // What readProbe returns for a new sheet's 1000 rows: rows 3 to the bottom.
    const rows = 1000 - probe.row + 1;
    const notes = Array.from({ length: rows }, () => ['']);
    notes[503 - probe.row] = ['Ask Sam about the budget'];
    const read = {
      formulas: [['']],
      notes,
      backgrounds: Array.from({ length: rows }, () => ['#ea9999']),
    };
    const found = hiddenContent(g, targets, probe, read);
    expect(found).toHaveLength(rows);
    const message = userErrorOf(() => requireBlankConsent(found, null, plan)).message;
    expect(message).toBe(
      'A503 holds a note and a fill; A3 holds a fill; A4 holds a fill; A5 holds a fill; ' +
        'A6 holds a fill; and 993 more with a fill, though they look empty. Removing ' +
        '‘Founder’ would delete them: move what you want to keep first, or remove anyway.',
    );
    // The token covers the note: consent given before it was there is not consent to it.
    notes[503 - probe.row] = [''];
    const token = consentToken(hiddenContent(g, targets, probe, read));
    expect(() => requireBlankConsent(found, token, plan)).toThrow();
  });

  it('a million cells: the one note among them is still named, in one pass', () => {
    const cells = Array.from({ length: 1_000_000 }, (_, i) =>
      hidden(`A${i + 3}`, HIDDEN_KINDS.fill),
    );
    cells[500] = hidden('A503', HIDDEN_KINDS.note, HIDDEN_KINDS.fill);
    expect(hiddenList(cells)).toBe(
      'A503 holds a note and a fill; A3 holds a fill; A4 holds a fill; A5 holds a fill; ' +
        'A6 holds a fill; and 999995 more with a fill',
    );
  });

  it('more content than five cells: the rest is counted per kind, content first', () => {
    const cells = [
      ...Array.from({ length: 30 }, (_, i) => hidden(`A${i + 10}`, HIDDEN_KINDS.fill)),
      hidden('A50', HIDDEN_KINDS.formula),
      hidden('A51', HIDDEN_KINDS.spaces),
      hidden('A52', HIDDEN_KINDS.invisible, HIDDEN_KINDS.fill),
      hidden('A53', HIDDEN_KINDS.note),
      hidden('A54', HIDDEN_KINDS.note, HIDDEN_KINDS.fill),
      hidden('A55', HIDDEN_KINDS.note),
      hidden('A56', HIDDEN_KINDS.formula, HIDDEN_KINDS.note),
    ];
    expect(hiddenList(cells)).toBe(
      'A50 holds a formula that shows nothing; A51 holds only spaces; ' +
        'A52 holds only spaces or invisible characters and a fill; A53 holds a note; ' +
        'A54 holds a note and a fill; and 32 more: 1 with a formula that shows nothing, ' +
        '2 with a note, 30 with a fill',
    );
  });

  it('six cells are all named; seven name five and count two', () => {
    const six = Array.from({ length: 6 }, (_, i) => hidden(`C${i + 2}`, HIDDEN_KINDS.fill));
    expect(hiddenList(six)).toBe(six.map((h) => `${h.cell} holds a fill`).join('; '));
    const seven = [...six, hidden('C8', HIDDEN_KINDS.note)];
    expect(hiddenList(seven)).toBe(
      'C8 holds a note; C2 holds a fill; C3 holds a fill; C4 holds a fill; C5 holds a fill; ' +
        'and 2 more with a fill',
    );
  });

  it('a cell of invisible characters says so; one of spaces says spaces', () => {
    const g = grid([['Founder'], ['Hiring'], ['\u200b\u200b'], [' \u00a0 ']]);
    const targets = {
      cells: [
        { row: 3, col: 1 },
        { row: 4, col: 1 },
      ],
      toBottom: null,
    };
    const found = hiddenContent(g, targets, probeOf(g, targets)!, {
      formulas: [[''], ['']],
      notes: [[''], ['']],
    });
    expect(hiddenList(found)).toBe(
      'A3 holds only spaces or invisible characters; A4 holds only spaces',
    );
  });
});

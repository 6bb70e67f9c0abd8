// Cells that look empty but are not: an action that writes into or deletes cells that read as
// empty first looks, for those cells only, at what the grid cannot tell (formulas, notes, fills
// beyond it), and asks before replacing anything it finds, naming each cell.
import {
  ACTIONS,
  blankTargets,
  consentToken,
  hiddenContent,
  probeOf,
  requireBlankConsent,
  type Grid,
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
    expect(error.message).toBe(
      'B2 holds a fill; B3 holds only spaces and a note; A3 holds a formula that shows nothing, ' +
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

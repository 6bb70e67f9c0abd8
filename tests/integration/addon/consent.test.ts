// Ask before replacing, and only what was asked. The built add-on on the emulator: the
// Priorities sheet is compared with the add-on's own record of what it wrote, so a typed skill
// name, dream header or "Computed from" line is asked about; consent carries a token for exactly
// the cells the question named, so what Bob types after the question is asked about again;
// cells of the dreams sheet that look empty but hold a formula, spaces, a note or a fill are
// named (content before fills) before add skill, add dream or remove dream writes into or deletes them; and a person's
// own sheet called `Priorities` (any letter case) is never written.
import type { Emulator } from '@career-dreams/emulator';
import type { ActionResult } from '../../../src/contract';
import { ok, refused, session, setup, summary, type Session } from '../../support/addon';

const DREAMS = {
  values: [
    ['Founder', 'Author'],
    ['Hiring', 'Writing'],
    ['Sales', 'Editing'],
    ['', 'Publishing'],
  ],
  backgrounds: [[], ['#ea9999', '#ffe599'], ['#ea9999']],
};

type Range = GoogleAppsScript.Spreadsheet.Range;

/** Bob changes a cell by hand, in his own execution. */
function bobDoes(emu: Emulator, sheet: string, a1: string, change: (range: Range) => void): void {
  const bob = session(emu, 'bob@example.com');
  const app = bob.user.globals.SpreadsheetApp;
  bob.user.run(() => change(app.getActive().getSheetByName(sheet)!.getRange(a1)));
}

const bobTypes = (emu: Emulator, sheet: string, a1: string, value: string) =>
  bobDoes(emu, sheet, a1, (range) => range.setValue(value));

/** The question of a refusal that asks for consent: its sentence and its token. */
function question(result: ActionResult): { error: string; token: string; label: string } {
  if (result.ok || !result.confirm) {
    throw new Error(`expected a question, got: ${JSON.stringify(result).slice(0, 300)}`);
  }
  return { error: result.error, ...result.confirm };
}

/** Where a text is on the Priorities sheet, as A1. */
function find(emu: Emulator, text: string): string {
  const { values } = emu.workbook.dump('Priorities');
  const r = values.findIndex((row) => row.includes(text));
  if (r < 0) throw new Error(`no ‘${text}’ on the Priorities sheet`);
  return `${String.fromCharCode(65 + values[r]!.indexOf(text))}${r + 1}`;
}

describe('the Priorities sheet: what the add-on wrote is told from what was typed', () => {
  function written(): { emu: Emulator; alice: Session } {
    const { emu, alice } = setup({ Dreams: DREAMS });
    ok(alice.call('updatePrioritiesSheet', null));
    return { emu, alice };
  }

  it.each([
    ['a skill name', 'Sales', 'Sales (ask Sam)'],
    ['a dream header', 'Author', 'Writer'],
    ['a rating word', 'Red', 'Yellow'],
  ])('%s typed over is asked about, not silently replaced', (_, from, to) => {
    const { emu, alice } = written();
    const at = find(emu, from);
    bobTypes(emu, 'Priorities', at, to);
    const asked = question(alice.call('updatePrioritiesSheet', null));
    expect(asked.error).toBe(
      `Someone typed into the ‘Priorities’ sheet (${at}). Updating would replace that: copy it elsewhere first, or replace it.`,
    );
    expect(emu.workbook.cell('Priorities', at).value).toBe(to);
  });

  it('the "Computed from" line typed over is asked about', () => {
    const { emu, alice } = written();
    bobTypes(
      emu,
      'Priorities',
      'A2',
      'Computed from the sheet ‘Dreams’ on 2020-01-01 00:00 (Etc/UTC). This sheet is rewritten each time the priorities are updated: change the dreams sheet, not this one.',
    );
    expect(question(alice.call('updatePrioritiesSheet', null)).error).toMatch(
      /^Someone typed into the ‘Priorities’ sheet \(A2\)/,
    );
  });

  it('the sheet says in words what its last line is', () => {
    const { emu } = written();
    const texts = emu.workbook
      .dump('Priorities')
      .values.map((row) => String(row[1] ?? ''))
      .filter((t) => t !== '');
    expect(texts[texts.length - 2]).toMatch(/record of what it wrote on this sheet/);
    expect(texts[texts.length - 1]).toMatch(/^Add-on record 1\/1: /);
  });

  it('an untouched sheet, and one with a cell cleared, are rewritten without a question', () => {
    const { emu, alice } = written();
    ok(alice.call('updatePrioritiesSheet', null));
    bobTypes(emu, 'Priorities', find(emu, 'Sales'), '');
    ok(alice.call('updatePrioritiesSheet', null));
    expect(find(emu, 'Sales')).toBe('B6');
  });
});

describe('consent covers exactly the cells asked about', () => {
  it('a cell Bob types after the question is asked about again, with the new list', () => {
    const { emu, alice } = setup({ Dreams: DREAMS });
    ok(alice.call('updatePrioritiesSheet', null));
    bobTypes(emu, 'Priorities', 'C3', 'Ask Sam');
    const first = question(alice.call('updatePrioritiesSheet', null));
    expect(first.label).toBe('Replace it');
    expect(first.error).toMatch(/\(C3\)/);
    // Between the question and Alice's "Replace it", Bob types once more.
    bobTypes(emu, 'Priorities', 'D3', 'and Kim');
    const second = question(alice.call('updatePrioritiesSheet', first.token));
    expect(second.error).toBe(
      'That changed since you were asked. Someone typed into the ‘Priorities’ sheet (C3 and D3). ' +
        'Updating would replace that: copy it elsewhere first, or replace it.',
    );
    expect(emu.workbook.dump('Priorities', 'C3:D3').values).toEqual([['Ask Sam', 'and Kim']]);
    // Bob changes a cell already named: asked again too.
    bobTypes(emu, 'Priorities', 'C3', 'Ask Lee');
    const third = question(alice.call('updatePrioritiesSheet', second.token));
    ok(alice.call('updatePrioritiesSheet', third.token));
    expect(emu.workbook.dump('Priorities', 'C3:D3').values).toEqual([['', '']]);
  });

  it('an old sidebar’s `true` is not consent', () => {
    const { emu, alice } = setup({ Dreams: DREAMS });
    ok(alice.call('updatePrioritiesSheet', null));
    bobTypes(emu, 'Priorities', 'C3', 'Ask Sam');
    const call = alice.call as (name: string, ...args: unknown[]) => ActionResult;
    expect(refused(call('updatePrioritiesSheet', true))).toBe(
      'The add-on could not tell what you agreed to, so nothing was changed. Try again from the sidebar.',
    );
    expect(emu.workbook.cell('Priorities', 'C3').value).toBe('Ask Sam');
  });

  it('a sheet an earlier version wrote (no record) is asked about once, whole', () => {
    const { emu, alice } = setup({ Dreams: DREAMS });
    ok(alice.call('updatePrioritiesSheet', null));
    // What the previous version wrote: the same sheet without the record's two lines.
    const { values } = emu.workbook.dump('Priorities');
    emu.workbook.loadSheet('Priorities', {
      values: values
        .slice(0, -2)
        .map((row) => row.map((v) => (typeof v === 'string' && v ? `'${v}` : v))),
    });
    const asked = question(alice.call('updatePrioritiesSheet', null));
    expect(asked.error).toMatch(/^The ‘Priorities’ sheet was written by an earlier version/);
    ok(alice.call('updatePrioritiesSheet', asked.token));
    ok(alice.call('updatePrioritiesSheet', null));
  });
});

describe('a person’s own sheet called Priorities', () => {
  it('holding only formulas that show nothing is left alone', () => {
    const { emu, alice } = setup({
      Dreams: DREAMS,
      Priorities: { values: [['=IF(Dreams!A1="","","")', '=""']] },
    });
    emu.workbook.setFormulaResult('Priorities', 'A1', '');
    emu.workbook.setFormulaResult('Priorities', 'B1', '');
    expect(refused(alice.call('updatePrioritiesSheet', null))).toMatch(
      /^The sheet ‘Priorities’ holds content the add-on did not write, so it was left as it is\./,
    );
    expect(emu.workbook.dump('Priorities', 'A1:B1').formulas).toEqual([
      ['=IF(Dreams!A1="","","")', '=""'],
    ]);
  });

  it('named in lower case is refused with what to rename, not "Something went wrong"', () => {
    const { emu, alice } = setup({ Dreams: DREAMS, priorities: { values: [['My plan']] } });
    expect(refused(alice.call('updatePrioritiesSheet', null))).toBe(
      'The sheet ‘priorities’ holds content the add-on did not write, so it was left as it is. ' +
        'Rename that sheet (to ‘My priorities’, say), then update the priorities again.',
    );
    expect(emu.workbook.sheetNames()).toEqual(['Sheet1', 'Dreams', 'priorities']);
    expect(emu.workbook.cell('priorities', 'A1').value).toBe('My plan');
  });

  it('named in lower case but written by the add-on is rewritten in place', () => {
    const { emu, alice } = setup({ Dreams: DREAMS });
    ok(alice.call('updatePrioritiesSheet', null));
    const app = alice.user.globals.SpreadsheetApp;
    alice.user.run(() => app.getActive().getSheetByName('Priorities')!.setName('PRIORITIES'));
    ok(alice.call('setRating', [{ dream: 'Author', skill: 'Writing' }], 'red'));
    ok(alice.call('updatePrioritiesSheet', null));
    expect(emu.workbook.sheetNames()).toEqual(['Sheet1', 'Dreams', 'PRIORITIES']);
    expect(emu.workbook.dump('PRIORITIES').values.flat()).toContain('Writing');
  });
});

describe('cells that look empty are named before they are written into or deleted', () => {
  it('add skills: a formula that shows nothing, and a note, below the dream', () => {
    const { emu, alice } = setup({
      Dreams: {
        ...DREAMS,
        values: [...DREAMS.values.slice(0, 3), ['=""', 'Publishing']],
        notes: [[], [], [], [], ['Keep: ask Sam']],
      },
    });
    emu.workbook.setFormulaResult('Dreams', 'A4', '');
    const asked = question(
      alice.call('addSkills', { dream: 'Founder' }, ['Pitching', 'Budgeting']),
    );
    expect(asked.error).toBe(
      'A4 holds a formula that shows nothing; A5 holds a note, though they look empty. ' +
        'Adding ‘Pitching’, ‘Budgeting’ to ‘Founder’ would write into them: clear them first, or add anyway.',
    );
    expect(asked.label).toBe('Add anyway');
    expect(emu.workbook.cell('Dreams', 'A4').formula).toBe('=""');
    // Bob puts a fill on the next cell meanwhile: consent to the first list is not consent to it.
    bobDoes(emu, 'Dreams', 'A5', (range) => range.setBackground('#cfe2f3'));
    const again = question(
      alice.call('addSkills', { dream: 'Founder' }, ['Pitching', 'Budgeting'], [], asked.token),
    );
    expect(again.error).toMatch(
      /^That changed since you were asked\. A4 holds a formula that shows nothing; A5 holds a note and a fill/,
    );
    const state = ok(
      alice.call('addSkills', { dream: 'Founder' }, ['Pitching', 'Budgeting'], [], again.token),
    );
    expect(summary(state).Founder).toEqual([
      'Hiring:red',
      'Sales:red',
      'Pitching:unrated',
      'Budgeting:unrated',
    ]);
    expect(emu.workbook.cell('Dreams', 'A4').formula).toBe('');
  });

  it('add skills: a cell of spaces or invisible characters, or a fill beyond the table, is named too', () => {
    const { emu, alice } = setup({
      Dreams: {
        values: [
          ['Founder', 'Author'],
          ['Hiring', 'Writing'],
          ['   ', 'Editing'],
        ],
      },
    });
    expect(question(alice.call('addSkills', { dream: 'Founder' }, ['Sales'])).error).toMatch(
      /^A3 holds only spaces, though it looks empty\./,
    );
    const fill = setup({
      Dreams: { values: [['Founder'], ['Hiring']], backgrounds: [[], [], ['#ea9999']] },
    });
    expect(question(fill.alice.call('addSkills', { dream: 'Founder' }, ['Sales'])).error).toMatch(
      /^A3 holds a fill, though it looks empty\./,
    );
    expect(emu.workbook.cell('Dreams', 'A3').value).toBe('   ');
    const invisible = setup({ Dreams: { values: [['Founder'], ['Hiring'], ['\u200b']] } });
    expect(
      question(invisible.alice.call('addSkills', { dream: 'Founder' }, ['Sales'])).error,
    ).toMatch(/^A3 holds only spaces or invisible characters, though it looks empty\./);
  });

  it('add a dream: a note where the header would go', () => {
    const { emu, alice } = setup({ Dreams: { ...DREAMS, notes: [['', '', 'Next: CTO?']] } });
    const asked = question(alice.call('addDream', 'CTO'));
    expect(asked.error).toBe(
      'C1 holds a note, though it looks empty. Adding the dream ‘CTO’ would write into it: clear it first, or add anyway.',
    );
    expect(emu.workbook.cell('Dreams', 'C1').value).toBe('');
    ok(alice.call('addDream', 'CTO', asked.token));
    expect(emu.workbook.cell('Dreams', 'C1')).toMatchObject({ value: 'CTO', note: 'Next: CTO?' });
  });

  it('remove a dream: a formula that shows nothing in its column is named before it is deleted', () => {
    const { emu, alice } = setup({
      Dreams: { ...DREAMS, values: [...DREAMS.values.slice(0, 3), ['=""', 'Publishing']] },
    });
    emu.workbook.setFormulaResult('Dreams', 'A4', '');
    const asked = question(alice.call('removeDream', { dream: 'Founder' }, ['Hiring', 'Sales']));
    expect(asked.error).toBe(
      'A4 holds a formula that shows nothing, though it looks empty. Removing ‘Founder’ would ' +
        'delete it: move what you want to keep first, or remove anyway.',
    );
    expect(asked.label).toBe('Remove anyway');
    expect(emu.workbook.cell('Dreams', 'A4').formula).toBe('=""');
    ok(alice.call('removeDream', { dream: 'Founder' }, ['Hiring', 'Sales'], asked.token));
    expect(emu.workbook.dump('Dreams', 'A1:A4').values.flat()).toEqual([
      'Author',
      'Writing',
      'Editing',
      'Publishing',
    ]);
  });

  it('remove a dream: a note below the table in its column is named before it goes', () => {
    const { emu, alice } = setup({
      Dreams: { ...DREAMS, notes: [[], [], [], [], [], [], ['Call Sam back']] },
    });
    const asked = question(alice.call('removeDream', { dream: 'Founder' }, ['Hiring', 'Sales']));
    expect(asked.error).toMatch(/^A4 holds a note|^A7 holds a note/);
    expect(emu.workbook.cell('Dreams', 'A7').note).toBe('Call Sam back');
    ok(alice.call('removeDream', { dream: 'Founder' }, ['Hiring', 'Sales'], asked.token));
  });

  it('remove a dream: a note among a fill down to the bottom is named, not counted', () => {
    const { emu, alice } = setup({ Dreams: DREAMS });
    // Column A filled from the gap to the bottom of the sheet, and one note far below.
    bobDoes(emu, 'Dreams', 'A4:A1000', (range) => range.setBackground('#cfe2f3'));
    bobDoes(emu, 'Dreams', 'A503', (range) => range.setNote('Budget: ask Sam'));
    const asked = question(alice.call('removeDream', { dream: 'Founder' }, ['Hiring', 'Sales']));
    expect(asked.error).toBe(
      'A503 holds a note and a fill; A4 holds a fill; A5 holds a fill; A6 holds a fill; ' +
        'A7 holds a fill; and 992 more with a fill, though they look empty. Removing ‘Founder’ ' +
        'would delete them: move what you want to keep first, or remove anyway.',
    );
    expect(emu.workbook.cell('Dreams', 'A503').note).toBe('Budget: ask Sam');
    // A second note after the question: consent to the first list is not consent to it.
    bobDoes(emu, 'Dreams', 'A800', (range) => range.setNote('Keep'));
    const again = question(
      alice.call('removeDream', { dream: 'Founder' }, ['Hiring', 'Sales'], asked.token),
    );
    expect(again.error).toMatch(
      /^That changed since you were asked\. A503 holds a note and a fill; A800 holds a note and a fill; /,
    );
    ok(alice.call('removeDream', { dream: 'Founder' }, ['Hiring', 'Sales'], again.token));
    expect(emu.workbook.cell('Dreams', 'A1').value).toBe('Author');
  });

  it('truly empty targets cost no question', () => {
    const { alice } = setup({ Dreams: DREAMS });
    ok(alice.call('addSkills', { dream: 'Founder' }, ['Pitching']));
    ok(alice.call('addDream', 'CTO'));
    ok(alice.call('removeDream', { dream: 'Founder' }, ['Hiring', 'Sales', 'Pitching']));
  });
});

// Sheets far larger than a dreams table: the built add-on must still answer with a state, or a
// sentence saying why not, never the generic "Something went wrong". About 125,000 elements
// spread into one call's arguments overflow the stack, so these sizes are past that.
import type { ActionResult } from '../../../src/contract';
import { setup } from '../../support/addon';

const ROWS = 130_000;
const GENERIC = /Something went wrong/;

/** A state, or a refusal that says what happened: never the message for a bug. */
function answered(result: ActionResult): ActionResult {
  if (!result.ok) expect(result.error).not.toMatch(GENERIC);
  return result;
}

describe('a sheet past the size a spread argument survives', () => {
  it(`reads a dream with ${ROWS} copies of one skill`, () => {
    const values = [['Founder'], ...Array.from({ length: ROWS }, () => ['Sales'])];
    const { alice } = setup({ Dreams: { values } });
    const result = answered(alice.call('getState'));
    if (!result.ok) return;
    const [founder] = result.state.dreams;
    expect(founder?.skills).toHaveLength(ROWS);
    expect(founder?.skills.every((s) => s.name === 'Sales')).toBe(true);
    expect(result.state.warnings.filter((w) => /listed twice/.test(w))).toHaveLength(ROWS - 1);
  });

  it(`reads ${ROWS} cells under no dream as left out`, () => {
    const values = [
      ['Founder', ''],
      ['Sales', 'x'],
      ...Array.from({ length: ROWS }, () => ['', 'x']),
    ];
    const { alice } = setup({ Dreams: { values } });
    const result = answered(alice.call('getState'));
    if (!result.ok) return;
    expect(result.state.dreams.map((d) => d.name)).toEqual(['Founder']);
    expect(result.state.warnings.join(' ')).toMatch(
      new RegExp(`Column B has ${ROWS + 1} skills \\(from B2\\)`),
    );
  });

  it('adds a skill to a dream beside a column of cells under no dream', () => {
    const values = [
      ['Founder', ''],
      ['Sales', 'x'],
      ...Array.from({ length: ROWS }, () => ['', 'x']),
    ];
    const { alice } = setup({ Dreams: { values } });
    const result = answered(alice.call('addSkills', { dream: 'Founder' }, ['Hiring']));
    if (!result.ok) return;
    expect(result.state.dreams[0]?.skills.map((s) => s.name)).toEqual(['Sales', 'Hiring']);
  });

  it('removes a dream beside a dream with that many skills', () => {
    const values = [
      ['Founder', 'Author'],
      ['Sales', 'Writing'],
    ];
    for (let i = 0; i < ROWS; i++) values.push(['', `Skill ${i}`]);
    const { emu, alice } = setup({ Dreams: { values } });
    const result = answered(alice.call('removeDream', { dream: 'Founder' }, ['Sales']));
    if (!result.ok) return;
    expect(result.state.dreams.map((d) => [d.name, d.skills.length])).toEqual([
      ['Author', ROWS + 1],
    ]);
    expect(emu.workbook.dump('Dreams', `A${ROWS + 2}:B${ROWS + 2}`).values).toEqual([
      [`Skill ${ROWS - 1}`, ''],
    ]);
  });

  // A million rows of cells: the whole data range is read and walked, row by row. A skill every
  // 1,000 rows keeps the state (and so the time spent copying it across) small.
  it('reads a table that reaches row 1,000,000, or refuses it clearly', () => {
    const rows = 1_000_000;
    const values: string[][] = Array.from({ length: rows }, () => []);
    values[0] = ['Founder', 'Author'];
    for (let r = 999; r < rows; r += 1000) values[r] = [`Skill ${r + 1}`, `Skill ${r + 1}`];
    const { alice } = setup({ Dreams: { values } });
    const result = answered(alice.call('getState'));
    if (!result.ok) return;
    const [founder, author] = result.state.dreams;
    expect(founder?.skills).toHaveLength(rows / 1000);
    expect(author?.skills.at(-1)).toMatchObject({ name: 'Skill 1000000', row: rows });
  });
});

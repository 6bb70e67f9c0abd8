// What the adapter types into a record sheet's cell: a day bare (so Sheets makes it a date cell)
// only when it is a real calendar day; every other string, and a day that is not one, literal.
import { cellInput } from '../../../src/server/adapter/record-sheets';

describe('a record cell as typed into Sheets', () => {
  it('types a real day bare, so the cell becomes a date', () => {
    expect(cellInput({ day: '2026-06-01' })).toBe('2026-06-01');
    expect(cellInput({ day: '2024-02-29' })).toBe('2024-02-29');
  });

  it('never types bare a day that is not a real one: it stays literal text', () => {
    for (const day of ['2026-02-30', '2026-13-01', '0000-01-01', '2026-00-10', '2026-06-1']) {
      expect(cellInput({ day })).toBe(`'${day}`);
    }
    expect(cellInput({ day: '=IMPORTXML("x","y")' })).toBe(`'=IMPORTXML("x","y")`);
  });

  it('makes every other string literal and keeps numbers and empty cells', () => {
    expect(cellInput('2026-06-01')).toBe(`'2026-06-01`);
    expect(cellInput('=1+1')).toBe(`'=1+1`);
    expect(cellInput(3)).toBe(3);
    expect(cellInput('')).toBe('');
  });
});

// The people of the preview: names (from ?as= or in order of arrival), their emails, and how a
// person's selection moves when someone else inserts or deletes rows or columns.
import {
  cleanName,
  DEFAULT_NAMES,
  emailFor,
  followEdit,
  nextDefaultName,
  type StructureEdit,
} from '../../../dev/preview/people';

describe('names', () => {
  it('cleans a name as typed, and refuses what cannot be one', () => {
    expect(cleanName('  Sam   (manager) ')).toBe('Sam (manager)');
    expect(cleanName('Zoë')).toBe('Zoë');
    expect(cleanName('')).toBeNull();
    expect(cleanName('   ')).toBeNull();
    expect(cleanName('x'.repeat(41))).toBeNull();
    expect(cleanName('two\nlines')).toBe('two lines');
    expect(cleanName('bell\u0007')).toBeNull();
    expect(cleanName(42)).toBeNull();
  });

  it('gives names in order of arrival, then numbers people', () => {
    const taken = new Set<string>();
    const names = Array.from({ length: DEFAULT_NAMES.length + 2 }, () => {
      const name = nextDefaultName((n) => taken.has(n));
      taken.add(name);
      return name;
    });
    expect(names.slice(0, 2)).toEqual(['Alex', 'Sam']);
    expect(names.slice(-2)).toEqual([
      `Person ${DEFAULT_NAMES.length + 1}`,
      `Person ${DEFAULT_NAMES.length + 2}`,
    ]);
    expect(nextDefaultName((n) => n === 'Alex')).toBe('Sam');
  });

  it('makes a plain email of a name, unique among those taken', () => {
    expect(emailFor('Sam', () => false)).toBe('sam@example.com');
    expect(emailFor('Zoë Martin (manager)', () => false)).toBe('zoe.martin.manager@example.com');
    expect(emailFor('李', () => false)).toBe('person@example.com');
    const taken = new Set(['sam@example.com', 'sam.2@example.com']);
    expect(emailFor('SAM!', (e) => taken.has(e))).toBe('sam.3@example.com');
  });
});

describe('followEdit: a selection follows the cells when someone else edits rows or columns', () => {
  const size = { rows: 1001, columns: 26 };
  const rows = (kind: StructureEdit['kind'], position: number, count = 1): StructureEdit => ({
    axis: 'rows',
    kind,
    position,
    count,
  });

  it.each([
    ['a cell below an inserted row moves down', ['A4'], rows('insert', 2), ['A5']],
    ['a cell above it stays', ['A1'], rows('insert', 2), ['A1']],
    ['a cell at the insert position moves down', ['B2'], rows('insert', 2), ['B3']],
    ['a block the insert cuts through grows', ['A1:B3'], rows('insert', 2), ['A1:B4']],
    ['several ranges, each on its own', ['A1', 'C5:D6'], rows('insert', 3, 2), ['A1', 'C7:D8']],
  ])('insert: %s', (_what, before, edit, after) => {
    expect(followEdit(before, edit, size)).toEqual(after);
  });

  it.each([
    ['a cell below deleted rows moves up', ['A5'], rows('delete', 2), ['A4']],
    ['a cell above them stays', ['A1'], rows('delete', 2), ['A1']],
    ['a deleted cell becomes the one that took its place', ['C2'], rows('delete', 2), ['C2']],
    [
      'a block that starts in them loses its deleted part',
      ['A2:A5'],
      rows('delete', 1, 2),
      ['A1:A3'],
    ],
    ['a block that ends in them too', ['A1:A3'], rows('delete', 3, 2), ['A1:A2']],
    ['a block around them shrinks', ['B1:B6'], rows('delete', 2, 2), ['B1:B4']],
  ])('delete: %s', (_what, before, edit, after) => {
    expect(followEdit(before, edit, { rows: 1000, columns: 26 })).toEqual(after);
  });

  it('works on columns the same way', () => {
    const edit: StructureEdit = { axis: 'columns', kind: 'insert', position: 1, count: 1 };
    expect(followEdit(['A2', 'B1:C3'], edit, { rows: 1000, columns: 27 })).toEqual(['B2', 'C1:D3']);
    const removed: StructureEdit = { axis: 'columns', kind: 'delete', position: 2, count: 1 };
    expect(followEdit(['C4', 'B2'], removed, { rows: 1000, columns: 25 })).toEqual(['B4', 'B2']);
  });

  it('keeps a deleted last row on the sheet', () => {
    expect(followEdit(['A1000'], rows('delete', 1000), { rows: 999, columns: 26 })).toEqual([
      'A999',
    ]);
  });

  it('leaves what it cannot read as it was', () => {
    expect(followEdit(['Sheet1!A1'], rows('insert', 1), size)).toEqual(['Sheet1!A1']);
  });
});

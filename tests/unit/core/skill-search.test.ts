// Searching skills as the person types (src/core/skill-search.ts): the library and the skills
// already used in the table's dreams, ranked in one list.
import {
  definitionOf,
  libraryIndex,
  searchSkills,
  type LibrarySkill,
  searchKey,
} from '../../../src/core';

const LIB: LibrarySkill[] = [
  { name: 'Budgeting', definition: 'Planning where money goes.', group: 'Money' },
  { name: 'Public speaking', definition: 'Talking to a room.', group: 'Talk' },
  { name: 'Speaking another language', definition: 'Working in a second language.', group: 'Talk' },
  { name: 'Persuasion', definition: 'Changing minds with reasons.', group: 'Talk' },
  { name: 'Cash flow management', definition: 'Money in before money out.', group: 'Money' },
  { name: 'Éloquence', definition: 'Speaking with flair.', group: 'Talk' },
  { name: 'Sales', definition: 'Helping a buyer decide.', group: 'Business' },
];

const names = (query: string, used: string[] = [], exclude: string[] = []) =>
  searchSkills(query, LIB, used, { exclude: new Set(exclude) }).map((s) => s.name);

describe('searchSkills: ranking', () => {
  it('puts names that start with the query first, then names with a word that does, then any', () => {
    expect(names('spea')).toEqual([
      'Speaking another language', // starts with it
      'Public speaking', // a word starts with it
      'Éloquence', // only the definition mentions it
    ]);
    expect(names('ion')).toEqual(['Persuasion']);
    expect(names('ash')).toEqual(['Cash flow management']);
  });

  it('ranks a substring of the name before a match in the definition only', () => {
    expect(names('ers')).toEqual(['Persuasion']);
    expect(names('money')).toEqual(['Budgeting', 'Cash flow management']);
  });

  it('ignores case, accents, bullets and extra spaces, by the core’s identity rules', () => {
    expect(names('ELOQ')).toEqual(['Éloquence']);
    expect(names('éloq')).toEqual(['Éloquence']);
    expect(names('• public   SPEAK')).toEqual(['Public speaking']);
    expect(names('ＢＵＤ')).toEqual(['Budgeting']); // full-width letters, NFKC
    expect(searchKey('  • Élan  Vital ')).toBe('elan vital');
  });

  it('offers skills already used in a dream before the library’s, within a rank, marked used', () => {
    const found = searchSkills('s', LIB, ['Storytelling', 'sales'], {});
    expect(found.map((s) => [s.name, s.used])).toEqual([
      ['sales', true], // spelled as the table spells it, with the library's definition
      ['Storytelling', true],
      ['Speaking another language', false],
      ['Public speaking', false],
      ['Cash flow management', false],
      ['Persuasion', false],
      ['Budgeting', false], // these two: only their definitions have an s
      ['Éloquence', false],
    ]);
    expect(found[0]?.definition).toBe('Helping a buyer decide.');
    expect(found[1]?.definition).toBeNull();
  });

  it('does not let a used skill jump ahead of a better match', () => {
    expect(names('pub', ['Republishing'])).toEqual(['Public speaking', 'Republishing']);
  });

  it('leaves out the skills the dream already has, by identity', () => {
    expect(names('sp', [], ['public speaking'])).toEqual([
      'Speaking another language',
      'Éloquence',
    ]);
  });

  it('returns nothing for an empty or blank query, and at most `limit`', () => {
    expect(names('')).toEqual([]);
    expect(names('  • ')).toEqual([]);
    expect(searchSkills('a', LIB, [], { limit: 2 })).toHaveLength(2);
  });
});

describe('definitionOf', () => {
  it('finds a library definition by identity, or null', () => {
    const index = libraryIndex(LIB);
    expect(definitionOf('  • BUDGETING ', index)).toBe('Planning where money goes.');
    expect(definitionOf('Juggling', index)).toBeNull();
  });
});

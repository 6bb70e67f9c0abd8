// The suggested-skills library shipped with the add-on (src/library/skills.json): enough
// skills, in about ten groups, each named once and defined in one sentence.
import { LIBRARY, LIBRARY_GROUPS, cleanName, skillKey } from '../../../src/core';
import data from '../../../src/core/library/skills.json';

describe('the skills library', () => {
  it('has at least 120 skills in about ten groups, none empty', () => {
    expect(LIBRARY.length).toBeGreaterThanOrEqual(120);
    expect(LIBRARY_GROUPS.length).toBeGreaterThanOrEqual(8);
    expect(LIBRARY_GROUPS.length).toBeLessThanOrEqual(12);
    for (const group of LIBRARY_GROUPS) {
      expect(group.name.trim()).not.toBe('');
      expect(group.skills.length).toBeGreaterThan(0);
    }
  });

  it('covers the common kinds of dream', () => {
    expect(LIBRARY_GROUPS.map((g) => g.name)).toEqual([
      'Leadership and management',
      'Communication',
      'Craft and technical depth',
      'Product and business',
      'Entrepreneurship',
      'Teaching and writing',
      'Finance and money',
      'People and relationships',
      'Personal effectiveness',
      'Creative work',
    ]);
  });

  it('stores each skill as a [name, definition] pair of strings', () => {
    for (const group of data.groups) {
      for (const pair of group.skills) {
        expect(pair).toHaveLength(2);
        expect(pair.every((s) => typeof s === 'string')).toBe(true);
      }
    }
  });

  it('names every skill once, by the core’s identity, already clean', () => {
    const keys = LIBRARY.map((s) => skillKey(s.name));
    const repeated = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(repeated).toEqual([]);
    for (const skill of LIBRARY) {
      expect(cleanName(skill.name)).toBe(skill.name);
      expect(skill.name.length).toBeLessThanOrEqual(40);
    }
  });

  it('defines every skill in one sentence', () => {
    for (const { name, definition } of LIBRARY) {
      const problem = `${name}: ${definition}`;
      expect([problem, /^[A-Z]/.test(definition)]).toEqual([problem, true]);
      expect([problem, definition.endsWith('.')]).toEqual([problem, true]);
      // One sentence: no full stop, question or exclamation mark before the end.
      expect([problem, /[.!?]\s/.test(definition)]).toEqual([problem, false]);
      expect([problem, definition.length >= 30 && definition.length <= 120]).toEqual([
        problem,
        true,
      ]);
      // The definition explains; it does not just repeat the name.
      expect(skillKey(definition)).not.toBe(skillKey(name));
    }
  });
});

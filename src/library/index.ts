// The suggested-skills library that ships with the add-on: skills grouped by the kind of dream
// they serve, each a name and a one-sentence definition, all in our own words
// (src/library/skills.json, checked by tests/core/library.test.ts). Pure data: the sidebar
// bundles it, so searching it as the person types needs no call to the server. The file keeps
// each skill as a [name, definition] pair, which keeps the sidebar small.
import data from './skills.json';
import type { LibrarySkill } from '../core/skill-search';

export interface LibraryGroup {
  name: string;
  skills: ReadonlyArray<{ name: string; definition: string }>;
}

export const LIBRARY_GROUPS: readonly LibraryGroup[] = data.groups.map((group) => ({
  name: group.name,
  skills: group.skills.map(([name, definition]) => ({
    name: String(name),
    definition: String(definition),
  })),
}));

/** Every skill of the library, with its group. */
export const LIBRARY: readonly LibrarySkill[] = LIBRARY_GROUPS.flatMap((group) =>
  group.skills.map((skill) => ({ ...skill, group: group.name })),
);

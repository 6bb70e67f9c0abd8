// The shape of the suggested-skills library, and turning its stored form into groups and a
// flat list. No data here: the server holds the data (src/core/library/index.ts) and hands it to
// the sidebar once, so the sidebar's own file stays small.
import type { LibrarySkill } from '../skill-search';

/** As stored in skills.json and sent to the sidebar: each skill a [name, definition] pair. */
export interface LibraryData {
  groups: ReadonlyArray<{ name: string; skills: ReadonlyArray<ReadonlyArray<string>> }>;
}

export interface LibraryGroup {
  name: string;
  skills: ReadonlyArray<{ name: string; definition: string }>;
}

export function libraryGroups(data: LibraryData): LibraryGroup[] {
  return data.groups.map((group) => ({
    name: String(group.name),
    skills: group.skills.map(([name = '', definition = '']) => ({ name, definition })),
  }));
}

/** Every skill of the library, with its group. */
export function librarySkills(groups: readonly LibraryGroup[]): LibrarySkill[] {
  return groups.flatMap((group) => group.skills.map((skill) => ({ ...skill, group: group.name })));
}

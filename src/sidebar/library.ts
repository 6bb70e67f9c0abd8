// The suggested-skills library, asked for once when the sidebar opens. Bundled, it would be a
// quarter of the sidebar's file; from the server it costs one call that reads no sheet. Until
// it arrives (or if it cannot), searching covers the skills already in the table.
import {
  libraryGroups,
  libraryIndex,
  librarySkills,
  type LibraryGroup,
  type LibrarySkill,
} from '../core';
import { call } from './api';

let groups: readonly LibraryGroup[] = [];
let skills: readonly LibrarySkill[] = [];
let index = libraryIndex([]);

export function libraryGroupList(): readonly LibraryGroup[] {
  return groups;
}

export function librarySkillList(): readonly LibrarySkill[] {
  return skills;
}

/** For definitionOf: the library by skill identity. */
export function libraryLookup(): ReturnType<typeof libraryIndex> {
  return index;
}

/** Fetches the library once; `loaded` runs when it is there, so the view can show it. */
export function loadLibrary(loaded: () => void): void {
  call('getLibrary').then(
    (data) => {
      groups = libraryGroups(data);
      skills = librarySkills(groups);
      index = libraryIndex(skills);
      document.body.setAttribute('data-library', 'loaded');
      loaded();
    },
    (error: Error) => console.warn('Career Dreams: the skills library did not load', error),
  );
}

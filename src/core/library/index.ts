// The suggested-skills library that ships with the add-on: skills grouped by the kind of dream
// they serve, each a name and a one-sentence definition, all in our own words
// (src/library/skills.json, checked by tests/core/library.test.ts). It lives in dist/Code.js:
// the sidebar asks for it once when it opens (getLibrary), then searches it as the person
// types with no further call.
import data from './skills.json';
import { libraryGroups, librarySkills, type LibraryData, type LibraryGroup } from './groups';

export type { LibraryData, LibraryGroup } from './groups';

export const LIBRARY_DATA: LibraryData = data;

export const LIBRARY_GROUPS: readonly LibraryGroup[] = libraryGroups(LIBRARY_DATA);

export const LIBRARY = librarySkills(LIBRARY_GROUPS);

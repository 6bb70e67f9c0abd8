// The suggested-skills library that ships with the add-on: skills grouped by the kind of dream
// they serve, each a name and a one-sentence definition, all in our own words
// (skills.json beside this file, checked by the library tests). It lives in dist/Code.js:
// the sidebar asks for it once when it opens (getLibrary), then searches it as the person
// types with no further call.
import data from './skills.json';
import { libraryGroups, librarySkills, type LibraryData, type LibraryGroup } from './groups';

export type { LibraryData, LibraryGroup } from './groups';

export const LIBRARY_DATA: LibraryData = data;

// Marked pure so that a bundle importing the core's index without using the library (the
// sidebar) leaves the library out: it is served once by getLibrary instead.
export const LIBRARY_GROUPS: readonly LibraryGroup[] = /* @__PURE__ */ libraryGroups(LIBRARY_DATA);

export const LIBRARY = /* @__PURE__ */ librarySkills(LIBRARY_GROUPS);

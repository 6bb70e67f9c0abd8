// Finding skills as the person types: the suggested-skills library and the skills already used
// in the table's dreams, in one ranked list. Pure, so the sidebar and the tests share it.
//
// Ranking, best first: the name starts with what was typed; a word of the name does; the name
// contains it anywhere; only the definition does. Within each rank, skills already used in a
// dream come before the library's others (the same skill keeps one name across dreams), then
// names in alphabetical order. Matching ignores case, accents, bullets and extra spaces.
import { compareNames, searchKey, skillKey } from './skill-name';

export interface LibrarySkill {
  name: string;
  /** One sentence saying what the skill means. */
  definition: string;
  group: string;
}

export interface SkillSuggestion {
  /** As the table spells it when the skill is already used, else as the library does. */
  name: string;
  /** The library's definition, when the skill is in the library. */
  definition: string | null;
  group: string | null;
  /** Already used in a dream of this table. */
  used: boolean;
}

export interface SearchOptions {
  /** Identities (`skillKey`) to leave out: the dream's own skills, names already typed. */
  exclude?: ReadonlySet<string>;
  /** At most this many suggestions (default 8). */
  limit?: number;
}

/** A lookup from a skill's identity to its library entry. */
export function libraryIndex(library: readonly LibrarySkill[]): Map<string, LibrarySkill> {
  const index = new Map<string, LibrarySkill>();
  for (const skill of library)
    if (!index.has(skillKey(skill.name))) index.set(skillKey(skill.name), skill);
  return index;
}

/** The library's definition of a skill, by identity ("• public  SPEAKING" finds it), or null. */
export function definitionOf(
  name: string,
  index: ReadonlyMap<string, LibrarySkill>,
): string | null {
  return index.get(skillKey(name))?.definition ?? null;
}

export function searchSkills(
  query: string,
  library: readonly LibrarySkill[],
  used: readonly string[],
  options: SearchOptions = {},
): SkillSuggestion[] {
  const wanted = searchKey(query);
  if (!wanted) return [];
  const exclude = options.exclude ?? new Set<string>();
  const scored: Array<{ suggestion: SkillSuggestion; rank: number }> = [];
  for (const [key, suggestion] of candidates(library, used)) {
    if (exclude.has(key)) continue;
    const rank = matchRank(wanted, suggestion);
    if (rank !== null) scored.push({ suggestion, rank });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank ||
      Number(b.suggestion.used) - Number(a.suggestion.used) ||
      compareNames(a.suggestion.name, b.suggestion.name),
  );
  return scored.slice(0, options.limit ?? 8).map((s) => s.suggestion);
}

/** Every skill on offer, by identity: those used in the table first, then the library's. */
function candidates(
  library: readonly LibrarySkill[],
  used: readonly string[],
): Map<string, SkillSuggestion> {
  const index = libraryIndex(library);
  const all = new Map<string, SkillSuggestion>();
  for (const name of used) {
    const key = skillKey(name);
    if (!key || all.has(key)) continue;
    const entry = index.get(key);
    all.set(key, {
      name,
      definition: entry?.definition ?? null,
      group: entry?.group ?? null,
      used: true,
    });
  }
  for (const [key, entry] of index) {
    if (all.has(key)) continue;
    all.set(key, {
      name: entry.name,
      definition: entry.definition,
      group: entry.group,
      used: false,
    });
  }
  return all;
}

/** 0: the name starts with it; 1: a word of the name does; 2: the name contains it;
 * 3: only the definition contains it; null: no match. */
function matchRank(wanted: string, suggestion: SkillSuggestion): number | null {
  const name = searchKey(suggestion.name);
  if (name.startsWith(wanted)) return 0;
  if (startsAWord(name, wanted)) return 1;
  if (name.includes(wanted)) return 2;
  if (suggestion.definition && searchKey(suggestion.definition).includes(wanted)) return 3;
  return null;
}

function startsAWord(text: string, wanted: string): boolean {
  for (let at = text.indexOf(wanted); at > 0; at = text.indexOf(wanted, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1))) return true;
  }
  return false;
}

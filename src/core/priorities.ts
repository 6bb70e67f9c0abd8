// The cross-dream ranking of docs/design.md: skills that are gaps (red or yellow) in at least one
// dream, the ones red in most dreams first, critical ones before the rest.
import { cleanName, compareByKey, compareNames, sortKey } from './skill-name';
import type { Dream, Priority, PriorityReason, Rating, SkillCell, Table } from './types';

/** Worse ratings first: a skill listed twice under one dream counts with its weaker rating. */
const SEVERITY: Readonly<Record<Rating, number>> = { red: 3, yellow: 2, green: 1, unrated: 0 };

interface Occurrence {
  dream: Dream;
  skill: SkillCell;
}

export function rankPriorities(table: Table): Priority[] {
  const byKey = groupByKey(table);
  const priorities: Priority[] = [];
  const spell = spellings();
  for (const [key, occurrences] of byKey) {
    const priority = priorityOf(displayName(occurrences, spell), key, reasonsPerDream(occurrences));
    if (priority.red + priority.yellow > 0) priorities.push(priority);
  }
  // Sorting compares names often: each name's sort key is worked out once.
  const keys = new Map(priorities.map((p) => [p, sortKey(p.skill)]));
  return priorities.sort(
    (a, b) => compareCounts(a, b) || compareByKey(keys.get(a)!, keys.get(b)!, a.skill, b.skill),
  );
}

/** A skill's counts, from its rating in each dream that lists it. */
export function priorityOf(skill: string, key: string, reasons: PriorityReason[]): Priority {
  const priority: Priority = {
    skill,
    key,
    red: 0,
    redCritical: 0,
    yellow: 0,
    yellowCritical: 0,
    green: 0,
    dreams: reasons,
  };
  for (const { rating, critical } of reasons) {
    if (rating === 'red') {
      priority.red++;
      if (critical) priority.redCritical++;
    } else if (rating === 'yellow') {
      priority.yellow++;
      if (critical) priority.yellowCritical++;
    } else if (rating === 'green') {
      priority.green++;
    }
  }
  return priority;
}

export function comparePriorities(a: Priority, b: Priority): number {
  return compareCounts(a, b) || compareNames(a.skill, b.skill);
}

/** The ranking's first four rules: red, red and critical, yellow, yellow and critical. */
function compareCounts(a: Priority, b: Priority): number {
  return (
    b.red - a.red ||
    b.redCritical - a.redCritical ||
    b.yellow - a.yellow ||
    b.yellowCritical - a.yellowCritical
  );
}

/** Occurrences of each skill in reading order: dream by dream, top to bottom. */
function groupByKey(table: Table): Map<string, Occurrence[]> {
  const byKey = new Map<string, Occurrence[]>();
  for (const dream of table.dreams) {
    for (const skill of dream.skills) {
      const list = byKey.get(skill.key) ?? [];
      list.push({ dream, skill });
      byKey.set(skill.key, list);
    }
  }
  return byKey;
}

/**
 * One reason per dream that lists the skill, in header order. Occurrences come in reading order,
 * so a dream's listings are next to each other.
 */
function reasonsPerDream(occurrences: Occurrence[]): PriorityReason[] {
  const reasons: PriorityReason[] = [];
  let last: Dream | undefined;
  for (const { dream, skill } of occurrences) {
    const reason = reasons[reasons.length - 1];
    if (dream !== last || !reason) {
      reasons.push({
        dream: dream.name,
        col: dream.col,
        rating: skill.rating,
        critical: skill.critical,
      });
      last = dream;
      continue;
    }
    // Listed twice in one dream: the weaker rating counts, and bold on either makes it critical.
    if (SEVERITY[skill.rating] > SEVERITY[reason.rating]) reason.rating = skill.rating;
    reason.critical ||= skill.critical;
  }
  return reasons;
}

/** cleanName, remembered: the same names come back in every dream. */
function spellings(): (name: string) => string {
  const seen = new Map<string, string>();
  return (name) => {
    let clean = seen.get(name);
    if (clean === undefined) seen.set(name, (clean = cleanName(name)));
    return clean;
  };
}

/** The spelling used most often; on a tie, the first in reading order. */
function displayName(occurrences: Occurrence[], spell: (name: string) => string): string {
  // Usually every listing is spelled alike: then there is nothing to count.
  const first = spell(occurrences[0]?.skill.name ?? '');
  if (occurrences.every(({ skill }) => spell(skill.name) === first)) return first;
  const tally = new Map<string, number>();
  for (const { skill } of occurrences) {
    const spelling = spell(skill.name);
    tally.set(spelling, (tally.get(spelling) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [spelling, n] of tally) {
    if (n > bestCount) [best, bestCount] = [spelling, n];
  }
  return best;
}

/** Every distinct skill name in the table, spelled as the priorities show it, sorted. */
export function distinctSkillNames(table: Table): string[] {
  const spell = spellings();
  const names = [...groupByKey(table).values()].map((occurrences) =>
    displayName(occurrences, spell),
  );
  const keys = new Map(names.map((name) => [name, sortKey(name)]));
  return names.sort((a, b) => compareByKey(keys.get(a)!, keys.get(b)!, a, b));
}

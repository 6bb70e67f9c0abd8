// Stable ids for dreams and skills, shared by the model and the views (no DOM).
import type { DreamView, SkillView } from '../contract';
import { skillKey } from '../core';

/**
 * Stable ids for dreams and skills across re-renders: the name's identity, plus a counter for
 * the (rare) duplicates. Names move with sorts and inserted columns; ids follow the names.
 */
export function ids(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const key = skillKey(n);
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count ? `${key}~${count}` : key;
  });
}

export function dreamIds(dreams: DreamView[]): string[] {
  return ids(dreams.map((d) => d.name)).map((id) => `d:${id}`);
}

export function skillIds(dream: DreamView, dreamId: string): string[] {
  return ids(dream.skills.map((s) => s.name)).map((id) => `s:${dreamId}/${id}`);
}

/** The skill ids of a dream, paired with its skills. */
export function skillsWithIds(dream: DreamView, dreamId: string): Array<[string, SkillView]> {
  const sids = skillIds(dream, dreamId);
  return dream.skills.map((skill, i) => [sids[i] as string, skill]);
}

/**
 * Stable ids for plan items: the skill's and the action's identity (what the server finds the
 * row by), plus a counter for the same action twice.
 */
export function planItemIds(items: ReadonlyArray<{ skill: string; action: string }>): string[] {
  return ids(items.map((i) => `${skillKey(i.skill)} \u2192 ${skillKey(i.action)}`)).map(
    (id) => `p:${id}`,
  );
}

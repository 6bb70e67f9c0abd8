// How plans word what they did: quoted names, counted nouns.
import type { SkillCell } from '../types';

export function subject(skills: SkillCell[]): string {
  return skills.length === 1 && skills[0] ? `‘${skills[0].name}’` : `${skills.length} skills`;
}

export function quoteList(names: string[]): string {
  return names.map((n) => `‘${n}’`).join(', ');
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

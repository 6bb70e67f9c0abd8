// The why of a dream: free text in the note of its header cell, one motivation per line.
import { cleanName, compareNames, skillKey } from '../skill-name';

export interface Motivation {
  name: string;
  /** A few words on what it means, in our own words. */
  hint: string;
}

/** The short pick list the sidebar offers. */
export const MOTIVATIONS: readonly Motivation[] = [
  { name: 'Influence', hint: 'having a say in what gets decided and done' },
  { name: 'Autonomy', hint: 'choosing how, when and on what you work' },
  { name: 'Mastery', hint: 'getting really good at something hard' },
  { name: 'Money', hint: 'earning enough for the life you want' },
  { name: 'Meaning', hint: 'work that matters to you or to the people it serves' },
  { name: 'Recognition', hint: 'being seen and valued for what you do' },
  { name: 'Security', hint: 'a job and an income you can count on' },
  { name: 'Flexibility', hint: 'room to fit work around the rest of your life' },
  { name: 'Learning', hint: 'always something new to understand' },
  { name: 'Belonging', hint: 'people around you that you feel at home with' },
  { name: 'Creativity', hint: 'making things that did not exist before' },
  { name: 'Helping others grow', hint: 'seeing people get better because of you' },
];

const LINE_BREAK = /\r\n|\r|\n/;

/** The motivations a note names: its non-empty lines, a leading bullet removed, once each. */
export function motivationsOf(note: string): string[] {
  const seen = new Set<string>();
  const motivations: string[] = [];
  for (const line of note.split(LINE_BREAK)) {
    const name = cleanName(line);
    const key = skillKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    motivations.push(name);
  }
  return motivations;
}

/**
 * Motivations named by two dreams or more, the most shared first (then by name). Identity is
 * the skills' (case, spaces, bullets); the spelling shown is the most frequent one, the first
 * on a tie, as for a skill.
 */
export function sharedMotivations(
  dreams: { dream: string; motivations: string[] }[],
): { motivation: string; dreams: string[] }[] {
  const byKey = new Map<string, { dreams: string[]; spellings: Map<string, number> }>();
  for (const { dream, motivations } of dreams) {
    const named = new Set<string>();
    for (const motivation of motivations) {
      const name = cleanName(motivation);
      const key = skillKey(name);
      if (key === '' || named.has(key)) continue;
      named.add(key);
      let entry = byKey.get(key);
      if (!entry) {
        entry = { dreams: [], spellings: new Map() };
        byKey.set(key, entry);
      }
      entry.dreams.push(dream);
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
    }
  }
  const shared: { motivation: string; dreams: string[] }[] = [];
  for (const entry of byKey.values()) {
    if (entry.dreams.length < 2) continue;
    shared.push({ motivation: mostFrequent(entry.spellings), dreams: entry.dreams });
  }
  return shared.sort(
    (a, b) => b.dreams.length - a.dreams.length || compareNames(a.motivation, b.motivation),
  );
}

/** The most frequent spelling; a Map keeps first-seen order, so the first wins a tie. */
function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/** A line that starts with a bullet or dash: a new line follows its style. */
const BULLETED = /^\s*([•\-*·–])\s*\S/u;

/** The note with a motivation's line added (on) or removed (off), the rest as it was. */
export function toggleMotivation(note: string, motivation: string, on: boolean): string {
  const name = cleanName(motivation);
  const key = skillKey(name);
  if (key === '') return note;
  const lines = note.split(LINE_BREAK);
  const isIt = (line: string) => skillKey(cleanName(line)) === key;
  if (on) {
    if (lines.some(isIt)) return note;
    const kept = note.replace(/\s+$/u, '');
    if (kept === '') return name;
    const last = kept.split(LINE_BREAK).pop() ?? '';
    const bullet = BULLETED.exec(last)?.[1];
    return `${kept}\n${bullet === undefined ? '' : `${bullet} `}${name}`;
  }
  if (!lines.some(isIt)) return note;
  const rest = lines.filter((line) => !isIt(line)).join('\n');
  return rest.trim() === '' ? '' : rest;
}

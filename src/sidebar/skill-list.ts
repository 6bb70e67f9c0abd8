// Several skills typed at once: the text of the add-skills input read as a list. Commas, line
// breaks and tabs all separate skills, so a column copied from a sheet works as well as typing.
import { cleanName, skillKey } from '../core';

const SEPARATOR = /[,\n\r\t]/;

/** The parts of what was typed; the last one is the skill still being typed. */
export function splitSkillList(text: string): string[] {
  return text.split(SEPARATOR);
}

/**
 * A pasted block (one skill a line, or cells copied from a sheet) as a comma-separated list, or
 * null when it is one line: a one-line input would otherwise drop the line breaks.
 */
export function pastedSkillList(text: string): string | null {
  if (!/[\n\r\t]/.test(text)) return null;
  return text
    .split(/[\n\r\t]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
}

/**
 * Splits what was typed into skill names, drops blanks and repeats, and spells a skill the
 * table already has the way the table spells it, so the same skill keeps one name across dreams.
 */
export function parseSkillList(text: string, known: string[]): string[] {
  const spelling = new Map<string, string>();
  for (const n of known) if (!spelling.has(skillKey(n))) spelling.set(skillKey(n), n);
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of splitSkillList(text)) {
    const clean = cleanName(part);
    const key = skillKey(clean);
    if (!clean || seen.has(key)) continue;
    seen.add(key);
    names.push(spelling.get(key) ?? clean);
  }
  return names;
}

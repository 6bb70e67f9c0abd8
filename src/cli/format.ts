// The two ways the priorities are printed: a readable ranked list, or one JSON object. Names are
// shown with their control and bidi characters made visible (./visible). Lines are added one at
// a time: `push(...list)` passes each item as an argument, and some 125,000 of them overflow the
// stack.
import { EXPORT_LEGEND, EXPORT_ORDER, reasonsText, type PrioritiesExport } from '../core';
import { q } from './errors';
import { asciiSafeJson, visible } from './visible';

export function formatJson(doc: PrioritiesExport): string {
  return `${asciiSafeJson(JSON.stringify(doc, null, 2))}\n`;
}

/**
 *   Priorities from the sheet ‘Dreams’ (3 dreams: Founder, Head of engineering, Author)
 *
 *    1. Hiring — red in Founder (critical), Head of engineering; yellow in Author
 */
export function formatPlain(doc: PrioritiesExport): string {
  const lines: string[] = [];
  const n = doc.dreams.length;
  lines.push(
    `Priorities from the sheet ${q(doc.sheet)} (${n} ${n === 1 ? 'dream' : 'dreams'}: ${doc.dreams.join(', ')})`,
    '',
  );
  if (doc.priorities.length === 0) {
    lines.push('No gaps yet: no skill is rated red or yellow.');
  } else {
    const width = String(doc.priorities.length).length;
    doc.priorities.forEach((p, i) => {
      const rank = `${i + 1}.`.padStart(width + 1);
      lines.push(`${rank} ${p.skill} \u2014 ${reasonsText(p.dreams)}`);
    });
    lines.push('', EXPORT_ORDER);
  }
  lines.push('');
  for (const line of EXPORT_LEGEND) lines.push(line);
  if (doc.warnings.length) {
    lines.push('', doc.warnings.length === 1 ? 'Warning:' : 'Warnings:');
    for (const warning of doc.warnings) lines.push(`- ${warning}`);
  }
  return `${lines.map(visible).join('\n')}\n`;
}

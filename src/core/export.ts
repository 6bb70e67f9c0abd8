// The dreams table and its priorities as text to take away: JSON for tools, Markdown for people.
// The sidebar builds both from the state it already has, and the command-line tool prints the
// same JSON (without the `table` part) from a downloaded .xlsx file, so one reader reads both.
import { CRITICAL_MARK, LEGEND, legendSentence } from './legend';
import { ratingWord } from './priorities-sheet';
import type { PriorityReason, Rating } from './types';

/** One dream's part in a priority, without the add-on's internal fields. */
export interface ExportReason {
  dream: string;
  rating: Rating;
  critical: boolean;
}

export interface ExportPriority {
  skill: string;
  red: number;
  redCritical: number;
  yellow: number;
  yellowCritical: number;
  green: number;
  /** The dreams that list the skill, in header order. */
  dreams: ExportReason[];
}

/** What `cli priorities FILE --json` prints. */
export interface PrioritiesExport {
  /** The dreams sheet's name. */
  sheet: string;
  /** The dreams, in header order. */
  dreams: string[];
  /** In the ranking order of the Priorities list. */
  priorities: ExportPriority[];
  warnings: string[];
}

export interface ExportSkill {
  skill: string;
  rating: Rating;
  critical: boolean;
}

/** What the sidebar's JSON export holds: the priorities export plus the whole table. */
export interface TableExport extends PrioritiesExport {
  table: Array<{ dream: string; skills: ExportSkill[] }>;
}

/** What an export is made from: the sidebar's state and a parsed table both have this shape. */
export interface ExportSource {
  sheetName: string | null;
  dreams: ReadonlyArray<{
    name: string;
    skills: ReadonlyArray<{ name: string; rating: Rating; critical: boolean }>;
  }>;
  /** Core priorities and the sidebar's priority views both fit: extra fields are ignored. */
  priorities: readonly ExportPriority[];
  warnings: readonly string[];
}

export function prioritiesExport(source: ExportSource): PrioritiesExport {
  return {
    sheet: source.sheetName ?? '',
    dreams: source.dreams.map((d) => d.name),
    priorities: source.priorities.map(exportPriority),
    warnings: [...source.warnings],
  };
}

export function tableExport(source: ExportSource): TableExport {
  return {
    ...prioritiesExport(source),
    table: source.dreams.map((d) => ({
      dream: d.name,
      skills: d.skills.map((s) => ({ skill: s.name, rating: s.rating, critical: s.critical })),
    })),
  };
}

/** A priority without the core's bookkeeping (identity key, dream columns): what leaves the core. */
export function exportPriority(p: ExportPriority): ExportPriority {
  return {
    skill: p.skill,
    red: p.red,
    redCritical: p.redCritical,
    yellow: p.yellow,
    yellowCritical: p.yellowCritical,
    green: p.green,
    dreams: p.dreams.map((r) => ({ dream: r.dream, rating: r.rating, critical: r.critical })),
  };
}

/** Pretty-printed, as a file to keep. */
export function exportJson(source: ExportSource): string {
  return `${JSON.stringify(tableExport(source), null, 2)}\n`;
}

const REASON_LABELS: ReadonlyArray<[Rating, string]> = [
  ['red', 'red in'],
  ['yellow', 'yellow in'],
  ['green', 'green in'],
  ['unrated', 'not rated in'],
];

/** Why a skill ranks where it does: "red in Founder (critical), CTO; yellow in Author". */
export function reasonsText(
  reasons: ReadonlyArray<Pick<PriorityReason, 'dream' | 'rating' | 'critical'>>,
): string {
  return REASON_LABELS.map(([rating, label]) => {
    const dreams = reasons
      .filter((r) => r.rating === rating)
      .map((r) => (r.critical ? `${r.dream} (critical)` : r.dream));
    return dreams.length ? `${label} ${dreams.join(', ')}` : '';
  })
    .filter(Boolean)
    .join('; ');
}

/** How the list is ordered, in one sentence. */
export const EXPORT_ORDER =
  'Order: red in the most dreams first, critical ones before the rest; then yellow, the same way.';

/** What the colours and bold mean, for a reader who has never seen the add-on. */
export const EXPORT_LEGEND: readonly string[] = [
  legendSentence('red'),
  legendSentence('yellow'),
  legendSentence('green'),
  `${LEGEND.critical.word} (${CRITICAL_MARK}): ${LEGEND.critical.meaning}.`,
];

/** The table and its priorities as a Markdown document, ratings and critical as words. */
export function exportMarkdown(source: ExportSource): string {
  const doc = tableExport(source);
  const lines: string[] = ['# Career dreams', ''];
  for (const dream of doc.table) {
    lines.push(`## ${md(dream.dream)}`, '');
    for (const s of dream.skills) lines.push(`- ${md(s.skill)}: ${ratingWord(s)}`);
    lines.push('');
  }
  lines.push('## What to learn first', '');
  if (doc.priorities.length === 0) {
    lines.push('No gaps yet: no skill is rated red or yellow.');
  }
  doc.priorities.forEach((p, i) =>
    lines.push(`${i + 1}. **${md(p.skill)}**: ${md(reasonsText(p.dreams))}`),
  );
  // eslint-disable-next-line no-restricted-syntax -- the legend is a constant of four lines
  lines.push('', EXPORT_ORDER, '', ...EXPORT_LEGEND.map((text) => `- ${text}`));
  if (doc.warnings.length) {
    lines.push('', '## Warnings', '');
    // One by one: a spread of thousands of warnings would overflow the stack.
    for (const w of doc.warnings) lines.push(`- ${md(w)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * User text as literal Markdown text: punctuation that could format is escaped, a leading
 * "-", "+" or "1." cannot start a list, and line breaks become spaces.
 */
export function md(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|#~&!]/g, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

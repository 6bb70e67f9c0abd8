// The dreams table and its priorities as text to take away: JSON for tools, Markdown for people.
// The sidebar builds both from the state it already has, plus what it reads once for the export
// (every skill's note, each dream's why, the plan and the check-ins: `ExportExtrasSource`); the
// command-line tool prints the same JSON (without the `table` part and the extras) from a
// downloaded .xlsx file, so one reader reads both.
import type { CheckInRating } from './follow-up/types';
import { CRITICAL_MARK, LEGEND, legendSentence } from './legend';
import { ratingWord } from './priorities-sheet';
import { skillKey } from './skill-name';
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

/**
 * What the sidebar's JSON export holds: the priorities export plus the whole table, and, when
 * they could be read, the four keys of `FollowUpExport`. A file without those keys was made
 * when they could not be read: absent means "not included", never "none".
 */
export interface TableExport extends PrioritiesExport, Partial<FollowUpExport> {
  table: Array<{ dream: string; skills: ExportSkill[] }>;
}

/** One plan item as exported: the CLI's `plan --json` item first, then the rest of its row. */
export interface ExportPlanItem {
  skill: string;
  action: string;
  kind: string;
  owner: string;
  /** 'yyyy-MM-dd', or null when the cell is empty or not a date (then `byWhenText`). */
  byWhen: string | null;
  /** The status's canonical spelling, or the word as typed when it is not a status. */
  status: string;
  overdue: boolean;
  forDreams: string;
  now: string;
  goal: string;
  whoHelps: string;
  byWhenText: string;
  lastChecked: string | null;
}

export interface ExportCheckIn {
  date: string;
  dream: string;
  skill: string;
  rating: CheckInRating;
  critical: boolean;
}

/**
 * The JSON export's keys beyond the table:
 * - `notes`: every non-empty skill note (a definition, or the bar for that dream), as
 *   `{ dream, skill, note }`, dreams in header order, skills top to bottom;
 * - `why`: each dream's why, `{ dream, note, motivations }` (the header cell's note and its
 *   lines), '' and [] when it has none;
 * - `plan`: `{ sheet, items, warnings }`, items in sheet order (ExportPlanItem); `sheet` is
 *   null when there is no Plan sheet;
 * - `nextCheckIn`: the day in the Check-ins sheet's visible `Next check-in` cell, or null;
 * - `checkIns`: every row of the Check-ins sheet in sheet order, `{ date, dream, skill, rating,
 *   critical }`, rating `red`, `yellow`, `green` or `none`.
 */
export interface FollowUpExport {
  notes: Array<{ dream: string; skill: string; note: string }>;
  why: Array<{ dream: string; note: string; motivations: string[] }>;
  plan: { sheet: string | null; items: ExportPlanItem[]; warnings: string[] };
  checkIns: ExportCheckIn[];
  nextCheckIn: string | null;
}

/** What the extras are made from: the contract's ExportExtras has this shape. */
export interface ExportExtrasSource {
  notes: ReadonlyArray<{ dream: string; notes: ReadonlyArray<{ skill: string; note: string }> }>;
  why: ReadonlyArray<{ dream: string; note: string; motivations: readonly string[] }>;
  plan: {
    sheetName: string | null;
    items: readonly ExportPlanItem[];
    warnings: readonly string[];
  };
  checkIns: readonly ExportCheckIn[];
  nextCheckIn: string | null;
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

/** `extras` left out (or null): the table only, as before the follow-up existed. */
export function tableExport(source: ExportSource, extras?: ExportExtrasSource | null): TableExport {
  return {
    ...prioritiesExport(source),
    table: source.dreams.map((d) => ({
      dream: d.name,
      skills: d.skills.map((s) => ({ skill: s.name, rating: s.rating, critical: s.critical })),
    })),
    ...(extras ? followUpExport(extras) : {}),
  };
}

export function followUpExport(extras: ExportExtrasSource): FollowUpExport {
  return {
    notes: extras.notes.flatMap((d) =>
      d.notes.filter((n) => n.note).map((n) => ({ dream: d.dream, skill: n.skill, note: n.note })),
    ),
    why: extras.why.map((w) => ({ dream: w.dream, note: w.note, motivations: [...w.motivations] })),
    plan: {
      sheet: extras.plan.sheetName,
      items: extras.plan.items.map((i) => ({
        skill: i.skill,
        action: i.action,
        kind: i.kind,
        owner: i.owner,
        byWhen: i.byWhen,
        status: i.status,
        overdue: i.overdue,
        forDreams: i.forDreams,
        now: i.now,
        goal: i.goal,
        whoHelps: i.whoHelps,
        byWhenText: i.byWhenText,
        lastChecked: i.lastChecked,
      })),
      warnings: [...extras.plan.warnings],
    },
    checkIns: extras.checkIns.map((c) => ({
      date: c.date,
      dream: c.dream,
      skill: c.skill,
      rating: c.rating,
      critical: c.critical,
    })),
    nextCheckIn: extras.nextCheckIn,
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
export function exportJson(source: ExportSource, extras?: ExportExtrasSource | null): string {
  return `${JSON.stringify(tableExport(source, extras), null, 2)}\n`;
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

/**
 * The table and its priorities as a Markdown document, ratings and critical as words; with the
 * extras, each dream's why and each skill's note in its dream, then the plan and the check-ins.
 */
export function exportMarkdown(source: ExportSource, extras?: ExportExtrasSource | null): string {
  const doc = tableExport(source, extras);
  const lines: string[] = ['# Career dreams', ''];
  // Notes and whys found by the dream's and skill's identity (the table and the extras are two
  // reads: a skill moved in between still finds its note).
  const notes = new Map<string, string>();
  for (const n of doc.notes ?? []) {
    const key = `${skillKey(n.dream)}\n${skillKey(n.skill)}`;
    if (!notes.has(key)) notes.set(key, n.note);
  }
  const whys = new Map((doc.why ?? []).map((w) => [skillKey(w.dream), w.motivations] as const));
  for (const dream of doc.table) {
    lines.push(`## ${md(dream.dream)}`, '');
    const why = whys.get(skillKey(dream.dream));
    if (why?.length) lines.push(`Why: ${why.map(md).join('; ')}`, '');
    for (const s of dream.skills) {
      const note = notes.get(`${skillKey(dream.dream)}\n${skillKey(s.skill)}`);
      lines.push(`- ${md(s.skill)}: ${ratingWord(s)}${note ? `. Note: ${md(note)}` : ''}`);
    }
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
  if (doc.plan) planMarkdown(lines, doc.plan);
  if (doc.checkIns) checkInsMarkdown(lines, doc.checkIns, doc.nextCheckIn ?? null);
  if (doc.warnings.length) {
    lines.push('', '## Warnings', '');
    // One by one: a spread of thousands of warnings would overflow the stack.
    for (const w of doc.warnings) lines.push(`- ${md(w)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The plan, skill by skill: each action with its kind, who, when and status in words. */
function planMarkdown(lines: string[], plan: FollowUpExport['plan']): void {
  lines.push('', '## Plan', '');
  if (!plan.items.length) lines.push('No plan yet.');
  const groups = new Map<string, ExportPlanItem[]>();
  for (const item of plan.items) {
    const key = skillKey(item.skill);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  for (const items of groups.values()) {
    const first = items[0]!;
    lines.push(`### ${md(first.skill || 'No skill named')}`, '');
    const facts = [first.now && `Now: ${md(first.now)}`, first.goal && `Goal: ${md(first.goal)}`];
    if (first.now || first.goal) lines.push(`${facts.filter(Boolean).join('. ')}.`, '');
    for (const i of items) {
      const when = i.byWhen ?? (i.byWhenText && md(i.byWhenText));
      const parts = [
        i.kind && `Kind: ${md(i.kind)}`,
        i.owner && `Owner: ${md(i.owner)}`,
        i.whoHelps && `Who helps: ${md(i.whoHelps)}`,
        when && `By ${when}`,
        `Status: ${md(i.status || 'Not started')}${i.overdue ? ', overdue' : ''}`,
      ];
      lines.push(`- ${md(i.action || 'No action written')}. ${parts.filter(Boolean).join('. ')}.`);
    }
    lines.push('');
  }
  // Under a heading of their own: right after the last skill, they would read as its actions.
  if (plan.warnings.length) lines.push('### Warnings on the Plan sheet', '');
  for (const w of plan.warnings) lines.push(`- ${md(w)}`);
}

const CHECK_IN_WORDS: Record<CheckInRating, string> = {
  red: LEGEND.red.word,
  yellow: LEGEND.yellow.word,
  green: LEGEND.green.word,
  none: LEGEND.unrated.word,
};

/** Every check-in, day by day, each row as `Dream, Skill: Rating[, critical]`. */
function checkInsMarkdown(
  lines: string[],
  rows: readonly ExportCheckIn[],
  next: string | null,
): void {
  lines.push('', '## Check-ins');
  if (next) lines.push('', `Next check-in: ${md(next)}`);
  if (!rows.length) lines.push('', 'No check-in recorded yet.');
  let day = '';
  // Day by day (a stable sort: within a day, the sheet's order), even if typed out of order.
  const byDay = [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const r of byDay) {
    if (r.date !== day) lines.push('', `### ${md((day = r.date))}`, '');
    const word = CHECK_IN_WORDS[r.rating] + (r.critical ? ', critical' : '');
    lines.push(`- ${md(r.dream)}, ${md(r.skill)}: ${word}`);
  }
}

/**
 * User text as literal Markdown text: punctuation that could format is escaped (`$` too, which
 * starts inline maths where Markdown renders it, as GitHub does), a leading
 * "-", "+" or "1." cannot start a list, and line breaks become spaces.
 */
export function md(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|#~&!$]/g, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

// Reading the Plan sheet, typed by hand or by the add-on: the header is the first row with
// content, columns are found by their header text in any order and case, extra columns are kept.
import { a1 } from '../a1';
import { UserError } from '../errors';
import { cleanName, skillKey } from '../skill-name';
import { dayOf } from './dates';
import {
  extentOf,
  findColumns,
  headerIndexOf,
  headerKey,
  missingColumnsMessage,
  quoted,
  textsOf,
} from './header';
import {
  PLAN_COLUMNS,
  PLAN_KINDS,
  PLAN_STATUSES,
  type PlanColumn,
  type PlanItem,
  type PlanKind,
  type PlanSheet,
  type PlanStatus,
  type RecordCell,
} from './types';

/** Without these two a row says nothing the add-on could act on. */
const REQUIRED: readonly PlanColumn[] = ['Skill', 'Action'];

/**
 * Parses the Plan sheet's cells. Throws a UserError (one plain sentence) when the sheet has
 * content but its header row names no `Skill` or no `Action` column. An empty sheet gives a
 * plan with no items (headerRow 0).
 */
export function parsePlanSheet(values: RecordCell[][], sheetName: string): PlanSheet {
  const texts = textsOf(values);
  const { lastRow, lastCol } = extentOf(texts);
  const headerIndex = headerIndexOf(texts);
  if (headerIndex < 0) {
    return { headerRow: 0, columns: {}, items: [], lastRow: 0, lastCol: 0, warnings: [] };
  }
  const headerRow = headerIndex + 1;
  const warnings: string[] = [];
  const columns = findColumns(
    texts[headerIndex] ?? [],
    PLAN_COLUMNS,
    { sheetName, row: headerRow },
    warnings,
  );
  const missing = REQUIRED.filter((name) => columns[name] === undefined);
  if (missing.length > 0) {
    throw new UserError(missingColumnsMessage(sheetName, missing, headerRow, 'a plan'));
  }

  const known = PLAN_COLUMNS.flatMap((name) => {
    const col = columns[name];
    return col === undefined ? [] : [col];
  });
  const items: PlanItem[] = [];
  for (let r = headerIndex + 1; r < texts.length; r++) {
    const row = texts[r] ?? [];
    // A row with content only in extra columns (a remark beside the plan) is not an item.
    if (!known.some((col) => (row[col - 1] ?? '') !== '')) continue;
    items.push(readItem(row, values[r] ?? [], r + 1, columns, sheetName, warnings));
  }
  return { headerRow, columns, items, lastRow, lastCol, warnings };
}

function readItem(
  texts: string[],
  cells: RecordCell[],
  row: number,
  columns: Partial<Record<PlanColumn, number>>,
  sheetName: string,
  warnings: string[],
): PlanItem {
  const text = (name: PlanColumn): string => {
    const col = columns[name];
    return col === undefined ? '' : (texts[col - 1] ?? '');
  };
  const cell = (name: PlanColumn): string => a1(row, columns[name] ?? 1);
  const where = (name: PlanColumn): string => `${cell(name)} on ‘${sheetName}’`;
  const day = (name: PlanColumn): string | null => {
    const col = columns[name];
    if (col === undefined) return null;
    const found = dayOf(cells[col - 1] ?? null);
    const typed = text(name);
    if (found === null && typed !== '') {
      warnings.push(
        `${where(name)} holds ‘${quoted(typed)}’, which is not a date, so the ${name} day is left empty; ` +
          'type a date there (for example 2026-06-30).',
      );
    }
    return found;
  };

  const skill = text('Skill');
  const action = text('Action');
  if (skill === '') {
    warnings.push(
      `Row ${row} of ‘${sheetName}’ has no skill (${cell('Skill')}); type the skill it is for.`,
    );
  }
  if (action === '') {
    warnings.push(
      `Row ${row} of ‘${sheetName}’ has no action (${cell('Action')}); type what is to be done.`,
    );
  }
  const statusText = text('Status');
  const status = statusOf(statusText);
  if (status === null) {
    warnings.push(
      `${where('Status')} says ‘${quoted(statusText)}’, which is not a status (${PLAN_STATUSES.join(', ')}), ` +
        'so it is shown as typed and the row counts as not done.',
    );
  }
  const kindText = text('Kind');
  const byWhenText = text('By when');
  return {
    row,
    skill: cleanName(skill),
    skillKey: skillKey(skill),
    action,
    forDreams: text('For dreams'),
    now: text('Now'),
    goal: text('Goal'),
    kind: kindOf(kindText),
    kindText,
    owner: text('Owner'),
    whoHelps: text('Who helps'),
    byWhen: day('By when'),
    byWhenText,
    status,
    statusText,
    lastChecked: day('Last checked'),
  };
}

const STATUS_BY_KEY = new Map<string, PlanStatus>(
  PLAN_STATUSES.map((status) => [headerKey(status), status]),
);

/** The canonical status for a word typed in any case ('' reads as Not started); else null. */
export function statusOf(text: string): PlanStatus | null {
  const key = headerKey(text);
  if (key === '') return 'Not started';
  return STATUS_BY_KEY.get(key) ?? null;
}

/** The canonical kinds, and the short words people type for them. */
const KIND_BY_KEY = new Map<string, PlanKind>([
  ...PLAN_KINDS.map((kind): [string, PlanKind] => [headerKey(kind), kind]),
  ['role', 'Role or project'],
  ['project', 'Role or project'],
  ['mentor', 'Learn from someone'],
  ['course', 'Course or book'],
  ['book', 'Course or book'],
]);

/** The canonical kind for a word typed in any case; null for '' or another word. */
export function kindOf(text: string): PlanKind | null {
  const key = headerKey(text);
  if (key === '') return null;
  return KIND_BY_KEY.get(key) ?? null;
}

/**
 * An item's kind and status as shown: the canonical word, else the cell's text as typed. The
 * sidebar's view, the check of a confirmed removal and the command line all show them so, and
 * a removal is refused when the two readings differ, so there is one rule.
 */
export function shownKind(item: Pick<PlanItem, 'kind' | 'kindText'>): string {
  return item.kind ?? item.kindText;
}

export function shownStatus(item: Pick<PlanItem, 'status' | 'statusText'>): string {
  return item.status ?? item.statusText;
}

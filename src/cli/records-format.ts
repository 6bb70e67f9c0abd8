// How the plan and the progress are printed: a readable list, or one JSON object in the shape the
// README gives. Text from the file is shown with its control and bidi characters made visible
// (./visible), and lines are added one at a time (see ./format).
import {
  shownKind,
  type CheckInRating,
  type IsoDay,
  type PlanKind,
  type PlanStatus,
} from '../core';
import { q } from './errors';
import type { PlanReport, PlanReportItem, ProgressReport } from './records';
import { asciiSafeJson, visible } from './visible';

export interface PlanJson {
  sheet: string;
  items: Array<{
    skill: string;
    action: string;
    /** The canonical kind; else the text typed, or null when the cell is empty. */
    kind: PlanKind | string | null;
    owner: string;
    byWhen: IsoDay | null;
    /** The canonical status; null when the cell holds another word (a warning names it). */
    status: PlanStatus | null;
    overdue: boolean;
  }>;
  warnings: string[];
}

export interface ProgressJson {
  checkIns: IsoDay[];
  from: IsoDay | null;
  to: IsoDay | null;
  changes: Array<{
    dream: string;
    skill: string;
    from: CheckInRating | null;
    to: CheckInRating | null;
  }>;
  warnings: string[];
}

/** The keys in the order the README writes them. */
export function planJson(report: PlanReport): PlanJson {
  return {
    sheet: report.sheet,
    items: report.items.map((item) => ({
      skill: item.skill,
      action: item.action,
      kind: shownKind(item) || null,
      owner: item.owner,
      byWhen: item.byWhen,
      status: item.status,
      overdue: item.overdue,
    })),
    warnings: report.warnings,
  };
}

export function progressJson(report: ProgressReport): ProgressJson {
  return {
    checkIns: report.checkIns,
    from: report.progress.from,
    to: report.progress.to,
    changes: report.progress.changes.map((change) => ({
      dream: change.dream,
      skill: change.skill,
      from: change.from,
      to: change.to,
    })),
    warnings: report.warnings,
  };
}

export function formatJsonDoc(doc: PlanJson | ProgressJson): string {
  return `${asciiSafeJson(JSON.stringify(doc, null, 2))}\n`;
}

/**
 *   Plan from the sheet ‘Plan’ (3 items, 1 overdue as of 2026-06-15)
 *
 *   1. Hiring: Shadow two interviews — In progress, by 2026-05-01, overdue; Learn from someone; owner Sam
 */
export function formatPlanPlain(report: PlanReport): string {
  const lines: string[] = [];
  const n = report.items.length;
  const overdue = report.items.filter((item) => item.overdue).length;
  if (n === 0) {
    lines.push(`The sheet ${q(report.sheet)} has no plan items yet.`);
  } else {
    lines.push(
      `Plan from the sheet ${q(report.sheet)} (${n} ${n === 1 ? 'item' : 'items'}, ` +
        `${overdue} overdue as of ${report.today})`,
      '',
    );
    const width = String(n).length;
    report.items.forEach((item, i) => {
      lines.push(`${`${i + 1}.`.padStart(width + 1)} ${itemLine(item)}`);
    });
  }
  warningLines(lines, report.warnings);
  return `${lines.map(visible).join('\n')}\n`;
}

function itemLine(item: PlanReportItem): string {
  const skill = item.skill === '' ? '(no skill)' : item.skill;
  const action = item.action === '' ? '(no action)' : item.action;
  const status = item.status ?? `${q(item.statusText)} (not a status)`;
  let when: string;
  if (item.byWhen !== null) when = `by ${item.byWhen}${item.overdue ? ', overdue' : ''}`;
  else if (item.byWhenText !== '') when = `by ${q(item.byWhenText)} (not a date)`;
  else when = 'no date';
  const details = [`${status}, ${when}`];
  const kind = shownKind(item);
  if (kind !== '') details.push(kind);
  if (item.owner !== '') details.push(`owner ${item.owner}`);
  if (item.whoHelps !== '') details.push(`helped by ${item.whoHelps}`);
  return `${skill}: ${action} \u2014 ${details.join('; ')}`;
}

/**
 *   Progress on the sheet ‘Check-ins’ (3 check-ins, 2025-09-01 to 2026-06-01)
 *
 *   From 2026-01-15 to 2026-06-01:
 *   - Hiring: red → yellow in Founder
 */
export function formatProgressPlain(report: ProgressReport): string {
  const lines: string[] = [];
  const { checkIns, progress } = report;
  const n = checkIns.length;
  if (n === 0) {
    lines.push(
      `The sheet ${q(report.sheet)} holds no check-in yet: the add-on records one with ` +
        'Record a check-in.',
    );
  } else {
    const span = n === 1 ? `on ${checkIns[0]}` : `${checkIns[0]} to ${checkIns[n - 1]}`;
    lines.push(
      `Progress on the sheet ${q(report.sheet)} (${n} ${n === 1 ? 'check-in' : 'check-ins'}, ${span})`,
      '',
    );
    const { from, to } = progress;
    if (from === null || to === null) {
      lines.push(`There is one check-in, on ${to ?? checkIns[0]}: nothing to compare it with yet.`);
    } else if (from === to) {
      lines.push(
        `The first check-in on or after ${report.since ?? from} is the latest one, on ${to}: ` +
          'nothing to compare it with.',
      );
    } else if (report.sentences.length === 0) {
      lines.push(`Nothing moved from ${from} to ${to}.`);
    } else {
      lines.push(`From ${from} to ${to}:`);
      for (const sentence of report.sentences) lines.push(`- ${sentence}`);
    }
  }
  if (report.nextCheckIn !== null) lines.push('', `Next check-in: ${report.nextCheckIn}`);
  warningLines(lines, report.warnings);
  return `${lines.map(visible).join('\n')}\n`;
}

function warningLines(lines: string[], warnings: readonly string[]): void {
  if (!warnings.length) return;
  lines.push('', warnings.length === 1 ? 'Warning:' : 'Warnings:');
  for (const warning of warnings) lines.push(`- ${warning}`);
}

// The record sheets' calls (Plan, Check-ins) and the why of each dream. Not built yet.
import type { ExportResult, FollowUpResult } from '../contract';

const NOT_YET = 'This part of Career Dreams is not built yet.';

export function notYet(): FollowUpResult {
  return { ok: false, error: NOT_YET, followUp: null };
}

export function notYetExport(): ExportResult {
  return { ok: false, error: NOT_YET, state: null };
}

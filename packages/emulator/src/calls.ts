// Instrumentation: every Apps Script call the add-on makes, and every cell it writes.
// Only the boundary (boundary.ts) records calls, so the emulator's own internal calls and the
// test helpers never show up here.

export type CallKind = 'read' | 'write' | 'handle' | 'ui' | 'lock' | 'other';

export interface CallRecord {
  user: string;
  /** The Apps Script class: 'SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'Ui', 'Lock', ... */
  service: string;
  method: string;
  /** What the call was on, e.g. 'Dreams!B2:C4' for a range, 'Dreams' for a sheet. */
  target?: string;
}

export interface WriteRecord {
  user: string;
  sheet: string;
  method: string;
  /** A1 of each cell touched, in reading order; empty for structural changes. */
  cells: string[];
  /** For structural changes: what moved, e.g. 'insert 2 rows after 5'. */
  detail?: string;
}

export interface CallCounts {
  total: number;
  /** Keyed 'Service.method', e.g. 'Range.getValues'. */
  byMethod: Record<string, number>;
  byKind: Record<CallKind, number>;
}

/** Reads of cell data or formatting: what a benchmark counts as a round trip for data. */
const READS = new Set([
  'getConditionalFormatRules',
  'getValues',
  'getValue',
  'getDisplayValues',
  'getDisplayValue',
  'getFormulas',
  'getFormula',
  'getBackgrounds',
  'getBackground',
  'getFontWeights',
  'getFontWeight',
  'getNotes',
  'getNote',
  'getColumnWidth',
]);

const LOCKS = new Set([
  'getDocumentLock',
  'getScriptLock',
  'getUserLock',
  'tryLock',
  'waitLock',
  'releaseLock',
  'hasLock',
]);

const UI = new Set([
  'getUi',
  'createAddonMenu',
  'createMenu',
  'addItem',
  'addSeparator',
  'addSubMenu',
  'addToUi',
  'showSidebar',
  'showModalDialog',
  'showModelessDialog',
  'alert',
  'prompt',
  'toast',
  'activate',
  'setActiveSheet',
  'setActiveRange',
  'setActiveRangeList',
  'setActiveSelection',
  'getResponseText',
  'getSelectedButton',
]);

const SPREADSHEET_SERVICES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
]);

/**
 * The kind of a call. `service` matters only to tell a spreadsheet write from, say,
 * HtmlOutput.setTitle (ui) or a Utilities call (other); it defaults to a spreadsheet service.
 */
export function classify(method: string, service = 'Range'): CallKind {
  if (LOCKS.has(method)) return 'lock';
  if (UI.has(method) || service === 'Ui' || service === 'Menu') return 'ui';
  if (service === 'HtmlService' || service === 'HtmlOutput') return 'ui';
  if (!SPREADSHEET_SERVICES.has(service)) return 'other';
  if (READS.has(method)) return 'read';
  if (/^(set|clear|insert|delete|sort|move)/.test(method)) return 'write';
  if (/^(get|is)/.test(method)) return 'handle';
  return 'other';
}

export class Recorder {
  readonly calls: CallRecord[] = [];
  readonly writes: WriteRecord[] = [];
  /**
   * Runs before each call the add-on makes is carried out. Tests of concurrency use it to let
   * another user act between two calls of an execution, as a second person can in real Sheets.
   */
  beforeCall: ((record: CallRecord) => void) | null = null;

  call(record: CallRecord): void {
    // The hook first, so the log stays in the order calls were carried out.
    this.beforeCall?.(record);
    this.calls.push(record);
  }

  write(record: WriteRecord): void {
    this.writes.push(record);
  }

  reset(): void {
    this.calls.length = 0;
    this.writes.length = 0;
  }

  count(user?: string): CallCounts {
    const byKind: Record<CallKind, number> = {
      read: 0,
      write: 0,
      handle: 0,
      ui: 0,
      lock: 0,
      other: 0,
    };
    const byMethod: Record<string, number> = {};
    let total = 0;
    for (const call of this.calls) {
      if (user !== undefined && call.user !== user) continue;
      total++;
      const key = `${call.service}.${call.method}`;
      byMethod[key] = (byMethod[key] ?? 0) + 1;
      byKind[classify(call.method, call.service)]++;
    }
    return { total, byMethod, byKind };
  }
}

// Turns a parsed table into what the sidebar is shown: the contract's view types, not the
// core's internals. Pure: no Apps Script calls.
import {
  a1,
  fingerprintOf,
  distinctSkillNames,
  exportPriority,
  rankPriorities,
  type Table,
  type Warning,
} from '../core';
import type { PriorityView, SidebarState } from '../contract';

/** `notices`: warnings found outside the table's cells (conditional formatting, say). */
export function stateOf(sheetName: string, table: Table, notices: Warning[] = []): SidebarState {
  return withFingerprint({
    sheetName,
    candidateSheet: null,
    dreams: table.dreams.map((dream) => ({
      name: dream.name,
      col: dream.col,
      skills: dream.skills.map((skill) => ({
        name: skill.name,
        row: skill.row,
        col: skill.col,
        cell: a1(skill.row, skill.col),
        rating: skill.rating,
        critical: skill.critical,
      })),
    })),
    // Structurally the contract's PriorityView: the same fields, checked by the compiler.
    priorities: rankPriorities(table).map((p): PriorityView => exportPriority(p)),
    warnings: [...table.warnings, ...notices].map((w) => w.message),
    skillNames: distinctSkillNames(table),
  });
}

/** The state with its fingerprint: the hash of everything else in it. */
export function withFingerprint(state: Omit<SidebarState, 'fingerprint'>): SidebarState {
  return { ...state, fingerprint: fingerprintOf(state) };
}

/** The state when the spreadsheet has no dreams sheet yet. */
export function noTableState(candidateSheet: string | null): SidebarState {
  return withFingerprint({
    sheetName: null,
    candidateSheet,
    dreams: [],
    priorities: [],
    warnings: [],
    skillNames: [],
  });
}

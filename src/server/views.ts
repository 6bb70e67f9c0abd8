// Turns a parsed table into what the sidebar shows. Pure: no Apps Script calls.
import { a1 } from '../core/a1';
import { distinctSkillNames, rankPriorities } from '../core/priorities';
import type { Table } from '../core/types';
import type { SidebarState } from '../contract';

export function stateOf(sheetName: string, table: Table): SidebarState {
  return {
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
    priorities: rankPriorities(table),
    warnings: table.warnings.map((w) => w.message),
    skillNames: distinctSkillNames(table),
  };
}

/** The state when the spreadsheet has no dreams sheet yet. */
export function noTableState(candidateSheet: string | null): SidebarState {
  return {
    sheetName: null,
    candidateSheet,
    dreams: [],
    priorities: [],
    warnings: [],
    skillNames: [],
  };
}

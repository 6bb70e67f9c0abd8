// A small table for the sidebar's store tests: two dreams of two skills each.
import type { SidebarState, SkillView } from '../../../src/contract';
import { initialModel, update, type Model, type Msg } from '../../../src/sidebar/model';

export function skill(
  name: string,
  row: number,
  col: number,
  rating: SkillView['rating'] = 'unrated',
) {
  return { name, row, col, cell: `X${row}`, rating, critical: false };
}

export function state(overrides: Partial<SidebarState> = {}): SidebarState {
  return {
    sheetName: 'Dreams',
    candidateSheet: null,
    dreams: [
      { name: 'CTO', col: 1, skills: [skill('Hiring', 2, 1, 'red'), skill('Budgeting', 3, 1)] },
      { name: 'Author', col: 2, skills: [skill('Writing', 2, 2), skill('Éloquence', 3, 2)] },
    ],
    priorities: [],
    warnings: [],
    skillNames: [],
    fingerprint: 'f1',
    ...overrides,
  };
}

export const run = (model: Model, ...msgs: Msg[]): Model => msgs.reduce(update, model);
export const loaded = (): Model => update(initialModel(), { type: 'state', state: state() });

export const HIRING = 's:d:cto/hiring';
export const BUDGETING = 's:d:cto/budgeting';
export const WRITING = 's:d:author/writing';
export const ELOQUENCE = 's:d:author/éloquence';

// BASELINE, NOT THE ADD-ON. The sidebar's actions written the way a straightforward hand-written
// Apps Script does them: one service call per cell, to read (getRange + getValue, getBackground,
// getFontWeight) and to write (getRange + setValue, setBackground or setFontWeight). It is what
// the add-on's batched reads and grouped writes are measured against, on the same emulator.
//
// The decisions come from src/core, as in the add-on, so both do the same job (the benchmark
// checks that they leave the same sheets and answer the same state); only the way they talk to
// the Spreadsheet service differs. The baseline is given the benefit of the doubt: it reads the
// table once per action (it needs it all to find the target and to answer the sidebar with the
// new table and priorities, as the add-on does), writes only the cells that change, and takes no
// lock and makes no flush.
import * as actions from '../src/core';
import {
  applyToGrid,
  rankPriorities,
  PRIORITIES_SHEET,
  PRIORITIES_TITLE,
  prioritiesSheet,
  parseTable,
  cellsTypedIntoPriorities,
  type CellValue,
  type Edit,
  type Grid,
  type RatingChoice,
} from '../src/core';
import type { DreamRef, SelectionCritical, SidebarState, SkillRef } from '../src/contract';
import { literal } from '../src/server/adapter/literal';
import { cellInput } from '../src/server/adapter/record-sheets';
import { stateOf } from '../src/server/views';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The Apps Script globals the baseline uses. */
export interface Services {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
}

const DREAMS_SHEET = 'Dreams';

function dreamsSheet(spreadsheet: Spreadsheet): Sheet {
  const sheet = spreadsheet.getSheetByName(DREAMS_SHEET);
  if (!sheet) throw new Error(`There is no ‘${DREAMS_SHEET}’ sheet.`);
  return sheet;
}

/** The whole sheet's used area, one cell at a time. */
export function readCellByCell(sheet: Sheet): Grid {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  const grid: Grid = { values: [], backgrounds: [], fontWeights: [] };
  for (let r = 1; r <= rows; r++) {
    const values: CellValue[] = [];
    const backgrounds: string[] = [];
    const fontWeights: string[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = sheet.getRange(r, c);
      values.push(cell.getValue() as CellValue);
      backgrounds.push(cell.getBackground());
      fontWeights.push(cell.getFontWeight());
    }
    grid.values.push(values);
    grid.backgrounds.push(backgrounds);
    grid.fontWeights.push(fontWeights);
  }
  return grid;
}

/** Only the values of the sheet's used area, one cell at a time. */
function readValuesCellByCell(sheet: Sheet): CellValue[][] {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => sheet.getRange(r + 1, c + 1).getValue() as CellValue),
  );
}

/** The core's edits, one cell at a time. The fixtures leave room, so the sheet never grows. */
export function writeCellByCell(sheet: Sheet, edits: Edit[], app: Services['SpreadsheetApp']) {
  for (const edit of edits) {
    switch (edit.kind) {
      case 'writeText':
        edit.texts.forEach((row, i) =>
          row.forEach((text, j) =>
            sheet.getRange(edit.row + i, edit.col + j).setValue(literal(text)),
          ),
        );
        break;
      case 'format':
        for (const { row, col } of edit.cells) {
          const cell = sheet.getRange(row, col);
          if (edit.background !== undefined) cell.setBackground(edit.background);
          if (edit.fontWeight !== undefined) cell.setFontWeight(edit.fontWeight);
        }
        break;
      // Deleting has no per-cell form simpler than this one call.
      case 'deleteCellShiftUp':
        sheet.getRange(edit.row, edit.col).deleteCells(app.Dimension.ROWS);
        break;
      case 'deleteColumnCells':
        sheet
          .getRange(edit.fromRow, edit.col, edit.toRow - edit.fromRow + 1, 1)
          .deleteCells(app.Dimension.COLUMNS);
        break;
    }
  }
}

/** Read, decide, write, answer with the new state (computed from what was read, like the add-on). */
function act(gas: Services, plan: (table: ReturnType<typeof parseTable>) => actions.Plan) {
  const sheet = dreamsSheet(gas.SpreadsheetApp.getActiveSpreadsheet());
  const grid = readCellByCell(sheet);
  const result = plan(parseTable(grid));
  writeCellByCell(sheet, result.edits, gas.SpreadsheetApp);
  return answer(sheet.getName(), applyToGrid(grid, result.edits));
}

/** What the sidebar shows next. */
function answer(sheetName: string, grid: Grid): SidebarState {
  return stateOf(sheetName, parseTable(grid));
}

/** The selection as rectangles, each one's corner and size read one call at a time. */
function selectedRanges(gas: Services): actions.SelectedRange[] {
  return gas.SpreadsheetApp.getActiveRangeList()
    .getRanges()
    .map((range) => ({
      row: range.getRow(),
      col: range.getColumn(),
      numRows: range.getNumRows(),
      numCols: range.getNumColumns(),
    }));
}

/**
 * The Priorities sheet, emptied: read back cell by cell to find cells someone typed into
 * (refusing unless told to replace them), then cleared. Created if missing.
 */
function clearedPrioritiesSheet(spreadsheet: Spreadsheet, replaceTypedCells: boolean): Sheet {
  const sheet = spreadsheet.getSheetByName(PRIORITIES_SHEET);
  if (!sheet) return spreadsheet.insertSheet(PRIORITIES_SHEET, spreadsheet.getSheets().length);
  const old = readValuesCellByCell(sheet);
  const { typed: cells } = cellsTypedIntoPriorities(old);
  const typed = cells.map((c) => c.cell);
  if (typed.length > 0 && String(old[0]?.[0] ?? '') !== PRIORITIES_TITLE) {
    throw new Error(`The sheet ‘${PRIORITIES_SHEET}’ holds someone's own content.`);
  }
  if (typed.length > 0 && !replaceTypedCells) {
    throw new Error(`Someone typed into the ‘${PRIORITIES_SHEET}’ sheet (${typed.join(', ')}).`);
  }
  return sheet.clear();
}

export const baseline = {
  /** Also asks for conditional formatting when no skill is filled, as the add-on does. */
  getState(gas: Services): SidebarState {
    const sheet = dreamsSheet(gas.SpreadsheetApp.getActiveSpreadsheet());
    const grid = readCellByCell(sheet);
    const state = answer(sheet.getName(), grid);
    const table = parseTable(grid);
    const rules = actions.mayBeConditionallyFormatted(table)
      ? sheet.getConditionalFormatRules().length
      : 0;
    const notice = actions.conditionalFormattingWarning(table, rules);
    if (notice) state.warnings.push(notice.message);
    return state;
  },

  /** Only what the priorities need: each cell's value, fill and weight, then the ranking. */
  priorities(gas: Services) {
    const sheet = dreamsSheet(gas.SpreadsheetApp.getActiveSpreadsheet());
    // As the sidebar receives them: without the core's bookkeeping fields.
    return rankPriorities(parseTable(readCellByCell(sheet))).map(actions.exportPriority);
  },

  /** Renames the sheet typed by hand to Dreams, then reads it. */
  startTable(gas: Services, adoptSheet: string): SidebarState {
    const found = gas.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(adoptSheet);
    if (!found) throw new Error(`There is no sheet called ‘${adoptSheet}’.`);
    const sheet = found.setName(DREAMS_SHEET);
    sheet.activate();
    // First among the tabs, as the add-on leaves it (the file opens on it).
    if (sheet.getIndex() !== 1) gas.SpreadsheetApp.getActiveSpreadsheet().moveActiveSheet(1);
    return answer(sheet.getName(), readCellByCell(sheet));
  },

  addDream: (gas: Services, name: string) => act(gas, (t) => actions.planAddDream(t, name)),

  renameDream: (gas: Services, ref: DreamRef, name: string) =>
    act(gas, (t) => actions.planRenameDream(t, ref, name)),

  removeDream: (gas: Services, ref: DreamRef, expectedSkills: string[]) =>
    act(gas, (t) => actions.planRemoveDream(t, ref, expectedSkills)),

  addSkills: (gas: Services, ref: DreamRef, names: string[]) =>
    act(gas, (t) => actions.planAddSkills(t, ref, names)),

  renameSkill: (gas: Services, ref: SkillRef, name: string) =>
    act(gas, (t) => actions.planRenameSkill(t, ref, name)),

  removeSkill: (gas: Services, ref: SkillRef) => act(gas, (t) => actions.planRemoveSkill(t, ref)),

  setRating: (gas: Services, refs: SkillRef[], rating: RatingChoice) =>
    act(gas, (t) => actions.planRating(t, refs, rating)),

  setCritical: (gas: Services, refs: SkillRef[], critical: boolean) =>
    act(gas, (t) => actions.planCritical(t, refs, critical)),

  rateSelection: (gas: Services, rating: RatingChoice) =>
    act(gas, (t) =>
      actions.planSelectionRating(actions.skillsInSelection(t, selectedRanges(gas)), rating),
    ),

  setSelectionCritical: (gas: Services, mode: SelectionCritical) =>
    act(gas, (t) =>
      actions.planSelectionCritical(actions.skillsInSelection(t, selectedRanges(gas)), mode),
    ),

  /** Writes the Priorities sheet again, cell by cell. */
  updatePrioritiesSheet(gas: Services, replaceTypedCells: boolean): SidebarState {
    const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = dreamsSheet(spreadsheet);
    const grid = readCellByCell(sheet);
    const table = parseTable(grid);
    const priorities = rankPriorities(table);
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const computedAt = `${gas.Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd HH:mm')} (${timeZone})`;
    const block = prioritiesSheet(table, priorities, { sheetName: sheet.getName(), computedAt });
    const out = clearedPrioritiesSheet(spreadsheet, replaceTypedCells);
    const width = block.values[0]?.length ?? 0;
    if (width > out.getMaxColumns()) {
      out.insertColumnsAfter(out.getMaxColumns(), width - out.getMaxColumns());
    }
    if (block.values.length > out.getMaxRows()) {
      out.insertRowsAfter(out.getMaxRows(), block.values.length - out.getMaxRows());
    }
    // After clear(), only cells with a value, a fill or bold need writing.
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const background = block.backgrounds[r]?.[c];
        const bold = block.fontWeights[r]?.[c] === 'bold';
        if (value === '' && !background && !bold) return;
        const cell = out.getRange(r + 1, c + 1);
        if (value !== '') cell.setValue(literal(value));
        if (background) cell.setBackground(background);
        if (bold) cell.setFontWeight('bold');
      }),
    );
    return answer(sheet.getName(), grid);
  },
};

// ---- The Plan panel: the record sheets (Plan, Check-ins) and the why of each dream ----------

type RecordFacts = actions.RecordFacts;

/** A record sheet found by name in any letter case, read one cell at a time. */
function recordSheetCellByCell(gas: Services, wanted: string): actions.RecordSheetFact {
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const names = spreadsheet.getSheets().map((sheet) => sheet.getName());
  const name = actions.findRecordSheetName(names, wanted);
  const sheet = name === null ? null : spreadsheet.getSheetByName(name);
  if (!sheet) return { exists: false, name: '', values: [] };
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const values = readValuesCellByCell(sheet).map((row) =>
    row.map((value): actions.RecordCell => {
      if (value instanceof Date) return gas.Utilities.formatDate(value, timeZone, 'yyyy-MM-dd');
      return typeof value === 'string' ? value.trim() : value;
    }),
  );
  return { exists: true, name: sheet.getName(), values };
}

/** The facts a record action declared, read cell by cell. */
function recordFactsCellByCell(
  gas: Services,
  needs: readonly actions.RecordFactName[],
): Partial<RecordFacts> {
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const facts: Partial<RecordFacts> = {};
  for (const need of needs) {
    if (need === 'dreams') {
      const sheet = dreamsSheet(spreadsheet);
      const grid = readCellByCell(sheet);
      facts.dreams = {
        sheetName: sheet.getName(),
        grid,
        rows: grid.values.length,
        cols: grid.values[0]?.length ?? 0,
        table: parseTable(grid),
      };
    } else if (need === 'time') {
      const timeZone = spreadsheet.getSpreadsheetTimeZone();
      facts.time = {
        stamp: gas.Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd HH:mm'),
        timeZone,
      };
    } else if (need === 'planSheet') {
      facts.planSheet = recordSheetCellByCell(gas, actions.PLAN_SHEET);
    } else {
      facts.checkInsSheet = recordSheetCellByCell(gas, actions.CHECK_INS_SHEET);
    }
  }
  return facts;
}

/** The record edits, one cell at a time (the sheet grown first when the rows go past it). */
function writeRecordCellByCell(gas: Services, edits: Edit[]): void {
  const spreadsheet = gas.SpreadsheetApp.getActiveSpreadsheet();
  const named = (name: string): Sheet => {
    const found = actions.findRecordSheetName(
      spreadsheet.getSheets().map((sheet) => sheet.getName()),
      name,
    );
    const sheet = found === null ? null : spreadsheet.getSheetByName(found);
    if (!sheet) throw new Error(`There is no ‘${name}’ sheet.`);
    return sheet;
  };
  for (const edit of edits) {
    if (edit.kind === 'appendRecordRows') {
      const sheet = edit.create
        ? spreadsheet.insertSheet(edit.sheet, spreadsheet.getSheets().length)
        : named(edit.sheet);
      const first = edit.create ? 1 : sheet.getLastRow() + 1;
      const last = first + edit.rows.length - 1;
      if (last > sheet.getMaxRows())
        sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
      edit.rows.forEach((row, i) =>
        row.forEach((value, j) => {
          const fill = edit.backgrounds?.[i]?.[j] ?? null;
          const bold = i < (edit.boldRows ?? 0);
          if (value === '' && !fill && !bold) return;
          const cell = sheet.getRange(first + i, edit.col + j);
          if (value !== '') cell.setValue(cellInput(value));
          if (fill) cell.setBackground(fill);
          if (bold) cell.setFontWeight('bold');
        }),
      );
    } else if (edit.kind === 'writeRecordCells') {
      const sheet = named(edit.sheet);
      for (const cell of edit.cells) {
        sheet.getRange(cell.row, cell.col).setValue(cellInput(cell.value));
      }
    } else if (edit.kind === 'deleteRecordRow') {
      named(edit.sheet).deleteRow(edit.row);
    }
  }
}

/** A record action: its facts read cell by cell, the core's plan, its edits cell by cell. */
function recordAct<N extends actions.RecordFactName, A>(
  gas: Services,
  action: actions.RecordAction<N, A>,
  args: A,
): void {
  const facts = recordFactsCellByCell(gas, action.needs) as Pick<RecordFacts, N>;
  writeRecordCellByCell(gas, action.plan(facts, args).edits);
}

export const followUpBaseline = {
  recordCheckIn: (gas: Services, date: string | null) =>
    recordAct(gas, actions.RECORD_ACTIONS.recordCheckIn, { date }),

  addPlanItem: (gas: Services, item: actions.NewPlanItem) =>
    recordAct(gas, actions.RECORD_ACTIONS.addPlanItem, { item }),

  updatePlanItem: (gas: Services, target: actions.PlanItemTarget, update: actions.PlanItemUpdate) =>
    recordAct(gas, actions.RECORD_ACTIONS.updatePlanItem, { target, update }),

  removePlanItem: (
    gas: Services,
    target: actions.PlanItemTarget,
    seen: actions.PlanItemSeenCells,
  ) => recordAct(gas, actions.RECORD_ACTIONS.removePlanItem, { target, seen }),

  setNextCheckIn: (gas: Services, date: string) =>
    recordAct(gas, actions.RECORD_ACTIONS.setNextCheckIn, { date }),

  /** Everything the Plan panel shows: the table, each header cell's note, both record sheets. */
  getFollowUp(gas: Services): void {
    const sheet = dreamsSheet(gas.SpreadsheetApp.getActiveSpreadsheet());
    const grid = readCellByCell(sheet);
    const cols = grid.values[0]?.length ?? 0;
    for (let c = 1; c <= cols; c++) sheet.getRange(1, c).getNote();
    recordSheetCellByCell(gas, actions.PLAN_SHEET);
    recordSheetCellByCell(gas, actions.CHECK_INS_SHEET);
  },
};

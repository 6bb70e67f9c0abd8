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

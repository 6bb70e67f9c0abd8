// The workbook as the page draws it: every cell with some state, as Sheets would display it.

import {
  cellA1,
  contentFromInput,
  DEFAULT_LOCALE,
  displayOf,
  type Content,
  type DialogRecord,
  type EmulatedUser,
  type MenuItemRecord,
  type MenuRecord,
  type SheetData,
} from '@career-dreams/emulator';
import type {
  ButtonName,
  CellView,
  DialogView,
  MenuView,
  SheetView,
  WorkbookView,
} from './protocol';
import type { PreviewSession } from './session';

/**
 * What the cell editor starts with: the formula, or the value as one would type it again, in
 * the workbook's locale (`3,5` and `1.2.2026` in de_DE), as typing reads it.
 */
export function inputOf(
  content: Content | undefined,
  timeZone: string,
  locale: string = DEFAULT_LOCALE,
): string {
  if (!content) return '';
  if (content.kind === 'formula') return content.formula;
  const { value } = content;
  if (typeof value !== 'string') return displayOf(content, timeZone, locale);
  // Text that typing would turn into something else ('=x', '007', 'TRUE', '1.2.2026' in
  // de_DE) needs the apostrophe.
  const typed = contentFromInput(value, timeZone, locale);
  return typed?.kind === 'value' && typed.value === value ? value : `'${value}`;
}

function alignOf(content: Content | undefined): CellView['align'] {
  const value = content?.kind === 'formula' ? content.result : content?.value;
  if (typeof value === 'number' || value instanceof Date) return 'right';
  if (typeof value === 'boolean') return 'center';
  return 'left';
}

function sheetView(sheet: SheetData, timeZone: string, locale: string): SheetView {
  const cells: CellView[] = sheet
    .entries()
    .sort(([r1, c1], [r2, c2]) => r1 - r2 || c1 - c2)
    .map(([row, col, cell]) => {
      const view: CellView = {
        row,
        col,
        text: displayOf(cell.content, timeZone, locale),
        input: inputOf(cell.content, timeZone, locale),
        align: alignOf(cell.content),
      };
      if (cell.background) view.fill = cell.background;
      if (cell.bold) view.bold = true;
      if (cell.note) view.note = cell.note;
      return view;
    });
  return {
    name: sheet.name,
    rows: sheet.maxRows,
    columns: sheet.maxCols,
    frozenRows: sheet.frozenRows,
    widths: Object.fromEntries(sheet.columnWidths),
    cells,
  };
}

/** The workbook as `user` sees it: the shared sheets, and their own active sheet and selection. */
export function workbookView(
  session: PreviewSession,
  user: EmulatedUser,
  sheets: SheetView[] = sheetViews(session),
): WorkbookView {
  const { workbook } = session;
  const active = user.scope.activeSheet();
  return {
    name: workbook.name,
    timeZone: workbook.timeZone,
    sheets,
    active: { sheet: active.name, ranges: user.scope.selectionOf(active) },
  };
}

/** Every sheet as drawn: the same for everyone, so drawn once per change. */
export function sheetViews(session: PreviewSession): SheetView[] {
  const { workbook } = session;
  return workbook.sheets.map((s) => sheetView(s, workbook.timeZone, workbook.locale));
}

export function menuView(menu: MenuRecord): MenuView {
  const item = (i: MenuItemRecord): MenuView['items'][number] =>
    'submenu' in i ? { submenu: menuView(i.submenu) } : i;
  return { caption: menu.caption, addon: menu.addon, items: menu.items.map(item) };
}

/** Every function name a menu offers, submenus included. */
export function menuFunctions(menus: MenuView[]): Set<string> {
  const names = new Set<string>();
  const walk = (items: MenuView['items']): void => {
    for (const i of items) {
      if ('functionName' in i) names.add(i.functionName);
      else if ('submenu' in i) walk(i.submenu.items);
    }
  };
  for (const menu of menus) walk(menu.items);
  return names;
}

const BUTTONS: Record<string, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export function dialogView(id: number, record: DialogRecord): DialogView {
  return {
    id,
    kind: record.kind,
    title: record.title,
    prompt: record.prompt,
    buttons: BUTTONS[String(record.buttons)] ?? ['OK'],
  };
}

export { cellA1 };

// What the preview server and its page say to each other: the page's whole state (pushed over
// server-sent events after every change, and served at /api/state) and the requests' bodies.
// Shared by dev/preview/*.ts (Node) and dev/preview/page/*.ts (browser): types, one constant.

export interface CellView {
  /** 1-based. */
  row: number;
  col: number;
  /** As Sheets would display it. */
  text: string;
  /** How the cell editor starts: the formula, or the value as one would type it again. */
  input: string;
  /** Numbers and dates align right, booleans centre, text left. */
  align: 'left' | 'right' | 'center';
  /** '#rrggbb'. */
  fill?: string;
  bold?: boolean;
  note?: string;
}

export interface SheetView {
  name: string;
  rows: number;
  columns: number;
  frozenRows: number;
  /** Column number -> width in pixels, where set. */
  widths: Record<number, number>;
  cells: CellView[];
}

export interface WorkbookView {
  name: string;
  timeZone: string;
  sheets: SheetView[];
  /** The person's active sheet and selected ranges (A1; the last is the current one). */
  active: { sheet: string; ranges: string[] };
}

export type MenuItemView =
  { caption: string; functionName: string } | { separator: true } | { submenu: MenuView };

export interface MenuView {
  caption: string;
  /** An add-on menu, shown under Extensions. */
  addon: boolean;
  items: MenuItemView[];
}

/**
 * An HtmlOutput the add-on showed: served at `<htmlOrigin>/html/<id>?parent=<the page's origin>`
 * with the google.script.run shim.
 */
export interface HtmlView {
  id: number;
  kind: 'sidebar' | 'dialog';
  title: string;
  width: number;
  height: number;
}

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

/** An alert() or prompt() of the add-on, waiting for the person's answer. */
export interface DialogView {
  id: number;
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  /** The buttons to offer, in order (CLOSE, the dialog's X, is always possible). */
  buttons: ButtonName[];
}

export interface ToastView {
  id: number;
  title: string;
  message: string;
}

/** A person on the preview (every page opened on it is one; see people.ts). */
export interface PersonView {
  name: string;
  /** Their identity in the emulator: the lock's owner, Session.getActiveUser(). */
  email: string;
}

export interface PageState {
  /** Increases with every change; the page ignores an older state arriving late. */
  version: number;
  /** Whose page this is: the selection, menus, sidebar, dialogs and toasts below are theirs. */
  you: PersonView;
  /** Everyone with a page open on the preview, in order of arrival (you included). */
  people: PersonView[];
  /** Where the workbook is kept, for the status bar. */
  file: string;
  /**
   * The origin the add-on's sidebar and dialogs come from (`http://127.0.0.1:<port>`): not the
   * page's, as Google serves them from another origin than the document.
   */
  htmlOrigin: string;
  workbook: WorkbookView;
  menus: MenuView[];
  sidebar: HtmlView | null;
  modal: HtmlView | null;
  dialogs: DialogView[];
  toasts: ToastView[];
}

// ---- Request bodies (JSON) --------------------------------------------------------------

export interface SelectRequest {
  sheet: string;
  ranges: string[];
}
export interface InputRequest {
  sheet: string;
  cell: string;
  text: string;
}
export interface FormatRequest {
  sheet: string;
  ranges: string[];
  /** '#rrggbb', or null for no fill. */
  fill?: string | null;
  bold?: boolean;
}
export interface ClearRequest {
  sheet: string;
  ranges: string[];
}
/** Inserting or deleting one row or column, by hand, from the grid's context menu. */
export interface StructureRequest {
  sheet: string;
  action:
    | 'insertRowBefore'
    | 'insertRowAfter'
    | 'deleteRow'
    | 'insertColumnBefore'
    | 'insertColumnAfter'
    | 'deleteColumn';
  /** The row or column number (1-based) the menu was opened on. */
  position: number;
}
/** POST /api/join: who this page is. */
export interface JoinRequest {
  /** The name asked for (`?as=` in the page's address); none for the next name in order. */
  as?: string | null;
}
/** Every request of a page names its person in this header (the name, URI-encoded). */
export const PERSON_HEADER = 'x-preview-person';
export interface MenuRequest {
  functionName: string;
}
export interface DialogAnswer {
  id: number;
  button: ButtonName;
  text?: string;
}
export interface RunRequest {
  name: string;
  /** JSON of the arguments, as the shim checked and copied them. */
  args: unknown[];
}
export type RunResponse = { ok: true; value: unknown } | { ok: false; error: string };

/** Every failed request answers with one plain sentence. */
export interface ErrorResponse {
  error: string;
}

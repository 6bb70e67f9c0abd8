// The preview's behaviour, apart from HTTP: the open document, the people on it (people.ts),
// what the add-on has shown each of them (menus, sidebar, dialogs, toasts), their own edits in
// the grid, and Open / Download .xlsx. Every change is saved to disk (one file, whoever made
// it) and pushed to each person's pages as their own PageState.

import { basename } from 'node:path';
import {
  parseA1,
  SnapshotError,
  Workbook,
  type DialogRecord,
  type HtmlRecord,
  type UiAnswer,
  type WorkbookSnapshot,
} from '@career-dreams/emulator';
import {
  callFromSidebarUnchecked,
  runEntryPoint,
  scriptRunFunctions,
  type AddonContext,
} from '../addon/load';
import {
  cleanName,
  emailFor,
  followEdit,
  nameKey,
  nextDefaultName,
  type StructureEdit,
} from './people';
import { SIDEBAR_FUNCTIONS } from '../../src/contract';
import { readXlsx, writeXlsx, XlsxError, type XlsxBook } from '../../src/xlsx';
import { exampleWorkbook } from './example';
import { shown } from './paths';
import type {
  ButtonName,
  ClearRequest,
  DialogAnswer,
  DialogView,
  FormatRequest,
  HtmlView,
  InputRequest,
  MenuView,
  PageState,
  PersonView,
  RunResponse,
  SelectRequest,
  SheetView,
  StructureRequest,
  ToastView,
} from './protocol';
import { RequestError } from './requests';
import { messageOf, PreviewSession, type Shown } from './session';
import { dialogView, menuFunctions, menuView, sheetViews, workbookView } from './view';
import { hasContent, overLimits, StoreError, type WorkbookStore } from './workbook-store';
import { workbookToXlsx, xlsxGrid, xlsxToWorkbook } from './xlsx-bridge';

export { RequestError };

/** What google.script.run may call: the sidebar's functions of the contract, nothing else. */
const CALLABLE: ReadonlySet<string> = new Set(SIDEBAR_FUNCTIONS);
/** Longer names are no file name a browser sends. */
const MAX_FILE_NAME = 255;

export interface AppConfig {
  codePath: string;
  files: Record<string, string>;
  store: WorkbookStore;
  timeZone: string;
  /** How uploads are read (the server's reads each in a bounded worker); default in-process. */
  readXlsx?: (data: Uint8Array) => Promise<XlsxBook>;
  /** The origin the add-on's HTML is served from (server.ts), for the pages' frames. */
  htmlOrigin: string;
}

/** Sheets' limit on what one cell holds. */
const MAX_CELL_TEXT = 50_000;
const COLOUR = /^#[0-9a-f]{6}$/;
/** HtmlOutputs kept for /html/<id>: a sidebar reloaded a moment later still finds its page. */
const KEEP_HTML = 10;
const KEEP_TOASTS = 3;
/** A name given to a page that has not connected yet is not given again for this long. */
const JOINING_MS = 10_000;
const MAX_PEOPLE = 20;

/** One person and what the add-on has shown them. */
export interface Person {
  view: PersonView;
  /** Order of arrival. */
  order: number;
  menus: MenuView[];
  sidebar: HtmlView | null;
  modal: HtmlView | null;
  dialogs: Map<number, { view: DialogView; answer: (a: UiAnswer) => void }>;
  toasts: ToastView[];
  /** Their pages listening for states. */
  listeners: Set<(state: PageState) => void>;
  /** When a page was last given this name (by join), before it listens. */
  joinedAt: number;
}

export class PreviewApp {
  private session!: PreviewSession;
  private readonly people = new Map<string, Person>();
  private readonly html = new Map<number, { view: HtmlView; content: string; owner: Person }>();
  private nextId = 1;
  private version = 0;
  /** The workbook as the file holds it: what a change that cannot be saved goes back to. */
  private saved: WorkbookSnapshot | null = null;
  /** Said to everyone as they arrive (e.g. that the workbook file was bad and set aside). */
  private notices: string[] = [];
  /** An upload being read: one at a time, so two cannot hold twice the memory. */
  private opening = false;

  constructor(private readonly config: AppConfig) {}

  /**
   * Opens the saved workbook (or a new one); the first person arrives and onOpen runs.
   * `notices` are shown to each person as they arrive.
   */
  async start(snapshot: WorkbookSnapshot | null, notices: string[] = []): Promise<void> {
    this.notices = notices;
    await this.open(snapshot);
    await this.person(null);
  }

  // ---- People -----------------------------------------------------------------------------

  /**
   * The person with this name, arriving now if new (the add-on's onOpen runs for them, as
   * Sheets runs it for everyone who opens the file). No name: the first person to arrive.
   */
  async person(name: string | null | undefined): Promise<Person> {
    if (name === null || name === undefined) {
      const first = this.inOrder()[0];
      if (first) return first;
      return this.arrive(nextDefaultName((n) => this.people.has(nameKey(n))));
    }
    const clean = cleanName(name);
    if (clean === null) {
      throw new RequestError('A name is 1 to 40 characters, on one line.');
    }
    return this.people.get(nameKey(clean)) ?? this.arrive(clean);
  }

  /**
   * POST /api/join: the name this page goes by. Asked for one, it gets it (two pages with one
   * name are one person in two windows); otherwise the first person with no page open, or the
   * next name in order of arrival.
   */
  async join(name: string | null | undefined): Promise<PersonView> {
    let person: Person;
    if (name === null || name === undefined || name === '') {
      const now = Date.now();
      const free = this.inOrder().find(
        (p) => p.listeners.size === 0 && now - p.joinedAt > JOINING_MS,
      );
      person = free ?? (await this.arrive(nextDefaultName((n) => this.people.has(nameKey(n)))));
    } else {
      person = await this.person(name);
    }
    person.joinedAt = Date.now();
    return person.view;
  }

  private async arrive(name: string): Promise<Person> {
    if (this.people.size >= MAX_PEOPLE) {
      throw new RequestError(`The preview takes at most ${MAX_PEOPLE} people.`);
    }
    const emails = new Set([...this.people.values()].map((p) => p.view.email));
    const person: Person = {
      view: { name, email: emailFor(name, (e) => emails.has(e)) },
      order: this.people.size,
      menus: [],
      sidebar: null,
      modal: null,
      dialogs: new Map(),
      toasts: [],
      listeners: new Set(),
      joinedAt: 0,
    };
    this.people.set(nameKey(name), person);
    for (const notice of this.notices) this.toast(person, 'Career Dreams preview', notice);
    await this.opened(person);
    this.changed(false);
    return person;
  }

  private inOrder(): Person[] {
    return [...this.people.values()].sort((a, b) => a.order - b.order);
  }

  /** The document opened for this person: onOpen builds their menu. */
  private async opened(person: Person): Promise<void> {
    // For an add-on already in use in this document, Sheets runs onOpen in AuthMode.LIMITED.
    const outcome = await this.execute(person, (ctx) =>
      runEntryPoint(ctx, 'onOpen', { authMode: 'LIMITED' }),
    );
    this.show(person, outcome.shown);
    if (!outcome.ok) this.toast(person, 'onOpen failed', outcome.error);
  }

  private execute<T>(person: Person, work: (ctx: AddonContext) => T) {
    return this.session.execute(work, person.view.email);
  }

  private byHand<T>(person: Person, work: (app: GoogleAppsScript.Spreadsheet.SpreadsheetApp) => T) {
    return this.session.byHand(work, person.view.email);
  }

  // ---- State for the pages --------------------------------------------------------------

  /** What this person's pages show (no person: the first to arrive). */
  state(person?: Person | string | null, sheets?: SheetView[]): PageState {
    const who =
      typeof person === 'object' && person !== null
        ? person
        : (this.people.get(nameKey(cleanName(person) ?? '')) ?? this.inOrder()[0]);
    if (!who) throw new Error('Nobody has arrived yet.');
    return {
      version: this.version,
      you: who.view,
      people: this.inOrder()
        .filter((p) => p.listeners.size > 0 || p === who)
        .map((p) => p.view),
      file: shown(this.config.store.path),
      htmlOrigin: this.config.htmlOrigin,
      workbook: workbookView(this.session, this.session.seat(who.view.email).user, sheets),
      menus: who.menus,
      sidebar: who.sidebar,
      modal: who.modal,
      dialogs: [...who.dialogs.values()].map((d) => d.view),
      toasts: who.toasts,
    };
  }

  /** Calls `listener` with every new state of this person's; returns the unsubscribe. */
  subscribe(person: Person, listener: (state: PageState) => void): () => void {
    person.listeners.add(listener);
    // Who else is here changed for everyone.
    this.changed(false);
    return () => {
      person.listeners.delete(listener);
      this.changed(false);
    };
  }

  /**
   * After a change: saves the workbook (when it changed), and sends each person's pages their
   * new state; `only` for a change that only this person sees (their selection, a toast).
   */
  private changed(save = true, only?: Person): void {
    let refused: RequestError | null = null;
    if (save) {
      try {
        this.save();
      } catch (error) {
        if (!(error instanceof RequestError)) throw error;
        refused = error;
      }
    }
    this.version++;
    let sheets: SheetView[] | undefined;
    for (const person of only ? [only] : this.people.values()) {
      if (person.listeners.size === 0) continue;
      sheets ??= sheetViews(this.session);
      const state = this.state(person, sheets);
      for (const listener of person.listeners) listener(state);
    }
    if (refused) throw refused;
  }

  /**
   * Saves the workbook. One the file could not hold (larger than a Google spreadsheet, or not
   * writable) is put back as last saved, for everyone, and the change refused: what people
   * see is always what the file holds.
   */
  private save(): void {
    const snapshot = this.session.workbook.snapshot();
    try {
      this.config.store.save(snapshot);
      this.saved = snapshot;
    } catch (error) {
      if (!(error instanceof StoreError) || !this.saved) throw error;
      this.session.workbook.restore(this.saved);
      throw new RequestError(`That change was not kept: ${error.reason}.`, 422);
    }
  }

  // ---- The document ---------------------------------------------------------------------

  /** Opens a document for everyone here: each one's onOpen runs, as when Sheets opens it. */
  private async open(snapshot: WorkbookSnapshot | null): Promise<void> {
    if (this.session) this.session.closed = true;
    this.session = new PreviewSession({
      ...this.config,
      snapshot,
      ask: (dialog, email) => this.ask(dialog, email),
    });
    for (const person of this.people.values()) {
      // Questions of the previous document can no longer be answered usefully.
      for (const [id, pending] of person.dialogs) {
        person.dialogs.delete(id);
        pending.answer('CLOSE' as never);
      }
      person.sidebar = null;
      person.modal = null;
      person.menus = [];
    }
    for (const person of this.inOrder()) await this.opened(person);
    this.changed();
  }

  /** Replaces the document, keeping the previous file aside; returns a sentence saying so. */
  private async replace(snapshot: WorkbookSnapshot, what: string): Promise<string> {
    const current = this.session.workbook.snapshot();
    const aside = hasContent(current) ? this.config.store.setAside() : null;
    await this.open(snapshot);
    return aside ? `${what} The previous workbook is kept in ${shown(aside)}.` : what;
  }

  async loadExample(): Promise<string> {
    return this.replace(exampleWorkbook(this.config.timeZone), 'Loaded the example dreams table.');
  }

  async newWorkbook(): Promise<string> {
    const empty = new Workbook({ timeZone: this.config.timeZone }).snapshot();
    return this.replace(empty, 'Started a new, empty workbook.');
  }

  async openXlsx(data: Uint8Array, fileName: string): Promise<string> {
    if (fileName.length > MAX_FILE_NAME) throw new RequestError('That file name is too long.');
    // Control characters in a name would end up in the workbook's title.
    const name = [...basename(fileName)]
      .map((ch) => (ch < ' ' || ch === '\u007f' ? '_' : ch))
      .join('');
    if (!/\.xlsx$/i.test(name)) throw new RequestError('Choose an .xlsx file (an Excel workbook).');
    if (this.opening) {
      throw new RequestError('Another file is being opened: wait for it, then try again.', 409);
    }
    this.opening = true;
    let snapshot: WorkbookSnapshot;
    try {
      snapshot = await this.readUpload(data, name);
    } finally {
      this.opening = false;
    }
    return this.replace(snapshot, `Opened ${name}.`);
  }

  /** An uploaded .xlsx as a workbook, refused (422, one sentence) if it cannot be one. */
  private async readUpload(data: Uint8Array, name: string): Promise<WorkbookSnapshot> {
    let book: XlsxBook;
    try {
      book = await (this.config.readXlsx ?? readXlsx)(data);
    } catch (error) {
      // The worker's own limits (time, memory) say so themselves.
      if (error instanceof RequestError) throw error;
      // The reader's own sentence, as it says it (a damaged file, one too large to read).
      if (error instanceof XlsxError) {
        // A file the reader will not unpack for its size (XlsxTooLargeError; by name, so this
        // works with a reader that does not have it) is 413, any other it cannot read 422.
        throw new RequestError(error.message, error.name === 'XlsxTooLargeError' ? 413 : 422);
      }
      throw new RequestError('That file could not be opened as a workbook.', 422);
    }
    // Before the workbook is built: a sheet of a million rows must not be allocated first.
    const tooLarge = overLimits(xlsxGrid(book));
    if (tooLarge) {
      throw new RequestError(`That file cannot be opened: ${tooLarge}.`, 422);
    }
    const snapshot = xlsxToWorkbook(book, name.replace(/\.xlsx$/i, ''), this.config.timeZone);
    try {
      // Checked the way a saved file is: two sheets whose names differ only in case, say.
      Workbook.fromSnapshot(snapshot);
    } catch (error) {
      if (error instanceof SnapshotError) {
        throw new RequestError(`That file could not be opened: ${error.message}`, 422);
      }
      throw new RequestError('That file could not be opened as a workbook.', 422);
    }
    return snapshot;
  }

  async downloadXlsx(): Promise<{ fileName: string; data: Buffer }> {
    const snapshot = this.session.workbook.snapshot();
    const data = await writeXlsx(workbookToXlsx(snapshot));
    // Characters no file system takes in a name become '_'.
    const safe = [...snapshot.name].map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch));
    const fileName = `${safe.join('') || 'workbook'}.xlsx`;
    return { fileName, data };
  }

  // ---- What the add-on shows ------------------------------------------------------------

  private show(person: Person, shown: Shown): void {
    if (shown.menus.length) person.menus = shown.menus.map(menuView);
    const last = <T>(list: T[]): T | undefined => list[list.length - 1];
    const sidebar = last(shown.sidebars);
    if (sidebar) person.sidebar = this.keepHtml(person, 'sidebar', sidebar);
    const modal = last(shown.modals);
    if (modal) person.modal = this.keepHtml(person, 'dialog', modal);
    for (const toast of shown.toasts) this.toast(person, toast.title, toast.message);
  }

  private keepHtml(owner: Person, kind: HtmlView['kind'], record: HtmlRecord): HtmlView {
    const view: HtmlView = {
      id: this.nextId++,
      kind,
      title: record.title,
      width: record.width,
      height: record.height,
    };
    this.html.set(view.id, { view, content: record.content, owner });
    for (const id of this.html.keys()) if (this.html.size > KEEP_HTML) this.html.delete(id);
    return view;
  }

  private toast(person: Person, title: string, message: string): void {
    person.toasts = [...person.toasts, { id: this.nextId++, title, message }].slice(-KEEP_TOASTS);
  }

  /** The HTML the add-on showed, for /html/<id>, and whom it was shown to. */
  htmlContent(id: number): { content: string; owner: PersonView } | null {
    const kept = this.html.get(id);
    return kept ? { content: kept.content, owner: kept.owner.view } : null;
  }

  /** The functions google.script.run offers in the add-on's pages. */
  scriptFunctions(): string[] {
    const first = this.inOrder()[0];
    if (!first) return [];
    return scriptRunFunctions(this.session.seat(first.view.email).ctx).filter((name) =>
      CALLABLE.has(name),
    );
  }

  closeSidebar(person: Person): void {
    person.sidebar = null;
    this.changed(false, person);
  }

  closeModal(person: Person): void {
    person.modal = null;
    this.changed(false, person);
  }

  dismissToast(person: Person, id: number): void {
    person.toasts = person.toasts.filter((t) => t.id !== id);
    this.changed(false, person);
  }

  // ---- Dialogs --------------------------------------------------------------------------

  private ask(record: DialogRecord, email: string): Promise<UiAnswer> {
    const person = [...this.people.values()].find((p) => p.view.email === email);
    if (!person) return Promise.resolve('CLOSE' as never);
    return new Promise((resolve) => {
      const id = this.nextId++;
      person.dialogs.set(id, { view: dialogView(id, record), answer: resolve });
      this.changed(false, person);
    });
  }

  answerDialog(person: Person, answer: DialogAnswer): void {
    const pending = person.dialogs.get(Number(answer.id));
    if (!pending) throw new RequestError('That question was already answered.');
    const allowed: ButtonName[] = [...pending.view.buttons, 'CLOSE'];
    if (!allowed.includes(answer.button))
      throw new RequestError('That is not one of the dialog’s buttons.');
    person.dialogs.delete(pending.view.id);
    const text = typeof answer.text === 'string' ? answer.text : '';
    // The emulator's Button values are their names.
    pending.answer(
      pending.view.kind === 'prompt'
        ? { button: answer.button as never, text }
        : (answer.button as never),
    );
    this.changed(false, person);
  }

  // ---- The add-on's entry points ---------------------------------------------------------

  /** Runs a menu item; a sentence if it failed (shown as Apps Script shows a script error). */
  async runMenuItem(person: Person, functionName: string): Promise<string | null> {
    if (!menuFunctions(person.menus).has(functionName)) {
      throw new RequestError('That item is not in the add-on’s menu.');
    }
    const outcome = await this.execute(person, (ctx) => runEntryPoint(ctx, functionName));
    this.show(person, outcome.shown);
    this.changed();
    return outcome.ok ? null : outcome.error;
  }

  /** A google.script.run call from a page the add-on showed this person. */
  async runFromHtml(person: Person, name: string, args: unknown[]): Promise<RunResponse> {
    // Not the script's menu items, triggers or helpers, nor anything its global scope
    // inherits (constructor, toString) or the emulator put there.
    if (!CALLABLE.has(name)) {
      throw new RequestError('The sidebar has no function by that name.');
    }
    const outcome = await this.execute(person, (ctx) =>
      callFromSidebarUnchecked(ctx, name, ...args),
    );
    this.show(person, outcome.shown);
    this.changed();
    return outcome.ok ? { ok: true, value: outcome.value } : { ok: false, error: outcome.error };
  }

  // ---- The person's own edits in the grid -------------------------------------------------

  private sheetNamed(name: unknown): string {
    if (typeof name !== 'string' || !this.session.workbook.sheetByName(name)) {
      throw new RequestError('That sheet is not there any more.');
    }
    return name;
  }

  private rangesOn(sheet: string, ranges: unknown): string[] {
    const data = this.session.workbook.sheetByName(sheet)!;
    if (!Array.isArray(ranges) || ranges.length === 0 || ranges.length > 100) {
      throw new RequestError('Select one or more cells first.');
    }
    for (const a1 of ranges) {
      const rect = typeof a1 === 'string' ? parseA1(a1, data.maxRows, data.maxCols) : null;
      if (
        !rect ||
        rect.row + rect.numRows - 1 > data.maxRows ||
        rect.col + rect.numCols - 1 > data.maxCols
      ) {
        throw new RequestError('Those cells are outside the sheet.');
      }
    }
    return ranges as string[];
  }

  select(person: Person, request: SelectRequest): void {
    const sheet = this.sheetNamed(request.sheet);
    const { user } = this.session.seat(person.view.email);
    const ranges =
      request.ranges === undefined || (Array.isArray(request.ranges) && request.ranges.length === 0)
        ? user.scope.selectionOf(this.session.workbook.sheetByName(sheet)!)
        : this.rangesOn(sheet, request.ranges);
    user.select(sheet, ranges);
    this.changed(false, person);
  }

  /** Typing into a cell: through Range.setValue, so '=…' is a formula and "'…" text, as typed. */
  input(person: Person, request: InputRequest): void {
    const sheet = this.sheetNamed(request.sheet);
    const [cell] = this.rangesOn(sheet, [request.cell]);
    if (typeof request.text !== 'string') throw new RequestError('Type some text.');
    if (request.text.length > MAX_CELL_TEXT) {
      throw new RequestError(`A cell holds at most ${MAX_CELL_TEXT} characters.`);
    }
    this.byHand(person, (app) =>
      app.getActive().getSheetByName(sheet)!.getRange(cell!).setValue(request.text),
    );
    this.changed();
  }

  clear(person: Person, request: ClearRequest): void {
    const sheet = this.sheetNamed(request.sheet);
    const ranges = this.rangesOn(sheet, request.ranges);
    this.byHand(person, (app) =>
      app.getActive().getSheetByName(sheet)!.getRangeList(ranges).clearContent(),
    );
    this.changed();
  }

  format(person: Person, request: FormatRequest): void {
    const sheet = this.sheetNamed(request.sheet);
    const ranges = this.rangesOn(sheet, request.ranges);
    const { fill, bold } = request;
    if (fill !== undefined && fill !== null && !(typeof fill === 'string' && COLOUR.test(fill))) {
      throw new RequestError('Pick a colour from the palette.');
    }
    if (bold !== undefined && typeof bold !== 'boolean')
      throw new RequestError('Bold is on or off.');
    this.byHand(person, (app) => {
      const list = app.getActive().getSheetByName(sheet)!.getRangeList(ranges);
      if (fill !== undefined) list.setBackground(fill);
      if (bold !== undefined) list.setFontWeight(bold ? 'bold' : 'normal');
    });
    this.changed();
  }

  /**
   * Inserting or deleting a row or column by hand (the grid's context menu), through the
   * Sheet's own methods. Everyone else's selection on that sheet moves with the cells, as a
   * collaborator's does in Sheets; the person who made the edit keeps theirs.
   */
  structure(person: Person, request: StructureRequest): void {
    const sheet = this.sheetNamed(request.sheet);
    const data = this.session.workbook.sheetByName(sheet)!;
    if (!Object.prototype.hasOwnProperty.call(STRUCTURE, request.action)) {
      throw new RequestError('Insert or delete a row or a column.');
    }
    const action = STRUCTURE[request.action];
    const size = action.axis === 'rows' ? data.maxRows : data.maxCols;
    const position = Number(request.position);
    if (!Number.isInteger(position) || position < 1 || position > size) {
      throw new RequestError(`That ${action.axis === 'rows' ? 'row' : 'column'} is not there.`);
    }
    try {
      this.byHand(person, (app) => {
        const target = app.getActive().getSheetByName(sheet)!;
        (target[request.action] as (position: number) => unknown).call(target, position);
      });
    } catch (error) {
      // The sheet's own refusal, such as deleting its last row.
      throw new RequestError(messageOf(error));
    }
    const edit: StructureEdit = {
      axis: action.axis,
      kind: action.kind,
      position: position + (action.after ? 1 : 0),
      count: 1,
    };
    for (const other of this.people.values()) {
      if (other === person) continue;
      const { user } = this.session.seat(other.view.email);
      const active = user.scope.activeSheet();
      const moved = followEdit(user.scope.selectionOf(data), edit, {
        rows: data.maxRows,
        columns: data.maxCols,
      });
      user.select(sheet, moved);
      user.scope.activate(active);
    }
    this.changed();
  }
}

const STRUCTURE: Record<
  StructureRequest['action'],
  { axis: StructureEdit['axis']; kind: StructureEdit['kind']; after: boolean }
> = {
  insertRowBefore: { axis: 'rows', kind: 'insert', after: false },
  insertRowAfter: { axis: 'rows', kind: 'insert', after: true },
  deleteRow: { axis: 'rows', kind: 'delete', after: false },
  insertColumnBefore: { axis: 'columns', kind: 'insert', after: false },
  insertColumnAfter: { axis: 'columns', kind: 'insert', after: true },
  deleteColumn: { axis: 'columns', kind: 'delete', after: false },
};

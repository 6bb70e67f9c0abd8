// The preview's behaviour, apart from HTTP: the open document, what the add-on has shown (menus,
// sidebar, dialogs, toasts), the person's own edits in the grid, and Open / Download .xlsx.
// Every change is saved to disk and pushed to the pages as a new PageState.

import { basename } from 'node:path';
import {
  parseA1,
  Workbook,
  type DialogRecord,
  type HtmlRecord,
  type UiAnswer,
  type WorkbookSnapshot,
} from '@career-dreams/emulator';
import { callFromSidebarUnchecked, runEntryPoint, scriptRunFunctions } from '../addon/load';
import { readXlsx, writeXlsx, XlsxError } from '../../src/xlsx';
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
  RunResponse,
  SelectRequest,
  ToastView,
} from './protocol';
import { PreviewSession, type Shown } from './session';
import { dialogView, menuFunctions, menuView, workbookView } from './view';
import { hasContent, type WorkbookStore } from './workbook-store';
import { workbookToXlsx, xlsxToWorkbook } from './xlsx-bridge';

/** A request the preview refuses, with the sentence to show. */
export class RequestError extends Error {
  override name = 'RequestError';
}

export interface AppConfig {
  codePath: string;
  files: Record<string, string>;
  store: WorkbookStore;
  timeZone: string;
}

/** Sheets' limit on what one cell holds. */
const MAX_CELL_TEXT = 50_000;
const COLOUR = /^#[0-9a-f]{6}$/;
/** HtmlOutputs kept for /html/<id>: a sidebar reloaded a moment later still finds its page. */
const KEEP_HTML = 10;
const KEEP_TOASTS = 3;

export class PreviewApp {
  private session!: PreviewSession;
  private menus: MenuView[] = [];
  private sidebar: HtmlView | null = null;
  private modal: HtmlView | null = null;
  private readonly html = new Map<number, { view: HtmlView; content: string }>();
  private readonly dialogs = new Map<number, { view: DialogView; answer: (a: UiAnswer) => void }>();
  private toasts: ToastView[] = [];
  private nextId = 1;
  private version = 0;
  private readonly listeners = new Set<(state: PageState) => void>();

  constructor(private readonly config: AppConfig) {}

  /** Opens the saved workbook (or a new one) and runs the add-on's onOpen. */
  async start(snapshot: WorkbookSnapshot | null): Promise<void> {
    await this.open(snapshot);
  }

  // ---- State for the pages --------------------------------------------------------------

  state(): PageState {
    return {
      version: this.version,
      file: shown(this.config.store.path),
      workbook: workbookView(this.session),
      menus: this.menus,
      sidebar: this.sidebar,
      modal: this.modal,
      dialogs: [...this.dialogs.values()].map((d) => d.view),
      toasts: this.toasts,
    };
  }

  subscribe(listener: (state: PageState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(save = true): void {
    if (save) this.config.store.save(this.session.workbook.snapshot());
    this.version++;
    const state = this.state();
    for (const listener of this.listeners) listener(state);
  }

  // ---- The document ---------------------------------------------------------------------

  private async open(snapshot: WorkbookSnapshot | null): Promise<void> {
    if (this.session) this.session.closed = true;
    // Questions of the previous document can no longer be answered usefully.
    for (const [id, pending] of this.dialogs) {
      this.dialogs.delete(id);
      pending.answer('CLOSE' as never);
    }
    this.session = new PreviewSession({
      ...this.config,
      snapshot,
      ask: (dialog) => this.ask(dialog),
    });
    this.sidebar = null;
    this.modal = null;
    this.menus = [];
    // Opening a document runs onOpen, which builds the add-on's menu. For an add-on already in
    // use in this document, Sheets runs it in AuthMode.LIMITED.
    const outcome = await this.session.execute((ctx) =>
      runEntryPoint(ctx, 'onOpen', { authMode: 'LIMITED' }),
    );
    this.show(outcome.shown);
    if (!outcome.ok) this.toast('onOpen failed', outcome.error);
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
    if (!/\.xlsx$/i.test(fileName))
      throw new RequestError('Choose an .xlsx file (an Excel workbook).');
    let snapshot: WorkbookSnapshot;
    try {
      const book = await readXlsx(data);
      snapshot = xlsxToWorkbook(
        book,
        basename(fileName).replace(/\.xlsx$/i, ''),
        this.config.timeZone,
      );
      // Checked the way a saved file is: two sheets whose names differ only in case, say.
      Workbook.fromSnapshot(snapshot);
    } catch (error) {
      if (error instanceof XlsxError) throw new RequestError(error.message);
      throw new RequestError('That file could not be opened as a workbook.');
    }
    return this.replace(snapshot, `Opened ${basename(fileName)}.`);
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

  private show(shown: Shown): void {
    if (shown.menus.length) this.menus = shown.menus.map(menuView);
    const last = <T>(list: T[]): T | undefined => list[list.length - 1];
    const sidebar = last(shown.sidebars);
    if (sidebar) this.sidebar = this.keepHtml('sidebar', sidebar);
    const modal = last(shown.modals);
    if (modal) this.modal = this.keepHtml('dialog', modal);
    for (const toast of shown.toasts) this.toast(toast.title, toast.message);
  }

  private keepHtml(kind: HtmlView['kind'], record: HtmlRecord): HtmlView {
    const view: HtmlView = {
      id: this.nextId++,
      kind,
      title: record.title,
      width: record.width,
      height: record.height,
    };
    this.html.set(view.id, { view, content: record.content });
    for (const id of this.html.keys()) if (this.html.size > KEEP_HTML) this.html.delete(id);
    return view;
  }

  private toast(title: string, message: string): void {
    this.toasts = [...this.toasts, { id: this.nextId++, title, message }].slice(-KEEP_TOASTS);
  }

  /** The HTML the add-on showed, for /html/<id>. */
  htmlContent(id: number): string | null {
    return this.html.get(id)?.content ?? null;
  }

  /** The functions google.script.run offers in the add-on's pages. */
  scriptFunctions(): string[] {
    return scriptRunFunctions(this.session.ctx);
  }

  closeSidebar(): void {
    this.sidebar = null;
    this.changed(false);
  }

  closeModal(): void {
    this.modal = null;
    this.changed(false);
  }

  dismissToast(id: number): void {
    this.toasts = this.toasts.filter((t) => t.id !== id);
    this.changed(false);
  }

  // ---- Dialogs --------------------------------------------------------------------------

  private ask(record: DialogRecord): Promise<UiAnswer> {
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.dialogs.set(id, { view: dialogView(id, record), answer: resolve });
      this.changed(false);
    });
  }

  answerDialog(answer: DialogAnswer): void {
    const pending = this.dialogs.get(Number(answer.id));
    if (!pending) throw new RequestError('That question was already answered.');
    const allowed: ButtonName[] = [...pending.view.buttons, 'CLOSE'];
    if (!allowed.includes(answer.button))
      throw new RequestError('That is not one of the dialog’s buttons.');
    this.dialogs.delete(pending.view.id);
    const text = typeof answer.text === 'string' ? answer.text : '';
    // The emulator's Button values are their names.
    pending.answer(
      pending.view.kind === 'prompt'
        ? { button: answer.button as never, text }
        : (answer.button as never),
    );
    this.changed(false);
  }

  // ---- The add-on's entry points ---------------------------------------------------------

  /** Runs a menu item; a sentence if it failed (shown as Apps Script shows a script error). */
  async runMenuItem(functionName: string): Promise<string | null> {
    if (!menuFunctions(this.menus).has(functionName)) {
      throw new RequestError('That item is not in the add-on’s menu.');
    }
    const outcome = await this.session.execute((ctx) => runEntryPoint(ctx, functionName));
    this.show(outcome.shown);
    this.changed();
    return outcome.ok ? null : outcome.error;
  }

  /** A google.script.run call from a page the add-on showed. */
  async runFromHtml(name: string, args: unknown[]): Promise<RunResponse> {
    const outcome = await this.session.execute((ctx) =>
      callFromSidebarUnchecked(ctx, name, ...args),
    );
    this.show(outcome.shown);
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

  select(request: SelectRequest): void {
    const sheet = this.sheetNamed(request.sheet);
    const ranges =
      request.ranges === undefined || (Array.isArray(request.ranges) && request.ranges.length === 0)
        ? this.session.user.scope.selectionOf(this.session.workbook.sheetByName(sheet)!)
        : this.rangesOn(sheet, request.ranges);
    this.session.user.select(sheet, ranges);
    this.changed(false);
  }

  /** Typing into a cell: through Range.setValue, so '=…' is a formula and "'…" text, as typed. */
  input(request: InputRequest): void {
    const sheet = this.sheetNamed(request.sheet);
    const [cell] = this.rangesOn(sheet, [request.cell]);
    if (typeof request.text !== 'string') throw new RequestError('Type some text.');
    if (request.text.length > MAX_CELL_TEXT) {
      throw new RequestError(`A cell holds at most ${MAX_CELL_TEXT} characters.`);
    }
    this.session.byHand((app) =>
      app.getActive().getSheetByName(sheet)!.getRange(cell!).setValue(request.text),
    );
    this.changed();
  }

  clear(request: ClearRequest): void {
    const sheet = this.sheetNamed(request.sheet);
    const ranges = this.rangesOn(sheet, request.ranges);
    this.session.byHand((app) =>
      app.getActive().getSheetByName(sheet)!.getRangeList(ranges).clearContent(),
    );
    this.changed();
  }

  format(request: FormatRequest): void {
    const sheet = this.sheetNamed(request.sheet);
    const ranges = this.rangesOn(sheet, request.ranges);
    const { fill, bold } = request;
    if (fill !== undefined && fill !== null && !(typeof fill === 'string' && COLOUR.test(fill))) {
      throw new RequestError('Pick a colour from the palette.');
    }
    if (bold !== undefined && typeof bold !== 'boolean')
      throw new RequestError('Bold is on or off.');
    this.session.byHand((app) => {
      const list = app.getActive().getSheetByName(sheet)!.getRangeList(ranges);
      if (fill !== undefined) list.setBackground(fill);
      if (bold !== undefined) list.setFontWeight(bold ? 'bold' : 'normal');
    });
    this.changed();
  }
}

// The preview page: a small spreadsheet editor around the emulated workbook. It draws the state
// the server pushes, and sends the person's actions: selecting, typing and formatting in the
// grid, inserting and deleting rows and columns, the menus, answers to the add-on's dialogs.
// The add-on's sidebar runs in an iframe. Each page is a person (`?as=Sam`, or the next name
// in order of arrival): their own selection, sidebar and dialogs, on the one shared workbook.

import type { DialogView, PageState, PersonView, SheetView } from '../protocol';
import { cellA1, parseRect, rectOf } from './a1';
import { actAs, post, RequestFailed, subscribe, upload } from './api';
import { showContextMenu } from './context-menu';
import { addonDialog, showDialog } from './dialogs';
import { byId, h } from './dom';
import { Grid, type Selection } from './grid';
import { MenuBar } from './menus';
import { ModalPanel, SidebarPanel, Toasts } from './panels';
import { Toolbar } from './toolbar';

let state: PageState | null = null;
/** Selection requests not answered yet: until then the page's own selection wins. */
let selecting = 0;

const docName = byId('doc-name');
const nameBox = byId('name-box');
const formulaBar = byId('formula-bar');
const tabs = byId('tabs');
const message = byId('page-message');
const savedIn = byId('saved-in');
const scriptError = byId('script-error');
const fileInput = byId<HTMLInputElement>('file-input');
const you = byId('you');
const others = byId('others');

function say(text: string, kind: 'ok' | 'error' = 'ok'): void {
  message.textContent = text;
  message.setAttribute('data-kind', kind);
}

/** Runs a request; a refusal is shown as the server's sentence. */
function send<T>(request: Promise<T>): Promise<T | undefined> {
  return request.catch((error: unknown) => {
    say(
      error instanceof RequestFailed ? error.message : 'The preview server could not be reached.',
      'error',
    );
    return undefined;
  });
}

function activeSheet(): SheetView | undefined {
  return state?.workbook.sheets.find((s) => s.name === state?.workbook.active.sheet);
}

// ---- The grid -----------------------------------------------------------------------------

const grid = new Grid(byId<HTMLTableElement>('grid'), {
  selected(selection) {
    showSelection(selection);
    selecting++;
    void send(post('/api/select', { sheet: selection.sheet, ranges: Grid.a1s(selection) })).finally(
      () => selecting--,
    );
  },
  typed(sheet, cell, text) {
    void send(post('/api/input', { sheet, cell: cellA1(cell), text }));
  },
  cleared(selection) {
    void send(post('/api/clear', { sheet: selection.sheet, ranges: Grid.a1s(selection) }));
  },
  toggleBold: () => toggleBold(),
  contextMenu(event, target) {
    const sheet = grid.current?.sheet;
    if (!sheet) return;
    showContextMenu(event.clientX, event.clientY, target, (action, position) => {
      void send(post('/api/structure', { sheet, action, position }));
      byId('grid').focus();
    });
  },
});

function showSelection(selection: Selection): void {
  nameBox.textContent = Grid.a1s(selection).join(', ');
  const cell = grid.cell(selection.current);
  formulaBar.textContent = cell?.input ?? '';
  formulaBar.title = cell?.note ? `Note: ${cell.note}` : '';
  toolbar.showBold(cell?.bold === true);
}

/** The server's selection, unless the page's own is the same ranges (keep its anchor). */
function selectionFor(sheet: SheetView, ranges: string[]): Selection {
  const mine = grid.current;
  const same = mine && mine.sheet === sheet.name && Grid.a1s(mine).join() === ranges.join();
  if (mine && (same || (selecting > 0 && mine.sheet === sheet.name))) return mine;
  const rects = ranges.map(parseRect).filter((r) => r !== null);
  const last = rects[rects.length - 1] ?? rectOf({ row: 1, col: 1 });
  const current = { row: last.top, col: last.left };
  return { sheet: sheet.name, ranges: rects.length ? rects : [last], anchor: current, current };
}

// ---- Toolbar and menus ----------------------------------------------------------------------

function format(change: { fill?: string | null; bold?: boolean }): void {
  const selection = grid.current;
  if (!selection) return;
  void send(
    post('/api/format', { sheet: selection.sheet, ranges: Grid.a1s(selection), ...change }),
  );
  // Back to the grid, as in Sheets: the keyboard goes on where the person was.
  byId('grid').focus();
}

function toggleBold(): void {
  const selection = grid.current;
  if (selection) format({ bold: grid.cell(selection.current)?.bold !== true });
}

const toolbar = new Toolbar(byId('toolbar'), {
  fill: (fill) => format({ fill }),
  bold: toggleBold,
});

async function replaceWorkbook(path: string, title: string, what: string): Promise<void> {
  const { done } = showDialog({
    testid: 'page-dialog',
    title,
    message: `${what} It replaces the workbook shown; a copy of the current one is kept beside ${state?.file ?? 'it'}.`,
    buttons: [{ value: 'OK', label: 'Replace' }, { value: 'CANCEL' }],
  });
  if ((await done).button !== 'OK') return;
  const answer = await send(post<{ message: string }>(path));
  if (answer) say(answer.message);
}

const menuBar = new MenuBar(
  byId('menubar'),
  {
    open: () => fileInput.click(),
    download: () => {
      h('a', { attrs: { href: '/api/download', download: '' } }).click();
    },
    example: () =>
      void replaceWorkbook(
        '/api/example',
        'Load the example',
        'Four dreams with rated skills, for a demo.',
      ),
    newWorkbook: () =>
      void replaceWorkbook(
        '/api/new',
        'New empty workbook',
        'One empty sheet, as a new spreadsheet.',
      ),
  },
  (functionName) => {
    scriptError.hidden = true;
    void send(post<{ scriptError: string | null }>('/api/menu', { functionName })).then(
      (answer) => {
        if (!answer?.scriptError) return;
        // As Sheets reports a menu function that threw.
        byId('script-error-text').textContent = `Script error: ${answer.scriptError}`;
        scriptError.hidden = false;
      },
    );
  },
);
byId('script-error-close').addEventListener('click', () => (scriptError.hidden = true));

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  fileInput.value = '';
  if (!file) return;
  say(`Opening ${file.name}…`);
  void send(upload(file)).then((answer) => answer && say(answer.message));
});

// ---- What the add-on shows ------------------------------------------------------------------

const sidebar = new SidebarPanel(() => void send(post('/api/sidebar/close')));
const modal = new ModalPanel(() => void send(post('/api/modal/close')));
const toasts = new Toasts((id) => void send(post('/api/toast/dismiss', { id })));
let dialog: { id: number; close: () => void } | null = null;

function renderDialogs(pending: DialogView[]): void {
  if (dialog && !pending.some((d) => d.id === dialog?.id)) {
    dialog.close(); // answered in another window
    dialog = null;
  }
  const next = pending[0];
  if (dialog || !next) return;
  const shown = showDialog(addonDialog(next));
  dialog = { id: next.id, close: shown.close };
  void shown.done.then(({ button, text }) => {
    dialog = null;
    void send(post('/api/dialog', { id: next.id, button, text }));
  });
}

// google.script.host's messages, from the add-on's frames only (their origin is the second one).
window.addEventListener('message', (event) => {
  if (!state || event.origin !== state.htmlOrigin) return;
  const data = event.data as {
    careerDreamsPreview?: boolean;
    close?: number;
    focusEditor?: boolean;
  };
  if (!data?.careerDreamsPreview) return;
  const fromSidebar = event.source !== null && event.source === sidebar.window;
  const fromModal = event.source !== null && event.source === modal.window;
  if (!fromSidebar && !fromModal) return;
  if (fromSidebar && data.close !== undefined && data.close === sidebar.id)
    void send(post('/api/sidebar/close'));
  if (fromModal && data.close !== undefined && data.close === modal.id)
    void send(post('/api/modal/close'));
  if (data.focusEditor) byId('grid').focus();
});

// ---- Drawing each state ---------------------------------------------------------------------

function renderTabs(next: PageState): void {
  tabs.textContent = '';
  for (const sheet of next.workbook.sheets) {
    const active = sheet.name === next.workbook.active.sheet;
    tabs.appendChild(
      h(
        'button',
        {
          testid: `sheet-tab-${sheet.name}`,
          attrs: { type: 'button', role: 'tab', 'aria-selected': String(active) },
          on: { click: () => void send(post('/api/select', { sheet: sheet.name, ranges: [] })) },
        },
        [sheet.name],
      ),
    );
  }
}

let menusShown = '';

function renderPeople(next: PageState): void {
  you.textContent = `You are: ${next.you.name}`;
  you.title = `${next.you.email}: your selection, sidebar and lock are your own`;
  const elsewhere = next.people.filter((p) => p.email !== next.you.email).map((p) => p.name);
  others.textContent = elsewhere.length ? `Also here: ${elsewhere.join(', ')}` : '';
  others.hidden = elsewhere.length === 0;
  document.title = `${next.you.name} · Career Dreams · local preview`;
}

function apply(next: PageState): void {
  if (state && next.version < state.version) return; // an older state arriving late
  state = next;
  renderPeople(next);
  docName.textContent = next.workbook.name;
  savedIn.textContent = `Workbook kept in ${next.file}`;
  const menus = JSON.stringify(next.menus);
  if (menus !== menusShown) {
    menusShown = menus;
    menuBar.render(next.menus);
  }
  renderTabs(next);
  const sheet = activeSheet();
  if (sheet) {
    const selection = selectionFor(sheet, next.workbook.active.ranges);
    grid.show(sheet, selection);
    showSelection(selection);
  }
  sidebar.render(next.sidebar, next.htmlOrigin);
  modal.render(next.modal, next.htmlOrigin);
  renderDialogs(next.dialogs);
  toasts.render(next.toasts);
  document.body.setAttribute('data-version', String(next.version));
}

const LOST = 'Lost the connection to the preview server (is npm start running?). Trying again…';

/** Another name: the page opens again as that person (`?as=`). */
byId('you-change').addEventListener('click', () => {
  const { done } = showDialog({
    testid: 'page-dialog',
    title: 'Who are you?',
    message:
      'Your name on this page. Another page with the same name is you in another window; a new name is another person.',
    buttons: [{ value: 'OK' }, { value: 'CANCEL' }],
    input: true,
  });
  void done.then(({ button, text }) => {
    if (button !== 'OK' || !text.trim()) return;
    const url = new URL(window.location.href);
    url.searchParams.set('as', text.trim());
    window.location.assign(url.toString());
  });
});

/** Who this page is: the name in its address, or the next one the server gives. */
async function join(): Promise<void> {
  const as = new URL(window.location.href).searchParams.get('as');
  const person = await send(post<PersonView>('/api/join', { as }));
  if (!person) return;
  actAs(person.name);
  // A reload, or the server restarting, finds the same person again.
  const url = new URL(window.location.href);
  url.searchParams.set('as', person.name);
  window.history.replaceState(null, '', url.toString());
  subscribe(apply, (connected) => {
    if (!connected) say(LOST, 'error');
    else if (message.textContent === LOST) say('');
  });
}

void join();

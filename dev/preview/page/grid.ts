// The grid: cells as the emulator holds them (values, fills, bold, notes), selection with the
// mouse and keyboard (click, shift-click, ctrl/cmd-click, drag, arrows), and typing into cells.
// Every selection becomes the emulated person's active selection on the server; every edit goes
// through the emulator's Range.setValue, as a person typing in Sheets.

import type { CellView, SheetView } from '../protocol';
import { cellA1, columnLetters, contains, rectA1, rectOf, type Cell, type Rect } from './a1';
import { h, safeColour } from './dom';

export interface Selection {
  sheet: string;
  ranges: Rect[];
  anchor: Cell;
  current: Cell;
}

export interface GridHost {
  /** The selection changed (and is final: the mouse is up). */
  selected(selection: Selection): void;
  /** The person typed `text` into `cell` and pressed Enter, Tab or clicked away. */
  typed(sheet: string, cell: Cell, text: string): void;
  /** Delete or Backspace on the selection. */
  cleared(selection: Selection): void;
  /** Ctrl/Cmd+B. */
  toggleBold(): void;
  /** A right-click on a cell (row and column) or a header (one of them). */
  contextMenu(event: MouseEvent, target: { row: number | null; col: number | null }): void;
}

const DEFAULT_WIDTH = 100;

export class Grid {
  private sheet: SheetView | null = null;
  private cells = new Map<string, CellView>();
  private selection: Selection | null = null;
  private dragging = false;
  private editor: { cell: Cell; input: HTMLInputElement } | null = null;
  /** A render asked for while the editor is open waits, so typing is never lost. */
  private deferred = false;

  constructor(
    private readonly table: HTMLTableElement,
    private readonly host: GridHost,
  ) {
    table.addEventListener('mousedown', (e) => this.mouseDown(e));
    table.addEventListener('mouseover', (e) => this.mouseOver(e));
    table.addEventListener('dblclick', (e) => {
      const cell = this.cellAt(e.target);
      if (cell) this.edit(cell, null);
    });
    document.addEventListener('mouseup', () => {
      if (!this.dragging) return;
      this.dragging = false;
      if (this.selection) this.host.selected(this.selection);
    });
    table.addEventListener('keydown', (e) => this.keyDown(e));
    table.addEventListener('contextmenu', (e) => this.contextMenu(e));
  }

  private contextMenu(event: MouseEvent): void {
    if (!this.sheet || !this.selection) return;
    const target = event.target as HTMLElement;
    if (this.editor && this.editor.input === target) return;
    const header = target.closest('th');
    const cell = this.cellAt(target);
    const row = Number(header?.getAttribute('data-row') ?? cell?.row ?? 0);
    const col = Number(header?.getAttribute('data-col') ?? cell?.col ?? 0);
    if (!row && !col) return;
    event.preventDefault();
    this.commitEdit();
    // As in Sheets, a right-click outside the selection selects the cell, row or column first.
    const sheet = this.sheet;
    const rect: Rect = cell
      ? rectOf(cell)
      : col
        ? { top: 1, left: col, bottom: sheet.rows, right: col }
        : { top: row, left: 1, bottom: row, right: sheet.columns };
    const covered = this.selection.ranges.some(
      (r) =>
        r.top <= rect.top &&
        r.left <= rect.left &&
        r.bottom >= rect.bottom &&
        r.right >= rect.right,
    );
    if (!covered) {
      const anchor = { row: rect.top, col: rect.left };
      this.select({ ranges: [rect], anchor, current: anchor }, true);
    }
    this.host.contextMenu(event, { row: row || null, col: col || null });
  }

  get current(): Selection | null {
    return this.selection;
  }

  cell(cell: Cell): CellView | undefined {
    return this.cells.get(`${cell.row},${cell.col}`);
  }

  /** Shows `sheet` with `selection`. */
  show(sheet: SheetView, selection: Selection): void {
    this.sheet = sheet;
    this.cells = new Map(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
    this.selection = selection;
    if (this.editor) {
      this.deferred = true;
      return;
    }
    this.render();
  }

  private extent(): { rows: number; cols: number } {
    const sheet = this.sheet!;
    let rows = 0;
    let cols = 0;
    for (const c of sheet.cells) {
      rows = Math.max(rows, c.row);
      cols = Math.max(cols, c.col);
    }
    for (const r of this.selection?.ranges ?? []) {
      rows = Math.max(rows, Math.min(r.bottom, 200));
      cols = Math.max(cols, Math.min(r.right, 52));
    }
    // Room to grow, as an empty sheet shows: more rows and columns appear as the table grows.
    return {
      rows: Math.min(sheet.rows, Math.max(40, rows + 20)),
      cols: Math.min(sheet.columns, Math.max(12, cols + 3)),
    };
  }

  private render(): void {
    const sheet = this.sheet;
    const sel = this.selection;
    if (!sheet || !sel) return;
    const { rows, cols } = this.extent();
    const inSel = (cell: Cell): boolean => sel.ranges.some((r) => contains(r, cell));
    const colSelected = (col: number): boolean =>
      sel.ranges.some((r) => col >= r.left && col <= r.right);
    const rowSelected = (row: number): boolean =>
      sel.ranges.some((r) => row >= r.top && row <= r.bottom);

    const colgroup = h('colgroup', {}, [
      h('col', { attrs: { style: 'width:46px' } }),
      ...Array.from({ length: cols }, (_, i) =>
        h('col', { attrs: { style: `width:${sheet.widths[i + 1] ?? DEFAULT_WIDTH}px` } }),
      ),
    ]);
    const head = h('tr', {}, [
      h('th', { class: 'corner', attrs: { 'aria-label': 'Select all' } }),
      ...Array.from({ length: cols }, (_, i) =>
        h(
          'th',
          {
            class: colSelected(i + 1) ? 'in-selection' : '',
            testid: `col-${columnLetters(i + 1)}`,
            attrs: { 'data-col': i + 1, scope: 'col' },
          },
          [columnLetters(i + 1)],
        ),
      ),
    ]);
    const body = Array.from({ length: rows }, (_, r) => {
      const row = r + 1;
      return h('tr', { class: row === sheet.frozenRows ? 'frozen-edge' : '' }, [
        h(
          'th',
          {
            class: `row-head${rowSelected(row) ? ' in-selection' : ''}`,
            testid: `row-${row}`,
            attrs: { 'data-row': row, scope: 'row' },
          },
          [String(row)],
        ),
        ...Array.from({ length: cols }, (_, c) => this.renderCell({ row, col: c + 1 }, inSel)),
      ]);
    });
    // A fixed layout (columns as wide as set, long text clipped) needs the table's own width.
    let width = 46;
    for (let c = 1; c <= cols; c++) width += sheet.widths[c] ?? DEFAULT_WIDTH;
    this.table.style.width = `${width}px`;
    this.table.textContent = '';
    this.table.append(colgroup, h('thead', {}, [head]), h('tbody', {}, body));
  }

  private renderCell(cell: Cell, inSel: (cell: Cell) => boolean): HTMLTableCellElement {
    const view = this.cell(cell);
    const sel = this.selection!;
    const classes = [
      view?.bold ? 'bold' : '',
      view && view.align !== 'left' ? view.align : '',
      inSel(cell) ? 'selected' : '',
      sel.current.row === cell.row && sel.current.col === cell.col ? 'current' : '',
      view?.note ? 'has-note' : '',
    ];
    const td = h(
      'td',
      {
        class: classes.filter(Boolean).join(' '),
        testid: `cell-${cellA1(cell)}`,
        attrs: {
          'data-row': cell.row,
          'data-col': cell.col,
          role: 'gridcell',
          title: view?.note ?? null,
          'aria-selected': inSel(cell) ? 'true' : null,
        },
      },
      [view?.text ?? ''],
    );
    const fill = safeColour(view?.fill);
    if (fill) td.style.backgroundColor = fill;
    return td;
  }

  // ---- Selecting --------------------------------------------------------------------------

  private cellAt(target: EventTarget | null): Cell | null {
    const td = (target as HTMLElement | null)?.closest?.('td[data-row]');
    if (!td) return null;
    return { row: Number(td.getAttribute('data-row')), col: Number(td.getAttribute('data-col')) };
  }

  private select(next: Omit<Selection, 'sheet'>, final: boolean): void {
    if (!this.sheet) return;
    this.selection = { sheet: this.sheet.name, ...next };
    this.render();
    if (final) this.host.selected(this.selection);
  }

  private mouseDown(event: MouseEvent): void {
    if (event.button !== 0 || !this.sheet || !this.selection) return;
    const target = event.target as HTMLElement;
    if (this.editor && this.editor.input === target) return;
    this.commitEdit();
    event.preventDefault();
    this.table.focus();
    const header = target.closest('th');
    if (header) return this.headerDown(header, event);
    const cell = this.cellAt(target);
    if (!cell) return;
    const sel = this.selection;
    if (event.shiftKey) {
      const ranges = [...sel.ranges.slice(0, -1), rectOf(sel.anchor, cell)];
      this.select({ ranges, anchor: sel.anchor, current: sel.current }, false);
    } else if (event.ctrlKey || event.metaKey) {
      this.select({ ranges: [...sel.ranges, rectOf(cell)], anchor: cell, current: cell }, false);
    } else {
      this.select({ ranges: [rectOf(cell)], anchor: cell, current: cell }, false);
    }
    this.dragging = true;
  }

  /** A column or row header selects the whole column or row; the corner, the whole sheet. */
  private headerDown(header: HTMLElement, event: MouseEvent): void {
    const sheet = this.sheet!;
    const col = Number(header.getAttribute('data-col') ?? 0);
    const row = Number(header.getAttribute('data-row') ?? 0);
    const rect: Rect = col
      ? { top: 1, left: col, bottom: sheet.rows, right: col }
      : row
        ? { top: row, left: 1, bottom: row, right: sheet.columns }
        : { top: 1, left: 1, bottom: sheet.rows, right: sheet.columns };
    const anchor = { row: rect.top, col: rect.left };
    const ranges = event.ctrlKey || event.metaKey ? [...this.selection!.ranges, rect] : [rect];
    this.select({ ranges, anchor, current: anchor }, true);
  }

  private mouseOver(event: MouseEvent): void {
    if (!this.dragging || !this.selection) return;
    const cell = this.cellAt(event.target);
    if (!cell) return;
    const sel = this.selection;
    const ranges = [...sel.ranges.slice(0, -1), rectOf(sel.anchor, cell)];
    this.select({ ranges, anchor: sel.anchor, current: sel.current }, false);
  }

  private move(dRow: number, dCol: number, extend: boolean): void {
    const sel = this.selection;
    const sheet = this.sheet;
    if (!sel || !sheet) return;
    const clamp = (cell: Cell): Cell => ({
      row: Math.min(sheet.rows, Math.max(1, cell.row)),
      col: Math.min(sheet.columns, Math.max(1, cell.col)),
    });
    if (extend) {
      const last = sel.ranges[sel.ranges.length - 1] ?? rectOf(sel.anchor);
      // The corner away from the anchor moves.
      const far = {
        row: last.top === sel.anchor.row ? last.bottom : last.top,
        col: last.left === sel.anchor.col ? last.right : last.left,
      };
      const to = clamp({ row: far.row + dRow, col: far.col + dCol });
      this.select(
        {
          ranges: [...sel.ranges.slice(0, -1), rectOf(sel.anchor, to)],
          anchor: sel.anchor,
          current: sel.current,
        },
        true,
      );
    } else {
      const to = clamp({ row: sel.current.row + dRow, col: sel.current.col + dCol });
      this.select({ ranges: [rectOf(to)], anchor: to, current: to }, true);
    }
    this.table.querySelector('td.current')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private keyDown(event: KeyboardEvent): void {
    if (this.editor || !this.selection) return;
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const arrow = arrows[event.key];
    const mod = event.ctrlKey || event.metaKey;
    if (arrow) {
      event.preventDefault();
      this.move(arrow[0], arrow[1], event.shiftKey);
    } else if (event.key === 'Tab') {
      event.preventDefault();
      this.move(0, event.shiftKey ? -1 : 1, false);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.edit(this.selection.current, null);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.host.cleared(this.selection);
    } else if (mod && event.key.toLowerCase() === 'b') {
      event.preventDefault();
      this.host.toggleBold();
    } else if (event.key.length === 1 && !mod && !event.altKey) {
      // Typing over a cell starts editing it with that character, as in Sheets.
      event.preventDefault();
      this.edit(this.selection.current, event.key);
    }
  }

  // ---- Editing ----------------------------------------------------------------------------

  private edit(cell: Cell, startWith: string | null): void {
    if (!this.sheet) return;
    const td = this.table.querySelector<HTMLElement>(
      `td[data-row="${cell.row}"][data-col="${cell.col}"]`,
    );
    if (!td) return;
    const input = h('input', {
      class: 'cell-editor',
      testid: 'cell-editor',
      attrs: { 'aria-label': `Edit ${cellA1(cell)}`, spellcheck: 'false', autocomplete: 'off' },
    });
    input.value = startWith ?? this.cell(cell)?.input ?? '';
    this.editor = { cell, input };
    td.appendChild(input);
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    input.addEventListener('keydown', (event) => {
      // The grid's own keys (Enter opens an editor) must not see the editor's.
      event.stopPropagation();
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        this.commitEdit();
        this.table.focus();
        this.move(event.key === 'Enter' ? 1 : 0, event.key === 'Tab' ? 1 : 0, false);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.closeEditor();
        this.table.focus();
      }
    });
    input.addEventListener('blur', () => this.commitEdit());
  }

  private commitEdit(): void {
    const editor = this.editor;
    if (!editor || !this.sheet) return;
    const text = editor.input.value;
    const before = this.cell(editor.cell)?.input ?? '';
    this.closeEditor();
    if (text !== before) this.host.typed(this.sheet.name, editor.cell, text);
  }

  private closeEditor(): void {
    const editor = this.editor;
    if (!editor) return;
    this.editor = null;
    editor.input.remove();
    if (this.deferred) {
      this.deferred = false;
      this.render();
    }
  }

  /** The selection as A1 notations, for the server. */
  static a1s(selection: Selection): string[] {
    return selection.ranges.map(rectA1);
  }
}

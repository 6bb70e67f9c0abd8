// The preview server over HTTP, without a browser: what it serves, what it refuses, and that
// every change reaches the file.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../../src/xlsx';
import { PreviewError, startPreview, type RunningPreview } from '../../../dev/preview/server';
import type { PageState } from '../../../dev/preview/protocol';
import { ROOT, tempWorkbook, previewUrl } from '../../support/browser';

let preview: RunningPreview;
let workbookPath: string;

beforeAll(async () => {
  workbookPath = tempWorkbook();
  preview = await startPreview({ port: 0, workbookPath, root: ROOT, timeZone: 'Etc/UTC' });
});

afterAll(() => preview?.close());

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(previewUrl(preview, path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** A raw request, to send headers fetch would not (another Host). */
function raw(headers: Record<string, string>): Promise<number> {
  return new Promise((done, fail) => {
    const req = http.request(
      { host: '127.0.0.1', port: preview.port, path: '/api/state', headers },
      (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      },
    );
    req.on('error', fail);
    req.end();
  });
}

describe('the preview server', () => {
  it('starts on an empty Sheet1 with the add-on’s menu from onOpen', async () => {
    const state = await json<PageState>(await fetch(new URL('/api/state', preview.url)));
    expect(state.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(state.menus).toEqual([
      expect.objectContaining({ caption: 'Career Dreams', addon: true }),
    ]);
    expect(state.sidebar).toBeNull();
  });

  it('serves the sidebar exactly as built, with only the shim added in its head', async () => {
    expect(await json(await post('/api/menu', { functionName: 'menuStartTable' }))).toEqual({
      scriptError: null,
    });
    const state = preview.app.state();
    expect(state.sidebar?.title).toBe('Career Dreams');
    const served = await (await fetch(previewUrl(preview, `/html/${state.sidebar!.id}`))).text();
    const built = readFileSync(join(ROOT, 'dist/Sidebar.html'), 'utf8');
    const shim = /<script>\(function \(\) \{[\s\S]*?\}\)\(\);<\/script>/.exec(served)![0];
    expect(served.replace(shim, '')).toBe(built);
    expect(served.indexOf(shim)).toBeLessThan(served.indexOf('<script>', served.indexOf(shim) + 1));
    expect(shim).toContain('"functions":[');
    // No address but the page's own origin, where google.script.host's messages go.
    const parent = JSON.stringify(new URL(preview.url).origin);
    expect(shim).toContain(`"parentOrigin":${parent}`);
    expect(shim.replace(`"parentOrigin":${parent}`, '')).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('runs google.script.run calls on the loaded add-on, as Apps Script answers them', async () => {
    const added = await json(await post('/api/run', { name: 'addDream', args: ['Pilot'] }));
    expect(added).toMatchObject({ ok: true, value: { ok: true } });
    // The page offers no such function, so a call of it is a malformed request.
    const nope = await post('/api/run', { name: 'nope', args: [] });
    expect(nope.status).toBe(400);
    expect(await json(nope)).toEqual({ error: 'The sidebar has no function by that name.' });
    const saved = JSON.parse(readFileSync(workbookPath, 'utf8')) as {
      sheets: Array<{ name: string; cells: unknown[] }>;
    };
    expect(saved.sheets.find((s) => s.name === 'Dreams')?.cells).toEqual([
      { cell: 'A1', value: 'Pilot' },
    ]);
  });

  it('types into cells as a person does, and formats a selection', async () => {
    expect(
      (await post('/api/input', { sheet: 'Dreams', cell: 'A2', text: 'Navigation' })).status,
    ).toBe(200);
    await post('/api/format', { sheet: 'Dreams', ranges: ['A2'], fill: '#ea9999', bold: true });
    const cells = preview.app.state().workbook.sheets.find((s) => s.name === 'Dreams')!.cells;
    expect(cells[1]).toMatchObject({ text: 'Navigation', fill: '#ea9999', bold: true });
  });

  it('downloads an .xlsx that reads back the same', async () => {
    const response = await fetch(new URL('/api/download', preview.url));
    expect(response.headers.get('content-disposition')).toContain('.xlsx');
    const book = await readXlsx(new Uint8Array(await response.arrayBuffer()));
    const dreams = book.sheets.find((s) => s.name === 'Dreams');
    expect(dreams?.cells).toEqual([
      { row: 1, col: 1, value: 'Pilot' },
      {
        row: 2,
        col: 1,
        value: 'Navigation',
        fill: '#ea9999',
        bold: true,
      },
    ]);
  });

  it.each([
    [
      'a bad sheet',
      '/api/input',
      { sheet: 'Nope', cell: 'A1', text: 'x' },
      'That sheet is not there any more.',
    ],
    [
      'a cell off the sheet',
      '/api/select',
      { sheet: 'Dreams', ranges: ['A5000'] },
      'Those cells are outside the sheet.',
    ],
    [
      'a colour not in the palette',
      '/api/format',
      { sheet: 'Dreams', ranges: ['A1'], fill: 'red;x' },
      'Pick a colour from the palette.',
    ],
    [
      'a function not in the menu',
      '/api/menu',
      { functionName: 'addDream' },
      'That item is not in the add-on’s menu.',
    ],
  ])('refuses %s with one sentence', async (_what, path, body, sentence) => {
    const response = await post(path, body);
    expect(response.status).toBe(400);
    expect(await json(response)).toEqual({ error: sentence });
  });

  it('answers an unknown action with 404 and one sentence', async () => {
    const response = await post('/api/nothing', {});
    expect(response.status).toBe(404);
    expect(await json(response)).toEqual({ error: 'There is no such action.' });
  });

  it('refuses an upload that is not an .xlsx workbook, and keeps the workbook', async () => {
    const upload = (name: string, body: Uint8Array<ArrayBuffer>) =>
      fetch(new URL('/api/open', preview.url), {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': name },
        body,
      });
    const text = new TextEncoder().encode('Pilot,Navigation\n');
    expect(await json(await upload('dreams.csv', text))).toEqual({
      error: 'Choose an .xlsx file (an Excel workbook).',
    });
    expect(await json(await upload('dreams.xlsx', text))).toEqual({
      error: 'That file is not an .xlsx workbook.',
    });
    expect(preview.app.state().workbook.sheets.map((s) => s.name)).toEqual(['Dreams']);
  });

  it('opens an .xlsx upload, keeping the replaced workbook aside', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Dreams').getCell('A1').value = 'Chef';
    const body = Uint8Array.from(Buffer.from(await wb.xlsx.writeBuffer()));
    const response = await fetch(new URL('/api/open', preview.url), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'chef.xlsx' },
      body,
    });
    expect((await json<{ message: string }>(response)).message).toMatch(
      /^Opened chef\.xlsx\. The previous workbook is kept in .*workbook\.before-\d{8}-\d{6}\.json\.$/,
    );
    const state = preview.app.state();
    expect(state.workbook.name).toBe('chef');
    expect(state.sidebar).toBeNull();
    expect(state.menus).toHaveLength(1);
  });

  it('answers only requests addressed to itself', async () => {
    expect(await raw({ host: 'evil.example' })).toBe(403);
    expect(await raw({ host: `localhost:${preview.port}` })).toBe(200);
    const fromElsewhere = await post('/api/new', {}, { origin: 'http://evil.example' });
    expect(fromElsewhere.status).toBe(403);
    const notJson = await fetch(new URL('/api/new', preview.url), { method: 'POST', body: 'x' });
    expect(notJson.status).toBe(415);
  });

  it('says in one sentence why it cannot start', async () => {
    await expect(
      startPreview({ port: preview.port, workbookPath: tempWorkbook(), root: ROOT }),
    ).rejects.toThrow(
      new PreviewError(
        `Port ${preview.port} is already in use: start with --port N to use another.`,
      ),
    );
    await expect(
      startPreview({ port: 0, workbookPath: join(ROOT, 'package.json'), root: ROOT }),
    ).rejects.toThrow(
      /^The workbook file .*package\.json cannot be used: This is not a workbook saved by the Career Dreams preview\.$/,
    );
  });
});

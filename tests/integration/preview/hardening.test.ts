// The preview against what it must survive: a second preview on its file, requests that are
// too large, malformed or not from its page, calls of functions the sidebar has no business
// calling, and workbooks it could not open again.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { SIDEBAR_FUNCTIONS } from '../../../src/contract';
import { PreviewError, startPreview, type RunningPreview } from '../../../dev/preview/server';
import type { PageState } from '../../../dev/preview/protocol';
import { ROOT, tempWorkbook, previewUrl } from '../../support/browser';
import { HUGE_WORKBOOK_JSON } from './bad-workbook';

jest.setTimeout(30_000);

const running: RunningPreview[] = [];

async function start(workbookPath = tempWorkbook(), example = false): Promise<RunningPreview> {
  const preview = await startPreview({
    port: 0,
    workbookPath,
    root: ROOT,
    timeZone: 'Etc/UTC',
    example,
  });
  running.push(preview);
  return preview;
}

afterAll(() => Promise.all(running.map((p) => p.close())));

function post(preview: RunningPreview, path: string, body: unknown) {
  return fetch(previewUrl(preview, path), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function errorOf(response: Response): Promise<{ status: number; error: unknown }> {
  const json = (await response.json()) as { error?: unknown };
  return { status: response.status, error: json.error };
}

/** Sends bytes as they are and reads the whole answer, until the server closes. */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((done, fail) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('end', () => done(answer));
    socket.on('error', fail);
  });
}

/** Posts `size` bytes in chunks, and reads the answer: status, headers, body. */
function postLarge(
  preview: RunningPreview,
  path: string,
  size: number,
  headers: Record<string, string>,
): Promise<{ status: number; connection: string | undefined; body: string }> {
  return new Promise((done, fail) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: preview.port,
        path,
        method: 'POST',
        headers: { ...headers, 'content-length': String(size) },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, connection: res.headers.connection, body }),
        );
      },
    );
    req.on('error', fail);
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    const write = (): void => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!req.write(part)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

async function xlsx(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Dreams'));
  return Uint8Array.from(Buffer.from(await wb.xlsx.writeBuffer()));
}

function upload(preview: RunningPreview, data: Uint8Array<ArrayBuffer>, name = 'huge.xlsx') {
  return fetch(new URL('/api/open', preview.url), {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': name },
    body: data,
  });
}

async function state(preview: RunningPreview): Promise<PageState> {
  return (await (await fetch(new URL('/api/state', preview.url))).json()) as PageState;
}

describe('one preview per workbook file', () => {
  it('refuses a second preview on the same file, saying which process has it', async () => {
    const path = tempWorkbook();
    const first = await start(path);
    const second = startPreview({ port: 0, workbookPath: path, root: ROOT });
    await expect(second).rejects.toThrow(PreviewError);
    await expect(second).rejects.toThrow(
      `The workbook file ${path} is open in another preview (process ${process.pid}, at ${first.url}): ` +
        'stop that one with Ctrl+C, or start this one with --workbook and another file',
    );
    // Once the first one stops, the file is free.
    await first.close();
    const third = await start(path);
    expect(third.workbookPath).toBe(path);
  });

  it('frees the file when it cannot start', async () => {
    const busy = await start();
    const path = tempWorkbook();
    await expect(startPreview({ port: busy.port, workbookPath: path, root: ROOT })).rejects.toThrow(
      'is already in use',
    );
    expect(readdirSync(dirname(path))).toEqual([]);
    await start(path);
  });
});

describe('the preview’s responses', () => {
  let preview: RunningPreview;
  beforeAll(async () => {
    preview = await start(tempWorkbook(), true);
  });

  it('may be framed only by the preview itself', async () => {
    for (const path of ['/', '/api/state', '/nothing', '/html/1', '/api/run']) {
      const response = await fetch(new URL(path, preview.url));
      expect([path, response.headers.get('content-security-policy')]).toEqual([
        path,
        "frame-ancestors 'self'",
      ]);
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });

  it('serves the add-on’s pages from another origin, framed only by the page that shows them', async () => {
    await post(preview, '/api/menu', { functionName: 'menuOpenSidebar' });
    const sidebar = preview.app.state().sidebar!;
    const page = new URL(preview.url).origin;
    const html = new URL(preview.htmlUrl);
    expect(html.origin).not.toBe(page);
    expect(html.hostname).toBe('127.0.0.1');
    expect(preview.app.state().htmlOrigin).toBe(html.origin);
    const atLocalhost = page.replace('127.0.0.1', 'localhost');
    for (const [parent, ancestor] of [
      [null, page],
      [page, page],
      [atLocalhost, atLocalhost],
    ] as const) {
      const query = parent === null ? '' : `?parent=${encodeURIComponent(parent)}`;
      const response = await fetch(new URL(`/html/${sidebar.id}${query}`, html));
      expect([parent, response.status, response.headers.get('content-security-policy')]).toEqual([
        parent,
        200,
        `frame-ancestors ${ancestor}`,
      ]);
      // X-Frame-Options cannot say "that other origin": it is left out.
      expect(response.headers.get('x-frame-options')).toBeNull();
    }
    // A closed panel's sentence, too, is for that page only.
    const closed = await fetch(new URL(`/html/999?parent=${encodeURIComponent(page)}`, html));
    expect([closed.status, closed.headers.get('content-security-policy')]).toEqual([
      404,
      `frame-ancestors ${page}`,
    ]);
    for (const parent of ['http://evil.example', html.origin, `${page}/`, 'null']) {
      const response = await fetch(
        new URL(`/html/${sidebar.id}?parent=${encodeURIComponent(parent)}`, html),
      );
      expect([parent, await errorOf(response)]).toEqual([
        parent,
        { status: 400, error: 'The add-on’s pages are shown only by the preview.' },
      ]);
    }
    // Its other answers may be framed by the page's origin only (as 127.0.0.1 or localhost).
    const other = await fetch(new URL('/nothing', html));
    expect(other.headers.get('content-security-policy')).toBe(
      `frame-ancestors ${page} ${atLocalhost}`,
    );
  });

  it('serves on each origin only what is its own', async () => {
    const html = preview.htmlUrl;
    // The page's origin: neither the add-on's pages nor their calls.
    expect(await errorOf(await fetch(new URL('/html/1', preview.url)))).toEqual({
      status: 404,
      error: 'There is nothing here.',
    });
    expect(
      await errorOf(await post(preview, new URL('/api/run', preview.url).toString(), {})),
    ).toEqual({ status: 404, error: 'There is no such action.' });
    // The add-on's origin: not the page, its script, its state, its events or its actions.
    for (const path of ['/', '/preview.js', '/favicon.ico', '/api/state', '/api/events']) {
      const response = await fetch(new URL(path, html));
      expect([path, response.status]).toEqual([path, 404]);
    }
    for (const path of ['/api/download', '/api/open', '/api/menu', '/api/select', '/api/new']) {
      const response = await fetch(new URL(path, html), {
        method: path === '/api/download' ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json' },
        body: path === '/api/download' ? undefined : '{}',
      });
      expect([path, response.status]).toEqual([path, 404]);
    }
    expect((await fetch(new URL('/api/run', html))).status).toBe(405);
    // The page cannot call the add-on across the origins either (as docs.google.com does not).
    const fromPage = await fetch(new URL('/api/run', html), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: new URL(preview.url).origin },
      body: JSON.stringify({ name: 'getState', args: [] }),
    });
    expect(await errorOf(fromPage)).toEqual({
      status: 403,
      error: 'Requests from other sites are refused.',
    });
  });

  it('answers a body over the limit with 413 and its sentence, then closes', async () => {
    const json = await postLarge(preview, '/api/select', 2 * 1024 * 1024, {
      'content-type': 'application/json',
    });
    expect(json).toEqual({
      status: 413,
      connection: 'close',
      body: JSON.stringify({ error: 'That request is too large.' }),
    });
    const file = await postLarge(preview, '/api/open', 21 * 1024 * 1024, {
      'content-type': 'application/octet-stream',
      'x-file-name': 'big.xlsx',
    });
    expect(file).toEqual({
      status: 413,
      connection: 'close',
      body: JSON.stringify({ error: 'That file is too large for the preview (over 20 MB).' }),
    });
    expect((await state(preview)).workbook.sheets.map((s) => s.name)).toEqual(['Dreams']);
  });

  it.each([
    ['not JSON', '/api/select', '{"sheet":', 'That request is not valid JSON.'],
    ['a list', '/api/select', '[]', 'That request is not a JSON object.'],
    ['null', '/api/join', 'null', 'That request is not a JSON object.'],
    [
      'a function name that is not text',
      '/api/run',
      { name: {}, args: [] },
      'In that request, “name” must be text.',
    ],
    ['no arguments', '/api/run', { name: 'getState' }, 'That request has no “args”.'],
    [
      'a menu item that is not text',
      '/api/menu',
      { functionName: ['menuStartTable'] },
      'In that request, “functionName” must be text.',
    ],
    [
      'a toast that is not a number',
      '/api/toast/dismiss',
      { id: {} },
      'In that request, “id” must be a whole number.',
    ],
    [
      'a dialog that is not a number',
      '/api/dialog',
      { id: '1', button: 'OK' },
      'In that request, “id” must be a whole number.',
    ],
    [
      'ranges that are not text',
      '/api/select',
      { sheet: 'Dreams', ranges: [1] },
      'In that request, “ranges” must be a list of text.',
    ],
    [
      'bold that is not true or false',
      '/api/format',
      { sheet: 'Dreams', ranges: ['A1'], bold: 'yes' },
      'In that request, “bold” must be true or false.',
    ],
    [
      'no text to type',
      '/api/input',
      { sheet: 'Dreams', cell: 'A1' },
      'That request has no “text”.',
    ],
    ['a name given as a prototype', '/api/join', '{"__proto__": {"as": 5}}', undefined],
  ])('refuses %s with 400 and one sentence', async (_what, path, body, sentence) => {
    const response = await post(preview, path, body);
    if (sentence === undefined) {
      expect(response.status).toBe(200);
      return;
    }
    expect(await errorOf(response)).toEqual({ status: 400, error: sentence });
  });

  it.each([
    [
      'a file name that is not URI-encoded',
      { 'x-file-name': '%E0%A4%A.xlsx' },
      'That request names something in a way the preview cannot read.',
    ],
    [
      'a file name far too long',
      { 'x-file-name': `${'x'.repeat(300)}.xlsx` },
      'That file name is too long.',
    ],
  ])('refuses an upload with %s', async (_what, headers, sentence) => {
    const response = await fetch(new URL('/api/open', preview.url), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...headers },
      body: new Uint8Array([0x50, 0x4b, 3, 4]),
    });
    expect(await errorOf(response)).toEqual({ status: 400, error: sentence });
  });

  it('answers unknown paths, wrong methods and odd requests with 4xx, and goes on', async () => {
    const host = `127.0.0.1:${preview.port}`;
    const ask = (line: string, headers = '') =>
      rawRequest(preview.port, `${line}\r\nHost: ${host}\r\n${headers}Connection: close\r\n\r\n`);
    const statusOf = (answer: string) => answer.split('\r\n')[0];
    expect(statusOf(await ask('GET /nothing HTTP/1.1'))).toBe('HTTP/1.1 404 Not Found');
    const put = await ask('PUT / HTTP/1.1', 'Content-Length: 0\r\n');
    expect(statusOf(put)).toBe('HTTP/1.1 405 Method Not Allowed');
    expect(put).toMatch(/\r\nallow: GET\r\n/i);
    expect(put).toContain('{"error":"Use GET for /."}');
    expect(statusOf(await ask('GET /api/menu HTTP/1.1'))).toBe('HTTP/1.1 405 Method Not Allowed');
    expect(statusOf(await ask('DELETE /api/state HTTP/1.1'))).toBe(
      'HTTP/1.1 405 Method Not Allowed',
    );
    // A target that is not a path: another server's address, or none that parses.
    for (const target of ['http://[::1', 'http://evil.example/', '*']) {
      const answer = await ask(`GET ${target} HTTP/1.1`);
      expect([target, statusOf(answer)]).toEqual([target, 'HTTP/1.1 400 Bad Request']);
    }
    expect(statusOf(await ask('GET //%%/x HTTP/1.1'))).toBe('HTTP/1.1 404 Not Found');
    for (const person of ['a\u0001b', '%ZZ']) {
      const answer = await ask('GET /api/state HTTP/1.1', `X-Preview-Person: ${person}\r\n`);
      expect([person, statusOf(answer)]).toEqual([person, 'HTTP/1.1 400 Bad Request']);
    }
    expect(statusOf(await ask('GET /api/state HTTP/1.1'))).toBe('HTTP/1.1 200 OK');
  });
});

describe('what google.script.run may call', () => {
  let preview: RunningPreview;
  beforeAll(async () => {
    preview = await start();
  });

  it.each([
    'constructor',
    'toString',
    'hasOwnProperty',
    '__proto__',
    'eval',
    'Function',
    'SpreadsheetApp',
    'CareerDreams',
    'onOpen',
    'onInstall',
    'menuStartTable',
    'menuOpenSidebar',
  ])('refuses %s, and runs nothing', async (name) => {
    const response = await post(preview, '/api/run', { name, args: [] });
    expect(await errorOf(response)).toEqual({
      status: 400,
      error: 'The sidebar has no function by that name.',
    });
    const now = await state(preview);
    expect(now.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(now.sidebar).toBeNull();
  });

  it('offers the sidebar exactly the contract’s functions', async () => {
    await post(preview, '/api/menu', { functionName: 'menuOpenSidebar' });
    const id = preview.app.state().sidebar!.id;
    const page = await (await fetch(previewUrl(preview, `/html/${id}`))).text();
    const functions = /"functions":(\[[^\]]*\])/.exec(page)![1]!;
    expect(JSON.parse(functions)).toEqual([...SIDEBAR_FUNCTIONS].sort());
    const answer = await post(preview, '/api/run', { name: 'getState', args: [] });
    expect(await answer.json()).toMatchObject({ ok: true, value: { ok: true } });
  });
});

describe('a workbook the preview could not open again', () => {
  it('refuses an upload larger than a Google spreadsheet, with the reason, and keeps the file', async () => {
    const preview = await start(tempWorkbook(), true);
    const before = readFileSync(preview.workbookPath, 'utf8');
    const data = await xlsx((sheet) => {
      sheet.getCell('A1').value = 'Pilot';
      sheet.getCell('XFD1048576').value = 'far away';
    });
    const { status, error } = await errorOf(await upload(preview, data));
    expect([413, 422]).toContain(status);
    // The sentence of whichever check refused it: the .xlsx reader's or the preview's own.
    expect(error).toMatch(/^That .*10,000,000.*\.$/);
    expect(readFileSync(preview.workbookPath, 'utf8')).toBe(before);
    expect(readdirSync(dirname(preview.workbookPath))).toEqual([
      'workbook.json',
      'workbook.json.lock',
    ]);
  });

  it('refuses, and undoes, a change that would make the workbook too large', async () => {
    const path = tempWorkbook();
    writeFileSync(
      path,
      JSON.stringify({
        format: 'career-dreams-emulated-workbook',
        version: 1,
        name: 'big',
        timeZone: 'Etc/UTC',
        sheets: [
          {
            name: 'Dreams',
            id: 0,
            rows: 10_000,
            columns: 1000,
            frozenRows: 0,
            columnWidths: {},
            cells: [{ cell: 'A1', value: 'Pilot' }],
          },
        ],
      }),
    );
    const preview = await start(path);
    const before = readFileSync(path, 'utf8');
    const response = await post(preview, '/api/structure', {
      sheet: 'Dreams',
      action: 'insertRowBefore',
      position: 1,
    });
    expect(await errorOf(response)).toEqual({
      status: 422,
      error:
        'That change was not kept: it would take 10,001,000 cells (rows × columns of all its sheets), and a Google spreadsheet holds at most 10,000,000.',
    });
    const sheet = (await state(preview)).workbook.sheets[0]!;
    expect([sheet.rows, sheet.cells[0]?.text]).toEqual([10_000, 'Pilot']);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('starts on a new workbook when its file is bad, keeping the file aside and saying so', async () => {
    const path = tempWorkbook();
    writeFileSync(path, HUGE_WORKBOOK_JSON);
    const preview = await start(path);
    const aside = readdirSync(dirname(path)).find((name) => name.startsWith('workbook.bad-'));
    expect(aside).toMatch(/^workbook\.bad-\d{8}-\d{6}\.json$/);
    expect(readFileSync(join(dirname(path), aside!), 'utf8')).toBe(HUGE_WORKBOOK_JSON);
    const notice = `The workbook file ${path} could not be opened (it would take 17,179,869,184 cells (rows × columns of all its sheets), and a Google spreadsheet holds at most 10,000,000); it is kept as ${join(dirname(path), aside!)}, and the preview started a new workbook.`;
    expect(preview.notices).toEqual([notice]);
    const now = await state(preview);
    expect(now.workbook.sheets.map((s) => [s.name, s.rows, s.columns])).toEqual([
      ['Sheet1', 1000, 26],
    ]);
    expect(now.toasts.map((t) => t.message)).toEqual([notice]);
    // The sidebar opens on it.
    await post(preview, '/api/menu', { functionName: 'menuOpenSidebar' });
    const answer = await post(preview, '/api/run', { name: 'getState', args: [] });
    expect(await answer.json()).toMatchObject({ ok: true });
    expect(existsSync(path)).toBe(true);
  });
});

// The preview's HTTP server (Node's http module): the page, its script, the add-on's HTML with
// the shim, a JSON API, and server-sent events carrying each new PageState. Loopback only; it
// answers only requests addressed to itself (no other site in the browser can drive it).

import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { htmlFilesIn } from '../addon/load';
import { PreviewApp, RequestError } from './app';
import { buildAssets, withShim } from './assets';
import { exampleWorkbook } from './example';
import { defaultWorkbookPath, projectRoot, shown } from './paths';
import type { ErrorResponse, PageState } from './protocol';
import { hasContent, StoreError, WorkbookStore } from './workbook-store';

export interface PreviewOptions {
  /** 0 picks a free port. */
  port: number;
  /** Default: .preview/workbook.json in the project. */
  workbookPath?: string;
  /** Start with the example table (the current workbook is set aside). */
  example?: boolean;
  /** The project folder (holding dist/); found from this file by default. */
  root?: string;
  /** For new workbooks; default: this computer's. */
  timeZone?: string;
}

export interface RunningPreview {
  url: string;
  port: number;
  workbookPath: string;
  /** Sentences to tell the person at start (e.g. where a replaced workbook went). */
  notices: string[];
  app: PreviewApp;
  close(): Promise<void>;
}

/** Why the preview cannot start, in one plain sentence. */
export class PreviewError extends Error {
  override name = 'PreviewError';
}

const HOST = '127.0.0.1';
const MAX_JSON = 1024 * 1024;
const MAX_XLSX = 20 * 1024 * 1024;
const KEEP_ALIVE_MS = 20_000;

const COMMON_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        fail(
          new PreviewError(`Port ${port} is already in use: start with --port N to use another.`),
        );
      } else if (error.code === 'EACCES') {
        fail(new PreviewError(`Port ${port} needs special rights here: use a port above 1023.`));
      } else {
        fail(new PreviewError(`Could not serve on port ${port}: ${error.message}.`));
      }
    });
    server.listen(port, HOST, () => done((server.address() as AddressInfo).port));
  });
}

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const root = options.root ?? projectRoot();
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'Code.js')) || !existsSync(join(dist, 'Sidebar.html'))) {
    throw new PreviewError(
      'The add-on is not built yet: run npm run build (npm start does it for you).',
    );
  }
  const store = new WorkbookStore(resolve(options.workbookPath ?? defaultWorkbookPath(root)));
  let snapshot;
  try {
    snapshot = store.load();
  } catch (error) {
    if (error instanceof StoreError) throw new PreviewError(error.message);
    throw error;
  }
  const timeZone =
    options.timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'Etc/UTC');
  const assets = await buildAssets(root);
  const app = new PreviewApp({
    codePath: join(dist, 'Code.js'),
    files: htmlFilesIn(dist),
    store,
    timeZone,
  });

  const events = new Set<http.ServerResponse>();
  // Requests that arrive while the document opens wait for it.
  let opened: () => void = () => undefined;
  const ready = new Promise<void>((done) => (opened = done));
  const server = http.createServer((req, res) => {
    void ready.then(() => handle(req, res)).catch((error: unknown) => failed(res, error));
  });
  const port = await listen(server, options.port);
  const origins = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  // Only now that the port is ours: replacing the workbook for --example cannot be undone.
  const notices: string[] = [];
  if (options.example) {
    if (snapshot && hasContent(snapshot)) {
      const aside = store.setAside();
      if (aside) notices.push(`The workbook you had is kept in ${shown(aside)}.`);
    }
    snapshot = exampleWorkbook(timeZone);
  }
  try {
    await app.start(snapshot);
  } catch (error) {
    server.close();
    server.closeAllConnections();
    throw error;
  }
  opened();

  const unsubscribe = app.subscribe((state) => {
    for (const res of events) sendState(res, state);
  });
  const keepAlive = setInterval(() => {
    for (const res of events) res.write(': still here\n\n');
  }, KEEP_ALIVE_MS);
  keepAlive.unref();

  function sendState(res: http.ServerResponse, state: PageState): void {
    res.write(`event: state\ndata: ${JSON.stringify(state)}\n\n`);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // A page on another site, or one reached through a rebound DNS name, gets nothing.
    if (!origins.has(req.headers.host ?? '')) return reply(res, 403, { error: 'Wrong host.' });
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host}`) {
      return reply(res, 403, { error: 'Requests from other sites are refused.' });
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const route = `${req.method} ${url.pathname}`;

    switch (route) {
      case 'GET /':
        return send(res, 200, 'text/html; charset=utf-8', assets.pageHtml);
      case 'GET /preview.js':
        return send(res, 200, 'text/javascript; charset=utf-8', assets.pageJs);
      case 'GET /favicon.ico':
        return send(res, 204, 'text/plain', '');
      case 'GET /api/state':
        return reply(res, 200, app.state());
      case 'GET /api/events':
        res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'text/event-stream' });
        res.write('retry: 1000\n\n');
        events.add(res);
        req.on('close', () => events.delete(res));
        return sendState(res, app.state());
      case 'GET /api/download': {
        const { fileName, data } = await app.downloadXlsx();
        res.writeHead(200, {
          ...COMMON_HEADERS,
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
          'content-length': data.length,
        });
        res.end(data);
        return;
      }
      case 'POST /api/open': {
        const data = await body(
          req,
          MAX_XLSX,
          'That file is too large for the preview (over 20 MB).',
        );
        const name = decodeURIComponent(String(req.headers['x-file-name'] ?? 'workbook.xlsx'));
        return reply(res, 200, { message: await app.openXlsx(data, name) });
      }
    }
    const html = /^GET \/html\/(\d+)$/.exec(route);
    if (html) {
      const content = app.htmlContent(Number(html[1]));
      if (content === null) {
        return send(
          res,
          404,
          'text/plain; charset=utf-8',
          'This panel was closed. Open it again from the Extensions menu.',
        );
      }
      const page = withShim(content, assets.shimJs, {
        functions: app.scriptFunctions(),
        htmlId: Number(html[1]),
      });
      return send(res, 200, 'text/html; charset=utf-8', page);
    }
    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
        return reply(res, 415, { error: 'Send JSON.' });
      }
      const text = (await body(req, MAX_JSON, 'That request is too large.')).toString('utf8');
      let json: Record<string, unknown>;
      try {
        json = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
      } catch {
        return reply(res, 400, { error: 'That request is not valid JSON.' });
      }
      return reply(res, 200, await post(url.pathname, json ?? {}));
    }
    return reply(res, 404, { error: 'There is nothing here.' });
  }

  /** The JSON API; `body` comes from the page, so each action checks what it uses. */
  async function post(path: string, body: Record<string, unknown>): Promise<object> {
    switch (path) {
      case '/api/select':
        app.select(body as never);
        return {};
      case '/api/input':
        app.input(body as never);
        return {};
      case '/api/clear':
        app.clear(body as never);
        return {};
      case '/api/format':
        app.format(body as never);
        return {};
      case '/api/menu':
        return { scriptError: await app.runMenuItem(String(body.functionName)) };
      case '/api/run':
        if (typeof body.name !== 'string' || !Array.isArray(body.args)) {
          throw new RequestError('A call names a function and its arguments.');
        }
        return app.runFromHtml(body.name, body.args);
      case '/api/dialog':
        app.answerDialog(body as never);
        return {};
      case '/api/sidebar/close':
        app.closeSidebar();
        return {};
      case '/api/modal/close':
        app.closeModal();
        return {};
      case '/api/toast/dismiss':
        app.dismissToast(Number(body.id));
        return {};
      case '/api/example':
        return { message: await app.loadExample() };
      case '/api/new':
        return { message: await app.newWorkbook() };
      default:
        throw new RequestError('There is no such action.');
    }
  }

  function failed(res: http.ServerResponse, error: unknown): void {
    if (res.headersSent) return void res.end();
    if (error instanceof RequestError) return reply(res, 400, { error: error.message });
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Career Dreams preview: ${message}`);
    reply(res, 500, { error: 'Something went wrong in the preview; the terminal says what.' });
  }

  return {
    url: `http://${HOST}:${port}/`,
    port,
    workbookPath: store.path,
    notices,
    app,
    close: () =>
      new Promise<void>((done) => {
        clearInterval(keepAlive);
        unsubscribe();
        for (const res of events) res.end();
        events.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function send(res: http.ServerResponse, status: number, type: string, content: string): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': type });
  res.end(content);
}

function reply(res: http.ServerResponse, status: number, json: object | ErrorResponse): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(json));
}

function body(req: http.IncomingMessage, limit: number, tooLarge: string): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        fail(new RequestError(tooLarge));
        req.destroy();
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

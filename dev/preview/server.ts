// The preview's HTTP server (Node's http module): the page, its script, the add-on's HTML with
// the shim, a JSON API, and server-sent events carrying each new PageState. Loopback only; it
// answers only requests addressed to itself (no other site in the browser can drive it).
// Each page is a person (people.ts): its requests name them in the x-preview-person header,
// its event stream and /api/state in `?as=`; nothing named is the first person to arrive.

import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { htmlFilesIn } from '../addon/load';
import { PreviewApp, RequestError, type Person } from './app';
import { buildAssets, withShim } from './assets';
import { MAX_LATENCY_MS } from './args';
import { exampleWorkbook } from './example';
import { defaultWorkbookPath, projectRoot, shown } from './paths';
import { PERSON_HEADER, type ErrorResponse, type PageState } from './protocol';
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
  /**
   * Milliseconds added to every google.script.run round trip (half on the way to the add-on,
   * half on the way back), as slow as Apps Script often is; default 0. Other requests, and the
   * other people's, go on meanwhile.
   */
  latency?: number;
}

export interface RunningPreview {
  url: string;
  port: number;
  workbookPath: string;
  /** Sentences to tell the person at start (e.g. where a replaced workbook went). */
  notices: string[];
  app: PreviewApp;
  /** Milliseconds added to each google.script.run round trip. */
  latency: number;
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

const sleep = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((done) => setTimeout(done, ms)) : Promise.resolve();

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
  const latency = options.latency ?? 0;
  if (!Number.isInteger(latency) || latency < 0 || latency > MAX_LATENCY_MS) {
    throw new PreviewError(
      `The latency is a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}, not ${latency}.`,
    );
  }
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

  /** Each open event stream, and how to stop sending it states. */
  const events = new Map<http.ServerResponse, () => void>();
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

  const keepAlive = setInterval(() => {
    for (const res of events.keys()) res.write(': still here\n\n');
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
    /** Who sent this request (the person is created on their first request). */
    const who = (): Promise<Person> => app.person(personNamed(req, url));

    switch (route) {
      case 'GET /':
        return send(res, 200, 'text/html; charset=utf-8', assets.pageHtml);
      case 'GET /preview.js':
        return send(res, 200, 'text/javascript; charset=utf-8', assets.pageJs);
      case 'GET /favicon.ico':
        return send(res, 204, 'text/plain', '');
      case 'GET /api/state':
        return reply(res, 200, app.state(await who()));
      case 'GET /api/events': {
        const person = await who();
        res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'text/event-stream' });
        res.write('retry: 1000\n\n');
        events.set(
          res,
          app.subscribe(person, (state) => sendState(res, state)),
        );
        req.on('close', () => {
          events.get(res)?.();
          events.delete(res);
        });
        return sendState(res, app.state(person));
      }
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
        const name = decoded(String(req.headers['x-file-name'] ?? 'workbook.xlsx'));
        return reply(res, 200, { message: await app.openXlsx(data, name) });
      }
    }
    const html = /^GET \/html\/(\d+)$/.exec(route);
    if (html) {
      const kept = app.htmlContent(Number(html[1]));
      if (kept === null) {
        return send(
          res,
          404,
          'text/plain; charset=utf-8',
          'This panel was closed. Open it again from the Extensions menu.',
        );
      }
      const page = withShim(kept.content, assets.shimJs, {
        functions: app.scriptFunctions(),
        htmlId: Number(html[1]),
        // Its calls run as the person it was shown to.
        person: kept.owner.name,
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
      return reply(res, 200, await post(url.pathname, json ?? {}, who));
    }
    return reply(res, 404, { error: 'There is nothing here.' });
  }

  /** The JSON API; `body` comes from the page, so each action checks what it uses. */
  async function post(
    path: string,
    body: Record<string, unknown>,
    who: () => Promise<Person>,
  ): Promise<object> {
    if (path === '/api/join') {
      const as = body.as;
      if (as !== undefined && as !== null && typeof as !== 'string') {
        throw new RequestError('A name is 1 to 40 characters, on one line.');
      }
      return app.join(as);
    }
    const person = await who();
    switch (path) {
      case '/api/select':
        app.select(person, body as never);
        return {};
      case '/api/input':
        app.input(person, body as never);
        return {};
      case '/api/clear':
        app.clear(person, body as never);
        return {};
      case '/api/format':
        app.format(person, body as never);
        return {};
      case '/api/structure':
        app.structure(person, body as never);
        return {};
      case '/api/menu':
        return { scriptError: await app.runMenuItem(person, String(body.functionName)) };
      case '/api/run': {
        if (typeof body.name !== 'string' || !Array.isArray(body.args)) {
          throw new RequestError('A call names a function and its arguments.');
        }
        // The way there: the add-on runs on the sheet as it is when the call arrives.
        await sleep(Math.floor(latency / 2));
        const answer = await app.runFromHtml(person, body.name, body.args);
        // The way back.
        await sleep(latency - Math.floor(latency / 2));
        return answer;
      }
      case '/api/dialog':
        app.answerDialog(person, body as never);
        return {};
      case '/api/sidebar/close':
        app.closeSidebar(person);
        return {};
      case '/api/modal/close':
        app.closeModal(person);
        return {};
      case '/api/toast/dismiss':
        app.dismissToast(person, Number(body.id));
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
    latency,
    close: () =>
      new Promise<void>((done) => {
        clearInterval(keepAlive);
        for (const [res, unsubscribe] of events) {
          unsubscribe();
          res.end();
        }
        events.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** `decodeURIComponent`, refusing with a sentence what is not URI-encoded. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new RequestError('That request names something in a way the preview cannot read.');
  }
}

/** The person a request names: `?as=` (event streams, /api/state), else the header. */
function personNamed(req: http.IncomingMessage, url: URL): string | null {
  const as = url.searchParams.get('as');
  if (as !== null && as !== '') return as;
  const header = req.headers[PERSON_HEADER];
  return typeof header === 'string' && header !== '' ? decoded(header) : null;
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

// The preview's HTTP server (Node's http module): the page, its script, a JSON API, and
// server-sent events carrying each new PageState; and, on a second origin, the add-on's HTML
// with the shim and its google.script.run calls. Loopback only; it answers only requests
// addressed to itself (no other site in the browser can drive it).
//
// Two origins, as in Sheets: Google serves an add-on's sidebar and dialogs from another origin
// than the document (googleusercontent.com), in an iframe sandboxed with the keywords of
// "Restrictions in IFRAME mode"
// (https://developers.google.com/apps-script/guides/html/restrictions). The preview's second
// origin is a second listener on another port of 127.0.0.1 (a free one): another port is another
// origin whether the page was opened at 127.0.0.1 or at localhost, and needs no name to resolve.
// It serves only /html/<id> and /api/run; the page's origin serves neither.
// Each page is a person (people.ts): its requests name them in the x-preview-person header,
// its event stream and /api/state in `?as=`; nothing named is the first person to arrive.

import { existsSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { htmlFilesIn } from '../addon/load';
import { PreviewApp, type Person } from './app';
import { buildAssets, withShim } from './assets';
import { MAX_LATENCY_MS } from './args';
import { exampleWorkbook } from './example';
import { responseHeaders } from './headers';
import { LockError, WorkbookLock } from './lock';
import { defaultWorkbookPath, projectRoot, shown } from './paths';
import { PERSON_HEADER, type ErrorResponse, type PageState } from './protocol';
import { checkedBody, JSON_ACTIONS, RequestError } from './requests';
import { hasContent, StoreError, WorkbookStore } from './workbook-store';
import { workerReader } from './xlsx-reader';

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
  /**
   * The origin the add-on's HTML is served from (`http://127.0.0.1:<another port>/`): its
   * pages (/html/<id>) and their google.script.run calls (/api/run), nothing else.
   */
  htmlUrl: string;
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
/**
 * A body over its limit is still read to its end (and dropped) up to this much more, so that
 * the 413 reaches the browser: closing a connection with unread data in it resets it, and the
 * browser then shows a network error instead of the message.
 */
const MAX_DRAIN = 64 * 1024 * 1024;
const KEEP_ALIVE_MS = 20_000;

const sleep = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((done) => setTimeout(done, ms)) : Promise.resolve();

/** The page's routes, and the methods each one takes. */
const ROUTES: Record<string, string> = {
  '/': 'GET',
  '/preview.js': 'GET',
  '/favicon.ico': 'GET',
  '/api/state': 'GET',
  '/api/events': 'GET',
  '/api/download': 'GET',
  '/api/open': 'POST',
  ...Object.fromEntries(
    Object.keys(JSON_ACTIONS)
      .filter((path) => path !== '/api/run')
      .map((path) => [path, 'POST']),
  ),
};
/** The second origin's routes other than /html/<id>: what the add-on's pages need. */
const HTML_ROUTES: Record<string, string> = { '/api/run': 'POST' };

/** Which of the two origins a request came to. */
type Side = 'page' | 'html';

/** Who may frame each response (headers.ts); set as each request arrives. */
const framedBy = new WeakMap<http.ServerResponse, readonly string[]>();

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
  const ownPath = defaultWorkbookPath(root);
  const workbookPath = resolve(options.workbookPath ?? ownPath);
  try {
    // The first save made it before; the lock beside the file now needs it first.
    mkdirSync(dirname(workbookPath), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new PreviewError(
      `Could not make the folder of the workbook file ${shown(workbookPath)} (${code}): use --workbook with a file in a folder you can write to.`,
    );
  }
  // Before anything is read: two previews saving one file would undo each other's changes.
  let lock: WorkbookLock;
  try {
    lock = WorkbookLock.take(workbookPath);
  } catch (error) {
    if (error instanceof LockError) throw new PreviewError(error.message);
    throw error;
  }
  try {
    return await serve(options, { root, dist, latency, workbookPath, ownPath, lock });
  } catch (error) {
    lock.release();
    if (error instanceof StoreError) throw new PreviewError(error.message);
    throw error;
  }
}

interface Setup {
  root: string;
  dist: string;
  latency: number;
  workbookPath: string;
  ownPath: string;
  lock: WorkbookLock;
}

async function serve(
  options: PreviewOptions,
  { root, dist, latency, workbookPath, ownPath, lock }: Setup,
): Promise<RunningPreview> {
  const store = new WorkbookStore(workbookPath, { own: workbookPath === ownPath });
  const timeZone =
    options.timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'Etc/UTC');
  const [assets, readUpload] = await Promise.all([buildAssets(root), workerReader(root)]);

  /** Each open event stream, and how to stop sending it states. */
  const events = new Map<http.ServerResponse, () => void>();
  // Requests that arrive while the document opens wait for it.
  let opened: () => void = () => undefined;
  const ready = new Promise<void>((done) => (opened = done));
  const listener =
    (side: Side) =>
    (req: http.IncomingMessage, res: http.ServerResponse): void => {
      void ready.then(() => handle(req, res, side)).catch((error: unknown) => failed(res, error));
    };
  const server = http.createServer(listener('page'));
  const htmlServer = http.createServer(listener('html'));
  const stopServers = (): void => {
    for (const each of [server, htmlServer]) {
      each.close();
      each.closeAllConnections();
    }
  };
  const port = await listen(server, options.port);
  let htmlPort: number;
  try {
    htmlPort = await listen(htmlServer, 0);
  } catch (error) {
    stopServers();
    throw error;
  }
  const hosts: Record<Side, Set<string>> = {
    page: new Set([`127.0.0.1:${port}`, `localhost:${port}`]),
    html: new Set([`127.0.0.1:${htmlPort}`, `localhost:${htmlPort}`]),
  };
  /** The page's origin, as the browser may have reached it: the first is the one printed. */
  const pageOrigins = [`http://${HOST}:${port}`, `http://localhost:${port}`];
  const url = `http://${HOST}:${port}/`;
  const htmlUrl = `http://${HOST}:${htmlPort}/`;
  lock.serving(url);

  const notices: string[] = [];
  let app: PreviewApp;
  try {
    app = new PreviewApp({
      codePath: join(dist, 'Code.js'),
      files: htmlFilesIn(dist),
      store,
      timeZone,
      readXlsx: readUpload,
      htmlOrigin: htmlUrl.slice(0, -1),
    });
    // Only now that the port is ours: setting a bad file aside, or replacing the workbook for
    // --example, cannot be undone.
    const { snapshot: saved, notice } = store.open();
    let snapshot = saved;
    if (notice) notices.push(notice);
    if (options.example) {
      if (snapshot && hasContent(snapshot)) {
        const aside = store.setAside();
        if (aside) notices.push(`The workbook you had is kept in ${shown(aside)}.`);
      }
      snapshot = exampleWorkbook(timeZone);
    }
    // A bad file set aside is said on the page too, to each person as they arrive.
    await app.start(snapshot, notice ? [notice] : []);
  } catch (error) {
    stopServers();
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

  async function handle(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    side: Side,
  ): Promise<void> {
    // The second origin's answers may be framed by the page only (not by that origin itself).
    if (side === 'html') framedBy.set(res, pageOrigins);
    // A page on another site, or one reached through a rebound DNS name, gets nothing.
    if (!hosts[side].has(req.headers.host ?? '')) return reply(res, 403, { error: 'Wrong host.' });
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host}`) {
      return reply(res, 403, { error: 'Requests from other sites are refused.' });
    }
    let url: URL;
    try {
      // Only the path and query are the request's: the origin is this server's own.
      url = new URL(`http://${req.headers.host}${req.url?.startsWith('/') ? req.url : '/'}`);
    } catch {
      return reply(res, 400, { error: 'That address is not one the preview can read.' });
    }
    if (!(req.url ?? '').startsWith('/')) {
      return reply(res, 400, { error: 'That address is not one the preview can read.' });
    }
    const path = url.pathname;
    const routes = side === 'page' ? ROUTES : HTML_ROUTES;
    const method =
      side === 'html' && /^\/html\/\d+$/.test(path)
        ? 'GET'
        : Object.prototype.hasOwnProperty.call(routes, path)
          ? routes[path]
          : undefined;
    if (method === undefined) {
      const error = path.startsWith('/api/')
        ? 'There is no such action.'
        : 'There is nothing here.';
      return reply(res, 404, { error });
    }
    if (req.method !== method) {
      res.setHeader('allow', method);
      return reply(res, 405, { error: `Use ${method} for ${path}.` });
    }
    /** Who sent this request (the person is created on their first request). */
    const who = (): Promise<Person> => app.person(personNamed(req, url));

    switch (path) {
      case '/':
        return send(res, 200, 'text/html; charset=utf-8', assets.pageHtml);
      case '/preview.js':
        return send(res, 200, 'text/javascript; charset=utf-8', assets.pageJs);
      case '/favicon.ico':
        return send(res, 204, 'text/plain', '');
      case '/api/state':
        return reply(res, 200, app.state(await who()));
      case '/api/events': {
        const person = await who();
        res.writeHead(200, responseHeaders('text/event-stream'));
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
      case '/api/download': {
        const { fileName, data } = await app.downloadXlsx();
        res.writeHead(200, {
          ...responseHeaders('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
          'content-length': data.length,
        });
        res.end(data);
        return;
      }
      case '/api/open': {
        const name = decoded(req.headers['x-file-name'] ?? 'workbook.xlsx');
        const data = await body(
          req,
          MAX_XLSX,
          'That file is too large for the preview (over 20 MB).',
        );
        return reply(res, 200, { message: await app.openXlsx(data, name) });
      }
    }
    const html = /^\/html\/(\d+)$/.exec(path);
    if (html) {
      // The page that frames it says its origin (`?parent=`): one of the page's, and only that
      // one may frame it; the shim posts google.script.host's messages to it.
      const parent = url.searchParams.get('parent') ?? pageOrigins[0]!;
      if (!pageOrigins.includes(parent)) {
        return reply(res, 400, { error: 'The add-on’s pages are shown only by the preview.' });
      }
      framedBy.set(res, [parent]);
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
        parentOrigin: parent,
      });
      return send(res, 200, 'text/html; charset=utf-8', page);
    }
    // A JSON action (ROUTES holds no other path).
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
      return reply(res, 415, { error: 'Send JSON.' });
    }
    const text = (await body(req, MAX_JSON, 'That request is too large.')).toString('utf8');
    return reply(res, 200, await post(path, checkedBody(path, text), who));
  }

  /**
   * The JSON API. `body` comes from the page, checked against JSON_ACTIONS (each field's type);
   * each action checks what the values mean.
   */
  async function post(
    path: string,
    body: Record<string, unknown>,
    who: () => Promise<Person>,
  ): Promise<object> {
    if (path === '/api/join') return app.join(body.as as string | null | undefined);
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
        return { scriptError: await app.runMenuItem(person, body.functionName as string) };
      case '/api/run': {
        // The way there: the add-on runs on the sheet as it is when the call arrives.
        await sleep(Math.floor(latency / 2));
        const answer = await app.runFromHtml(person, body.name as string, body.args as unknown[]);
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
        app.dismissToast(person, body.id as number);
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
    if (error instanceof RequestError) {
      // After a body too large (read to its end by now), the connection is not kept.
      if (error.status === 413) res.setHeader('connection', 'close');
      return reply(res, error.status, { error: error.message });
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Career Dreams preview: ${message}`);
    reply(res, 500, { error: 'Something went wrong in the preview; the terminal says what.' });
  }

  return {
    url,
    port,
    htmlUrl,
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
        let open = 2;
        const closed = (): void => {
          if (--open > 0) return;
          lock.release();
          done();
        };
        for (const each of [server, htmlServer]) {
          each.close(closed);
          each.closeAllConnections();
        }
      }),
  };
}

/** `decodeURIComponent`, refusing with a sentence what is not URI-encoded. */
function decoded(text: string | string[]): string {
  try {
    if (typeof text !== 'string') throw new Error('more than one');
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
  res.writeHead(status, responseHeaders(type, framedBy.get(res)));
  res.end(content);
}

function reply(res: http.ServerResponse, status: number, json: object | ErrorResponse): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(json));
}

/**
 * The request's body, at most `limit` bytes. A larger one is a RequestError (413, `tooLarge`),
 * thrown only once the body has been read to its end and dropped, so the answer reaches the
 * browser (see MAX_DRAIN); one far too large is cut off at once.
 */
function body(req: http.IncomingMessage, limit: number, tooLarge: string): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit + MAX_DRAIN) {
      req.resume();
      return fail(new RequestError(tooLarge, 413));
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (chunks.length) chunks.length = 0;
      if (size > limit + MAX_DRAIN) {
        fail(new RequestError(tooLarge, 413));
        req.destroy();
      }
    });
    req.on('end', () =>
      size > limit ? fail(new RequestError(tooLarge, 413)) : done(Buffer.concat(chunks)),
    );
    req.on('error', fail);
  });
}

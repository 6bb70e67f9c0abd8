// The google.script.run shim on its own (the browser tests use it for real): it offers exactly
// the script's functions, refuses what cannot cross before sending, and answers through the
// handlers with the user object.
import { install } from '../../../dev/preview/shim/shim';

type Run = Record<string, (...args: unknown[]) => unknown>;

const sent: unknown[] = [];
let answer: unknown = { ok: true, value: { ok: true } };

beforeAll(() => {
  const g = globalThis as Record<string, unknown>;
  g.window = {
    location: { origin: 'http://127.0.0.1:1' },
    parent: { postMessage: () => undefined },
  };
  g.fetch = async (_url: string, init: { body: string }) => {
    sent.push(JSON.parse(init.body));
    return { json: async () => answer };
  };
  install({ functions: ['getState', 'addDream'], htmlId: 1 });
});

function run(): Run {
  return (globalThis as unknown as { window: { google: { script: { run: Run } } } }).window.google
    .script.run;
}

function call(
  name: string,
  ...args: unknown[]
): Promise<{ kind: string; value: unknown; user: unknown }> {
  return new Promise((resolve) => {
    const runner = (run().withSuccessHandler as (h: unknown) => Run)(
      (value: unknown, user: unknown) => resolve({ kind: 'success', value, user }),
    );
    const withFailure = (runner.withFailureHandler as (h: unknown) => Run)(
      (error: Error, user: unknown) => resolve({ kind: 'failure', value: error.message, user }),
    );
    const withUser = (withFailure.withUserObject as (o: unknown) => Run)('me');
    withUser[name]!(...args);
  });
}

describe('the google.script.run shim', () => {
  it('offers exactly the script’s public functions', () => {
    expect(typeof run().getState).toBe('function');
    expect(run().nope).toBeUndefined();
  });

  it('sends a copy (undefined in arrays becomes null) and answers through the success handler', async () => {
    answer = { ok: true, value: { ok: true, n: 1 } };
    const result = await call('addDream', ['a', undefined], { dropped: undefined, kept: 1 });
    expect(sent.pop()).toEqual({ name: 'addDream', args: [['a', null], { kept: 1 }] });
    expect(result).toEqual({ kind: 'success', value: { ok: true, n: 1 }, user: 'me' });
  });

  it('refuses a Date or a function without sending anything', async () => {
    const before = sent.length;
    expect(await call('addDream', { when: new Date() })).toEqual({
      kind: 'failure',
      value: 'google.script.run.addDream: request failed: argument 0.when is a Date',
      user: 'me',
    });
    expect(await call('addDream', 'x', () => 1)).toMatchObject({
      value: 'google.script.run.addDream: request failed: argument 1 is a function',
    });
    expect(sent.length).toBe(before);
  });

  it('passes the server’s error to the failure handler', async () => {
    answer = { ok: false, error: 'Exception: Range not found' };
    expect(await call('getState')).toEqual({
      kind: 'failure',
      value: 'Exception: Range not found',
      user: 'me',
    });
  });
});

describe('google.script.host, in a frame on another origin than the page', () => {
  it('is the page’s origin, and tells only the page that showed it', () => {
    const posted: Array<[unknown, string]> = [];
    const g = globalThis as unknown as {
      window: {
        location: { origin: string };
        parent: { postMessage: (data: unknown, origin: string) => void };
        google: { script: { host: { origin: string; close: () => void } } };
      };
    };
    g.window.location = { origin: 'http://127.0.0.1:2' };
    g.window.parent = { postMessage: (data, origin) => posted.push([data, origin]) };
    install({ functions: [], htmlId: 7, parentOrigin: 'http://localhost:1' });
    const host = g.window.google.script.host;
    expect(host.origin).toBe('http://localhost:1');
    host.close();
    expect(posted).toEqual([[{ careerDreamsPreview: true, close: 7 }, 'http://localhost:1']]);
  });
});

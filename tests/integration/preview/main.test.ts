// `npm start` as a process: plain sentences for bad input, and a clean stop on Ctrl+C with
// everything saved. The entry point is bundled as scripts/run-ts.mjs does, into a file of
// this test's own.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { externalPackages } from '../../../scripts/external-packages.cjs';
import { ROOT, tempWorkbook } from '../../support/browser';
import { HUGE_WORKBOOK_JSON } from './bad-workbook';

jest.setTimeout(30_000);

const bundle = join(
  ROOT,
  'node_modules/.cache/career-dreams-tests',
  `preview-main-${process.pid}.cjs`,
);

beforeAll(async () => {
  mkdirSync(join(bundle, '..'), { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'dev/preview/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    plugins: [externalPackages(ROOT)],
    outfile: bundle,
    logLevel: 'error',
  });
});

afterAll(() => rmSync(bundle, { force: true }));

function runOnce(args: string[]) {
  const run = spawnSync(process.execPath, [bundle, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PORT: '' },
    timeout: 20_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Starts the preview and waits until it says it is ready: its address and what it printed. */
function startProcess(
  args: string[],
): Promise<{ child: ChildProcess; url: string; out: () => string }> {
  const child = spawn(process.execPath, [bundle, ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: '' },
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /Career Dreams preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match && out.includes('Press Ctrl+C')) resolve({ child, url: match[1]!, out: () => out });
    });
    child.on('exit', () => reject(new Error(`exited early: ${out}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('npm start', () => {
  it('says what is wrong with the options in one line', () => {
    const run = runOnce(['--port', 'http']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'The port after --port must be a whole number from 0 to 65535, not "http".\n',
    );
  });

  it('says in one line that the workbook file cannot be read, with no stack trace', () => {
    const path = tempWorkbook();
    writeFileSync(path, 'not json');
    const run = runOnce(['--port', '0', '--workbook', path]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `The workbook file ${path} is not valid JSON: fix it, or move it away to start afresh.`,
    ]);
  });

  it('prints where it serves, how to be a second person and the latency, and stops cleanly on Ctrl+C', async () => {
    const path = tempWorkbook();
    const child = spawn(
      process.execPath,
      [bundle, '--port', '0', '--workbook', path, '--example', '--latency', '250'],
      {
        cwd: ROOT,
        env: { ...process.env, PORT: '' },
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const match = /Career Dreams preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (match && out.includes('Press Ctrl+C')) resolve(match[1]!);
      });
      child.on('exit', () => reject(new Error(`exited early: ${out}`)));
    });
    expect(out).toContain(`Workbook kept in ${path} (saved after every change).`);
    expect(out).toContain(`A second person: open ${url}?as=Sam in another window.`);
    expect(out).toContain('Every call from the sidebar takes 250 ms longer, as in Apps Script.');
    const state = (await (await fetch(new URL('/api/state', url))).json()) as {
      workbook: { sheets: Array<{ name: string }> };
    };
    expect(state.workbook.sheets.map((s) => s.name)).toEqual(['Dreams']);
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(existsSync(path)).toBe(true);
  });

  it('refuses a second preview on the same workbook file in one line, and takes over from a killed one', async () => {
    const path = tempWorkbook();
    const first = await startProcess(['--port', '0', '--workbook', path]);
    const second = runOnce(['--port', '0', '--workbook', path]);
    expect(second.status).toBe(1);
    expect(second.stderr.trim().split('\n')).toEqual([
      `The workbook file ${path} is open in another preview (process ${first.child.pid}, at ${first.url}): ` +
        `stop that one with Ctrl+C, or start this one with --workbook and another file (if no preview is running, delete ${path}.lock).`,
    ]);
    // Killed, it leaves its lock behind; the next preview sees that its process is gone.
    const killed = exited(first.child);
    first.child.kill('SIGKILL');
    await killed;
    expect(existsSync(`${path}.lock`)).toBe(true);
    const third = await startProcess(['--port', '0', '--workbook', path]);
    const stopped = exited(third.child);
    third.child.kill('SIGINT');
    expect(await stopped).toBe(0);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('starts even when its workbook file is bad: the file is kept aside, and it says so in one line', async () => {
    const path = tempWorkbook();
    writeFileSync(path, HUGE_WORKBOOK_JSON);
    const run = await startProcess(['--port', '0', '--workbook', path]);
    const aside = readdirSync(dirname(path)).find((name) => name.startsWith('workbook.bad-'))!;
    expect(readFileSync(join(dirname(path), aside), 'utf8')).toBe(HUGE_WORKBOOK_JSON);
    const lines = run.out().split('\n');
    expect(lines.filter((line) => line.includes('could not be opened'))).toEqual([
      `The workbook file ${path} could not be opened (it would take 17,179,869,184 cells (rows × columns of all its sheets), and a Google spreadsheet holds at most 10,000,000); it is kept as ${join(dirname(path), aside)}, and the preview started a new workbook.`,
    ]);
    const state = (await (await fetch(new URL('/api/state', run.url))).json()) as {
      workbook: { sheets: Array<{ name: string }> };
    };
    expect(state.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    const stopped = exited(run.child);
    run.child.kill('SIGINT');
    expect(await stopped).toBe(0);
  });
});

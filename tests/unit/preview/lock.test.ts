// One preview per workbook file: the lock beside it names who holds it, and a lock whose process
// is gone is taken over.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LockError, WorkbookLock } from '../../../dev/preview/lock';

function workbook(): string {
  return join(mkdtempSync(join(tmpdir(), 'lock-')), 'workbook.json');
}

function lockOf(pid: number, token = 'theirs'): string {
  return JSON.stringify({ pid, host: hostname(), url: null, token });
}

/** The pid of a process that has exited. */
function goneProcess(): number {
  const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(run.stdout);
}

describe('WorkbookLock', () => {
  it('lets one preview have a workbook file, and names it to the next', () => {
    const path = workbook();
    const first = WorkbookLock.take(path);
    first.serving('http://127.0.0.1:8080/');
    expect(() => WorkbookLock.take(path)).toThrow(LockError);
    expect(() => WorkbookLock.take(path)).toThrow(
      `The workbook file ${path} is open in another preview (process ${process.pid}, at http://127.0.0.1:8080/): ` +
        `stop that one with Ctrl+C, or start this one with --workbook and another file (if no preview is running, delete ${path}.lock).`,
    );
    first.release();
    expect(existsSync(`${path}.lock`)).toBe(false);
    const second = WorkbookLock.take(path);
    second.release();
    // Nothing is left beside the workbook.
    expect(readdirSync(join(path, '..'))).toEqual([]);
  });

  it('takes over a lock whose process is gone', () => {
    const path = workbook();
    writeFileSync(`${path}.lock`, lockOf(goneProcess()));
    const lock = WorkbookLock.take(path);
    expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(readdirSync(join(path, '..'))).toEqual([]);
  });

  it('takes over an earlier process’s lock that has this process’s pid, or a damaged one', () => {
    const path = workbook();
    writeFileSync(`${path}.lock`, lockOf(process.pid, 'an earlier run'));
    WorkbookLock.take(path).release();
    writeFileSync(`${path}.lock`, '{"pi');
    WorkbookLock.take(path).release();
  });

  it('refuses while the other process runs, and not after', async () => {
    const path = workbook();
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    await new Promise((ready) => other.once('spawn', ready));
    writeFileSync(`${path}.lock`, lockOf(other.pid!));
    expect(() => WorkbookLock.take(path)).toThrow(`(process ${other.pid}):`);
    const exited = new Promise((done) => other.once('exit', done));
    other.kill();
    await exited;
    WorkbookLock.take(path).release();
  });

  it('removes only its own lock file', () => {
    const path = workbook();
    const lock = WorkbookLock.take(path);
    // Someone deleted it by hand, and another preview took the file.
    writeFileSync(`${path}.lock`, lockOf(process.pid, 'another'));
    lock.release();
    expect(existsSync(`${path}.lock`)).toBe(true);
  });

  it('says in one sentence when the lock cannot be made', () => {
    expect(() => WorkbookLock.take(join(workbook(), 'no-such-folder', 'workbook.json'))).toThrow(
      /^Could not make the lock file .*workbook\.json\.lock \(ENOENT\): check that its folder can be written to\.$/,
    );
  });
});

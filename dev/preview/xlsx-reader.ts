// Reading an uploaded .xlsx off the server's thread: in a worker with a time and a memory limit,
// so that no file, however made, holds up the other people's requests for long or takes the
// server down; past either limit the worker is stopped and the upload refused in one sentence.
// The worker is bundled with esbuild when the server starts (as the page is, assets.ts), into
// node_modules/.cache, where Node finds exceljs.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { XlsxError, type XlsxBook } from '../../src/xlsx';
import { RequestError } from './requests';

export type ReadXlsx = (data: Uint8Array) => Promise<XlsxBook>;

export interface ReaderLimits {
  /** Wall-clock time one file may take; default 30 s. */
  timeMs?: number;
  /** The worker's heap; default 1 GB. */
  heapMb?: number;
}

type Answer =
  { ok: true; book: XlsxBook } | { ok: false; xlsx: boolean; name: string; message: string };

/** Bundles the worker and returns a reader that runs each file in one. */
export async function workerReader(root: string, limits: ReaderLimits = {}): Promise<ReadXlsx> {
  return readerIn(await bundleWorker(root), limits);
}

/** The worker's bundle, written once per content; returns its path. */
export async function bundleWorker(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'dev/preview/xlsx-worker.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // exceljs from node_modules; the project's own TypeScript is bundled.
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const dir = join(root, 'node_modules/.cache/career-dreams');
  const file = join(dir, `xlsx-worker-${hash}.cjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    // Named by its content and renamed into place: previews starting at once share it safely.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  return file;
}

/** A reader that runs each file in a new worker of this script, within the limits. */
export function readerIn(file: string, limits: ReaderLimits = {}): ReadXlsx {
  const timeMs = limits.timeMs ?? 30_000;
  const heapMb = limits.heapMb ?? 1024;
  return (data) =>
    new Promise<XlsxBook>((done, fail) => {
      const worker = new Worker(file, {
        workerData: data,
        resourceLimits: { maxOldGenerationSizeMb: heapMb },
      });
      let settled = false;
      const settle = (outcome: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        outcome();
      };
      const timer = setTimeout(
        () =>
          settle(() =>
            fail(
              new RequestError(
                `That file took too long to read (over ${timeMs < 1000 ? `${timeMs} ms` : `${Math.round(timeMs / 1000)} seconds`}): it may be damaged, or far larger than a dreams table.`,
                422,
              ),
            ),
          ),
        timeMs,
      );
      worker.on('message', (answer: Answer) =>
        settle(() => {
          if (answer.ok) return done(answer.book);
          if (!answer.xlsx) return fail(new Error(answer.message));
          const error = new XlsxError(answer.message);
          // Kept, so that a file too large to read is still told from a damaged one.
          error.name = answer.name;
          fail(error);
        }),
      );
      worker.on('error', (error: NodeJS.ErrnoException) =>
        settle(() =>
          fail(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new RequestError(
                  'That file needs too much memory to read: it is far larger than a dreams table.',
                  413,
                )
              : error,
          ),
        ),
      );
      worker.on('exit', () =>
        settle(() => fail(new Error('The .xlsx reader stopped before it answered.'))),
      );
    });
}

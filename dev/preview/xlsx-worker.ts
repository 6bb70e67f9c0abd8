// Reads one uploaded .xlsx in a worker thread (see xlsx-reader.ts): the file's bytes come in as
// workerData, the book or the reader's error goes back as one message.
import { parentPort, workerData } from 'node:worker_threads';
import { readXlsx, XlsxError } from '../../src/xlsx';

readXlsx(workerData as Uint8Array).then(
  (book) => parentPort!.postMessage({ ok: true, book }),
  (error: unknown) =>
    parentPort!.postMessage({
      ok: false,
      // Only the reader's own sentences are for the person; anything else is a damaged file.
      xlsx: error instanceof XlsxError,
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
    }),
);

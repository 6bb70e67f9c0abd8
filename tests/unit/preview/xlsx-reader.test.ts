// Uploads are read in a worker with a time and a memory limit: a file that never finishes, or
// that would take all the memory, is stopped and refused in one sentence, and the server's own
// thread is never the one stuck on it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { RequestError } from '../../../dev/preview/requests';
import { bundleWorker, readerIn } from '../../../dev/preview/xlsx-reader';
import { XlsxError } from '../../../src/xlsx';
import { ROOT } from '../../support/paths';

jest.setTimeout(30_000);

/** A worker script of the test's own, standing in for a reader stuck on a file. */
function script(code: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'reader-')), 'worker.cjs');
  writeFileSync(file, code);
  return file;
}

describe('the upload reader', () => {
  it('stops a reading that never ends, and says so', async () => {
    const read = readerIn(script('for (;;) {}'), { timeMs: 200 });
    await expect(read(new Uint8Array(4))).rejects.toEqual(
      new RequestError(
        'That file took too long to read (over 200 ms): it may be damaged, or far larger than a dreams table.',
        422,
      ),
    );
  });

  it('stops a reading that takes all the memory it may have', async () => {
    const read = readerIn(script('const all = []; for (;;) all.push(new Array(1e5).fill(1));'), {
      heapMb: 16,
    });
    const refused = read(new Uint8Array(4));
    await expect(refused).rejects.toBeInstanceOf(RequestError);
    await expect(refused).rejects.toMatchObject({
      status: 413,
      message: 'That file needs too much memory to read: it is far larger than a dreams table.',
    });
  });

  it('reads a real file, and gives back the reader’s own sentence for a bad one', async () => {
    const read = readerIn(await bundleWorker(ROOT));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Dreams').getCell('B2').value = 'Pilot';
    const book = await read(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(book.sheets[0]).toMatchObject({
      name: 'Dreams',
      cells: [{ row: 2, col: 2, value: 'Pilot' }],
    });
    const bad = read(new TextEncoder().encode('Pilot,Navigation'));
    await expect(bad).rejects.toBeInstanceOf(XlsxError);
    await expect(bad).rejects.toThrow('That file is not an .xlsx workbook.');
  });
});

// The workbook on disk: read back exactly, refused with one sentence when unusable, and set
// aside under a new name each time another workbook replaces it.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from '@career-dreams/emulator';
import { exampleWorkbook } from '../../../dev/preview/example';
import {
  hasContent,
  MAX_CELLS,
  overLimits,
  StoreError,
  WorkbookStore,
} from '../../../dev/preview/workbook-store';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'store-'));
}

describe('WorkbookStore', () => {
  it('has nothing before the first save, then reads back what it saved', () => {
    const store = new WorkbookStore(join(tempDir(), 'sub', 'workbook.json'));
    expect(store.load()).toBeNull();
    const example = exampleWorkbook('Etc/UTC');
    store.save(example);
    expect(store.load()).toEqual(example);
    expect(readdirSync(join(store.path, '..'))).toEqual(['workbook.json']); // no temporary left
  });

  it.each([
    ['not JSON', '{"format": ', 'is not valid JSON'],
    [
      'another JSON file',
      '{"name": "x"}',
      'cannot be used: This is not a workbook saved by the Career Dreams preview.',
    ],
  ])('refuses %s with one sentence naming the file', (_what, text, sentence) => {
    const path = join(tempDir(), 'workbook.json');
    writeFileSync(path, text);
    expect(() => new WorkbookStore(path).load()).toThrow(StoreError);
    expect(() => new WorkbookStore(path).load()).toThrow(sentence);
  });

  it('refuses a folder', () => {
    const dir = join(tempDir(), 'workbook.json');
    mkdirSync(dir);
    expect(() => new WorkbookStore(dir).load()).toThrow('is a folder, not a workbook file.');
  });

  it('sets the file aside under a new name each time', () => {
    const store = new WorkbookStore(join(tempDir(), 'workbook.json'));
    expect(store.setAside()).toBeNull();
    store.save(exampleWorkbook('Etc/UTC'));
    const when = new Date('2026-11-22T10:15:00Z');
    const first = store.setAside(when);
    const second = store.setAside(when);
    expect(first).toMatch(/workbook\.before-20261122-101500\.json$/);
    expect(second).toMatch(/workbook\.before-20261122-101500-2\.json$/);
    expect(existsSync(first!) && existsSync(second!)).toBe(true);
  });

  it('saves beside another saver’s temporary file without touching it', () => {
    const dir = tempDir();
    const store = new WorkbookStore(join(dir, 'workbook.json'));
    // Where a second preview (or one run earlier) is in the middle of writing.
    mkdirSync(join(dir, 'workbook.json.saving'));
    store.save(exampleWorkbook('Etc/UTC'));
    store.save(new Workbook().snapshot());
    expect(store.load()).toEqual(new Workbook().snapshot());
    expect(readdirSync(dir).sort()).toEqual(['workbook.json', 'workbook.json.saving']);
  });

  it('never replaces the file with a workbook larger than a Google spreadsheet', () => {
    const store = new WorkbookStore(join(tempDir(), 'workbook.json'));
    const example = exampleWorkbook('Etc/UTC');
    store.save(example);
    const before = readFileSync(store.path, 'utf8');
    const huge = exampleWorkbook('Etc/UTC');
    huge.sheets[0]!.rows = 1_048_576;
    huge.sheets[0]!.columns = 16_384;
    huge.sheets[0]!.cells.push({ cell: 'XFD1048576', value: 'x' });
    expect(() => store.save(huge)).toThrow(
      new StoreError(
        'The workbook was not saved: it would take 17,179,869,184 cells (rows × columns of all its sheets), and a Google spreadsheet holds at most 10,000,000.',
      ),
    );
    expect(readFileSync(store.path, 'utf8')).toBe(before);
    expect(readdirSync(join(store.path, '..'))).toEqual(['workbook.json']);
  });

  it('never replaces the file with a workbook that would not open again', () => {
    const store = new WorkbookStore(join(tempDir(), 'workbook.json'));
    const twice = new Workbook().snapshot();
    twice.sheets.push({ ...twice.sheets[0]!, id: 7, name: 'SHEET1' });
    expect(() => store.save(twice)).toThrow(
      'The workbook was not saved: Two sheets are called "SHEET1".',
    );
    expect(existsSync(store.path)).toBe(false);
  });

  it('refuses to load a file over the limits', () => {
    const path = join(tempDir(), 'workbook.json');
    const huge = new Workbook().snapshot();
    huge.sheets[0]!.columns = 20_000;
    writeFileSync(path, JSON.stringify(huge));
    expect(() => new WorkbookStore(path).load()).toThrow(
      `The workbook file ${path} cannot be used: The sheet ‘Sheet1’ would have 20,000 columns, and a sheet of a Google spreadsheet has at most 18,278.`,
    );
  });

  it.each([
    [
      'not JSON',
      '{"format": "career-dreams-emulated-workbook", "version": 1, "na',
      'it is not valid JSON',
    ],
    [
      'too large a sheet',
      JSON.stringify({
        ...new Workbook().snapshot(),
        sheets: [{ ...new Workbook().snapshot().sheets[0]!, rows: 1_048_576, columns: 16_384 }],
      }),
      'it would take 17,179,869,184 cells (rows × columns of all its sheets), and a Google spreadsheet holds at most 10,000,000',
    ],
  ])('sets a bad file of its own aside (%s) and starts a new workbook', (_what, text, why) => {
    const dir = tempDir();
    const path = join(dir, 'workbook.json');
    writeFileSync(path, text);
    const opened = new WorkbookStore(path).open(new Date('2026-11-22T10:15:00Z'));
    const aside = join(dir, 'workbook.bad-20261122-101500.json');
    expect(opened).toEqual({
      snapshot: null,
      notice: `The workbook file ${path} could not be opened (${why}); it is kept as ${aside}, and the preview started a new workbook.`,
    });
    expect(readdirSync(dir)).toEqual(['workbook.bad-20261122-101500.json']);
    expect(readFileSync(aside, 'utf8')).toBe(text);
  });

  it('sets anything bad aside in its own place, but leaves another file alone', () => {
    const own = join(tempDir(), 'workbook.json');
    writeFileSync(own, 'garbage');
    expect(new WorkbookStore(own, { own: true }).open().notice).toMatch(/could not be opened/);
    expect(existsSync(own)).toBe(false);

    const other = join(tempDir(), 'package.json');
    writeFileSync(other, '{"name": "x"}');
    expect(() => new WorkbookStore(other).open()).toThrow(
      `The workbook file ${other} cannot be used: This is not a workbook saved by the Career Dreams preview.`,
    );
    expect(readFileSync(other, 'utf8')).toBe('{"name": "x"}');
  });

  it('counts cells over all sheets, as Google does', () => {
    const sheet = (rows: number, columns: number) => ({ name: 'S', rows, columns });
    expect(overLimits([sheet(1000, 5000), sheet(1000, 5000)])).toBeNull();
    expect(overLimits([sheet(1000, 5000), sheet(1000, 5000), sheet(1, 1)])).toMatch(
      /^it would take 10,000,001 cells/,
    );
    expect(MAX_CELLS).toBe(10_000_000);
  });

  it('tells an empty workbook from one with content', () => {
    expect(hasContent(new Workbook().snapshot())).toBe(false);
    expect(hasContent(exampleWorkbook('Etc/UTC'))).toBe(true);
  });
});

// The workbook on disk: read back exactly, refused with one sentence when unusable, and set
// aside under a new name each time another workbook replaces it.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from '@career-dreams/emulator';
import { exampleWorkbook } from '../../../dev/preview/example';
import { hasContent, StoreError, WorkbookStore } from '../../../dev/preview/workbook-store';

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

  it('tells an empty workbook from one with content', () => {
    expect(hasContent(new Workbook().snapshot())).toBe(false);
    expect(hasContent(exampleWorkbook('Etc/UTC'))).toBe(true);
  });
});

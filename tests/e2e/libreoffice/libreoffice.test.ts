// The same files after LibreOffice opened and saved them: it rewrites the styles its own way
// (its own fonts and fills tables, bold as <b val="true"/>, theme colours resolved or kept), and
// the priorities must not change. Needs LibreOffice (`soffice`), which `.ci/run` installs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PrioritiesExport } from '../../../src/core';
import { EXCEL_STYLED_PRIORITIES, excelStyledWorkbook } from '../../support/xlsx-fixtures';
import {
  addonPriorities,
  convertWithLibreOffice,
  hasLibreOffice,
  spawnCli,
  tableMadeWithTheAddon,
  tempDir,
  workbookXlsx,
  writeFile,
} from '../../support/roundtrip';

// LibreOffice starts slowly the first time on a cold machine.
const CONVERT_MS = 180_000;

/** The colour named in a warning is LibreOffice's rounding, not ours: compare the rest. */
function withoutHex(doc: PrioritiesExport): PrioritiesExport {
  return { ...doc, warnings: doc.warnings.map((w) => w.replace(/#[0-9a-f]{6}/g, '#……')) };
}

describe('after LibreOffice saves the file again', () => {
  let remove: () => void;
  let addonFile: string;
  let excelFile: string;
  let expected: PrioritiesExport;

  beforeAll(async () => {
    if (!hasLibreOffice()) {
      throw new Error(
        'These tests need LibreOffice: apt-get install libreoffice-calc-nogui (.ci/run installs it).',
      );
    }
    let dir: string;
    ({ dir, remove } = tempDir('libreoffice'));
    const { emu, state } = tableMadeWithTheAddon();
    expected = addonPriorities(state);
    const originals = join(dir, 'originals');
    const converted = join(dir, 'converted');
    mkdirSync(originals);
    mkdirSync(converted);
    const a = writeFile(originals, 'made-with-the-addon.xlsx', await workbookXlsx(emu));
    const b = writeFile(originals, 'excel-styled.xlsx', await excelStyledWorkbook());
    [addonFile, excelFile] = await Promise.all([
      convertWithLibreOffice(a, converted),
      convertWithLibreOffice(b, converted),
    ]);
  }, CONVERT_MS);
  afterAll(() => remove?.());

  it('a table made with the add-on gives the same priorities', async () => {
    const result = await spawnCli(['priorities', addonFile, '--json']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(expected);
  }, 60_000);

  it('a table styled in Excel (theme tints, Good / Neutral / Bad, indexed) gives the same priorities', async () => {
    const result = await spawnCli(['priorities', excelFile, '--json']);
    expect(result.stderr).toBe('');
    expect(withoutHex(JSON.parse(result.stdout) as PrioritiesExport)).toEqual(
      withoutHex(EXCEL_STYLED_PRIORITIES),
    );
  }, 60_000);
});

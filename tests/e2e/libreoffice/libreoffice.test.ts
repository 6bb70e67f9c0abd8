// The same files after LibreOffice opened and saved them: it rewrites the styles its own way
// (its own fonts and fills tables, bold as <b val="true"/>, theme colours resolved or kept), and
// the priorities must not change. Needs LibreOffice (`soffice`), which `.ci/run` installs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { workbookToXlsx } from '../../../dev/preview/xlsx-bridge';
import type { PrioritiesExport } from '../../../src/core';
import { writeXlsx } from '../../../src/xlsx';
import { ok, setup } from '../../support/addon';
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
  let typedFile: string;
  let expected: PrioritiesExport;
  let typedExpected: PrioritiesExport;

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
    // Skills typed as a date and a time: numbers with a number format in the file.
    const typed = setup({
      Dreams: {
        values: [
          ['Pilot', 'Chef'],
          ['1/2/2026', '9:00'],
          ['9:00', '1/2/2026'],
        ],
      },
    });
    const at = (dream: string, skill: string) => ({ dream, skill });
    ok(typed.alice.call('setRating', [at('Pilot', '1/2/2026'), at('Chef', '9:00')], 'red'));
    ok(typed.alice.call('setRating', [at('Pilot', '9:00')], 'yellow'));
    typedExpected = addonPriorities(ok(typed.alice.call('getState')));
    const c = writeFile(
      originals,
      'typed-skills.xlsx',
      await writeXlsx(workbookToXlsx(typed.emu.workbook.snapshot())),
    );
    [addonFile, excelFile, typedFile] = await Promise.all([
      convertWithLibreOffice(a, converted),
      convertWithLibreOffice(b, converted),
      convertWithLibreOffice(c, converted),
    ]);
  }, CONVERT_MS);
  afterAll(() => remove?.());

  it('a table made with the add-on gives the same priorities', async () => {
    const result = await spawnCli(['priorities', addonFile, '--json']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(expected);
  }, 60_000);

  it('skills typed as a date and a time keep their names (LibreOffice keeps the number formats)', async () => {
    expect(typedExpected.priorities.map((p) => p.skill)).toEqual(['9:00', '1/2/2026']);
    const result = await spawnCli(['priorities', typedFile, '--json']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(typedExpected);
  }, 60_000);

  it('a table styled in Excel (theme tints, Good / Neutral / Bad, indexed) gives the same priorities', async () => {
    const result = await spawnCli(['priorities', excelFile, '--json']);
    expect(result.stderr).toBe('');
    expect(withoutHex(JSON.parse(result.stdout) as PrioritiesExport)).toEqual(
      withoutHex(EXCEL_STYLED_PRIORITIES),
    );
  }, 60_000);
});

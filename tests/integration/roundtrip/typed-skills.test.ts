// Skills typed as a time, a date and an amount (Sheets stores a number or a date with a number
// format) have one name in the add-on, which reads what the cells show, and the same name in
// the command line, which reads the downloaded .xlsx by each cell's number format: the same
// skills, the same identities across dreams, the same priorities.
import { readFile } from 'node:fs/promises';
import { workbookToXlsx } from '../../../dev/preview/xlsx-bridge';
import { run } from '../../../src/cli/run';
import type { PrioritiesExport } from '../../../src/core';
import { readXlsx, writeXlsx } from '../../../src/xlsx';
import { ok, setup } from '../../support/addon';
import { addonPriorities, spawnCli, tempDir, writeFile } from '../../support/roundtrip';

let remove: () => void;
let file: string;
let expected: PrioritiesExport;

beforeAll(async () => {
  let dir: string;
  ({ dir, remove } = tempDir('typed-skills'));
  // Typed as a person types them; a time zone away from UTC, so that a time that moved with
  // the clock would show.
  const { emu, alice } = setup(
    {
      Dreams: {
        values: [
          ['Pilot', 'Chef', 'Founder'],
          ['9:00', '1/2/2026', '$5'],
          ['1/2/2026', '$5', '9:00'],
          ['Navigation', 'Knives', 'Hiring'],
        ],
      },
    },
    { spreadsheetTimeZone: 'America/New_York' },
  );
  const at = (dream: string, skill: string) => ({ dream, skill });
  ok(alice.call('setRating', [at('Pilot', '9:00'), at('Chef', '$5.00')], 'red'));
  ok(alice.call('setRating', [at('Founder', '9:00'), at('Pilot', '1/2/2026')], 'yellow'));
  ok(alice.call('setRating', [at('Chef', '1/2/2026'), at('Founder', '$5.00')], 'yellow'));
  ok(alice.call('setRating', [at('Pilot', 'Navigation')], 'green'));
  ok(alice.call('setCritical', [at('Chef', '$5.00'), at('Pilot', '1/2/2026')], true));
  expected = addonPriorities(ok(alice.call('getState')));
  // As the preview's Download writes the file.
  file = writeFile(dir, 'typed.xlsx', await writeXlsx(workbookToXlsx(emu.workbook.snapshot())));
});
afterAll(() => remove?.());

describe('add-on → .xlsx → command line, skills typed as a time, a date, an amount', () => {
  it('the add-on names them as the cells show them, each one skill across dreams', () => {
    expect(expected.priorities.map((p) => [p.skill, p.red, p.yellow])).toEqual([
      ['$5.00', 1, 1],
      ['9:00', 1, 1],
      ['1/2/2026', 0, 2],
    ]);
  });

  it('the file holds numbers and dates with their number formats, not text', async () => {
    const book = await readXlsx(await readFile(file));
    const cells = book.sheets.find((s) => s.name === 'Dreams')!.cells.filter((c) => c.row === 2);
    expect(cells.map((c) => [typeof c.value === 'string' ? 'text' : 'value', c.numFmt])).toEqual([
      ['value', 'h:mm'],
      ['value', 'm/d/yyyy'],
      ['value', '"$"#,##0.00'],
    ]);
  });

  it('the command line gives the same priorities, in process', async () => {
    let stdout = '';
    const code = await run(['priorities', file, '--json'], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it('and as a child process', async () => {
    const result = await spawnCli(['priorities', file, '--json']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(expected);
  }, 60_000);
});

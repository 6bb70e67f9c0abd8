// A table made with the add-on, downloaded as .xlsx, read by the command-line tool: the same
// priorities, in the same order and for the same reasons, as the add-on's own sidebar shows.
import { readFile } from 'node:fs/promises';
import { readXlsx } from '../../../src/xlsx';
import { run } from '../../../src/cli/run';
import { exportJson, type TableExport } from '../../../src/core';
import {
  addonPriorities,
  spawnCli,
  tableMadeWithTheAddon,
  tempDir,
  workbookXlsx,
  writeFile,
} from '../../support/roundtrip';

let dir: string;
let remove: () => void;
let file: string;
let expected: ReturnType<typeof addonPriorities>;

beforeAll(async () => {
  ({ dir, remove } = tempDir('roundtrip'));
  const { emu, state } = tableMadeWithTheAddon();
  expected = addonPriorities(state);
  file = writeFile(dir, 'My dreams.xlsx', await workbookXlsx(emu));
});
afterAll(() => remove());

async function runInProcess(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('add-on → .xlsx → command line', () => {
  it('the table the add-on made has gaps worth ranking (the fixture is not trivial)', () => {
    expect(expected.dreams).toEqual(['Founder', 'Head of engineering', 'Author']);
    expect(expected.priorities.map((p) => p.skill)).toEqual([
      'Hiring',
      'Fundraising',
      'Writing',
      'Public speaking',
      'Coaching',
      'Sales',
    ]);
  });

  it('the downloaded file explains itself: the Priorities sheet has its ranks and a legend', async () => {
    const book = await readXlsx(await readFile(file));
    expect(book.sheets.map((s) => s.name)).toEqual(['Dreams', 'Priorities']);
    const priorities = book.sheets[1]!.cells;
    const texts = priorities.map((c) => c.value);
    expect(texts).toContain('Red, critical');
    expect(texts).toContain('How to read this sheet');
    const legend = priorities.filter((c) => /^(Red|Yellow|Green|Bold)\b.*:/.test(String(c.value)));
    expect(
      legend.map((c) => [String(c.value).split(':')[0], c.fill ?? null, c.bold ?? false]),
    ).toEqual([
      ['Red', '#ea9999', false],
      ['Yellow', '#ffe599', false],
      ['Green', '#b6d7a8', false],
      ['Bold (and "critical" in the word)', null, true],
    ]);
  });

  it('prints the same priorities as JSON, run as a child process', async () => {
    const result = await spawnCli(['priorities', file, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expected);
  }, 60_000);

  it('the sidebar’s JSON export holds the same object, plus the table, so one reader reads both', async () => {
    const { state } = tableMadeWithTheAddon();
    const { table, ...rest } = JSON.parse(exportJson(state)) as TableExport;
    const cli = await runInProcess(['priorities', file, '--json']);
    expect(rest).toEqual(JSON.parse(cli.stdout));
    expect(table.map((d) => d.dream)).toEqual(rest.dreams);
  });

  it('prints a readable ranked list with the reasons per skill', async () => {
    const { code, stdout } = await runInProcess(['priorities', file]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Priorities from the sheet ‘Dreams’ (3 dreams: Founder, Head of engineering, Author)',
    );
    expect(stdout).toContain(
      '1. Hiring \u2014 red in Founder (critical), Head of engineering\n' +
        '2. Fundraising \u2014 red in Founder (critical)\n' +
        '3. Writing \u2014 red in Author\n' +
        '4. Public speaking \u2014 yellow in Founder, Author (critical)\n' +
        '5. Coaching \u2014 yellow in Head of engineering\n' +
        '6. Sales \u2014 yellow in Author; green in Founder\n',
    );
    expect(stdout).toContain('Red: a skill this dream needs that is missing today.');
  });

  it('finds the Dreams sheet in any letter case and position, or the one named with --sheet', async () => {
    const viaName = await runInProcess(['priorities', file, '--sheet', 'dreams', '--json']);
    expect(JSON.parse(viaName.stdout)).toEqual(expected);
    const viaEquals = await runInProcess(['priorities', '--json', `--sheet=Dreams`, file]);
    expect(JSON.parse(viaEquals.stdout)).toEqual(expected);
  });
});

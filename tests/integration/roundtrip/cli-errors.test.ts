// Bad input on the command line: one plain sentence on stderr (then the usage, for a wrong
// command line), a non-zero exit code, and never a stack trace.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { USAGE } from '../../../src/cli/args';
import { book, deflateBomb, sheetXml, textCell } from '../../support/hostile-xlsx';
import { run } from '../../../src/cli/run';
import {
  spawnCli,
  tableMadeWithTheAddon,
  tempDir,
  workbookXlsx,
  writeFile,
} from '../../support/roundtrip';

let dir: string;
let remove: () => void;
let good: string;

beforeAll(async () => {
  ({ dir, remove } = tempDir('errors'));
  good = writeFile(dir, 'dreams.xlsx', await workbookXlsx(tableMadeWithTheAddon().emu));
});
afterAll(() => remove());

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Exactly one sentence on stderr, exit code 1, nothing on stdout. */
async function expectInputError(args: string[], sentence: string): Promise<void> {
  const result = await cli(args);
  expect(result).toEqual({ code: 1, stdout: '', stderr: `${sentence}\n` });
}

describe('files that cannot be read', () => {
  it('a missing file', async () => {
    const file = join(dir, 'nope.xlsx');
    await expectInputError(['priorities', file], `There is no file ‘${file}’.`);
  });

  it('a folder', async () => {
    const folder = join(dir, 'a folder.xlsx');
    mkdirSync(folder);
    await expectInputError(['priorities', folder], `‘${folder}’ is a folder, not an .xlsx file.`);
  });

  it('a file that is not an .xlsx workbook (a CSV saved with the wrong name)', async () => {
    const file = writeFile(dir, 'dreams-csv.xlsx', 'Founder,CTO\nHiring,Sales\n');
    await expectInputError(
      ['priorities', file],
      `‘${file}’ is not an .xlsx workbook: in Google Sheets, use File > Download > Microsoft Excel (.xlsx).`,
    );
  });

  it('a damaged .xlsx file', async () => {
    const file = writeFile(dir, 'cut-short.xlsx', readFileSync(good).subarray(0, 300));
    await expectInputError(
      ['priorities', file],
      `‘${file}’ could not be read as an .xlsx workbook: it may be damaged, or another kind of file.`,
    );
  });
});

describe('files larger than the reader reads', () => {
  it('a value in XFD1048576: more cells than Google Sheets holds, refused before any grid', async () => {
    const rows: Array<[number, string]> = [
      [1, textCell('A1', 'Founder')],
      [1048576, textCell('XFD1048576', 'far away')],
    ];
    const file = writeFile(dir, 'far.xlsx', book({ sheets: [['Dreams', sheetXml(rows)]] }));
    await expectInputError(
      ['priorities', file],
      `‘${file}’ is too large to read: its sheet ‘Dreams’ reaches row 1,048,576 and column 16,384, ` +
        'so its sheets span more than the 10,000,000 cells Google Sheets holds.',
    );
  });

  it('a sheet that inflates past the bound for one part', async () => {
    const deflated = deflateBomb(
      '<worksheet><sheetData>',
      65 * 1024 * 1024,
      '</sheetData></worksheet>',
    );
    const data = book({
      sheets: [['Dreams', '']],
      parts: [{ name: 'xl/worksheets/sheet1.xml', deflated, declaredSize: 100 }],
    });
    const file = writeFile(dir, 'bomb.xlsx', data);
    await expectInputError(
      ['priorities', file],
      `‘${file}’ is too large to read: one of its parts unpacks to more than 64 MB.`,
    );
  });

  it('a sheet name with a right-to-left override is shown by its code on stderr', async () => {
    const file = writeFile(dir, 'rtl.xlsx', book({ sheets: [['Notes\u202E', sheetXml([])]] }));
    await expectInputError(
      ['priorities', file, '--sheet', 'Goals'],
      'There is no sheet ‘Goals’ in ‘rtl.xlsx’; its only sheet is ‘Notes\\u{202E}’.',
    );
  });
});

describe('sheets without a dreams table', () => {
  it('a sheet that is not there, naming the sheets there are', async () => {
    await expectInputError(
      ['priorities', good, '--sheet', 'Goals'],
      'There is no sheet ‘Goals’ in ‘dreams.xlsx’; its sheets are ‘Dreams’, ‘Priorities’.',
    );
  });

  it('an empty sheet', async () => {
    // The add-on's file has none (its empty Sheet1 became the Dreams sheet): one of its own.
    const file = writeFile(dir, 'empty.xlsx', book({ sheets: [['Sheet1', sheetXml([])]] }));
    await expectInputError(
      ['priorities', file, '--sheet', 'Sheet1'],
      'The sheet ‘Sheet1’ has no dreams table: its first row with content should name the dreams, with their skills below them.',
    );
  });

  it('the generated Priorities sheet', async () => {
    const sentence =
      'The sheet ‘Priorities’ is the generated Priorities report, not a dreams table: name the dreams ' +
      'sheet with --sheet (the sheets are ‘Dreams’, ‘Priorities’).';
    await expectInputError(['priorities', good, '--sheet', 'priorities'], sentence);
  });

  it('a workbook with no Dreams sheet reads its first sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes');
    wb.addWorksheet('Table').getCell('A1').value = 'CTO';
    const file = writeFile(dir, 'first-sheet.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    await expectInputError(
      ['priorities', file],
      'The sheet ‘Notes’ has no dreams table: its first row with content should name the dreams, ' +
        'with their skills below them; to read another sheet, name it with --sheet (the sheets are ‘Notes’, ‘Table’).',
    );
    const named = await cli(['priorities', file, '--sheet', 'Table', '--json']);
    expect(JSON.parse(named.stdout)).toEqual({
      sheet: 'Table',
      dreams: ['CTO'],
      priorities: [],
      warnings: [],
    });
  });
});

describe('a wrong command line: the sentence, then the usage, exit code 2', () => {
  const cases: Array<[string[], string]> = [
    [[], 'Say what to do: priorities, plan or progress, then the .xlsx file.'],
    [
      ['rank', 'x.xlsx'],
      'There is no command ‘rank’: the commands are priorities, plan and progress.',
    ],
    [['priorities'], 'Name the .xlsx file to read, as in priorities Dreams.xlsx.'],
    [['priorities', 'a.xlsx', 'b.xlsx'], 'One file at a time: ‘b.xlsx’ is one too many.'],
    [['priorities', 'a.xlsx', '--csv'], 'There is no option --csv.'],
    [
      ['priorities', 'a.xlsx', '--sheet'],
      '--sheet needs the name of a sheet, as in --sheet Dreams.',
    ],
    [
      ['priorities', 'a.xlsx', '--sheet', 'A', '--sheet=B'],
      '--sheet is given twice: name one sheet.',
    ],
  ];
  it.each(cases)('%j', async (args, sentence) => {
    const result = await cli(args);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${sentence}\n\n${USAGE}` });
  });

  it('--help prints the usage on stdout and succeeds', async () => {
    expect(await cli(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    expect(USAGE).toContain('npm run --silent cli -- priorities FILE.xlsx [--sheet NAME] [--json]');
  });
});

describe('as a real process', () => {
  it('a missing file: one sentence, exit code 1, no stack trace', async () => {
    const file = join(dir, 'missing.xlsx');
    const result = await spawnCli(['priorities', file, '--json']);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `There is no file ‘${file}’.\n` });
  }, 60_000);

  it('a wrong command line: exit code 2 and the usage', async () => {
    const result = await spawnCli(['priorities']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(
      'Name the .xlsx file to read, as in priorities Dreams.xlsx.',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

// Hostile .xlsx files through the real command line, each run with its heap capped at 1 GB and
// killed after 15 s: every one ends with a correct answer, or with one sentence on stderr and
// exit code 1 — never a stack trace, "unexpected", an out-of-memory crash or a hang.
import {
  book,
  bombPart,
  boundedCli,
  columnName,
  columnsBook,
  deflateBomb,
  LIMIT_MB,
  longColumn,
  mergedBook,
  overriddenMasterXml,
  RED,
  sharedBook,
  sheetXml,
  smallTable,
  textCell,
  themeXml,
  type BoundedRun,
} from '../../support/hostile-xlsx';
import { ROOT, tempDir, writeFile } from '../../support/roundtrip';

let dir: string;
let remove: () => void;

beforeAll(() => {
  ({ dir, remove } = tempDir('hostile'));
});
afterAll(() => remove());

const MB = 1024 * 1024;
/** What a terminal would obey: controls but the line break, and bidi controls. */
// eslint-disable-next-line no-control-regex -- control characters are what is checked
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f]/;
const TIMEOUT = 60_000; // the run itself is killed after 15 s; this covers building the file
const DAMAGED =
  /could not be read as an \.xlsx workbook: it may be damaged, or another kind of file\.$/;

const SMALL_TABLE_PRIORITIES = [
  {
    skill: 'Sales',
    red: 1,
    redCritical: 0,
    yellow: 1,
    yellowCritical: 0,
    green: 0,
    dreams: [
      { dream: 'Founder', rating: 'yellow', critical: false },
      { dream: 'Author', rating: 'red', critical: false },
    ],
  },
  {
    skill: 'Hiring',
    red: 1,
    redCritical: 0,
    yellow: 0,
    yellowCritical: 0,
    green: 0,
    dreams: [{ dream: 'Founder', rating: 'red', critical: false }],
  },
];

// HOSTILE_FIGURES=1 prints each run's time and peak memory (for docs, not asserted).
const figures = process.env.HOSTILE_FIGURES ? ([] as string[]) : null;
afterAll(() => {
  if (figures) console.log(figures.join('\n'));
});

async function runOn(name: string, data: Buffer, json = true): Promise<BoundedRun> {
  const file = writeFile(dir, name, data);
  const started = Date.now();
  const result = await boundedCli(ROOT, dir, ['priorities', file, ...(json ? ['--json'] : [])]);
  figures?.push(
    `${name}: ${data.length} bytes, ${Date.now() - started} ms, peak ${Math.round(result.peakMb)} MB, exit ${result.code}`,
  );
  expect(result.killed).toBe(false);
  expect(result.peakMb).toBeGreaterThan(0);
  expect(result.peakMb).toBeLessThan(LIMIT_MB);
  return result;
}

/** One sentence on stderr, naming the file, exit code 1, nothing on stdout. */
function expectSentence(result: BoundedRun, sentence: RegExp): void {
  expect(result.stderr).not.toMatch(/\n\s+at |unexpected|heap|FATAL/i);
  expect(result.stderr).toMatch(/^‘[^\n]+’ [^\n]+\.\n$/);
  expect(result.stderr.slice(0, -1)).toMatch(sentence);
  expect(result).toMatchObject({ code: 1, stdout: '' });
}

function expectAnswer(result: BoundedRun): { priorities: unknown[]; warnings: string[] } {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { priorities: unknown[]; warnings: string[] };
}

describe('the farthest cell, not the farthest reference', () => {
  it(
    'a value in XFD1048576 is refused at once, in one sentence',
    async () => {
      const rows: Array<[number, string]> = [
        [1, textCell('A1', 'Founder')],
        [1048576, textCell('XFD1048576', 'far away')],
      ];
      const data = book({
        sheets: [['Dreams', sheetXml(rows, '', '<dimension ref="A1:XFD1048576"/>')]],
      });
      expect(data.length).toBeLessThan(10_000);
      expectSentence(
        await runOn('far-cell.xlsx', data),
        /is too large to read: its sheet ‘Dreams’ reaches row 1,048,576 and column 16,384, so its sheets span more than the 10,000,000 cells Google Sheets holds\.$/,
      );
    },
    TIMEOUT,
  );

  it(
    'a <dimension> and row spans that claim the whole sheet do not count: the table is read',
    async () => {
      const rows = smallTable().map(([r, cells]): [number, string] => [r, cells]);
      const xml = sheetXml(rows, '', '<dimension ref="A1:XFD1048576"/>').replace(
        /<row r="(\d+)">/g,
        '<row r="$1" spans="1:16384">',
      );
      const doc = expectAnswer(await runOn('dimension.xlsx', book({ sheets: [['Dreams', xml]] })));
      expect(doc.priorities).toEqual(SMALL_TABLE_PRIORITIES);
    },
    TIMEOUT,
  );

  it(
    'a sheet of exactly the 10,000,000 cells Sheets holds, A1 to J1000000, is read',
    async () => {
      const rows: Array<[number, string]> = smallTable();
      rows.push([1_000_000, textCell('J1000000', 'far')]);
      const doc = expectAnswer(
        await runOn('ten-million.xlsx', book({ sheets: [['Dreams', sheetXml(rows)]] })),
      );
      expect(doc.priorities).toEqual(SMALL_TABLE_PRIORITIES);
      expect(doc.warnings).toEqual([
        expect.stringContaining('J1000000'),
        expect.stringMatching(/^Row 1000000 and the rows below it come after 999996 blank rows/),
      ]);
    },
    TIMEOUT,
  );

  it(
    'a cell in column XFD of a thousand rows spans more than Sheets holds: refused',
    async () => {
      const rows: Array<[number, string]> = [[1, textCell('A1', 'Founder')]];
      for (let r = 2; r <= 1000; r++) rows.push([r, textCell(`XFD${r}`, 'x')]);
      expectSentence(
        await runOn('wide.xlsx', book({ sheets: [['Dreams', sheetXml(rows)]] })),
        /reaches row 1,000 and column 16,384/,
      );
    },
    TIMEOUT,
  );

  it(
    'a merged area over the whole sheet is refused before exceljs creates its cells',
    async () => {
      const xml = sheetXml(
        smallTable(),
        '<mergeCells count="1"><mergeCell ref="A5:XFD1048576"/></mergeCells>',
      );
      expectSentence(
        await runOn('merge.xlsx', book({ sheets: [['Dreams', xml]] })),
        /is too large to read: it stores more than 300,000 cells, and a dreams table has a few thousand\.$/,
      );
    },
    TIMEOUT,
  );

  it(
    'a merged area over the whole sheet, its colon written &#58; or a space after it, is refused',
    async () => {
      // exceljs decodes the reference and skips the space: each would create 17 billion cells.
      expectSentence(
        await runOn('merge-reference.xlsx', mergedBook('A5&#58;XFD1048576')),
        /is too large to read: it stores more than 300,000 cells, and a dreams table has a few thousand\.$/,
      );
      expectSentence(await runOn('merge-space.xlsx', mergedBook('A5:XFD1048576 ')), DAMAGED);
    },
    TIMEOUT,
  );

  it(
    'a column width set for 100,000,000 columns, written with a space or a reference, is refused',
    async () => {
      // exceljs reads the number with parseInt, and creates each column.
      expectSentence(await runOn('cols-space.xlsx', columnsBook('100000000 ')), DAMAGED);
      expectSentence(
        await runOn('cols-reference.xlsx', columnsBook('1&#48;0000000')),
        /it has a cell beyond XFD1048576, the last cell a sheet can have\.$/,
      );
    },
    TIMEOUT,
  );

  it(
    'a column width set for two billion columns is refused',
    async () => {
      const xml = sheetXml(
        smallTable(),
        '',
        '<cols><col min="1" max="2000000000" width="9"/></cols>',
      );
      expectSentence(
        await runOn('cols.xlsx', book({ sheets: [['Dreams', xml]] })),
        /it has a cell beyond XFD1048576, the last cell a sheet can have\.$/,
      );
    },
    TIMEOUT,
  );

  it(
    'a defined name and a data validation over A1:XFD1048576 are not expanded: the table is read',
    async () => {
      const validation =
        '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>';
      const data = book({
        sheets: [['Dreams', sheetXml(smallTable(), validation)]],
        workbookExtra:
          '<definedNames><definedName name="everything">Dreams!$A$1:$XFD$1048576</definedName></definedNames>',
      });
      expect(expectAnswer(await runOn('defined-names.xlsx', data)).priorities).toEqual(
        SMALL_TABLE_PRIORITIES,
      );
    },
    TIMEOUT,
  );
});

describe('shared formulas', () => {
  it(
    'a formula that exceljs would take minutes to copy to 1,000 cells is refused',
    async () => {
      const rows: Array<[number, string]> = [
        [1, `<c r="A1"><f t="shared" ref="A1:A1001" si="0">${'a-'.repeat(4000)}1</f><v>1</v></c>`],
      ];
      for (let r = 2; r <= 1001; r++)
        rows.push([r, `<c r="A${r}"><f t="shared" si="0"/><v>1</v></c>`]);
      expectSentence(
        await runOn('shared.xlsx', book({ sheets: [['Dreams', sheetXml(rows)]] })),
        /is too large to read: its shared formulas are copied to so many cells that unpacking them would take minutes\.$/,
      );
    },
    TIMEOUT,
  );

  it(
    'copies written <f ...></f>, or with their index written &#48;, count as copies: refused',
    async () => {
      // exceljs takes the <f> with a ref as the master and decodes the index.
      const formula = `${'a-'.repeat(4000)}1`;
      const sentence =
        /is too large to read: its shared formulas are copied to so many cells that unpacking them would take minutes\.$/;
      for (const [name, copy] of [
        ['shared-open.xlsx', '<f t="shared" si="0"></f>'],
        ['shared-index.xlsx', '<f t="shared" si="&#48;"/>'],
      ] as const)
        expectSentence(await runOn(name, sharedBook(formula, 1000, copy)), sentence);
    },
    TIMEOUT,
  );

  it(
    "a long formula in a second cell at the master's address, which exceljs copies, is refused",
    async () => {
      // exceljs moves the copies from the cell at the master's address: the last one there.
      const xml = overriddenMasterXml(`${'a-'.repeat(4000)}1`, 1000, 'cell');
      expectSentence(
        await runOn('shared-override.xlsx', book({ sheets: [['Dreams', xml]] })),
        DAMAGED,
      );
    },
    TIMEOUT,
  );
});

describe('a theme that would make a pattern backtrack', () => {
  it(
    'a 256 KB theme of unclosed <a:clrScheme tags is read in one pass (the default theme is used)',
    async () => {
      // A backtracking pattern for the colour scheme tries every '<' and scans on from each:
      // quadratic, so this took some 30 s, and four times that at twice the size.
      const theme = themeXml(`<a:clrScheme>${'<a:clrScheme"<a:clrScheme'.repeat(10_500)}`);
      expect(theme.length).toBeGreaterThan(256_000);
      const data = book({ sheets: [['Dreams', sheetXml(smallTable())]], theme });
      expect(expectAnswer(await runOn('theme.xlsx', data)).priorities).toEqual(
        SMALL_TABLE_PRIORITIES,
      );
    },
    TIMEOUT,
  );
});

describe('zip bombs: bounded while inflating', () => {
  const head =
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const tail = '</sheetData></worksheet>';

  it(
    'a 2 MB sheet that inflates to 2 GB, its declared size a lie, is refused',
    async () => {
      const deflated = deflateBomb(head, 2048 * MB, tail);
      expect(deflated.length).toBeLessThan(3 * MB);
      const data = book({
        sheets: [['Dreams', '']],
        parts: [{ name: 'xl/worksheets/sheet1.xml', deflated, declaredSize: 1000 }],
      });
      expectSentence(
        await runOn('bomb.xlsx', data),
        /is too large to read: one of its parts unpacks to more than 64 MB\.$/,
      );
    },
    TIMEOUT,
  );

  it(
    'five sheets of 50 MB each are refused by the total',
    async () => {
      const sheets: Array<[string, string]> = [1, 2, 3, 4, 5].map((i) => [`S${i}`, '']);
      const part = bombPart('xl/worksheets/sheet1.xml', head, 50 * MB, tail);
      const data = book({
        sheets,
        parts: sheets.map((_, i) => ({ ...part, name: `xl/worksheets/sheet${i + 1}.xml` })),
      });
      expectSentence(
        await runOn('bombs.xlsx', data),
        /is too large to read: its sheets and styles unpack to more than 160 MB\.$/,
      );
    },
    TIMEOUT,
  );

  it(
    'a bomb in a part the reader does not read (an image) is never inflated',
    async () => {
      const data = book({
        sheets: [['Dreams', sheetXml(smallTable())]],
        parts: [{ name: 'xl/media/image1.png', deflated: deflateBomb('', 2048 * MB, '') }],
      });
      expect(expectAnswer(await runOn('image-bomb.xlsx', data)).priorities).toEqual(
        SMALL_TABLE_PRIORITIES,
      );
    },
    TIMEOUT,
  );
});

describe('long lists: no argument list overflows the stack', () => {
  it(
    'a column of 130,000 “Sales”, printed as text',
    async () => {
      const data = book({
        sheets: [['Dreams', sheetXml(longColumn(130_000))]],
        sharedStrings: ['Founder', 'Sales'],
      });
      const result = await runOn('sales.xlsx', data, false);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /^Priorities from the sheet ‘Dreams’ \(1 dream: Founder\)\n\n1\. Sales — red in Founder\n/,
      );
    },
    TIMEOUT,
  );

  it(
    '130,000 cells under no dream, printed as text',
    async () => {
      const data = book({
        sheets: [['Dreams', sheetXml(longColumn(130_000, true))]],
        sharedStrings: ['Founder', 'Sales'],
      });
      const result = await runOn('headless.xlsx', data, false);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Priorities from the sheet ‘Dreams’ \(1 dream: Founder\)\n/);
    },
    TIMEOUT,
  );

  it(
    'a valid table of 1,000,000 rows is refused clearly',
    async () => {
      const data = book({
        sheets: [['Dreams', sheetXml(longColumn(1_000_000))]],
        sharedStrings: ['Founder', 'Sales'],
      });
      expectSentence(
        await runOn('million.xlsx', data),
        /is too large to read: (it stores more than 300,000 cells|one of its parts unpacks to more than 64 MB)/,
      );
    },
    TIMEOUT,
  );
});

describe('names that would steer the terminal', () => {
  const names = {
    dream: 'Founder\u202Egnp.exe',
    // XML 1.0 allows no C0 control but tab and line breaks; the C1 controls it allows include
    // U+009B, which some terminals read as ESC [.
    skill: 'Sales\u009b2J\u009b31mred',
    other: 'Hiring\u2066x\u2069\u200f and more\u0085',
  };

  function namesBook(): Buffer {
    const rows: Array<[number, string]> = [
      [1, textCell('A1', names.dream)],
      [2, textCell('A2', names.skill, RED)],
      [3, textCell('A3', names.other, RED)],
    ];
    return book({ sheets: [['Dreams\u202E', sheetXml(rows)]] });
  }

  it(
    'text output shows bidi controls and escapes by their code',
    async () => {
      const result = await runOn('names.xlsx', namesBook(), false);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(UNSAFE);
      expect(result.stdout).toContain('sheet ‘Dreams\\u{202E}’ (1 dream: Founder\\u{202E}gnp.exe)');
      expect(result.stdout).toContain(
        'Sales\\u{9B}2J\\u{9B}31mred — red in Founder\\u{202E}gnp.exe',
      );
      expect(result.stdout).toContain('Hiring\\u{2066}x\\u{2069}\\u{200F} and more\\u{85} — red');
    },
    TIMEOUT,
  );

  it(
    'JSON output is valid JSON holding the names exactly, with those characters escaped',
    async () => {
      const result = await runOn('names-json.xlsx', namesBook());
      expect(result.stdout).not.toMatch(UNSAFE);
      const doc = JSON.parse(result.stdout) as {
        sheet: string;
        dreams: string[];
        priorities: Array<{ skill: string }>;
      };
      expect(doc.sheet).toBe('Dreams\u202E');
      expect(doc.dreams).toEqual([names.dream]);
      expect(doc.priorities.map((p) => p.skill).sort()).toEqual([names.other, names.skill].sort());
    },
    TIMEOUT,
  );
});

// Keeps the helper's column naming honest, since the far cells above are spelled out by hand.
it('names columns as Excel does', () => {
  expect([1, 26, 27, 702, 703, 16384].map(columnName)).toEqual([
    'A',
    'Z',
    'AA',
    'ZZ',
    'AAA',
    'XFD',
  ]);
});

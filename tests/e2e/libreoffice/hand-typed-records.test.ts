// Plan and Check-ins sheets typed by hand (tests/support/record-fixtures.ts: columns shuffled and
// in odd case, extra columns, blank rows, the header below row 1, dates as date cells with and
// without a time and as ISO text, statuses and ratings in odd case), opened and saved again by
// LibreOffice. The command line must give exactly the same `plan` and `progress` answers from the
// saved files as from the originals: LibreOffice rewrites the cells its own way (its own number
// formats, shared strings, formulas recomputed), and none of that may change a day, a word or a
// warning. Needs LibreOffice (`soffice`), which `.ci/run` installs.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  HAND_TYPED_PLAN_JSON,
  HAND_TYPED_PROGRESS_JSON,
  HAND_TYPED_PROGRESS_SINCE_JSON,
  handTypedCheckInsWorkbook,
  handTypedPlanWorkbook,
  PLAN_TODAY,
} from '../../support/record-fixtures';
import {
  convertWithLibreOffice,
  hasLibreOffice,
  spawnCli,
  tempDir,
  writeFile,
} from '../../support/roundtrip';

// LibreOffice starts slowly the first time on a cold machine.
const CONVERT_MS = 180_000;
const CLI_MS = 60_000;

interface Files {
  original: string;
  libreoffice: string;
}

describe('hand-typed Plan and Check-ins sheets saved again by LibreOffice', () => {
  let remove: () => void;
  let plan: Files;
  let checkIns: Files;

  beforeAll(async () => {
    if (!hasLibreOffice()) {
      throw new Error(
        'These tests need LibreOffice: apt-get install libreoffice-calc-nogui (.ci/run installs it).',
      );
    }
    let dir: string;
    ({ dir, remove } = tempDir('hand-typed-records'));
    const originals = join(dir, 'originals');
    const converted = join(dir, 'converted');
    mkdirSync(originals);
    mkdirSync(converted);
    const planFile = writeFile(originals, 'plan.xlsx', await handTypedPlanWorkbook());
    const checkInsFile = writeFile(originals, 'check-ins.xlsx', await handTypedCheckInsWorkbook());
    // One file per LibreOffice run (the helper's own profile each), so the two start together.
    const [planSaved, checkInsSaved] = await Promise.all([
      convertWithLibreOffice(planFile, converted),
      convertWithLibreOffice(checkInsFile, converted),
    ]);
    plan = { original: planFile, libreoffice: planSaved };
    checkIns = { original: checkInsFile, libreoffice: checkInsSaved };
  }, CONVERT_MS);
  afterAll(() => remove?.());

  /** The real command line on both files: its exit code, stdout and stderr, as they are. */
  async function onBoth(files: Files, args: string[]) {
    const [original, libreoffice] = await Promise.all([
      spawnCli([args[0]!, files.original, ...args.slice(1)]),
      spawnCli([args[0]!, files.libreoffice, ...args.slice(1)]),
    ]);
    expect(original.stderr).toBe('');
    expect(original.code).toBe(0);
    return { original, libreoffice };
  }

  it(
    'plan --json --today: the same items, days, statuses and warnings',
    async () => {
      const { original, libreoffice } = await onBoth(plan, [
        'plan',
        '--json',
        '--today',
        PLAN_TODAY,
      ]);
      // The original answers what the fixture says, so the comparison below is of a known answer.
      expect(JSON.parse(original.stdout)).toEqual(HAND_TYPED_PLAN_JSON);
      expect(libreoffice).toEqual(original);
    },
    CLI_MS,
  );

  it(
    'plan --json on other days: the same items overdue',
    async () => {
      // Before every date (nothing overdue) and after every date (all that is not done).
      for (const today of ['2026-01-01', '2026-12-31']) {
        const { original, libreoffice } = await onBoth(plan, ['plan', '--json', '--today', today]);
        expect(libreoffice).toEqual(original);
      }
    },
    CLI_MS,
  );

  it(
    'progress --json: the same check-ins, the same days compared, the same changes',
    async () => {
      const { original, libreoffice } = await onBoth(checkIns, ['progress', '--json']);
      expect(JSON.parse(original.stdout)).toEqual(HAND_TYPED_PROGRESS_JSON);
      expect(libreoffice).toEqual(original);
    },
    CLI_MS,
  );

  it(
    'progress --json --since: the same first check-in on or after the day',
    async () => {
      const first = await onBoth(checkIns, ['progress', '--json', '--since', '2025-09-01']);
      expect(JSON.parse(first.original.stdout)).toEqual(HAND_TYPED_PROGRESS_SINCE_JSON);
      expect(first.libreoffice).toEqual(first.original);
      // A day between two check-ins, and the latest check-in itself.
      for (const since of ['2025-12-01', '2026-06-01']) {
        const { original, libreoffice } = await onBoth(checkIns, [
          'progress',
          '--json',
          '--since',
          since,
        ]);
        expect(libreoffice).toEqual(original);
      }
    },
    CLI_MS,
  );

  it('keeps date cells as dates and ISO text as text, so both ways of typing a day are read', async () => {
    const cells = async (file: string, sheet: string, addresses: string[]) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const ws = book.getWorksheet(sheet)!;
      return addresses.map((address) => {
        const value = ws.getCell(address).value;
        return value instanceof Date ? 'date' : typeof value;
      });
    };
    // Plan: B5 `d mmm yyyy`, B6 a date with a time, B12 Excel's short date, B10 ISO text.
    const planCells = ['B5', 'B6', 'B12', 'B10'];
    // Check-ins: E3 a date cell, E8 ISO text, E12 a date with a time, I2 the next check-in day.
    const checkInCells = ['E3', 'E8', 'E12', 'I2'];
    for (const file of [plan.original, plan.libreoffice]) {
      expect(await cells(file, 'plan', planCells)).toEqual(['date', 'date', 'date', 'string']);
    }
    for (const file of [checkIns.original, checkIns.libreoffice]) {
      expect(await cells(file, 'CHECK-INS', checkInCells)).toEqual([
        'date',
        'string',
        'date',
        'date',
      ]);
    }
  });
});

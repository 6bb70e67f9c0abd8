// The file taken to a new employer: a plan and two check-ins made with the built add-on on the
// emulator, downloaded as .xlsx the way the preview's Download does it, and then saved again by
// LibreOffice. The command line must give the same `plan` and `progress` answers from both files,
// and the same answers the add-on itself shows: dates stay dates, words stay words. Needs
// LibreOffice (`soffice`), which `.ci/run` installs.
import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { workbookToXlsx } from '../../../dev/preview/xlsx-bridge';
import type { FollowUpChangeResult, FollowUpResult, FollowUpView } from '../../../src/contract';
import { writeXlsx } from '../../../src/xlsx';
import { ok, setup, type Session } from '../../support/addon';
import {
  convertWithLibreOffice,
  hasLibreOffice,
  spawnCli,
  tempDir,
  writeFile,
} from '../../support/roundtrip';

const CONVERT_MS = 180_000;
const TODAY = '2026-10-01';

function view(result: FollowUpResult): FollowUpView {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result.followUp;
}

/** A change that must go through (it answers with a patch; the view is read whole below). */
function done(result: FollowUpChangeResult): void {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
}

/** Three dreams, a plan of three skills with dated actions, and two check-ins months apart. */
function planAndCheckIns(): { alice: Session; emu: ReturnType<typeof setup>['emu'] } {
  const { emu, alice } = setup();
  ok(alice.call('startTable', null));
  for (const dream of ['Founder', 'Head of engineering', 'Author'])
    ok(alice.call('addDream', dream));
  ok(alice.call('addSkills', { dream: 'Founder' }, ['Hiring', 'Fundraising', 'Public speaking']));
  ok(alice.call('addSkills', { dream: 'Head of engineering' }, ['hiring', 'System design']));
  ok(alice.call('addSkills', { dream: 'Author' }, ['Writing', 'Public speaking']));
  const rate = (dream: string, skill: string, rating: 'red' | 'yellow' | 'green') =>
    ok(alice.call('setRating', [{ dream, skill }], rating));
  rate('Founder', 'Hiring', 'red');
  rate('Head of engineering', 'hiring', 'red');
  rate('Founder', 'Fundraising', 'red');
  rate('Founder', 'Public speaking', 'yellow');
  rate('Author', 'Public speaking', 'red');
  rate('Author', 'Writing', 'green');
  ok(alice.call('setCritical', [{ dream: 'Founder', skill: 'Hiring' }], true));

  const item = (skill: string, action: string, kind: string, byWhen: string) =>
    done(
      alice.call('addPlanItem', {
        skill,
        action,
        kind,
        goal: '',
        owner: 'Me',
        whoHelps: 'Dana',
        byWhen,
      }),
    );
  item('Hiring', 'Run the next two hiring loops with Dana', 'Role or project', '2026-08-15');
  item('Hiring', 'Read a book on structured interviews', 'Course or book', '2026-11-30');
  item('Public speaking', 'Give the team demo every sprint', 'Role or project', '2026-09-01');
  item('Fundraising', 'Shadow a founder friend for a pitch', 'Learn from someone', '');
  done(
    alice.call(
      'updatePlanItem',
      { skill: 'Public speaking', action: 'Give the team demo every sprint' },
      { status: 'Done' },
    ),
  );

  done(alice.call('recordCheckIn', '2026-06-01'));
  rate('Founder', 'Hiring', 'yellow');
  rate('Author', 'Public speaking', 'yellow');
  ok(alice.call('addSkills', { dream: 'Founder' }, ['Storytelling']));
  done(alice.call('recordCheckIn', '2026-09-01'));
  return { alice, emu };
}

describe('the plan and the check-ins leave with the file', () => {
  let remove: () => void;
  let files: { download: string; libreoffice: string };
  let shown: FollowUpView;

  beforeAll(async () => {
    if (!hasLibreOffice()) {
      throw new Error(
        'These tests need LibreOffice: apt-get install libreoffice-calc-nogui (.ci/run installs it).',
      );
    }
    let dir: string;
    ({ dir, remove } = tempDir('follow-up'));
    const { alice, emu } = planAndCheckIns();
    shown = view(alice.call('getFollowUp'));
    const originals = join(dir, 'originals');
    const converted = join(dir, 'converted');
    mkdirSync(originals);
    mkdirSync(converted);
    const download = writeFile(
      originals,
      'dreams.xlsx',
      await writeXlsx(workbookToXlsx(emu.workbook.snapshot())),
    );
    files = { download, libreoffice: await convertWithLibreOffice(download, converted) };
  }, CONVERT_MS + 60_000);

  afterAll(() => remove?.());

  async function json(args: string[]): Promise<unknown> {
    const run = await spawnCli(args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout);
  }

  it('gives the plan the add-on shows, from the download and after LibreOffice', async () => {
    const fromDownload = await json(['plan', files.download, '--json', '--today', TODAY]);
    expect(fromDownload).toEqual({
      sheet: 'Plan',
      items: [
        {
          skill: 'Hiring',
          action: 'Run the next two hiring loops with Dana',
          kind: 'Role or project',
          owner: 'Me',
          byWhen: '2026-08-15',
          status: 'Not started',
          overdue: true,
        },
        {
          skill: 'Hiring',
          action: 'Read a book on structured interviews',
          kind: 'Course or book',
          owner: 'Me',
          byWhen: '2026-11-30',
          status: 'Not started',
          overdue: false,
        },
        {
          skill: 'Public speaking',
          action: 'Give the team demo every sprint',
          kind: 'Role or project',
          owner: 'Me',
          byWhen: '2026-09-01',
          status: 'Done',
          overdue: false,
        },
        {
          skill: 'Fundraising',
          action: 'Shadow a founder friend for a pitch',
          kind: 'Learn from someone',
          owner: 'Me',
          byWhen: null,
          status: 'Not started',
          overdue: false,
        },
      ],
      warnings: [],
    });
    // The add-on's own view of the same sheet: the same items, in the same order.
    expect(
      shown.plan.items.map((i) => [i.skill, i.action, i.kind, i.owner, i.byWhen, i.status]),
    ).toEqual(
      (fromDownload as { items: Record<string, unknown>[] }).items.map((i) => [
        i.skill,
        i.action,
        i.kind,
        i.owner,
        i.byWhen,
        i.status,
      ]),
    );
    expect(await json(['plan', files.libreoffice, '--json', '--today', TODAY])).toEqual(
      fromDownload,
    );
  });

  it('gives what moved between the two check-ins, from both files', async () => {
    const fromDownload = await json(['progress', files.download, '--json']);
    expect(fromDownload).toEqual({
      checkIns: ['2026-06-01', '2026-09-01'],
      from: '2026-06-01',
      to: '2026-09-01',
      changes: [
        { dream: 'Founder', skill: 'Hiring', from: 'red', to: 'yellow' },
        { dream: 'Founder', skill: 'Storytelling', from: null, to: 'none' },
        { dream: 'Author', skill: 'Public speaking', from: 'red', to: 'yellow' },
      ],
      warnings: [],
    });
    expect(await json(['progress', files.libreoffice, '--json'])).toEqual(fromDownload);
    expect(shown.checkIns.dates).toEqual(['2026-06-01', '2026-09-01']);
  });

  it('keeps the plan and check-in dates as date cells, and the ratings as words', async () => {
    for (const file of [files.download, files.libreoffice]) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const plan = book.getWorksheet('Plan')!;
      const header = (plan.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
      const byWhen = header.indexOf('By when');
      expect(byWhen).toBeGreaterThan(0);
      // Row 2 is the first item: a real date, not the text of one.
      expect(plan.getRow(2).getCell(byWhen).value).toBeInstanceOf(Date);
      const checkIns = book.getWorksheet('Check-ins')!;
      expect(checkIns.getRow(2).getCell(1).value).toBeInstanceOf(Date);
      const ratings = new Set<string>();
      checkIns.eachRow((row, n) => {
        if (n > 1) ratings.add(String(row.getCell(4).value));
      });
      expect([...ratings].sort()).toEqual(['Green', 'Not rated', 'Red', 'Yellow']);
    }
  });
});

// Shared by the round-trip tests: a dreams table made by the built add-on on the emulator, its
// workbook written as .xlsx (with src/xlsx, as a download would be), the command-line tool run on
// it, and LibreOffice to convert a file the way a person's office suite would save it.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseA1, UNEVALUATED_FORMULA_RESULT, type Emulator } from '@career-dreams/emulator';
import type { SidebarState } from '../../src/contract';
import { prioritiesExport, type PrioritiesExport } from '../../src/core';
import { writeXlsx, type XlsxBook, type XlsxCell } from '../../src/xlsx';
import { ok, setup } from './addon';

import { ROOT } from './paths';

export { ROOT };

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `career-dreams-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A table built through the sidebar's functions, as a person would: three dreams, skills that
 * recur across them in different spellings, every rating, critical ones, a date typed as a
 * skill, and the Priorities sheet written.
 */
export function tableMadeWithTheAddon(): { emu: Emulator; state: SidebarState } {
  const { emu, alice } = setup();
  ok(alice.call('startTable', null));
  for (const dream of ['Founder', 'Head of engineering', 'Author'])
    ok(alice.call('addDream', dream));
  ok(
    alice.call('addSkills', { dream: 'Founder' }, [
      'Hiring',
      'Fundraising',
      'Public speaking',
      'Sales',
    ]),
  );
  ok(
    alice.call('addSkills', { dream: 'Head of engineering' }, [
      'hiring',
      'System design',
      'Coaching',
    ]),
  );
  ok(
    alice.call('addSkills', { dream: 'Author' }, [
      'Writing',
      'Public  speaking',
      'Editing',
      'Sales',
    ]),
  );
  const skill = (dream: string, name: string) => ({ dream, skill: name });
  ok(
    alice.call(
      'setRating',
      [
        skill('Founder', 'Hiring'),
        skill('Head of engineering', 'hiring'),
        skill('Founder', 'Fundraising'),
        skill('Author', 'Writing'),
      ],
      'red',
    ),
  );
  ok(
    alice.call(
      'setRating',
      [
        skill('Founder', 'Public speaking'),
        skill('Author', 'Public  speaking'),
        skill('Head of engineering', 'Coaching'),
        skill('Author', 'Sales'),
      ],
      'yellow',
    ),
  );
  ok(
    alice.call(
      'setRating',
      [
        skill('Head of engineering', 'System design'),
        skill('Founder', 'Sales'),
        skill('Author', 'Editing'),
      ],
      'green',
    ),
  );
  ok(
    alice.call(
      'setCritical',
      [
        skill('Founder', 'Hiring'),
        skill('Founder', 'Fundraising'),
        skill('Author', 'Public  speaking'),
        skill('Head of engineering', 'System design'),
      ],
      true,
    ),
  );
  ok(alice.call('updatePrioritiesSheet', null));
  const state = ok(alice.call('getState'));
  return { emu, state };
}

/** What the add-on's sidebar shows, in the shape the command-line tool prints. */
export function addonPriorities(state: SidebarState): PrioritiesExport {
  return prioritiesExport(state);
}

/** The emulator's workbook as an .xlsx file, written by src/xlsx as the preview's Download does. */
export async function workbookXlsx(emu: Emulator): Promise<Buffer> {
  const snapshot = emu.workbook.snapshot();
  const book: XlsxBook = {
    sheets: snapshot.sheets.map((sheet) => ({
      name: sheet.name,
      cells: sheet.cells.map((cell) => {
        const rect = parseA1(cell.cell, sheet.rows, sheet.columns);
        if (!rect) throw new Error(`bad cell ${cell.cell}`);
        const out: XlsxCell = { row: rect.row, col: rect.col };
        const value = cell.formula ? cell.result : cell.value;
        if (cell.formula) out.formula = cell.formula;
        if (value !== undefined && value !== UNEVALUATED_FORMULA_RESULT) {
          out.value = typeof value === 'object' ? new Date(value.date) : value;
        }
        if (cell.background) out.fill = cell.background;
        if (cell.bold) out.bold = true;
        if (cell.note) out.note = cell.note;
        return out;
      }),
    })),
  };
  return writeXlsx(book);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command line in a child process: `node scripts/run-ts.mjs src/cli/main.ts ...`. */
export function spawnCli(args: string[]): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(ROOT, 'scripts/run-ts.mjs'), 'src/cli/main.ts', ...args],
      { cwd: ROOT, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** Whether LibreOffice is installed (`.ci/run` installs it). */
export function hasLibreOffice(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * Opens `file` in LibreOffice and saves it as .xlsx again (its own styles, theme and colour
 * encoding), with a private profile so that runs at the same time do not share one.
 */
export function convertWithLibreOffice(file: string, outDir: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'career-dreams-lo-profile-'));
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--headless',
    '--norestore',
    '--convert-to',
    'xlsx:Calc MS Excel 2007 XML',
    '--outdir',
    outDir,
    file,
  ];
  return new Promise((done, fail) => {
    execFile('soffice', args, { encoding: 'utf8', timeout: 170_000 }, (error, stdout, stderr) => {
      rmSync(profile, { recursive: true, force: true });
      const out = join(outDir, `${basename(file).replace(/\.[^.]+$/, '')}.xlsx`);
      if (error || !readdirSync(outDir).includes(basename(out))) {
        fail(
          new Error(`LibreOffice did not convert ${file}: ${String(error)} ${stdout} ${stderr}`),
        );
      } else {
        done(out);
      }
    });
  });
}

export function writeFile(dir: string, name: string, data: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

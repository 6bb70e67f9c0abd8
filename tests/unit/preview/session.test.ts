// Executions with dialogs: run up to the dialog, undo, ask, run again with the answer. The
// person ends up with what one run with their answers gives, whatever ran before the dialog.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEntryPoint } from '../../../dev/addon/load';
import { Button, type DialogRecord, type UiAnswer } from '@career-dreams/emulator';
import { PreviewSession } from '../../../dev/preview/session';

const SCRIPT = `
function appendThenAsk() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  var row = sheet.getLastRow() + 1;
  sheet.getRange(row, 1).setValue('before the question');
  SpreadsheetApp.getActiveSpreadsheet().insertSheet('Made before');
  var ui = SpreadsheetApp.getUi();
  var first = ui.alert('Title', 'First?', ui.ButtonSet.YES_NO);
  var second = ui.prompt('Second?', ui.ButtonSet.OK_CANCEL);
  sheet.getRange(row, 2).setValue(String(first) + ' / ' + second.getResponseText());
  ui.showSidebar(HtmlService.createHtmlOutput('<p>done</p>').setTitle('Side'));
  return 'finished';
}
function catchesTheQuestion() {
  try { SpreadsheetApp.getUi().alert('Sure?'); return 'answered'; } catch (e) { return 'caught'; }
}
`;

function session(ask: (dialog: DialogRecord) => Promise<UiAnswer>): PreviewSession {
  const dir = mkdtempSync(join(tmpdir(), 'session-'));
  writeFileSync(join(dir, 'Code.js'), SCRIPT);
  return new PreviewSession({
    codePath: join(dir, 'Code.js'),
    files: {},
    snapshot: null,
    timeZone: 'Etc/UTC',
    ask,
  });
}

describe('PreviewSession.execute', () => {
  it('asks each question in turn and keeps only the final run’s changes', async () => {
    const asked: string[] = [];
    const answers: UiAnswer[] = [Button.YES, { button: Button.OK, text: 'typed' }];
    const s = session(async (dialog) => {
      asked.push(`${dialog.kind}: ${dialog.prompt}`);
      return answers[asked.length - 1]!;
    });
    s.workbook.loadSheet('Sheet1', { values: [['already here']] });

    const outcome = await s.execute((ctx) => runEntryPoint(ctx, 'appendThenAsk'));

    expect(outcome).toMatchObject({ ok: true, value: 'finished' });
    expect(asked).toEqual(['alert: First?', 'prompt: Second?']);
    // Ran three times; wrote once.
    expect(s.workbook.dump('Sheet1').values).toEqual([
      ['already here', ''],
      ['before the question', 'YES / typed'],
    ]);
    expect(s.workbook.sheetNames()).toEqual(['Sheet1', 'Made before']);
    expect(outcome.shown.sidebars.map((b) => b.title)).toEqual(['Side']);
  });

  it('treats closing a question (its ✕) as an answer, as Apps Script does', async () => {
    const s = session(async () => Button.CLOSE);
    const outcome = await s.execute((ctx) => runEntryPoint(ctx, 'appendThenAsk'));
    // CLOSE answers the first question; the script goes on to the second, closed too.
    expect(outcome.ok).toBe(true);
    expect(s.workbook.sheetNames()).toEqual(['Sheet1', 'Made before']);
    expect(s.workbook.cell('Sheet1', 'B1').value).toBe('CLOSE / ');
  });

  it('notices a question even when the script catches the error of having no answer', async () => {
    let asked = 0;
    const s = session(async () => {
      asked++;
      return Button.OK;
    });
    const outcome = await s.execute((ctx) => runEntryPoint(ctx, 'catchesTheQuestion'));
    expect(asked).toBe(1);
    expect(outcome).toMatchObject({ ok: true, value: 'answered' });
  });

  it('reports a failure as its message', async () => {
    const s = session(async () => Button.OK);
    const outcome = await s.execute((ctx) => runEntryPoint(ctx, 'missing'));
    expect(outcome).toMatchObject({
      ok: false,
      error: 'Code.js has no top-level function missing.',
    });
  });
});

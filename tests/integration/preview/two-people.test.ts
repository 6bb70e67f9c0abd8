// Two people on one preview, over HTTP: each page is a person (named by ?as= or in order of
// arrival), with their own selection, sidebar and event stream, on one workbook and one file.
// The add-on's rateSelection runs on the caller's selection; rows inserted by one person move
// the other's selection with the cells.
import http from 'node:http';
import { startPreview, type RunningPreview } from '../../../dev/preview/server';
import type { PageState, PersonView } from '../../../dev/preview/protocol';
import { ROOT, savedWorkbook, tempWorkbook, previewUrl } from '../../support/browser';

let preview: RunningPreview;
let workbookPath: string;

beforeAll(async () => {
  workbookPath = tempWorkbook();
  preview = await startPreview({
    port: 0,
    workbookPath,
    root: ROOT,
    timeZone: 'Etc/UTC',
    example: true,
  });
});

afterAll(() => preview?.close());

/** A POST as this person (no name: the first to arrive). */
async function post<T = Record<string, unknown>>(
  who: string | null,
  path: string,
  body: unknown,
): Promise<{ status: number; json: T }> {
  const response = await fetch(previewUrl(preview, path), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(who ? { 'x-preview-person': encodeURIComponent(who) } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as T };
}

async function state(who: string): Promise<PageState> {
  const url = new URL(`/api/state?as=${encodeURIComponent(who)}`, preview.url);
  return (await (await fetch(url)).json()) as PageState;
}

function cellOf(s: PageState, a1: string) {
  const sheet = s.workbook.sheets.find((x) => x.name === 'Dreams')!;
  const col = a1.charCodeAt(0) - 64;
  const row = Number(a1.slice(1));
  return sheet.cells.find((c) => c.row === row && c.col === col);
}

/** A person's event stream: every state pushed to their pages. */
function listen(who: string): { states: PageState[]; close: () => void; next: Promise<void> } {
  const states: PageState[] = [];
  let arrived: () => void = () => undefined;
  const next = new Promise<void>((done) => (arrived = done));
  const req = http.get(
    {
      host: '127.0.0.1',
      port: preview.port,
      path: `/api/events?as=${encodeURIComponent(who)}`,
    },
    (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(event);
          if (data) {
            states.push(JSON.parse(data[1]!) as PageState);
            arrived();
          }
        }
      });
    },
  );
  req.on('error', () => undefined);
  return { states, close: () => req.destroy(), next };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await new Promise((done) => setTimeout(done, 20));
  }
  throw new Error(`never happened: ${what}`);
}

describe('two people on one preview', () => {
  it('names pages in order of arrival, or as their address asks', async () => {
    const first = await post<PersonView>(null, '/api/join', {});
    const second = await post<PersonView>(null, '/api/join', {});
    expect(first.json).toEqual({ name: 'Alex', email: 'alex@example.com' });
    expect(second.json).toEqual({ name: 'Sam', email: 'sam@example.com' });
    // The same name, spelt another way, is the same person.
    expect((await post<PersonView>(null, '/api/join', { as: ' sam ' })).json.name).toBe('Sam');
    expect((await post<PersonView>(null, '/api/join', { as: 'Kim (manager)' })).json).toEqual({
      name: 'Kim (manager)',
      email: 'kim.manager@example.com',
    });
    expect(await post(null, '/api/join', { as: '' })).toMatchObject({ status: 200 });
    expect(await post(null, '/api/join', { as: 'x'.repeat(41) })).toEqual({
      status: 400,
      json: { error: 'A name is 1 to 40 characters, on one line.' },
    });
    // Each one's own menu, from their own onOpen.
    expect((await state('Sam')).menus).toEqual([
      expect.objectContaining({ caption: 'Career Dreams', addon: true }),
    ]);
  });

  it('keeps a selection and a sidebar per person', async () => {
    await post('Alex', '/api/select', { sheet: 'Dreams', ranges: ['A2'] });
    await post('Sam', '/api/select', { sheet: 'Dreams', ranges: ['A4'] });
    expect((await state('Alex')).workbook.active).toEqual({ sheet: 'Dreams', ranges: ['A2'] });
    expect((await state('Sam')).workbook.active).toEqual({ sheet: 'Dreams', ranges: ['A4'] });

    await post('Sam', '/api/menu', { functionName: 'menuOpenSidebar' });
    const sams = (await state('Sam')).sidebar;
    expect(sams).not.toBeNull();
    expect((await state('Alex')).sidebar).toBeNull();
    // The sidebar's calls run as the person it was shown to.
    const page = await (await fetch(previewUrl(preview, `/html/${sams!.id}`))).text();
    expect(page).toContain('"person":"Sam"');
  });

  it('runs rateSelection on the caller’s own selection', async () => {
    const rated = await post<{ ok: boolean }>('Sam', '/api/run', {
      name: 'rateSelection',
      args: ['yellow'],
    });
    expect(rated.json).toMatchObject({ ok: true, value: { ok: true } });
    const after = await state('Alex');
    expect(cellOf(after, 'A4')).toMatchObject({ text: 'Running 1:1s', fill: '#ffe599' });
    expect(cellOf(after, 'A2')).toMatchObject({ text: 'Hiring', fill: '#ea9999' });
    // One workbook, one file, whoever changed it.
    const saved = savedWorkbook(workbookPath).sheets.find((s) => s.name === 'Dreams')!;
    expect(saved.cells.find((c) => c.cell === 'A4')).toMatchObject({ background: '#ffe599' });
  });

  it('pushes one person’s hand edit to the other’s stream, with the other’s own view', async () => {
    const sam = listen('Sam');
    await sam.next;
    expect(sam.states[0]!.you.name).toBe('Sam');
    const from = sam.states.length;
    await post('Alex', '/api/input', { sheet: 'Dreams', cell: 'A7', text: 'Coaching' });
    await until(
      () => sam.states.slice(from).some((s) => cellOf(s, 'A7')?.text === 'Coaching'),
      'Sam sees what Alex typed',
    );
    const last = sam.states[sam.states.length - 1]!;
    expect(last.you.name).toBe('Sam');
    expect(last.workbook.active.ranges).toEqual(['A4']);
    expect(last.people.map((p) => p.name)).toContain('Sam');
    // Alex's selection changing is Alex's business: Sam's stream is not sent it.
    const count = sam.states.length;
    await post('Alex', '/api/select', { sheet: 'Dreams', ranges: ['B2'] });
    await new Promise((done) => setTimeout(done, 100));
    expect(sam.states.length).toBe(count);
    sam.close();
  });

  it('moves the other person’s selection with the rows one person inserts', async () => {
    await post('Alex', '/api/select', { sheet: 'Dreams', ranges: ['A2'] });
    await post('Sam', '/api/select', { sheet: 'Dreams', ranges: ['A5'] }); // Budgeting
    const inserted = await post('Alex', '/api/structure', {
      sheet: 'Dreams',
      action: 'insertRowBefore',
      position: 3,
    });
    expect(inserted.status).toBe(200);
    const after = await state('Sam');
    expect(cellOf(after, 'A6')).toMatchObject({ text: 'Budgeting' });
    expect(cellOf(after, 'A3')).toBeUndefined();
    expect(after.workbook.active.ranges).toEqual(['A6']);
    expect((await state('Alex')).workbook.active.ranges).toEqual(['A2']);

    // So Sam's click rates the skill Sam selected, not what is now where it was.
    await post('Sam', '/api/run', { name: 'rateSelection', args: ['green'] });
    const rated = await state('Alex');
    expect(cellOf(rated, 'A6')).toMatchObject({ text: 'Budgeting', fill: '#b6d7a8' });
    expect(cellOf(rated, 'A5')).toMatchObject({ text: 'Running 1:1s', fill: '#ffe599' });

    const deleted = await post('Sam', '/api/structure', {
      sheet: 'Dreams',
      action: 'deleteRow',
      position: 3,
    });
    expect(deleted.status).toBe(200);
    expect(cellOf(await state('Alex'), 'A3')).toMatchObject({ text: 'Giving feedback' });
    expect((await state('Sam')).workbook.active.ranges).toEqual(['A6']);
    expect((await state('Alex')).workbook.active.ranges).toEqual(['A2']);
  });

  it.each([
    [{ sheet: 'Dreams', action: 'toString', position: 1 }, 'Insert or delete a row or a column.'],
    [{ sheet: 'Dreams', action: 'deleteRow', position: 0 }, 'That row is not there.'],
    [
      { sheet: 'Dreams', action: 'insertColumnAfter', position: 'B' },
      'In that request, “position” must be a whole number.',
    ],
    [{ sheet: 'Nope', action: 'deleteRow', position: 1 }, 'That sheet is not there any more.'],
  ])('refuses the structure edit %j with one sentence', async (body, sentence) => {
    expect(await post('Alex', '/api/structure', body)).toEqual({
      status: 400,
      json: { error: sentence },
    });
  });
});

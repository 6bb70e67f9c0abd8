// Injected latency (npm start -- --latency MS, or startPreview's `latency`): every
// google.script.run round trip takes at least that long, and the server goes on answering
// everyone else meanwhile: the wait is a timer, not a busy loop.
import { PreviewError, startPreview, type RunningPreview } from '../../../dev/preview/server';
import { ROOT, tempWorkbook, previewUrl } from '../../support/browser';

const LATENCY = 400;
let preview: RunningPreview;

beforeAll(async () => {
  preview = await startPreview({
    port: 0,
    workbookPath: tempWorkbook(),
    root: ROOT,
    timeZone: 'Etc/UTC',
    example: true,
    latency: LATENCY,
  });
});

afterAll(() => preview?.close());

function post(who: string, path: string, body: unknown): Promise<Response> {
  return fetch(previewUrl(preview, path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-preview-person': who },
    body: JSON.stringify(body),
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

describe('injected latency', () => {
  it('makes each google.script.run call take at least the latency', async () => {
    expect(preview.latency).toBe(LATENCY);
    const call = await timed(async () =>
      (await post('Alex', '/api/run', { name: 'getState', args: [] })).json(),
    );
    expect(call.value).toMatchObject({ ok: true, value: { ok: true } });
    expect(call.ms).toBeGreaterThanOrEqual(LATENCY - 5);
  });

  it('leaves the rest of the preview, and the other person, as fast as before', async () => {
    const slow = timed(() => post('Alex', '/api/run', { name: 'getState', args: [] }));
    // While Alex's call is on its way, Sam selects, types and reads the page state.
    const quick = await timed(async () => {
      await post('Sam', '/api/select', { sheet: 'Dreams', ranges: ['B2'] });
      await post('Sam', '/api/input', { sheet: 'Dreams', cell: 'F1', text: 'Pilot' });
      return (await fetch(new URL('/api/state?as=Sam', preview.url))).status;
    });
    expect(quick.value).toBe(200);
    expect(quick.ms).toBeLessThan(LATENCY / 2);
    expect((await slow).ms).toBeGreaterThanOrEqual(LATENCY - 5);
  });

  it('runs the call on the sheet as it is when the call arrives, halfway', async () => {
    // Sam types a dream while Alex's addDream is on its way: the add-on sees Sam's first.
    const alex = post('Alex', '/api/run', { name: 'addDream', args: ['Chef'] });
    await post('Sam', '/api/input', { sheet: 'Dreams', cell: 'G1', text: 'Sailor' });
    expect(await (await alex).json()).toMatchObject({ ok: true });
    const sheet = preview.app.state('Sam').workbook.sheets.find((s) => s.name === 'Dreams')!;
    const header = sheet.cells.filter((c) => c.row === 1).map((c) => c.text);
    expect(header.slice(-2)).toEqual(['Sailor', 'Chef']);
  });

  it('refuses a latency that is not a whole number of milliseconds up to a minute', async () => {
    for (const latency of [-1, 0.5, 60_001]) {
      await expect(
        startPreview({ port: 0, workbookPath: tempWorkbook(), root: ROOT, latency }),
      ).rejects.toThrow(PreviewError);
    }
  });
});

// Damaged .xlsx files: random mutations of valid workbooks, at the byte level (bits flipped, the
// file cut short, bytes inserted, a stretch copied elsewhere) and at the part level (a part
// dropped, repeated, renamed, or its XML mutated and the zip rebuilt around it, so the damage
// reaches the XML parser). Each one gives an answer, or one sentence on stderr with exit code 1:
// never a stack trace or "Something unexpected". Most run in process, through the command line's
// run function; a few through the real process, with its heap capped and a time limit.
import fc from 'fast-check';
import { run } from '../../../src/cli/run';
import {
  boundedCli,
  book,
  bookParts,
  LIMIT_MB,
  sheetXml,
  smallTable,
  zip,
  type Part,
} from '../../support/hostile-xlsx';
import { propertyParameters } from '../../support/property';
import { ROOT, tempDir, writeFile } from '../../support/roundtrip';
import { excelStyledWorkbook } from '../../support/xlsx-fixtures';

let dir: string;
let remove: () => void;
let seeds: Buffer[];

beforeAll(async () => {
  ({ dir, remove } = tempDir('mutations'));
  seeds = [
    Buffer.from(await excelStyledWorkbook()),
    book({ sheets: [['Dreams', sheetXml(smallTable())]] }),
  ];
});
afterAll(() => remove());

type Mutation =
  | { kind: 'flip'; at: number; bit: number }[]
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'copy'; from: number; length: number; to: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const byteMutation = fc.oneof(
  fc.array(fc.record({ kind: fc.constant('flip' as const), at: position, bit: fc.nat(7) }), {
    minLength: 1,
    maxLength: 8,
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({
    kind: fc.constant('copy' as const),
    from: position,
    length: fc.integer({ min: 1, max: 4096 }),
    to: position,
  }),
);

function mutateBytes(data: Buffer, m: Mutation): Buffer {
  const at = (p: number) => Math.floor(p * data.length);
  if (Array.isArray(m)) {
    const out = Buffer.from(data);
    for (const flip of m) out[at(flip.at)]! ^= 1 << flip.bit;
    return out;
  }
  switch (m.kind) {
    case 'truncate':
      return data.subarray(0, at(m.at));
    case 'insert':
      return Buffer.concat([data.subarray(0, at(m.at)), m.bytes, data.subarray(at(m.at))]);
    case 'copy': {
      const piece = data.subarray(at(m.from), at(m.from) + m.length);
      return Buffer.concat([data.subarray(0, at(m.to)), piece, data.subarray(at(m.to))]);
    }
  }
}

/** XML-aware damage: characters that matter to markup, and elements that ask for a lot. */
const xmlNoise = fc.constantFrom(
  '<',
  '>',
  '"',
  '/',
  '&',
  '</row>',
  '<!--',
  ']]>',
  '\u0000',
  'é',
  '',
);

/** Elements that ask a naive reader for billions of cells. */
const bigElement = fc.constantFrom(
  '<c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c>',
  '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row>',
  '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>',
  '<cols><col min="1" max="2000000000" width="9"/></cols>',
  '<definedNames><definedName name="n">Dreams!$A:$XFD</definedName></definedNames>',
);

const partMutation = fc.oneof(
  // An element that asks for a lot, put right after a tag where it may be valid.
  fc.record({
    kind: fc.constant('element' as const),
    sheet: fc.boolean(),
    at: position,
    text: bigElement,
  }),
  fc.record({ kind: fc.constant('drop' as const), part: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), part: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), part: fc.nat(), other: fc.nat() }),
  fc.record({
    kind: fc.constant('xml' as const),
    part: fc.nat(),
    edits: fc.array(
      fc.record({ at: position, cut: fc.nat(16), text: fc.oneof(xmlNoise, bigElement) }),
      {
        minLength: 1,
        maxLength: 6,
      },
    ),
  }),
);

type PartMutation = typeof partMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateParts(parts: Part[], m: PartMutation): Buffer {
  const out = parts.slice();
  const i =
    m.kind === 'element'
      ? out.findIndex((p) => p.name === (m.sheet ? 'xl/worksheets/sheet1.xml' : 'xl/workbook.xml'))
      : m.part % out.length;
  const target = out[i]!;
  switch (m.kind) {
    case 'drop':
      out.splice(i, 1);
      break;
    case 'repeat':
      out.push(target);
      break;
    case 'rename':
      out[i] = { ...target, name: out[m.other % out.length]!.name };
      break;
    case 'element': {
      const text = String(target.data ?? '');
      // After the tags where a row, a merged area, columns or names may stand.
      const ends: number[] = [];
      for (const tag of ['<sheetData>', '</row>', '</sheetData>', '</sheets>']) {
        for (let k = text.indexOf(tag); k >= 0; k = text.indexOf(tag, k + 1)) {
          ends.push(k + tag.length);
        }
      }
      const at = ends[Math.floor(m.at * ends.length)] ?? 0;
      out[i] = { name: target.name, data: text.slice(0, at) + m.text + text.slice(at) };
      break;
    }
    case 'xml': {
      let text = String(target.data ?? '');
      for (const edit of m.edits) {
        const at = Math.floor(edit.at * text.length);
        text = text.slice(0, at) + edit.text + text.slice(at + edit.cut);
      }
      out[i] = { name: target.name, data: text };
      break;
    }
  }
  return zip(out);
}

let n = 0;
async function cliOn(data: Buffer) {
  const file = writeFile(dir, `m${(n += 1) % 8}.xlsx`, data);
  let stdout = '';
  let stderr = '';
  const code = await run(['priorities', file, '--json'], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

/** An answer (valid JSON), or one sentence on stderr and exit code 1. */
function expectAnswerOrSentence(result: { code: number | null; stdout: string; stderr: string }) {
  if (result.code === 0) {
    expect(result.stderr).toBe('');
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    return;
  }
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^[^\n]+\.\n$/);
  expect(result.stderr).not.toMatch(/unexpected|\bat .+:\d+/i);
}

it('byte-level mutations of valid workbooks: an answer or one sentence', async () => {
  await fc.assert(
    fc.asyncProperty(fc.nat(), byteMutation, async (which, m) => {
      const seed = seeds[which % seeds.length]!;
      expectAnswerOrSentence(await cliOn(mutateBytes(seed, m)));
    }),
    propertyParameters(300),
  );
}, 60_000);

it('part-level mutations, the zip rebuilt around them: an answer or one sentence', async () => {
  const parts = bookParts({ sheets: [['Dreams', sheetXml(smallTable())]] });
  await fc.assert(
    fc.asyncProperty(partMutation, async (m) => {
      expectAnswerOrSentence(await cliOn(mutateParts(parts, m)));
    }),
    propertyParameters(300),
  );
}, 60_000);

it('a few mutated files through the real process, within 15 s and 1 GB', async () => {
  const cases = fc.sample(byteMutation, { numRuns: 3, seed: propertyParameters(3).seed });
  for (const [i, m] of cases.entries()) {
    const file = writeFile(dir, `process-${i}.xlsx`, mutateBytes(seeds[i % seeds.length]!, m));
    const result = await boundedCli(ROOT, dir, ['priorities', file, '--json']);
    expect(result.killed).toBe(false);
    expect(result.peakMb).toBeLessThan(LIMIT_MB);
    expectAnswerOrSentence(result);
  }
}, 90_000);

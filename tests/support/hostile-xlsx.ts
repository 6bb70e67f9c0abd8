// Hostile .xlsx files, built in memory during the test (no binary fixture is committed): a zip
// written byte by byte, so that a test can make it lie (declared sizes, a deflate stream that
// inflates a thousandfold) and put into its XML what no spreadsheet program writes.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface Part {
  name: string;
  data?: Buffer | string;
  /** A deflate stream to store as it is, instead of deflating `data`. */
  deflated?: Buffer;
  /** The sizes and CRC the zip declares (by default the true ones, or 0 for `deflated`). */
  declaredSize?: number;
  crc?: number;
  /** Store without compression. */
  stored?: boolean;
}

/** A zip archive (PKWARE APPNOTE 4.3) of the parts, in order. */
export function zip(parts: readonly Part[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = part.data === undefined ? Buffer.alloc(0) : Buffer.from(part.data);
    const body = part.deflated ?? (part.stored ? data : deflateRawSync(data));
    const method = part.stored && !part.deflated ? 0 : 8;
    const size = part.declaredSize ?? (part.deflated ? 0 : data.length);
    const crc = part.crc ?? (part.deflated ? 0 : crc32(data));
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(entry, name);
    offset += 30 + name.length + body.length;
  }
  const size = central.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat(chunks.concat(central, [end]));
}

/**
 * A raw deflate stream that inflates to `head`, then `bytes` copies of `fill`, then `tail`, built
 * from one compressed megabyte repeated: each piece is deflated on its own and ends with a full
 * flush, so the pieces join into one valid stream. About 1 KB per MB inflated.
 */
export function deflateBomb(head: string, bytes: number, tail: string, fill = 0x20): Buffer {
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const mb = 1024 * 1024;
  const block = deflateRawSync(Buffer.alloc(mb, fill), flush);
  const pieces = [deflateRawSync(Buffer.from(head), flush)];
  for (let i = 0; i < Math.floor(bytes / mb); i++) pieces.push(block);
  pieces.push(deflateRawSync(Buffer.concat([Buffer.alloc(bytes % mb, fill), Buffer.from(tail)])));
  return Buffer.concat(pieces);
}

/** A part that inflates as deflateBomb's stream does, with its true size and CRC declared. */
export function bombPart(name: string, head: string, bytes: number, tail: string): Part {
  const mb = Buffer.alloc(1024 * 1024, 0x20);
  let crc = crc32(head);
  for (let i = 0; i < Math.floor(bytes / mb.length); i++) crc = crc32(mb, crc);
  crc = crc32(Buffer.concat([mb.subarray(0, bytes % mb.length), Buffer.from(tail)]), crc);
  const declaredSize = Buffer.byteLength(head) + bytes + Buffer.byteLength(tail);
  return { name, deflated: deflateBomb(head, bytes, tail), declaredSize, crc };
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A cell holding text inline (no shared strings part needed). */
export function textCell(ref: string, text: string, style?: number): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  return `<c r="${ref}" t="inlineStr"${s}><is><t>${xmlText(text)}</t></is></c>`;
}

/** A worksheet part around rows of cells: `rows` is [row number, cells XML][]. */
export function sheetXml(rows: Iterable<[number, string]>, extra = '', before = ''): string {
  const body: string[] = [];
  for (const [r, cells] of rows) body.push(`<row r="${r}">${cells}</row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${before}<sheetData>${body.join('')}</sheetData>${extra}</worksheet>`;
}

/** Styles with three fills: 1 red (#ea9999), 2 yellow (#ffe599), 3 green (#b6d7a8). */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFEA9999"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFFFE599"/></patternFill></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFB6D7A8"/></patternFill></fill></fills>
<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>
<cellXfs count="4"><xf/><xf fillId="2" applyFill="1"/><xf fillId="3" applyFill="1"/><xf fillId="4" applyFill="1"/></cellXfs>
</styleSheet>`;

export const RED = 1;
export const YELLOW = 2;
export const GREEN = 3;

export interface BookOptions {
  /** One worksheet part per sheet (its name, its XML), in order. */
  sheets: Array<[string, string]>;
  theme?: string;
  /** Inside <workbook>, after <sheets> (defined names, say). */
  workbookExtra?: string;
  /** The shared strings part (xl/sharedStrings.xml), if any. */
  sharedStrings?: string[];
  /** More parts, or parts to put in place of the usual ones (same name). */
  parts?: Part[];
}

/** The parts of a minimal workbook, as Excel lays them out. */
export function bookParts(options: BookOptions): Part[] {
  const { sheets } = options;
  const sheetList = sheets
    .map(([name], i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const n = sheets.length;
  const parts: Part[] = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetList}</sheets>${options.workbookExtra ?? ''}</workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${rels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>${options.theme ? `<Relationship Id="rId${n + 2}" Type="${REL}/theme" Target="theme/theme1.xml"/>` : ''}${options.sharedStrings ? `<Relationship Id="rId${n + 3}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    },
    { name: 'xl/styles.xml', data: STYLES },
    ...sheets.map(([, xml], i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: xml })),
  ];
  if (options.theme) parts.push({ name: 'xl/theme/theme1.xml', data: options.theme });
  if (options.sharedStrings) {
    const items = options.sharedStrings.map((t) => `<si><t>${xmlText(t)}</t></si>`).join('');
    parts.push({
      name: 'xl/sharedStrings.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${options.sharedStrings.length}">${items}</sst>`,
    });
  }
  for (const extra of options.parts ?? []) {
    const at = parts.findIndex((p) => p.name === extra.name);
    if (at >= 0) parts[at] = extra;
    else parts.push(extra);
  }
  return parts;
}

export function book(options: BookOptions): Buffer {
  return zip(bookParts(options));
}

/** A1-style name of a column number (1 -> A, 16384 -> XFD). */
export function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** A small dreams table: Founder (Hiring red, Sales yellow), Author (Writing green, Sales red). */
export function smallTable(): Array<[number, string]> {
  return [
    [1, textCell('A1', 'Founder') + textCell('B1', 'Author')],
    [2, textCell('A2', 'Hiring', RED) + textCell('B2', 'Writing', GREEN)],
    [3, textCell('A3', 'Sales', YELLOW) + textCell('B3', 'Sales', RED)],
  ];
}

/**
 * The small table with one merged area whose `ref` is written as given, character references
 * and all: `A1&#58;XFD1048576` is the whole sheet to an XML parser.
 */
export function mergedBook(ref: string): Buffer {
  const merge = `<mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`;
  return book({ sheets: [['Dreams', sheetXml(smallTable(), merge)]] });
}

/** The small table with a width set for columns 1 to `max`, written as given (`100000000 `). */
export function columnsBook(max: string): Buffer {
  const cols = `<cols><col min="1" max="${max}" width="9"/></cols>`;
  return book({ sheets: [['Dreams', sheetXml(smallTable(), '', cols)]] });
}

/** The <f> of a cell that copies shared formula 0, as Excel writes it. */
export const SHARED_COPY = '<f t="shared" si="0"/>';

/**
 * A sheet whose A1 is the master of shared formula 0 (`formula`, over A1:A`copies + 1`) and whose
 * `copies` cells below copy it, each with the <f> `copy` (references and all, as given).
 */
export function sharedXml(formula: string, copies: number, copy = SHARED_COPY): string {
  const rows: Array<[number, string]> = [
    [1, `<c r="A1"><f t="shared" ref="A1:A${copies + 1}" si="0">${formula}</f><v>1</v></c>`],
  ];
  for (let r = 2; r <= copies + 1; r++) rows.push([r, `<c r="A${r}">${copy}<v>1</v></c>`]);
  return sheetXml(rows);
}

/**
 * Shared formula 0 with a short master at A1, copied to `copies` cells below, and `formula` put in
 * the cell exceljs moves the copies from, A1, as well: a second cell A1 in row 1 ('cell'), a second
 * row 1 at the end ('row'), or row 1 itself, the master written r="A1" in row 2 ('master in row 2').
 */
export function overriddenMasterXml(
  formula: string,
  copies: number,
  how: 'cell' | 'row' | 'master in row 2',
): string {
  const master = `<c r="A1"><f t="shared" ref="A1:A${copies + 2}" si="0">1</f><v>1</v></c>`;
  const other = `<c r="A1"><f>${formula}</f><v>1</v></c>`;
  const rows: Array<[number, string]> =
    how === 'cell'
      ? [[1, master + other]]
      : how === 'row'
        ? [[1, master]]
        : [
            [1, other],
            [2, master],
          ];
  const first = rows.length + 1;
  for (let r = first; r < first + copies; r++)
    rows.push([r, `<c r="A${r}">${SHARED_COPY}<v>1</v></c>`]);
  if (how === 'row') rows.push([1, other]);
  return sheetXml(rows);
}

/** sharedXml's sheet in a workbook. */
export function sharedBook(formula: string, copies: number, copy = SHARED_COPY): Buffer {
  return book({ sheets: [['Dreams', sharedXml(formula, copies, copy)]] });
}

/** A cell holding shared string number `index` (see BookOptions.sharedStrings). */
export function sharedCell(ref: string, index: number, style?: number): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  return `<c r="${ref}" t="s"${s}><v>${index}</v></c>`;
}

/**
 * One dream, Founder, over `n` skill cells holding `text` (every third one red), or `n` cells
 * under no dream when headless; the texts are shared strings 0 and 1, as Excel and Sheets write
 * them, so pass sharedStrings: ['Founder', text].
 */
export function* longColumn(n: number, headless = false): Generator<[number, string]> {
  yield [1, sharedCell('A1', 0)];
  const col = headless ? 'B' : 'A';
  for (let r = 2; r < n + 2; r++) {
    yield [r, sharedCell(`${col}${r}`, 1, r % 3 === 0 ? RED : undefined)];
  }
}

/** A theme part whose colour scheme is `scheme`, inside the usual <a:theme>. */
export function themeXml(scheme: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>${scheme}</a:themeElements></a:theme>`;
}

export interface BoundedRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Killed at the time limit. */
  killed: boolean;
  /** The largest peak resident set of the Node processes the run started, in MB. */
  peakMb: number;
}

/** Hard bounds for one run of the command line on a hostile file. */
export const LIMIT_SECONDS = 15;
export const LIMIT_MB = 1024;

// Loaded into each Node process of the run with --require: at exit it appends the process's
// peak resident set (kilobytes, getrusage's ru_maxrss) to a side file, so stderr stays the
// command line's own.
const PRELOAD = `process.on('exit', () => {
  require('fs').appendFileSync(process.env.CAREER_DREAMS_RSS_FILE, process.resourceUsage().maxRSS + '\\n');
});
`;

/**
 * Runs the real command line (`node scripts/run-ts.mjs src/cli/main.ts ARGS`, what `npm run cli`
 * runs) with its heap capped at LIMIT_MB and the whole process group killed after LIMIT_SECONDS.
 */
export function boundedCli(root: string, dir: string, args: string[]): Promise<BoundedRun> {
  const preload = join(dir, 'peak-rss.cjs');
  writeFileSync(preload, PRELOAD);
  const rssFile = join(dir, `rss-${process.pid}-${(runs += 1)}.txt`);
  writeFileSync(rssFile, '');
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [join(root, 'scripts/run-ts.mjs'), 'src/cli/main.ts', ...args],
      {
        cwd: root,
        detached: true, // its own process group, so the kill reaches the program run-ts starts
        env: {
          ...process.env,
          NODE_OPTIONS: `--max-old-space-size=${LIMIT_MB} --require ${JSON.stringify(preload)}`,
          CAREER_DREAMS_RSS_FILE: rssFile,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    const timer = setTimeout(() => {
      killed = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, LIMIT_SECONDS * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const peaks = readFileSync(rssFile, 'utf8').split('\n').filter(Boolean).map(Number);
      done({
        code,
        stdout,
        stderr,
        killed,
        peakMb: peaks.reduce((a, b) => Math.max(a, b), 0) / 1024,
      });
    });
  });
}
let runs = 0;

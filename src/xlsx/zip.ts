// The .xlsx container, unpacked with bounds. exceljs inflates every part of the zip in full
// (with JSZip) before it looks at any, and trusts nothing but the data, so a zip bomb of 2 MB
// becomes gigabytes. Here the reader unpacks only the parts it reads, each with a cap on its
// inflated size that zlib enforces while inflating (declared sizes can lie), and a cap on the
// total; it then hands exceljs those parts repacked, uncompressed, so what exceljs sees is
// exactly what was measured. Format: PKWARE's APPNOTE.TXT, sections 4.3 and 4.4.
import { crc32 as nodeCrc32, inflateRawSync } from 'node:zlib';
import { MAX_PART_BYTES, MAX_TOTAL_BYTES, MAX_ZIP_ENTRIES, megabytes } from './limits';
import { damaged, XlsxError, XlsxTooLargeError } from './model';

/** The parts exceljs reads (the names it matches in xlsx.js); the rest (images, ...) are left. */
const WANTED = [
  /^_rels\/\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/worksheets\/sheet\d{1,6}\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d{1,6}\.xml\.rels$/,
  /^xl\/theme\/theme\d{1,6}\.xml$/,
  /^xl\/comments\d{1,6}\.xml$/,
  // Notes' shapes: exceljs needs the part a sheet's relationships name for its notes.
  /^xl\/drawings\/vmlDrawing\d{1,6}\.vml$/,
];

export function wantedPart(name: string): boolean {
  return WANTED.some((pattern) => pattern.test(name));
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** The central directory's entries, from the end-of-central-directory record. */
function directory(data: Buffer): Entry[] {
  // The record is 22 bytes plus a comment of at most 65,535: search only that far back.
  const floor = Math.max(0, data.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = data.length - 22; i >= floor; i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged();
  let total = data.readUInt16LE(eocd + 10);
  let size = data.readUInt32LE(eocd + 12);
  let start = data.readUInt32LE(eocd + 16);
  if (total === 0xffff || size === 0xffffffff || start === 0xffffffff) {
    // Zip64: a locator just before the record points at the zip64 end record.
    const locator = eocd - 20;
    if (locator < 0 || data.readUInt32LE(locator) !== 0x07064b50) throw damaged();
    const at = safeNumber(data.readBigUInt64LE(locator + 8));
    if (at + 56 > data.length || data.readUInt32LE(at) !== 0x06064b50) throw damaged();
    total = safeNumber(data.readBigUInt64LE(at + 32));
    size = safeNumber(data.readBigUInt64LE(at + 40));
    start = safeNumber(data.readBigUInt64LE(at + 48));
  }
  if (total > MAX_ZIP_ENTRIES) {
    throw new XlsxTooLargeError(
      `it holds ${total.toLocaleString('en-US')} files, and a workbook has a few dozen`,
    );
  }
  if (start + size > data.length) throw damaged();
  const entries: Entry[] = [];
  let at = start;
  for (let n = 0; n < total; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) throw damaged();
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > data.length) throw damaged();
    const entry: Entry = {
      flags: data.readUInt16LE(at + 8),
      method: data.readUInt16LE(at + 10),
      crc: data.readUInt32LE(at + 16),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      offset: data.readUInt32LE(at + 42),
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
    };
    zip64Sizes(entry, data.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at = end;
  }
  return entries;
}

/** Sizes and offset too large for 32 bits are in the zip64 extra field (id 1), in this order. */
function zip64Sizes(entry: Entry, extra: Buffer): void {
  const fields = (['size', 'compressedSize', 'offset'] as const).filter(
    (key) => entry[key] === 0xffffffff,
  );
  if (fields.length === 0) return;
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 1) {
      if (length < fields.length * 8 || at + 4 + length > extra.length) throw damaged();
      fields.forEach((key, i) => {
        entry[key] = safeNumber(extra.readBigUInt64LE(at + 4 + i * 8));
      });
      return;
    }
    at += 4 + length;
  }
  throw damaged();
}

function safeNumber(n: bigint): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged();
  return Number(n);
}

/** CRC-32 (zlib's), with a table where this Node has no zlib.crc32 (before 20.15). */
let table: Uint32Array | undefined;
function crc32(data: Buffer): number {
  if (typeof nodeCrc32 === 'function') return nodeCrc32(data);
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * The parts of an .xlsx file the reader reads, inflated, by name. Throws an XlsxError if the zip
 * is damaged, and an XlsxTooLargeError if a part inflates to more than MAX_PART_BYTES or all of
 * them to more than MAX_TOTAL_BYTES: checked from the declared sizes first, then by zlib itself
 * as it inflates, which stops at the cap.
 */
export function unzipParts(data: Buffer): Map<string, Buffer> {
  if (data.length < 22) throw damaged();
  const parts = new Map<string, Buffer>();
  let total = 0;
  for (const entry of directory(data)) {
    // exceljs drops one leading slash from a name; so does this.
    const name = entry.name.startsWith('/') ? entry.name.slice(1) : entry.name;
    if (!wantedPart(name)) continue;
    if (parts.has(name)) throw damaged();
    if (entry.flags & 1) {
      throw new XlsxError('That workbook is encrypted: open it, remove the password, and save it.');
    }
    const cap = Math.min(MAX_PART_BYTES, MAX_TOTAL_BYTES - total);
    if (entry.size > cap) throw tooLarge(entry.size > MAX_PART_BYTES);
    const at = entry.offset;
    if (at + 30 > data.length || data.readUInt32LE(at) !== 0x04034b50) throw damaged();
    const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > data.length) throw damaged();
    const raw = data.subarray(start, end);
    let part: Buffer;
    if (entry.method === 0) {
      part = raw;
    } else if (entry.method === 8) {
      try {
        // zlib stops with ERR_BUFFER_TOO_LARGE once the output passes maxOutputLength.
        part = inflateRawSync(raw, { maxOutputLength: Math.max(1, cap) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw tooLarge(cap === MAX_PART_BYTES);
        }
        throw damaged();
      }
    } else {
      throw damaged();
    }
    if (part.length > cap) throw tooLarge(cap === MAX_PART_BYTES);
    if (part.length !== entry.size || crc32(part) !== entry.crc) throw damaged();
    total += part.length;
    parts.set(name, part);
  }
  return parts;
}

function tooLarge(onePart: boolean): XlsxTooLargeError {
  return new XlsxTooLargeError(
    onePart
      ? `one of its parts unpacks to more than ${megabytes(MAX_PART_BYTES)}`
      : `its sheets and styles unpack to more than ${megabytes(MAX_TOTAL_BYTES)}`,
  );
}

/** The parts as a zip with no compression (method 0), which is what exceljs is then given. */
export function storedZip(parts: ReadonlyMap<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, part] of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(part);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(part.length, 18);
    local.writeUInt32LE(part.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(part.length, 20);
    central.writeUInt32LE(part.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, part);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + part.length;
  }
  const directorySize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat(locals.concat(centrals, [end]));
}

// One linear pass over each part's XML before exceljs parses it, to refuse what would make exceljs
// spend memory or time out of proportion to the file: more cells, elements, sheets or merged
// areas than the bounds in ./limits, a cell or column beyond XFD1048576 (exceljs creates every
// cell of a merged area, and every column up to a <col max="...">), or an overlong formula
// (exceljs moves shared formulas with a regular expression that is quadratic on some text).
// It also drops <definedNames> from the workbook part: exceljs expands each named range into
// one entry per cell (a name over A:XFD is 17 billion), and the reader never uses them.
//
// The scan reads tags only, character by character (quoted attribute values may hold '>'); no
// regular expression runs on the file's content here, only on short pieces of it. It reads the
// attributes it checks as exceljs does, after decoding character references (`ref="A1&#58;B2"`),
// and refuses as damaged a value that is not written the one plain way (`max="9 "`, `"9.5"`):
// exceljs reads those leniently, and a check that skipped them would let them through.
import {
  MAX_CELLS,
  MAX_COL,
  MAX_ELEMENTS,
  MAX_FORMULA_CHARS,
  MAX_MERGES,
  MAX_ROW,
  MAX_SHEETS,
  MAX_SLIDE_COST,
  count,
} from './limits';
import { damaged, XlsxTooLargeError } from './model';

export interface Tag {
  /** The name without its namespace prefix. */
  name: string;
  close: boolean;
  selfClosing: boolean;
  /** Where the tag starts ('<') and ends (after '>'). */
  start: number;
  end: number;
  /** The raw text between the name and '>'. */
  attrs: string;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/**
 * Calls `visit` for each start and end tag, in order, until it returns false; comments, CDATA
 * and processing instructions are skipped.
 */
export function eachTag(xml: string, visit: (tag: Tag) => boolean | void): void {
  const length = xml.length;
  let i = xml.indexOf('<');
  while (i !== -1) {
    let end: number;
    const next = xml.charCodeAt(i + 1);
    if (xml.startsWith('<!--', i)) {
      end = after(xml, '-->', i + 4);
    } else if (xml.startsWith('<![CDATA[', i)) {
      end = after(xml, ']]>', i + 9);
    } else if (next === 0x3f /* ? */ || next === 0x21 /* ! */) {
      end = after(xml, '>', i + 2);
    } else {
      const close = next === 0x2f; /* / */
      let k = close ? i + 2 : i + 1;
      const nameStart = k;
      let colon = -1;
      for (; k < length; k++) {
        const c = xml.charCodeAt(k);
        if (isSpace(c) || c === 0x2f || c === 0x3e) break;
        if (c === 0x3a) colon = k;
      }
      const name = xml.slice(colon >= 0 ? colon + 1 : nameStart, k);
      const attrStart = k;
      let quote = 0;
      for (; k < length; k++) {
        const c = xml.charCodeAt(k);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) {
          quote = c;
        } else if (c === 0x3e) {
          break;
        }
      }
      end = Math.min(length, k + 1);
      const selfClosing = xml.charCodeAt(k - 1) === 0x2f;
      const go = visit({
        name,
        close,
        selfClosing,
        start: i,
        end,
        attrs: xml.slice(attrStart, selfClosing ? k - 1 : k),
      });
      if (go === false) return;
    }
    i = end >= length ? -1 : xml.indexOf('<', end);
  }
}

function after(xml: string, token: string, from: number): number {
  const at = xml.indexOf(token, from);
  return at < 0 ? xml.length : at + token.length;
}

/** The value of attribute `wanted` (no prefix), or undefined; one pass over the text. */
export function attribute(attrs: string, wanted: string): string | undefined {
  const length = attrs.length;
  let k = 0;
  while (k < length) {
    while (k < length && isSpace(attrs.charCodeAt(k))) k++;
    const nameStart = k;
    while (k < length && attrs.charCodeAt(k) !== 0x3d && !isSpace(attrs.charCodeAt(k))) k++;
    const name = attrs.slice(nameStart, k);
    while (k < length && isSpace(attrs.charCodeAt(k))) k++;
    if (attrs.charCodeAt(k) !== 0x3d) return undefined;
    k++;
    while (k < length && isSpace(attrs.charCodeAt(k))) k++;
    const quote = attrs.charCodeAt(k);
    if (quote !== 0x22 && quote !== 0x27) return undefined;
    const valueEnd = attrs.indexOf(quote === 0x22 ? '"' : "'", k + 1);
    if (valueEnd < 0) return undefined;
    if (name === wanted) return attrs.slice(k + 1, valueEnd);
    k = valueEnd + 1;
  }
  return undefined;
}

const ENTITIES: Record<string, number> = { amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27 };

/**
 * The character reference at `at` (an '&': `&#58;`, `&#x3a;`, `&amp;`...) as a code point, and
 * where it ends; null if it is not one. Reads at most a dozen characters.
 */
function reference(text: string, at: number, end: number): { code: number; next: number } | null {
  let semi = at + 1;
  const last = Math.min(end, at + 13);
  while (semi < last && text.charCodeAt(semi) !== 0x3b /* ; */) semi++;
  if (semi >= last) return null;
  const body = text.slice(at + 1, semi); // at most 11 characters, so the patterns are cheap
  let code: number | undefined;
  if (/^#x[0-9a-f]{1,8}$/i.test(body)) code = parseInt(body.slice(2), 16);
  else if (/^#\d{1,8}$/.test(body)) code = Number(body.slice(1));
  else code = ENTITIES[body];
  if (code === undefined || code === 0 || code > 0x10ffff) return null;
  return { code, next: semi + 1 };
}

/** An attribute value as an XML parser gives it, its references decoded; null if one is bad. */
export function decodeXml(raw: string): string | null {
  let at = raw.indexOf('&');
  if (at < 0) return raw;
  const out: string[] = [];
  let from = 0;
  while (at >= 0) {
    const ref = reference(raw, at, raw.length);
    if (!ref) return null;
    out.push(raw.slice(from, at), String.fromCodePoint(ref.code));
    from = ref.next;
    at = raw.indexOf('&', from);
  }
  out.push(raw.slice(from));
  return out.join('');
}

/** The decoded value of attribute `wanted`, or undefined; damaged if a reference in it is bad. */
function value(tag: Tag, wanted: string): string | undefined {
  const raw = attribute(tag.attrs, wanted);
  if (raw === undefined) return undefined;
  const decoded = decodeXml(raw);
  if (decoded === null) throw damaged();
  return decoded;
}

/** A row or column number written as digits alone; anything else is damaged. */
function whole(text: string): number {
  if (!/^\d{1,16}$/.test(text)) throw damaged(); // anchored and bounded: linear
  return Number(text);
}

/** A cell reference written the plain way ('$' allowed); anything else is damaged. */
function cellAt(text: string): { row: number; col: number } {
  const ref = cellRef(text);
  if (!ref) throw damaged();
  return ref;
}

/**
 * 'XFD1048576' -> { row: 1048576, col: 16384 }; null if not a cell reference ('$' allowed; upper
 * case only, as exceljs skips lower-case letters).
 */
export function cellRef(text: string): { row: number; col: number } | null {
  let k = 0;
  if (text.charCodeAt(k) === 0x24) k++;
  let col = 0;
  const letters = k;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 0x40);
    if (col > Number.MAX_SAFE_INTEGER / 26) return { row: Infinity, col: Infinity };
  }
  if (k === letters) return null;
  if (text.charCodeAt(k) === 0x24) k++;
  const digits = text.slice(k);
  if (!/^\d{1,16}$/.test(digits)) return null; // anchored and bounded: linear
  return { row: Number(digits), col };
}

/** What a workbook's parts add up to, checked against the bounds as the scan goes. */
export class PartsBudget {
  private elements = 0;
  private cells = 0;

  /** Scans one part; returns the part to give exceljs (the workbook part without its names). */
  scan(name: string, part: Buffer): Buffer {
    // Latin-1 maps each byte to one character, so offsets are byte offsets and the text goes
    // back to the same bytes; the markup the scan reads is ASCII.
    const xml = part.toString('latin1');
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      this.scanSheet(xml);
      return part;
    }
    if (name === 'xl/workbook.xml') return Buffer.from(this.scanWorkbook(xml), 'latin1');
    eachTag(xml, (tag) => this.element(tag));
    return part;
  }

  private element(tag: Tag): void {
    if (tag.close) return;
    if (++this.elements > MAX_ELEMENTS) {
      throw new XlsxTooLargeError(
        `its sheets and styles hold more than ${count(MAX_ELEMENTS)} XML elements`,
      );
    }
  }

  private addCells(n: number): void {
    this.cells += n;
    if (this.cells > MAX_CELLS) {
      throw new XlsxTooLargeError(
        `it stores more than ${count(MAX_CELLS)} cells, and a dreams table has a few thousand`,
      );
    }
  }

  private scanSheet(xml: string): void {
    let merges = 0;
    // The <f> being read: where its text starts, and its shared-formula index if it is a master.
    let formula: { from: number; si: string | null } | null = null;
    // Per shared-formula index: the cost of moving its formula once, and how many cells copy it.
    const sharedCost = new Map<string, number>();
    const sharedCopies = new Map<string, number>();
    // exceljs puts a cell in the row of its <row>, in the column its r names (or the next one),
    // and moves a shared formula from the cell at the master's address: a second cell there, or a
    // master in another row, would put a text the scan did not cost in its place. So rows and the
    // cells in each come in order, as Excel writes and requires them, each cell in its own row.
    let row = NaN; // the r of the <row> being read
    let lastRow = 0;
    let lastCol = 0;
    eachTag(xml, (tag) => {
      if (formula) {
        // An <f> holds text alone; exceljs joins the text around a tag or comment into one.
        const markup = xml.indexOf('<', formula.from);
        if (tag.name !== 'f' || !tag.close || markup < tag.start) throw damaged();
        if (tag.start - formula.from > MAX_FORMULA_CHARS) {
          throw new XlsxTooLargeError(
            `it has a formula longer than ${count(MAX_FORMULA_CHARS)} characters, Excel's limit`,
          );
        }
        if (formula.si !== null) {
          const cost = slideCost(xml, formula.from, tag.start);
          sharedCost.set(formula.si, Math.max(cost, sharedCost.get(formula.si) ?? 0));
        }
        formula = null;
      }
      this.element(tag);
      if (tag.close) {
        if (tag.name === 'row') row = NaN;
        return;
      }
      switch (tag.name) {
        case 'c': {
          this.addCells(1);
          const r = value(tag, 'r');
          if (r === undefined) {
            lastCol++; // exceljs takes the column after the cell before
            break;
          }
          const ref = cellAt(r);
          beyondLastCell(ref.row, ref.col);
          if (ref.row !== row || ref.col <= lastCol) throw damaged();
          lastCol = ref.col;
          break;
        }
        case 'row': {
          row = NaN;
          const r = value(tag, 'r');
          // exceljs numbers a row without r NaN and loses it; a cell with an r in it is refused.
          if (r === undefined) break;
          const n = whole(r);
          beyondLastCell(n, 1);
          if (n <= lastRow) throw damaged();
          row = lastRow = n;
          lastCol = 0;
          break;
        }
        case 'col': {
          for (const key of ['min', 'max']) {
            const n = value(tag, key);
            if (n !== undefined) beyondLastCell(1, whole(n));
          }
          break;
        }
        case 'mergeCell': {
          if (++merges > MAX_MERGES) {
            throw new XlsxTooLargeError(`a sheet has more than ${count(MAX_MERGES)} merged areas`);
          }
          const corners = (value(tag, 'ref') ?? '').split(':');
          if (corners.length > 2) throw damaged();
          const a = cellAt(corners[0]!);
          const b = cellAt(corners[1] ?? corners[0]!);
          beyondLastCell(a.row, a.col);
          beyondLastCell(b.row, b.col);
          // exceljs creates each cell of the area.
          this.addCells((Math.abs(b.row - a.row) + 1) * (Math.abs(b.col - a.col) + 1));
          break;
        }
        case 'f': {
          let si: string | null = null;
          if (value(tag, 't') === 'shared') {
            // exceljs keys shared formulas by `si`, and takes the one with a `ref` as the master
            // whose text the others copy; a copy's own text is not moved.
            const index = value(tag, 'si') ?? '';
            if (!/^\d{1,10}$/.test(index)) throw damaged();
            if (value(tag, 'ref')) si = index;
            else sharedCopies.set(index, (sharedCopies.get(index) ?? 0) + 1);
          }
          if (!tag.selfClosing) formula = { from: tag.end, si };
          break;
        }
        default:
      }
    });
    let cost = 0;
    for (const [si, copies] of sharedCopies) cost += copies * (sharedCost.get(si) ?? 0);
    if (cost > MAX_SLIDE_COST) {
      throw new XlsxTooLargeError(
        'its shared formulas are copied to so many cells that unpacking them would take minutes',
      );
    }
  }

  private scanWorkbook(xml: string): string {
    let sheets = 0;
    const kept: string[] = [];
    let from = 0;
    let depth = 0;
    eachTag(xml, (tag) => {
      this.element(tag);
      if (tag.name === 'sheet' && !tag.close && ++sheets > MAX_SHEETS) {
        throw new XlsxTooLargeError(`it has more than ${count(MAX_SHEETS)} sheets`);
      }
      if (tag.name !== 'definedNames') return;
      if (!tag.close) {
        if (depth++ === 0) kept.push(xml.slice(from, tag.start));
        if (tag.selfClosing && --depth === 0) from = tag.end;
      } else if (depth > 0 && --depth === 0) {
        from = tag.end;
      }
    });
    if (depth > 0) return kept.join('');
    kept.push(xml.slice(from));
    return kept.join('');
  }
}

/**
 * What exceljs spends moving a shared formula to another cell (slideFormula, in
 * utils/shared-formula.js): its pattern `(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})` tries each position
 * of a run of those characters and scans to the run's end, so a run of n costs up to n * n. The
 * sum of the squares of the runs bounds it; formulas as people write them have short runs.
 * Character references count as the characters they stand for.
 */
function slideCost(xml: string, from: number, to: number): number {
  let cost = 0;
  let run = 0;
  for (let i = from; i <= to; i++) {
    let c = 0;
    if (i < to) {
      c = xml.charCodeAt(i);
      if (c === 0x26 /* & */) {
        // exceljs moves the decoded text: `&#97;` is an 'a' of the run.
        const ref = reference(xml, i, to);
        if (!ref) throw damaged();
        c = ref.code;
        i = ref.next - 1;
      }
      c |= 0x20;
    }
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x7f || c === 0x2d) {
      run++;
    } else {
      cost += run * run + 1;
      run = 0;
    }
  }
  return cost;
}

function beyondLastCell(row: number, col: number): void {
  if (row > MAX_ROW || col > MAX_COL) {
    throw new XlsxTooLargeError('it has a cell beyond XFD1048576, the last cell a sheet can have');
  }
}

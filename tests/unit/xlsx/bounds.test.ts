// The reader's bounds, in process: a refusal is an XlsxTooLargeError (an XlsxError) whose
// message is one sentence the preview can show as it is; nothing is inflated or parsed past a
// bound; the scans are linear.
import { readXlsx, themeColours, XlsxError, XlsxTooLargeError } from '../../../src/xlsx';
import { MAX_PART_BYTES } from '../../../src/xlsx/limits';
import { attribute, cellRef, eachTag, PartsBudget } from '../../../src/xlsx/scan';
import { storedZip, unzipParts } from '../../../src/xlsx/zip';
import {
  book,
  bookParts,
  deflateBomb,
  sheetXml,
  smallTable,
  textCell,
  themeXml,
  zip,
} from '../../support/hostile-xlsx';

async function refusal(data: Buffer): Promise<XlsxError> {
  const error = await readXlsx(data).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsxError);
  return error as XlsxError;
}

describe('the zip', () => {
  it('inflates only the parts the reader reads, and repacks them unchanged', () => {
    const parts = bookParts({ sheets: [['Dreams', sheetXml(smallTable())]] });
    parts.push({ name: 'xl/media/image1.png', data: 'not read' });
    const unzipped = unzipParts(zip(parts));
    expect([...unzipped.keys()].sort()).toEqual([
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const again = unzipParts(storedZip(unzipped));
    for (const [name, part] of unzipped) expect(again.get(name)).toEqual(part);
  });

  it('stops inflating a part at the cap, whatever size it declares', () => {
    const deflated = deflateBomb('<x>', MAX_PART_BYTES + 1024, '</x>');
    const data = zip([{ name: 'xl/worksheets/sheet1.xml', deflated, declaredSize: 10 }]);
    expect(() => unzipParts(data)).toThrow(
      new XlsxTooLargeError('one of its parts unpacks to more than 64 MB'),
    );
  });

  it('refuses a part whose declared size is over the cap before inflating it', () => {
    const data = zip([
      { name: 'xl/styles.xml', deflated: Buffer.alloc(8), declaredSize: 0xfffffff0 },
    ]);
    expect(() => unzipParts(data)).toThrow(XlsxTooLargeError);
  });

  it('calls a part that is not what its directory says damaged', () => {
    const parts = bookParts({ sheets: [['Dreams', sheetXml(smallTable())]] });
    parts[2] = { ...parts[2]!, crc: 1234 };
    expect(() => unzipParts(zip(parts))).toThrow(
      'That file could not be read as an .xlsx workbook: it may be damaged.',
    );
  });
});

describe('readXlsx refuses in one sentence', () => {
  it('a value in XFD1048576: XlsxTooLargeError, measured from the cells that exist', async () => {
    const rows: Array<[number, string]> = [
      [1, textCell('A1', 'Founder')],
      [1048576, textCell('XFD1048576', 'x')],
    ];
    const error = await refusal(book({ sheets: [['Dreams', sheetXml(rows)]] }));
    expect(error).toBeInstanceOf(XlsxTooLargeError);
    expect(error.message).toBe(
      'That workbook is too large to read: its sheet ‘Dreams’ reaches row 1,048,576 and column 16,384, so its sheets span more than the 10,000,000 cells Google Sheets holds.',
    );
  });

  it('reads a table whose <dimension> claims the whole sheet', async () => {
    const xml = sheetXml(smallTable(), '', '<dimension ref="A1:XFD1048576"/>');
    const read = await readXlsx(book({ sheets: [['Dreams', xml]] }));
    expect(read.sheets[0]!.cells.map((c) => [c.row, c.col])).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
      [3, 1],
      [3, 2],
    ]);
  });

  it('more sheets than the bound', async () => {
    const sheets = Array.from({ length: 1001 }, (_, i): [string, string] => [
      `S${i}`,
      sheetXml([]),
    ]);
    expect((await refusal(book({ sheets }))).message).toBe(
      'That workbook is too large to read: it has more than 1,000 sheets.',
    );
  });

  it('a formula longer than Excel allows', async () => {
    const xml = sheetXml([[1, `<c r="A1"><f>${'a-'.repeat(5000)}1</f><v>1</v></c>`]]);
    expect((await refusal(book({ sheets: [['Dreams', xml]] }))).message).toMatch(
      /a formula longer than 8,192 characters/,
    );
  });
});

describe('shared formulas', () => {
  function sharedSheet(formula: string, copies: number): Buffer {
    const rows: Array<[number, string]> = [
      [1, `<c r="A1"><f t="shared" ref="A1:A${copies + 1}" si="0">${formula}</f><v>1</v></c>`],
    ];
    for (let r = 2; r <= copies + 1; r++)
      rows.push([r, `<c r="A${r}"><f t="shared" si="0"/><v>1</v></c>`]);
    return book({ sheets: [['Dreams', sheetXml(rows)]] });
  }

  it('copied down as people copy them, they are read and moved', async () => {
    const read = await readXlsx(sharedSheet('SUM(B1:C1)', 2000));
    const cells = read.sheets[0]!.cells;
    expect(cells).toHaveLength(2001);
    expect(cells[2000]).toMatchObject({
      row: 2001,
      col: 1,
      formula: '=SUM(B2001:C2001)',
      value: 1,
    });
  });

  it('one that exceljs would take minutes to move to each copy is refused', async () => {
    // 8,000 characters in one run that its pattern scans again from each position: about a
    // quarter of a second per copy, four minutes for these.
    const error = await refusal(sharedSheet(`${'a-'.repeat(4000)}1`, 1000));
    expect(error.message).toBe(
      'That workbook is too large to read: its shared formulas are copied to so many cells that unpacking them would take minutes.',
    );
  });
});

describe('the scans', () => {
  it('read a quoted ">" as part of an attribute, not the end of the tag', () => {
    const tags: string[] = [];
    eachTag('<a x=">" r=\'B2\'/><!-- <c r="Z9"> --><b>t</b>', (tag) => {
      tags.push(`${tag.close ? '/' : ''}${tag.name}:${attribute(tag.attrs, 'r') ?? ''}`);
    });
    expect(tags).toEqual(['a:B2', 'b:', '/b:']);
  });

  it('count the cells of a merged area hidden behind a quoted ">"', () => {
    const xml = sheetXml([], '<mergeCells><mergeCell x=">" ref="A1:XFD1048576"/></mergeCells>');
    expect(() => new PartsBudget().scan('xl/worksheets/sheet1.xml', Buffer.from(xml))).toThrow(
      XlsxTooLargeError,
    );
  });

  it('drop the defined names from the workbook part and keep the rest', () => {
    const xml =
      '<workbook><sheets><sheet name="A"/></sheets><definedNames><definedName name="n">A!$A:$XFD</definedName></definedNames><calcPr/></workbook>';
    const out = new PartsBudget().scan('xl/workbook.xml', Buffer.from(xml)).toString('latin1');
    expect(out).toBe('<workbook><sheets><sheet name="A"/></sheets><calcPr/></workbook>');
  });

  it('decode cell references', () => {
    expect(cellRef('A1')).toEqual({ row: 1, col: 1 });
    expect(cellRef('$XFD$1048576')).toEqual({ row: 1048576, col: 16384 });
    expect(cellRef('A')).toBeNull();
    expect(cellRef('1')).toBeNull();
  });
});

describe('theme colours', () => {
  it('a 256 KB theme of unclosed <a:clrScheme tags has no usable scheme (one pass)', () => {
    // Quadratic for a backtracking pattern: some 30 s; Jest's 5 s limit fails it.
    const theme = themeXml(`<a:clrScheme>${'<a:clrScheme"<a:clrScheme'.repeat(10_500)}`);
    expect(themeColours(theme)).toBeNull();
  });

  it('a 1 MB theme of one entry repeated is read in one pass, and lacks the others', () => {
    const entry = '<a:dk1><a:srgbClr val="123456"/></a:dk1>';
    const scheme = `<a:clrScheme name="x">${entry.repeat(25_000)}</a:clrScheme>`;
    expect(themeColours(themeXml(scheme))).toBeNull(); // lt1 and the rest are missing
  });
});

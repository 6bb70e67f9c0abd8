// The reader's bounds, in process: a refusal is an XlsxTooLargeError (an XlsxError) whose
// message is one sentence the preview can show as it is; nothing is inflated or parsed past a
// bound; the scans are linear.
import { readXlsx, themeColours, XlsxError, XlsxTooLargeError } from '../../../src/xlsx';
import { MAX_PART_BYTES } from '../../../src/xlsx/limits';
import { attribute, cellRef, decodeXml, eachTag, PartsBudget } from '../../../src/xlsx/scan';
import { storedZip, unzipParts } from '../../../src/xlsx/zip';
import {
  book,
  bookParts,
  deflateBomb,
  mergedBook,
  overriddenMasterXml,
  sharedBook,
  sharedXml,
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

describe('attribute values, read after decoding as exceljs reads them', () => {
  const DAMAGED = 'That file could not be read as an .xlsx workbook: it may be damaged.';
  const CELLS =
    'That workbook is too large to read: it stores more than 300,000 cells, and a dreams table has a few thousand.';
  const BEYOND =
    'That workbook is too large to read: it has a cell beyond XFD1048576, the last cell a sheet can have.';
  const SLIDE =
    'That workbook is too large to read: its shared formulas are copied to so many cells that unpacking them would take minutes.';

  /**
   * What scanning the sheet throws (null if nothing). How long it takes is bounded through the
   * real command line in tests/integration/hostile, not timed here.
   */
  function scanned(xml: string): unknown {
    let error: unknown = null;
    try {
      new PartsBudget().scan('xl/worksheets/sheet1.xml', Buffer.from(xml, 'latin1'));
    } catch (e) {
      error = e;
    }
    return error;
  }

  function expectRefusal(xml: string, message: string): void {
    const error = scanned(xml);
    expect(error).toBeInstanceOf(XlsxError);
    expect((error as Error).message).toBe(message);
  }

  function merge(ref: string): string {
    return sheetXml([], `<mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`);
  }

  function col(min: string, max: string): string {
    return sheetXml([], '', `<cols><col min="${min}" max="${max}" width="9"/></cols>`);
  }

  it('decode character and entity references, and nothing else', () => {
    expect(decodeXml('A1&#58;B&#x32;&amp;&lt;&gt;&quot;&apos;&#X41;')).toBe('A1:B2&<>"\'A');
    expect(decodeXml('&#128512;')).toBe('\u{1F600}');
    for (const bad of ['a&b', '&bogus;', '&#0;', '&#x110000;', '&#;', '&#xg;', '&#123456789;'])
      expect(decodeXml(bad)).toBeNull();
  });

  it('a merged area with its colon written as a reference is counted', () => {
    for (const ref of ['A1&#58;XFD1048576', 'A1&#x3a;XFD1048576', '&#65;1:XFD&#49;048576'])
      expectRefusal(merge(ref), CELLS);
    expectRefusal(merge('A1&#58;XFE1'), BEYOND);
  });

  it('a merged area not written A1:B2 is damaged, not skipped', () => {
    for (const ref of [
      'A1:XFD1048576 ',
      ' A1:XFD1048576',
      'A1: XFD1048576',
      'A1:XFD1048576&#32;',
      'A1:B2:C3',
      'A1:XFD1048576x',
      'A1.5:B2',
      '',
      '&bogus;',
    ])
      expectRefusal(merge(ref), DAMAGED);
    expectRefusal(sheetXml([], '<mergeCells><mergeCell/></mergeCells>'), DAMAGED);
  });

  it('a merged area written plainly or with references is read', async () => {
    expect(scanned(merge('A1:B2'))).toBeNull();
    expect(scanned(merge('$A$1&#58;B2'))).toBeNull();
    const read = await readXlsx(mergedBook('C5&#58;D6'));
    expect(read.sheets[0]!.cells.slice(0, 2)).toMatchObject([
      { row: 1, col: 1, value: 'Founder' },
      { row: 1, col: 2, value: 'Author' },
    ]);
  });

  it('a column number with a space, a fraction or a reference is refused, not skipped', () => {
    for (const max of ['100000000 ', ' 100000000', '100000000.5', '1e9', '0x10', '', '9&#32;'])
      expectRefusal(col('1', max), DAMAGED);
    expectRefusal(col('1.5', '2'), DAMAGED);
    for (const max of ['1&#48;0000000', '&#49;00000000', '1&#x30;0000000'])
      expectRefusal(col('1', max), BEYOND);
    expect(scanned(col('1', '1&#48;'))).toBeNull();
  });

  function row(r: string): string {
    return sheetXml([]).replace('<sheetData>', `<sheetData><row r="${r}"/>`);
  }

  it('a row or cell number written other than plainly is refused, not skipped', () => {
    expectRefusal(row('2000000 '), DAMAGED);
    expectRefusal(row('1.5'), DAMAGED);
    expectRefusal(row('2&#48;00000'), BEYOND);
    expectRefusal(sheetXml([[1, '<c r="A1 "><v>1</v></c>']]), DAMAGED);
    expectRefusal(sheetXml([[1, '<c r="XF&#69;1"><v>1</v></c>']]), BEYOND);
    expect(scanned(sheetXml([[1, '<c r="&#65;1"><v>1</v></c>']]))).toBeNull();
  });

  it('rows and cells out of order, in another row or in lower case are damaged', () => {
    const cells = (r: number, xml: string): string => sheetXml([[r, xml]]);
    expectRefusal(cells(1, '<c r="B1"/><c r="A1"/>'), DAMAGED);
    expectRefusal(cells(1, '<c r="A1"/><c/><c r="B1"/>'), DAMAGED); // the <c/> is B1
    expectRefusal(cells(2, '<c r="A1"/>'), DAMAGED);
    expectRefusal(cells(1, '<c r="a1"/>'), DAMAGED);
    expectRefusal(cells(1, '').replace('<row r="1">', '<row r="1"/><row><c r="A1"/>'), DAMAGED);
    expectRefusal(
      sheetXml([
        [2, ''],
        [1, ''],
      ]),
      DAMAGED,
    );
    expectRefusal(
      sheetXml([
        [1, ''],
        [1, ''],
      ]),
      DAMAGED,
    );
    expect(scanned(cells(1, '<c r="A1"/><c/><c r="C1"/><c r="$D$1"/>'))).toBeNull();
    expect(
      scanned(
        sheetXml([
          [1, ''],
          [3, '<c r="A3"/>'],
          [1048576, ''],
        ]),
      ),
    ).toBeNull();
  });

  it('a column number 200,000 references long is refused in one pass', () => {
    expectRefusal(col('1', '&#48;'.repeat(200_000)), DAMAGED);
    expectRefusal(col('1', '&'.repeat(1_000_000)), DAMAGED);
  });

  describe('shared formulas', () => {
    const text = `${'a-'.repeat(4000)}1`;

    it('copies written <f ...></f>, or with text of their own, are counted as copies', () => {
      expectRefusal(sharedXml(text, 1000, '<f t="shared" si="0"></f>'), SLIDE);
      expectRefusal(sharedXml(text, 1000, '<f t="shared" si="0">x</f>'), SLIDE);
    });

    it('an index or type written with references is read as exceljs decodes it', () => {
      expectRefusal(sharedXml(text, 1000, '<f t="shared" si="&#48;"/>'), SLIDE);
      expectRefusal(sharedXml(text, 1000, '<f t="&#115;hared" si="0"/>'), SLIDE);
    });

    it('the master is the one with a ref, whichever cell holds text', () => {
      // A self-closed master, then copies with long text that are not moved: nothing to refuse.
      const rows: Array<[number, string]> = [
        [1, '<c r="A1"><f t="shared" ref="A1:A1001" si="0"/><v>1</v></c>'],
      ];
      for (let r = 2; r <= 1001; r++)
        rows.push([r, `<c r="A${r}"><f t="shared" si="0">${text}</f><v>1</v></c>`]);
      expect(scanned(sheetXml(rows))).toBeNull();
    });

    it('a shared formula whose index is not a number is damaged', () => {
      for (const copy of ['<f t="shared"/>', '<f t="shared" si="x"/>', '<f t="shared" si=" 0"/>'])
        expectRefusal(sharedXml('A1', 1, copy), DAMAGED);
    });

    it('a master whose text is written as references is costed as the text it stands for', () => {
      // Decoded, one run of 8,000 characters; raw, runs of two.
      expectRefusal(sharedXml('&#97;-'.repeat(1365), 1000), SLIDE);
    });

    it('a formula with a tag or comment inside is damaged (exceljs joins the text around it)', () => {
      const long = `${'a-'.repeat(4000)}<x/>`.repeat(10);
      expectRefusal(sheetXml([[1, `<c r="A1"><f>${long}</f></c>`]]), DAMAGED);
      expectRefusal(sheetXml([[1, '<c r="A1"><f>a-<!-- -->a</f></c>']]), DAMAGED);
      expectRefusal(sheetXml([[1, '<c r="A1"><f>a-<![CDATA[a]]></f></c>']]), DAMAGED);
    });

    it('a second cell or row at the master address, or a master in another row, is damaged', () => {
      // exceljs would move the copies from the long formula that takes the master's place.
      for (const how of ['cell', 'row', 'master in row 2'] as const)
        expectRefusal(overriddenMasterXml(text, 1000, how), DAMAGED);
    });

    it('copies written <f ...></f>, and formulas with &amp; and the like, are read', async () => {
      const read = await readXlsx(
        sharedBook('B1&amp;&quot;x&quot;', 2000, '<f t="shared" si="&#48;"></f>'),
      );
      expect(read.sheets[0]!.cells[2000]).toMatchObject({ row: 2001, formula: '=B2001&"x"' });
    });
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

// Backslash escapes in a number format say the next character literally. exceljs drops the
// backslash while reading, which turned `0\ \d` into `0 d` and the number 40 into a day; the
// reader now makes each escape a quoted run first (src/xlsx/format-escapes.ts).
import ExcelJS from 'exceljs';
import { formatValue, readXlsx, recordCells } from '../../../src/xlsx';
import { quotedEscapes, quoteFormatEscapes } from '../../../src/xlsx/format-escapes';

async function cellWith(value: number, numFmt: string) {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Plan');
  ws.getCell('A1').value = 'By when';
  ws.getCell('A2').value = value;
  ws.getCell('A2').numFmt = numFmt;
  const read = await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
  const sheet = read.sheets[0]!;
  return { cell: sheet.cells.find((c) => c.row === 2)!, sheet };
}

describe('number formats with backslash escapes', () => {
  it.each([
    ['0\\ \\d', '40 d'],
    ['0\\ \\d\\a\\y\\s', '40 days'],
    ['#,##0.00\\ \\€', '40.00 €'],
  ])('%s keeps a number a number, shown as %s', async (numFmt, shown) => {
    const { cell, sheet } = await cellWith(40, numFmt);
    expect(cell.value).toBe(40);
    expect(formatValue(cell.value!, cell.numFmt)).toBe(shown);
    // Not a day on the Plan sheet either: a number in By when stays a number.
    expect(recordCells(sheet)[1]![0]).toBe(40);
  });

  it('still reads a real date format as a date', async () => {
    const { cell } = await cellWith(46_204, 'yyyy\\-mm\\-dd');
    expect(cell.value).toBeInstanceOf(Date);
    expect(formatValue(cell.value!, cell.numFmt)).toBe('2026-07-01');
  });

  it('leaves quoted runs, escaped quotes and entities whole', () => {
    expect(quotedEscapes('0\\ \\d')).toBe('0&quot; &quot;&quot;d&quot;');
    expect(quotedEscapes('&quot;a\\b&quot;0')).toBe('&quot;a\\b&quot;0');
    expect(quotedEscapes('0\\&quot;')).toBe('0\\&quot;');
    expect(quotedEscapes('0\\&amp;')).toBe('0&quot;&amp;&quot;');
    expect(quoteFormatEscapes('<numFmt numFmtId="164" formatCode="0\\ \\d"/>')).toBe(
      '<numFmt numFmtId="164" formatCode="0&quot; &quot;&quot;d&quot;"/>',
    );
  });
});

// Reading .xlsx: values, formulas, fills stored in each of the three ways, bold, notes.
import ExcelJS from 'exceljs';
import { readXlsx, XlsxError, type XlsxCell } from '../../../src/xlsx';
import { bytes, OFFICE_2013, solid, workbookWithTheme } from '../../support/xlsx-files';

function at(cells: XlsxCell[], row: number, col: number): XlsxCell | undefined {
  return cells.find((c) => c.row === row && c.col === col);
}

/** Excel rounds its HSL arithmetic its own way: allow a unit or two per channel. */
function expectColourNear(actual: string | undefined, expected: string): void {
  expect(actual).toMatch(/^#[0-9a-f]{6}$/);
  const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const a = channels(actual!);
  channels(expected).forEach((c, i) => expect(Math.abs(a[i]! - c)).toBeLessThanOrEqual(2));
}

describe('readXlsx: fills', () => {
  let cells: XlsxCell[];

  beforeAll(async () => {
    const wb = await workbookWithTheme();
    const ws = wb.addWorksheet('Dreams');
    ws.getCell('A1').value = 'argb';
    ws.getCell('A1').fill = solid({ argb: 'FFEA9999' }); // Sheets and LibreOffice
    ws.getCell('A2').value = 'theme + tint';
    ws.getCell('A2').fill = solid({ theme: 5, tint: 0.3999755851924192 }); // Excel's palette
    ws.getCell('A3').value = 'theme, darker';
    ws.getCell('A3').fill = solid({ theme: 9, tint: -0.249977111117893 });
    ws.getCell('A4').value = 'theme 0';
    ws.getCell('A4').fill = solid({ theme: 0, tint: -0.1499984740745262 });
    ws.getCell('A5').value = 'indexed';
    ws.getCell('A5').fill = solid({ indexed: 13 }); // legacy palette: yellow
    ws.getCell('A6').value = 'indexed 43';
    ws.getCell('A6').fill = solid({ indexed: 43 });
    ws.getCell('A7').value = 'none';
    ws.getCell('A7').fill = { type: 'pattern', pattern: 'none' };
    ws.getCell('A8').value = 'gradient';
    ws.getCell('A8').fill = {
      type: 'gradient',
      gradient: 'angle',
      degree: 0,
      stops: [
        { position: 0, color: { argb: 'FFB6D7A8' } },
        { position: 1, color: { argb: 'FFFFFFFF' } },
      ],
    };
    ws.getCell('A9').fill = solid({ argb: 'FF9FC5E8' }); // a fill with no value is kept
    cells = (await readXlsx(await bytes(wb))).sheets[0]!.cells;
  });

  it('reads ARGB as written by Google Sheets and LibreOffice', () => {
    expect(at(cells, 1, 1)?.fill).toBe('#ea9999');
  });

  it('resolves theme colours with tint through the workbook’s own theme', () => {
    expectColourNear(at(cells, 2, 1)?.fill, '#f4b084'); // Orange, Accent 2, Lighter 40%
    expectColourNear(at(cells, 3, 1)?.fill, '#548235'); // Green, Accent 6, Darker 25%
    expectColourNear(at(cells, 4, 1)?.fill, '#d9d9d9'); // White, Background 1, Darker 15%
  });

  it('uses the file’s theme, not a built-in one', async () => {
    const wb = await workbookWithTheme({ ...OFFICE_2013, accent2: '00B050' });
    wb.addWorksheet('S').getCell('A1').fill = solid({ theme: 5 });
    const [cell] = (await readXlsx(await bytes(wb))).sheets[0]!.cells;
    expect(cell?.fill).toBe('#00b050');
  });

  it('resolves indexed colours through the legacy palette', () => {
    expect(at(cells, 5, 1)?.fill).toBe('#ffff00');
    expect(at(cells, 6, 1)?.fill).toBe('#ffff99');
  });

  it('reads no fill as none, and a gradient as its first colour', () => {
    expect(at(cells, 7, 1)?.fill).toBeUndefined();
    expect(at(cells, 8, 1)?.fill).toBe('#b6d7a8');
    expect(at(cells, 9, 1)).toEqual({ row: 9, col: 1, fill: '#9fc5e8' });
  });
});

describe('readXlsx: values, bold and notes', () => {
  let cells: XlsxCell[];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dreams');
    ws.getCell('B2').value = 'Pilot';
    ws.getCell('B2').font = { bold: true };
    ws.getCell('B3').value = {
      richText: [
        { text: 'Public ', font: { bold: true } },
        { text: 'speaking', font: { bold: true } },
      ],
    };
    ws.getCell('B4').value = {
      richText: [
        { text: 'Half ', font: { bold: true } },
        { text: 'bold', font: { italic: true } },
      ],
    };
    ws.getCell('B5').value = { richText: [{ text: 'Inherits' }] };
    ws.getCell('B5').font = { bold: true };
    ws.getCell('B6').value = '=HYPERLINK("http://x")';
    ws.getCell('B7').value = '007';
    ws.getCell('B8').value = { formula: 'B9*2', result: 84, date1904: false };
    ws.getCell('B9').value = 42;
    ws.getCell('B10').value = 0.25;
    ws.getCell('B10').numFmt = '0%';
    ws.getCell('B11').value = true;
    ws.getCell('B12').value = new Date(Date.UTC(2024, 2, 5));
    ws.getCell('B13').value = 'Sales';
    ws.getCell('B13').note = 'Closing deals, not just pitching';
    ws.mergeCells('C2:D2');
    ws.getCell('C2').value = 'Merged';
    ws.getCell('B14').value = { text: 'a link', hyperlink: 'http://example.com' };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    ws.getColumn(2).width = 25;
    cells = (await readXlsx(await bytes(wb))).sheets[0]!.cells;
  });

  it('reads bold from the cell font, and from rich text whose every run is bold', () => {
    expect(at(cells, 2, 2)).toEqual({ row: 2, col: 2, value: 'Pilot', bold: true });
    expect(at(cells, 3, 2)).toMatchObject({ value: 'Public speaking', bold: true });
    expect(at(cells, 4, 2)?.bold).toBeUndefined();
    expect(at(cells, 5, 2)).toMatchObject({ value: 'Inherits', bold: true });
  });

  it('keeps text as text, and formulas with their result', () => {
    expect(at(cells, 6, 2)).toEqual({ row: 6, col: 2, value: '=HYPERLINK("http://x")' });
    expect(at(cells, 7, 2)?.value).toBe('007');
    expect(at(cells, 8, 2)).toEqual({ row: 8, col: 2, value: 84, formula: '=B9*2' });
    expect(at(cells, 10, 2)).toMatchObject({ value: 0.25, percent: true });
    expect(at(cells, 11, 2)?.value).toBe(true);
    expect(at(cells, 12, 2)?.value).toEqual(new Date(Date.UTC(2024, 2, 5)));
    expect(at(cells, 14, 2)?.value).toBe('a link');
  });

  it('reads notes, a merged area once, frozen rows and column widths', async () => {
    expect(at(cells, 13, 2)?.note).toBe('Closing deals, not just pitching');
    expect(at(cells, 2, 3)?.value).toBe('Merged');
    expect(at(cells, 2, 4)).toBeUndefined();
  });
});

describe('readXlsx: what is not a workbook', () => {
  it('refuses a file that is not a zip archive', async () => {
    const text = new TextEncoder().encode('name,skill\nPilot,Navigation\n');
    await expect(readXlsx(text)).rejects.toThrow(
      new XlsxError('That file is not an .xlsx workbook.'),
    );
  });

  it('refuses a damaged archive with a plain sentence', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x');
    const data = (await bytes(wb)).slice(0, 200);
    await expect(readXlsx(data)).rejects.toThrow(/could not be read as an \.xlsx workbook/);
  });
});

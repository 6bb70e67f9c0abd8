// Dreams tables as other programs save them, built with exceljs: Excel's theme colours with
// tints, its Good / Neutral / Bad cell styles, the legacy indexed palette, bold from the font
// and from all-bold rich text. Each comes with the priorities a person would expect.
import type ExcelJS from 'exceljs';
import type { PrioritiesExport } from '../../src/core';
import { bytes, OFFICE_2013, solid, workbookWithTheme } from './xlsx-files';

// Excel's built-in cell styles: the fill each one gives a cell.
const GOOD = solid({ argb: 'FFC6EFCE' });
const NEUTRAL = solid({ argb: 'FFFFEB9C' });
const BAD = solid({ argb: 'FFFFC7CE' });
// Palette picks, through the theme (Office 2013-2022's): "Green, Accent 6, Lighter 60%",
// "Gold, Accent 4, Lighter 40%", "Orange, Accent 2, Lighter 60%" (orange counts as yellow),
// and "Blue, Accent 1, Lighter 80%" (no rating: a warning).
const THEME_GREEN = solid({ theme: 9, tint: 0.5999938962981048 });
const THEME_GOLD = solid({ theme: 7, tint: 0.3999755851924192 });
const THEME_ORANGE = solid({ theme: 5, tint: 0.5999938962981048 });
const THEME_BLUE = solid({ theme: 4, tint: 0.7999816888943144 });
// The legacy palette: 10 is red, 13 yellow, 42 light green, 29 coral.
const INDEXED_RED = solid({ indexed: 10 });
const INDEXED_YELLOW = solid({ indexed: 13 });
const INDEXED_GREEN = solid({ indexed: 42 });
const INDEXED_CORAL = solid({ indexed: 29 });

function put(
  ws: ExcelJS.Worksheet,
  address: string,
  value: ExcelJS.CellValue,
  fill?: ExcelJS.Fill,
  boldFont = false,
): void {
  const cell = ws.getCell(address);
  cell.value = value;
  if (fill) cell.fill = fill;
  if (boldFont) cell.font = { name: 'Calibri', size: 11, bold: true };
}

/**
 * An Excel-made workbook: a notes sheet first, then "DREAMS" (any letter case is found), the
 * table starting at B3, Good / Neutral / Bad styles in one dream, theme colours in another,
 * indexed colours in the third, a rich-text bold skill and a date as a skill.
 */
export async function excelStyledWorkbook(): Promise<Uint8Array> {
  const wb = await workbookWithTheme(OFFICE_2013);
  wb.addWorksheet('Read me').getCell('A1').value = 'My career conversation, March';
  const ws = wb.addWorksheet('DREAMS');
  put(ws, 'B3', 'Product manager');
  put(ws, 'C3', 'Founder');
  put(ws, 'D3', 'Teacher');
  // Excel's cell styles.
  put(ws, 'B4', 'Roadmapping', BAD, true);
  put(ws, 'B5', 'Hiring', NEUTRAL);
  put(ws, 'B7', 'Writing', GOOD); // a blank row above is allowed
  put(ws, 'B8', 'Public speaking', BAD);
  // Theme colours with tint.
  put(ws, 'C4', 'hiring', THEME_ORANGE, true);
  put(ws, 'C5', 'Fundraising', THEME_GOLD);
  put(ws, 'C6', '• Writing', THEME_GREEN);
  put(ws, 'C7', 'Design', THEME_BLUE);
  // Indexed colours, rich text and a date.
  put(
    ws,
    'D4',
    {
      richText: [
        { text: 'Public ', font: { bold: true } },
        { text: 'speaking', font: { bold: true } },
      ],
    },
    INDEXED_RED,
  );
  put(ws, 'D5', 'Roadmapping', INDEXED_CORAL);
  put(ws, 'D6', 'Patience', INDEXED_YELLOW);
  put(ws, 'D7', 'Hiring', INDEXED_GREEN);
  put(ws, 'D8', new Date(Date.UTC(2025, 2, 1)), INDEXED_YELLOW);
  ws.getCell('D8').numFmt = 'yyyy-mm-dd';
  return bytes(wb);
}

export const EXCEL_STYLED_PRIORITIES: PrioritiesExport = {
  sheet: 'DREAMS',
  dreams: ['Product manager', 'Founder', 'Teacher'],
  priorities: [
    {
      skill: 'Public speaking',
      red: 2,
      redCritical: 1,
      yellow: 0,
      yellowCritical: 0,
      green: 0,
      dreams: [
        { dream: 'Product manager', rating: 'red', critical: false },
        { dream: 'Teacher', rating: 'red', critical: true },
      ],
    },
    {
      skill: 'Roadmapping',
      red: 2,
      redCritical: 1,
      yellow: 0,
      yellowCritical: 0,
      green: 0,
      dreams: [
        { dream: 'Product manager', rating: 'red', critical: true },
        { dream: 'Teacher', rating: 'red', critical: false },
      ],
    },
    {
      skill: 'Hiring',
      red: 0,
      redCritical: 0,
      yellow: 2,
      yellowCritical: 1,
      green: 1,
      dreams: [
        { dream: 'Product manager', rating: 'yellow', critical: false },
        { dream: 'Founder', rating: 'yellow', critical: true },
        { dream: 'Teacher', rating: 'green', critical: false },
      ],
    },
    {
      skill: '2025-03-01',
      red: 0,
      redCritical: 0,
      yellow: 1,
      yellowCritical: 0,
      green: 0,
      dreams: [{ dream: 'Teacher', rating: 'yellow', critical: false }],
    },
    {
      skill: 'Fundraising',
      red: 0,
      redCritical: 0,
      yellow: 1,
      yellowCritical: 0,
      green: 0,
      dreams: [{ dream: 'Founder', rating: 'yellow', critical: false }],
    },
    {
      skill: 'Patience',
      red: 0,
      redCritical: 0,
      yellow: 1,
      yellowCritical: 0,
      green: 0,
      dreams: [{ dream: 'Teacher', rating: 'yellow', critical: false }],
    },
  ],
  // Excel shows this tint of accent 1 as #d9e1f2; its HSL arithmetic rounds a unit or two apart.
  warnings: [
    '‘Design’ under ‘Founder’ (C7) is filled #dae3f3, which is not red, yellow or green, so it counts as not rated.',
  ],
};

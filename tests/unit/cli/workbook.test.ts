// The command line reads a cell as it shows, as the add-on reads Sheets' display values: a
// number or a date by its number format, so a skill typed as 9:00 is `9:00` in both.
import { sheetGrid } from '../../../src/cli/workbook';
import { parseTable } from '../../../src/core';
import type { XlsxSheet } from '../../../src/xlsx';

const sheet: XlsxSheet = {
  name: 'Dreams',
  cells: [
    { row: 1, col: 1, value: 'Pilot', bold: true },
    { row: 2, col: 1, value: new Date(Date.UTC(1899, 11, 30, 9)), numFmt: 'h:mm', fill: '#ea9999' },
    { row: 3, col: 1, value: new Date(Date.UTC(2026, 0, 2)), numFmt: 'm/d/yyyy' },
    { row: 4, col: 1, value: 5, numFmt: '"$"#,##0.00', bold: true },
    { row: 5, col: 1, value: 0.5, numFmt: '0%', percent: true },
    { row: 6, col: 1, value: new Date(Date.UTC(2025, 2, 1)) },
    { row: 7, col: 1, value: 42 },
    { row: 8, col: 1, value: true },
    { row: 9, col: 1, value: 'Navigation' },
  ],
};

describe('sheetGrid', () => {
  it('gives each cell’s shown text: numbers and dates by their format, the rest as they are', () => {
    expect(sheetGrid(sheet).values.map((row) => row[0])).toEqual([
      'Pilot',
      '9:00',
      '1/2/2026',
      '$5.00',
      '50%',
      // No format: a date as ISO, a number as General.
      '2025-03-01',
      '42',
      true,
      'Navigation',
    ]);
  });

  it('so the table’s skills are named as the sheet shows them', () => {
    const table = parseTable(sheetGrid(sheet));
    expect(table.dreams[0]!.skills.map((s) => s.name)).toEqual([
      '9:00',
      '1/2/2026',
      '$5.00',
      '50%',
      '2025-03-01',
      '42',
      'TRUE',
      'Navigation',
    ]);
  });
});

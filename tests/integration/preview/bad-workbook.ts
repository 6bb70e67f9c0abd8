// A workbook file the preview must not open: valid JSON in its own format, but one sheet of the
// largest size any spreadsheet has (16,384 × 1,048,576 cells, far over Google's 10 million).
export const HUGE_WORKBOOK_JSON = JSON.stringify({
  format: 'career-dreams-emulated-workbook',
  version: 1,
  name: 'huge',
  timeZone: 'Etc/UTC',
  sheets: [
    {
      name: 'Dreams',
      id: 0,
      rows: 1_048_576,
      columns: 16_384,
      frozenRows: 0,
      columnWidths: {},
      cells: [{ cell: 'XFD1048576', value: 'x' }],
    },
  ],
});

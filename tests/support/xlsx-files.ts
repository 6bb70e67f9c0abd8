// .xlsx files made in the test, shaped the ways Excel, LibreOffice and Google Sheets store
// fills and bold, with exceljs (the library the reader uses, but through its writer).
import ExcelJS from 'exceljs';

/** Office 2013-2022's colour scheme, which a workbook carries in xl/theme/theme1.xml. */
export const OFFICE_2013 = {
  dk1: '000000',
  lt1: 'FFFFFF',
  dk2: '44546A',
  lt2: 'E7E6E6',
  accent1: '4472C4',
  accent2: 'ED7D31',
  accent3: 'A5A5A5',
  accent4: 'FFC000',
  accent5: '5B9BD5',
  accent6: '70AD47',
  hlink: '0563C1',
  folHlink: '954F72',
};

/** The theme XML exceljs writes by default, with its colour scheme replaced. */
async function themeXml(colours: Record<string, string>): Promise<string> {
  const plain = new ExcelJS.Workbook();
  plain.addWorksheet('x');
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await plain.xlsx.writeBuffer());
  const model = loaded.model as unknown as { themes: Record<string, string> };
  let xml = model.themes.theme1!;
  for (const [name, hex] of Object.entries(colours)) {
    xml = xml.replace(
      new RegExp(`(<a:${name}>\\s*<a:(?:srgbClr val|sysClr val="\\w+" lastClr)=")[0-9A-F]{6}`),
      `$1${hex}`,
    );
  }
  return xml;
}

/** A workbook whose theme is `colours` (exceljs keeps theme XML in a private field). */
export async function workbookWithTheme(
  colours: Record<string, string> = OFFICE_2013,
): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  (wb as unknown as { _themes: Record<string, string> })._themes = {
    theme1: await themeXml(colours),
  };
  return wb;
}

export function solid(color: Partial<ExcelJS.Color> | Record<string, number>): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: color as Partial<ExcelJS.Color> };
}

export async function bytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

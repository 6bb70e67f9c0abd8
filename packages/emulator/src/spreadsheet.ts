// SpreadsheetApp and Spreadsheet.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet

import { DIMENSION } from './enums';
import { asGas, Fake, fakeOf } from './fake';
import type { SheetData } from './grid';
import type { Parents } from './parents';
import { FakeRangeList } from './range-list';
import type { UserScope } from './scope';
import { FakeSheet } from './sheet';
import { FakeUi } from './ui';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasRangeList = GoogleAppsScript.Spreadsheet.RangeList;
type InsertOptions = { template?: GasSheet | undefined };

const SPREADSHEET_API = [
  'getSheetByName',
  'getSheets',
  'insertSheet',
  'deleteSheet',
  'getActiveSheet',
  'setActiveSheet',
  'moveActiveSheet',
  'getActiveRange',
  'getActiveRangeList',
  'getRange',
  'getSpreadsheetTimeZone',
  'getSpreadsheetLocale',
  'getName',
  'getId',
  'toast',
] as const satisfies readonly (keyof GasSpreadsheet)[];

/** How a user's Ranges and Sheets reach the objects above them (see parents.ts). */
function parentsFor(scope: UserScope): Parents {
  const parents: Parents = {
    sheet: (data) => asGas(new FakeSheet(scope, data, parents)),
    spreadsheet: () => asGas(new FakeSpreadsheet(scope)),
  };
  return parents;
}

export class FakeSpreadsheet
  extends Fake
  implements Pick<GasSpreadsheet, (typeof SPREADSHEET_API)[number]>
{
  readonly service = 'Spreadsheet';
  readonly api: ReadonlySet<string> = new Set(SPREADSHEET_API);
  private readonly parents: Parents;

  constructor(private readonly scope: UserScope) {
    super();
    this.parents = parentsFor(scope);
  }

  override target(): string {
    return this.scope.workbook.name;
  }

  /** The Sheet fake for `data` (the user's active sheet by default). */
  sheet(data: SheetData = this.scope.activeSheet()): FakeSheet {
    return new FakeSheet(this.scope, data, this.parents);
  }

  getSheetByName(name: string): GasSheet | null {
    const data = this.scope.workbook.sheetByName(String(name));
    return data ? asGas(this.sheet(data)) : null;
  }

  getSheets(): GasSheet[] {
    return this.scope.workbook.sheets.map((data) => asGas<GasSheet>(this.sheet(data)));
  }

  /**
   * insertSheet(), (sheetName), (sheetName, sheetIndex) and (sheetIndex); sheetIndex is 0-based.
   * "The new sheet becomes the active sheet." Templates are not emulated.
   */
  insertSheet(
    a?: string | number | InsertOptions,
    b?: number | InsertOptions,
    c?: InsertOptions,
  ): GasSheet {
    if ((typeof a === 'object' && a !== null) || typeof b === 'object' || c !== undefined) {
      throw new Error('Emulator: insertSheet with options (templates) is not emulated.');
    }
    const workbook = this.scope.workbook;
    const name = typeof a === 'string' ? a : workbook.freeSheetName();
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : workbook.sheets.length;
    const data = workbook.addSheet(name, index);
    this.scope.activate(data);
    this.scope.logWrite(data, 'insertSheet', [], `insert sheet "${name}" at ${index}`);
    return asGas(this.sheet(data));
  }

  deleteSheet(sheet: GasSheet): void {
    const data = fakeOf(sheet, FakeSheet, 'SpreadsheetApp.Spreadsheet.deleteSheet').data;
    this.scope.workbook.removeSheet(data);
    this.scope.logWrite(data, 'deleteSheet', [], `delete sheet "${data.name}"`);
  }

  getActiveSheet(): GasSheet {
    return asGas(this.sheet());
  }

  setActiveSheet(sheet: GasSheet, _restoreSelection?: boolean): GasSheet {
    const fake = fakeOf(sheet, FakeSheet, 'SpreadsheetApp.Spreadsheet.setActiveSheet');
    this.scope.activate(fake.data);
    return asGas(fake);
  }

  /**
   * "Moves the active sheet to the given position in the list of sheets. Throws an exception if
   * the position is negative or greater than the number of sheets." `pos` is 1-based.
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#moveActiveSheet(Integer)
   */
  moveActiveSheet(pos: number): void {
    const workbook = this.scope.workbook;
    const data = this.scope.activeSheet();
    if (!Number.isInteger(pos) || pos < 0 || pos > workbook.sheets.length) {
      throw new Error(
        `The position ${String(pos)} is out of range: this spreadsheet has ${workbook.sheets.length} sheets.`,
      );
    }
    workbook.moveSheet(data, Math.max(pos, 1) - 1);
    this.scope.logWrite(data, 'moveActiveSheet', [], `move sheet "${data.name}" to ${pos}`);
  }

  /**
   * "If multiple ranges are selected this method returns only the last selected range." Never
   * null here: a sheet always has a current cell (A1 until the user selects something).
   */
  getActiveRange(): GasRange {
    const data = this.scope.activeSheet();
    const a1s = this.scope.selectionOf(data);
    return asGas(this.sheet(data).rangeFromA1(a1s[a1s.length - 1] ?? 'A1'));
  }

  getActiveRangeList(): GasRangeList {
    const data = this.scope.activeSheet();
    const sheet = this.sheet(data);
    const ranges = this.scope.selectionOf(data).map((a1) => sheet.rangeFromA1(a1));
    return asGas(new FakeRangeList(this.scope, data, ranges));
  }

  /** 'Sheet1!A1:B2', or 'A1:B2' on the active sheet. */
  getRange(a1Notation: string): GasRange {
    const text = String(a1Notation);
    const bang = text.lastIndexOf('!');
    if (bang < 0) return asGas(this.sheet().rangeFromA1(text));
    const name = text
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    const data = this.scope.workbook.sheetByName(name);
    if (!data) throw new Error('Range not found');
    return asGas(this.sheet(data).rangeFromA1(text.slice(bang + 1)));
  }

  getSpreadsheetTimeZone(): string {
    return this.scope.workbook.timeZone;
  }

  /** "Gets the spreadsheet locale", e.g. 'en_US' (values.ts has what it changes). */
  getSpreadsheetLocale(): string {
    return this.scope.workbook.locale;
  }

  getName(): string {
    return this.scope.workbook.name;
  }

  getId(): string {
    return this.scope.workbook.id;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.scope.ui.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }
}

const APP_API = [
  'getActiveSpreadsheet',
  'getActive',
  'getActiveSheet',
  'getActiveRange',
  'getActiveRangeList',
  'getUi',
  'flush',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.SpreadsheetApp)[];

export class FakeSpreadsheetApp
  extends Fake
  implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, (typeof APP_API)[number]>
{
  readonly service = 'SpreadsheetApp';
  readonly api: ReadonlySet<string> = new Set(APP_API);
  override readonly constants = { Dimension: DIMENSION };

  constructor(private readonly scope: UserScope) {
    super();
  }

  getActiveSpreadsheet(): GasSpreadsheet {
    return asGas(new FakeSpreadsheet(this.scope));
  }

  getActive(): GasSpreadsheet {
    return this.getActiveSpreadsheet();
  }

  getActiveSheet(): GasSheet {
    return asGas(new FakeSpreadsheet(this.scope).sheet());
  }

  getActiveRange(): GasRange {
    return new FakeSpreadsheet(this.scope).getActiveRange();
  }

  getActiveRangeList(): GasRangeList {
    return new FakeSpreadsheet(this.scope).getActiveRangeList();
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return asGas(new FakeUi(this.scope));
  }

  /** Writes are applied at once here, so there is nothing pending to flush. */
  flush(): void {}
}

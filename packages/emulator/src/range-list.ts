// RangeList. https://developers.google.com/apps-script/reference/spreadsheet/range-list
//
// Each method does to every range what the Range method of the same name does, and is one call:
// one write record for the whole list.

import { rectCells } from './a1';
import { clearBlock, partsToClear, type ClearOptions } from './clearing';
import { normaliseColour } from './colours';
import { asGas, Fake } from './fake';
import type { SheetData } from './grid';
import type { FakeRange } from './range';
import { embolden, isBold, paint, type FontWeight } from './range-formats';
import { annotate } from './range-notes';
import { fillValue } from './range-values';
import type { UserScope } from './scope';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasRangeList = GoogleAppsScript.Spreadsheet.RangeList;

const RANGE_LIST_API = [
  'getRanges',
  'setBackground',
  'setFontWeight',
  'setValue',
  'setNote',
  'clear',
  'clearContent',
  'clearFormat',
  'clearNote',
  'activate',
] as const satisfies readonly (keyof GasRangeList)[];

export class FakeRangeList
  extends Fake
  implements Pick<GasRangeList, (typeof RANGE_LIST_API)[number]>
{
  readonly service = 'RangeList';
  readonly api: ReadonlySet<string> = new Set(RANGE_LIST_API);

  constructor(
    private readonly scope: UserScope,
    private readonly sheet: SheetData,
    readonly ranges: FakeRange[],
  ) {
    super();
  }

  override target(): string {
    return `${this.sheet.name}!${this.ranges.map((r) => r.getA1Notation()).join(',')}`;
  }

  /** One write record for the whole list: it is one call. */
  private logged(method: string): GasRangeList {
    this.scope.logWrite(
      this.sheet,
      method,
      this.ranges.flatMap((r) => rectCells(r.rect)),
    );
    return asGas(this);
  }

  getRanges(): GasRange[] {
    return this.ranges.map((r) => asGas<GasRange>(r));
  }

  setBackground(color: string | null): GasRangeList {
    normaliseColour(color); // validate before touching any range
    this.ranges.forEach((r) => paint(r, color));
    return this.logged('setBackground');
  }

  setFontWeight(fontWeight: FontWeight | null): GasRangeList {
    isBold(fontWeight); // validate before touching any range
    this.ranges.forEach((r) => embolden(r, fontWeight));
    return this.logged('setFontWeight');
  }

  setValue(value: unknown): GasRangeList {
    this.ranges.forEach((r) =>
      fillValue(r, value, this.scope.workbook.timeZone, this.scope.workbook.locale),
    );
    return this.logged('setValue');
  }

  setNote(note: string | null): GasRangeList {
    this.ranges.forEach((r) => annotate(r, note));
    return this.logged('setNote');
  }

  clear(options?: ClearOptions): GasRangeList {
    const parts = partsToClear(options);
    this.ranges.forEach((r) => clearBlock(r, parts));
    return this.logged('clear');
  }

  clearContent(): GasRangeList {
    this.ranges.forEach((r) => clearBlock(r, { content: true }));
    return this.logged('clearContent');
  }

  clearFormat(): GasRangeList {
    this.ranges.forEach((r) => clearBlock(r, { format: true }));
    return this.logged('clearFormat');
  }

  clearNote(): GasRangeList {
    this.ranges.forEach((r) => clearBlock(r, { note: true }));
    return this.logged('clearNote');
  }

  activate(): GasRangeList {
    this.scope.activate(
      this.sheet,
      this.ranges.map((r) => r.getA1Notation()),
    );
    return asGas(this);
  }
}

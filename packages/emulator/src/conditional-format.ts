// ConditionalFormatRule, only as far as the add-on looks at it: whether a sheet has any. Its
// colours are painted over a cell by Sheets but are not the cell's background, so
// Range.getBackgrounds() never returns them; the emulator does not paint them either.
// https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule

import { Fake } from './fake';

type GasRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const RULE_API = [] as const satisfies readonly (keyof GasRule)[];

export class FakeConditionalFormatRule
  extends Fake
  implements Pick<GasRule, (typeof RULE_API)[number]>
{
  readonly service = 'ConditionalFormatRule';
  readonly api: ReadonlySet<string> = new Set(RULE_API);

  constructor(
    /** A1 notations the rule applies to (kept for dumps; the add-on cannot read them here). */
    readonly ranges: readonly string[],
  ) {
    super();
  }
}

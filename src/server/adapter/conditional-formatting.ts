// How many conditional-format rules the dreams sheet has: one call, made only when the core
// says the table looks as if rules painted it (src/core/conditional-formatting.ts).
export function conditionalRuleCount(sheet: GoogleAppsScript.Spreadsheet.Sheet): number {
  return sheet.getConditionalFormatRules().length;
}

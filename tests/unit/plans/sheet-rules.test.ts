// The product rules that used to live in the adapter and the CLI, now in the core: which sheet
// is the dreams sheet, which sheet may be adopted, and when conditional formatting is the reason
// nothing reads as rated.
import {
  conditionalFormattingWarning,
  isCandidateSheet,
  isPrioritiesReport,
  mayBeConditionallyFormatted,
  PRIORITIES_TITLE,
  sheetIndexByName,
} from '../../../src/core';
import { red, tableOf } from '../../support/builders';

describe('sheetIndexByName', () => {
  it('prefers the exact name, then the trimmed name in any letter case', () => {
    expect(sheetIndexByName(['dreams', 'Dreams'])).toBe(1);
    expect(sheetIndexByName(['Sheet1', ' DREAMS '])).toBe(1);
    expect(sheetIndexByName(['Sheet1', 'Priorities'])).toBe(-1);
    expect(sheetIndexByName(['Plan', 'plan '], 'plan ')).toBe(1);
    expect(sheetIndexByName(['Plan', 'Other'], 'PLAN')).toBe(0);
  });
});

describe('isCandidateSheet', () => {
  it('offers a sheet with content, never the Priorities sheet, never an empty one', () => {
    expect(isCandidateSheet('Sheet1', 4)).toBe(true);
    expect(isCandidateSheet('Sheet1', 0)).toBe(false);
    expect(isCandidateSheet('priorities', 9)).toBe(false);
  });
});

describe('isPrioritiesReport', () => {
  it('knows the add-on’s report by its title, whatever follows it', () => {
    expect(isPrioritiesReport(PRIORITIES_TITLE)).toBe(true);
    expect(isPrioritiesReport(`${PRIORITIES_TITLE} (old)`)).toBe(true);
    expect(isPrioritiesReport('Founder')).toBe(false);
    expect(isPrioritiesReport(undefined)).toBe(false);
  });
});

describe('conditional formatting', () => {
  const unfilled = tableOf([['Founder'], ['Hiring']]);
  const filled = tableOf([['Founder'], [red('Hiring')]]);
  const empty = tableOf([['Founder']]);

  it('is worth asking about only when there are skills and none is filled', () => {
    expect(mayBeConditionallyFormatted(unfilled)).toBe(true);
    expect(mayBeConditionallyFormatted(filled)).toBe(false);
    expect(mayBeConditionallyFormatted(empty)).toBe(false);
  });

  it('warns only when the sheet really has rules', () => {
    expect(conditionalFormattingWarning(unfilled, 0)).toBeNull();
    expect(conditionalFormattingWarning(filled, 3)).toBeNull();
    expect(conditionalFormattingWarning(unfilled, 2)?.message).toMatch(
      /^This sheet has conditional formatting\. The colours it paints are not fills/,
    );
  });
});

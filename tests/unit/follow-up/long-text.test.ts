// A cell of 50,000 characters (pasted by mistake, or made to be hostile) is named in a warning or
// a refusal by its first few words, not repeated whole: the sentence stays a sentence.
import { isUserError, parseCheckInsSheet, parsePlanSheet } from '../../../src/core';
import * as decode from '../../../src/server/decode';

const HUGE = `Blocked ${'x'.repeat(50_000)}`;
/** Long enough for a cell reference, the start of the text and the advice, not for the text. */
const SHORT = 400;

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isUserError(error)) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('a huge cell in a warning or a refusal', () => {
  it('Plan: a status or a date that is not one is named by its start', () => {
    const plan = parsePlanSheet(
      [
        ['Skill', 'Action', 'Status', 'By when', 'Last checked'],
        ['Hiring', 'Shadow', HUGE, HUGE, HUGE],
      ],
      'Plan',
    );
    expect(plan.warnings).toHaveLength(3);
    for (const warning of plan.warnings) {
      expect(warning.length).toBeLessThan(SHORT);
      expect(warning).toMatch(/‘Blocked x+…’/);
    }
    // The item itself keeps the whole text (shown as typed).
    expect(plan.items[0]?.statusText).toBe(HUGE);
  });

  it('Check-ins: a date, a rating or the next check-in day that is not one, by its start', () => {
    const sheet = parseCheckInsSheet(
      [
        ['Date', 'Dream', 'Skill', 'Rating', '', 'Next check-in', HUGE],
        [HUGE, 'Founder', 'Hiring', 'Red'],
        ['2026-06-01', 'Founder', 'Hiring', HUGE],
      ],
      'Check-ins',
    );
    expect(sheet.warnings).toHaveLength(3);
    for (const warning of sheet.warnings) expect(warning.length).toBeLessThan(SHORT);
  });

  it('the sidebar’s arguments: a day, a kind or a status that is not one', () => {
    for (const fn of [
      () => decode.day(HUGE),
      () => decode.planKind(HUGE),
      () => decode.planStatus(HUGE),
    ]) {
      const message = refusal(fn);
      expect(message.length).toBeLessThan(SHORT);
      expect(message).toMatch(/^‘Blocked x+…’ is not/);
    }
  });
});

// Days on the record sheets are 'yyyy-MM-dd' text, compared as text: a real calendar day or
// nothing, and "overdue" means before today and not finished.
import { dayOf, isIsoDay, isOverdue, type PlanStatus } from '../../../src/core';

describe('isIsoDay', () => {
  test.each(['2026-06-01', '2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01', '9999-12-31'])(
    '%s is a day',
    (text) => expect(isIsoDay(text)).toBe(true),
  );

  test.each([
    ['the 30th of February', '2026-02-30'],
    ['the 29th of February in a common year', '2026-02-29'],
    ['the 29th of February in 2100, not a leap year', '2100-02-29'],
    ['the 31st of April', '2026-04-31'],
    ['month 13', '2026-13-01'],
    ['month 0', '2026-00-10'],
    ['day 0', '2026-06-00'],
    ['year 0', '0000-01-01'],
    ['no leading zeros', '2026-6-1'],
    ['another order', '01-06-2026'],
    ['slashes', '2026/06/01'],
    ['a time after it', '2026-06-01 10:00'],
    ['spaces around it', ' 2026-06-01 '],
    ['a word', 'soon'],
    ['nothing', ''],
  ])('%s (%p) is not', (_what, text) => expect(isIsoDay(text)).toBe(false));
});

describe('dayOf', () => {
  test('a date cell, as the readers give it, is its day', () => {
    expect(dayOf('2026-06-01')).toBe('2026-06-01');
  });

  test('text typed with spaces around a day still is one', () => {
    expect(dayOf('  2026-06-01\t')).toBe('2026-06-01');
  });

  test.each([
    ['an empty cell', null],
    ['empty text', ''],
    ['a number (not a date serial here: the readers turn dates into days)', 46174],
    ['a boolean', true],
    ['a word', 'next week'],
    ['a day that does not exist', '2026-02-30'],
    ['a day written another way', '1/6/2026'],
  ])('%s is no day', (_what, cell) => expect(dayOf(cell)).toBeNull());
});

describe('isOverdue', () => {
  const today = '2026-06-10';
  const item = (byWhen: string | null, status: PlanStatus | null) => ({ byWhen, status });

  test.each([
    ['Not started', true],
    ['In progress', true],
    ['Done', false],
    ['Dropped', false],
    [null, true],
  ] as const)('a day before today with status %p: overdue %p', (status, overdue) => {
    expect(isOverdue(item('2026-06-09', status), today)).toBe(overdue);
  });

  test('today itself and later days are not overdue', () => {
    expect(isOverdue(item(today, 'Not started'), today)).toBe(false);
    expect(isOverdue(item('2026-06-11', 'In progress'), today)).toBe(false);
  });

  test('an item with no day is never overdue', () => {
    expect(isOverdue(item(null, 'Not started'), today)).toBe(false);
  });

  test('days compare across months and years as text', () => {
    expect(isOverdue(item('2025-12-31', 'In progress'), '2026-01-01')).toBe(true);
    expect(isOverdue(item('2026-10-01', 'In progress'), '2026-09-30')).toBe(false);
  });
});

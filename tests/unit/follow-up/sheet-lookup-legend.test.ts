// The record sheets are found by name as the dreams sheet is (exact name first, then trimmed in
// any letter case), and each carries a legend so it reads without the add-on.
import {
  CHECK_INS_LEGEND,
  CHECK_INS_SHEET,
  CHECK_IN_COLUMNS,
  PLAN_COLUMNS,
  PLAN_LEGEND,
  PLAN_SHEET,
  PLAN_STATUSES,
  findRecordSheetName,
  parseCheckInsSheet,
  parsePlanSheet,
} from '../../../src/core';

describe('findRecordSheetName', () => {
  test.each([
    ['the exact name', ['Dreams', 'Plan'], 'Plan'],
    ['the exact name before another spelling', ['plan', 'Plan'], 'Plan'],
    ['any letter case', ['Dreams', 'PLAN'], 'PLAN'],
    ['spaces around it', ['Dreams', ' plan  '], ' plan  '],
    ['the first of two other spellings', ['PLAN', 'plan'], 'PLAN'],
  ])('%s', (_what, names, found) => {
    expect(findRecordSheetName(names, PLAN_SHEET)).toBe(found);
  });

  test('none: null', () => {
    expect(findRecordSheetName(['Dreams', 'Plans', 'My plan'], PLAN_SHEET)).toBeNull();
    expect(findRecordSheetName([], CHECK_INS_SHEET)).toBeNull();
  });

  test('Check-ins the same way, and never History', () => {
    expect(findRecordSheetName(['History', 'check-ins'], CHECK_INS_SHEET)).toBe('check-ins');
    expect(findRecordSheetName(['History', 'Checkins'], CHECK_INS_SHEET)).toBeNull();
  });
});

describe('the legends', () => {
  test.each([
    ['Plan', PLAN_LEGEND, PLAN_COLUMNS],
    ['Check-ins', CHECK_INS_LEGEND, CHECK_IN_COLUMNS],
  ])('%s: one cell of sentences naming every column', (_sheet, legend, columns) => {
    expect(legend.startsWith('How to read this sheet:')).toBe(true);
    expect(legend).not.toContain('\n');
    expect(legend.endsWith('.')).toBe(true);
    for (const column of columns) expect(legend).toContain(column);
    // A cell holds at most 50,000 characters; a legend should read at a glance.
    expect(legend.length).toBeLessThan(1200);
  });

  test('the Plan legend names the statuses and says what overdue means', () => {
    for (const status of PLAN_STATUSES) expect(PLAN_LEGEND).toContain(status);
    expect(PLAN_LEGEND).toMatch(/overdue when its By when day has passed/);
  });

  test('the Check-ins legend names the words, says the word is the truth and that rows are only added', () => {
    for (const word of ['Red', 'Yellow', 'Green', 'Not rated'])
      expect(CHECK_INS_LEGEND).toContain(word);
    expect(CHECK_INS_LEGEND).toContain('The word is the truth');
    expect(CHECK_INS_LEGEND).toContain('only ever added');
    expect(CHECK_INS_LEGEND).toContain('Next check-in');
  });

  test('a legend in the header row is read as an extra column, not as one of the columns', () => {
    const plan = parsePlanSheet([[...PLAN_COLUMNS, '', PLAN_LEGEND]], 'Plan');
    expect(Object.keys(plan.columns)).toEqual([...PLAN_COLUMNS]);
    const checkIns = parseCheckInsSheet(
      [[...CHECK_IN_COLUMNS, '', 'Next check-in', '', '', CHECK_INS_LEGEND]],
      'Check-ins',
    );
    expect(Object.keys(checkIns.columns)).toEqual([...CHECK_IN_COLUMNS]);
    expect(checkIns.warnings).toEqual([]);
  });
});

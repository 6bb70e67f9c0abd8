// The contract is declared once, as a table. These checks are made by the compiler (`tsc -b`
// type-checks this file): a wire type that is not plain data cannot be written, and the list of
// functions the build and the benchmark use is the table's own keys.
import { ENDPOINTS, SIDEBAR_FUNCTIONS, type IsPlain, type SidebarApi } from '../../../src/contract';

// Compile-time facts: each line fails to type-check if the check it names stops working.
const plainString: IsPlain<{ a: string; b: number[]; c?: { d: boolean | null } }> = true;
const notPlainDate: IsPlain<{ when: Date }> = false;
const notPlainFunction: IsPlain<{ run: () => void }> = false;
const notPlainMap: IsPlain<Map<string, string>[]> = false;
// @ts-expect-error a Date is not plain data
const dateIsNotTrue: IsPlain<{ when: Date }> = true;

describe('the endpoint table', () => {
  it('is the list of functions, with no name twice', () => {
    expect(SIDEBAR_FUNCTIONS).toEqual(Object.keys(ENDPOINTS));
    expect(new Set(SIDEBAR_FUNCTIONS).size).toBe(SIDEBAR_FUNCTIONS.length);
  });

  it('says what each function answers with', () => {
    const answers = Object.fromEntries(
      Object.entries(ENDPOINTS).map(([name, row]) => [name, row.answers]),
    );
    expect(answers.getNotes).toBe('notes');
    expect(answers.getLibrary).toBe('library');
    expect(answers.checkState).toBe('check');
    expect(answers.selectCell).toBe('cell');
    expect(answers.getExportExtras).toBe('export');
    expect(answers.getFollowUp).toBe('followUp');
    expect(answers.checkFollowUp).toBe('followUpCheck');
    const changes = [
      'addPlanItem',
      'updatePlanItem',
      'removePlanItem',
      'recordCheckIn',
      'setNextCheckIn',
      'setDreamWhy',
    ];
    expect(changes.every((name) => answers[name] === 'followUpChange')).toBe(true);
    const special = ['getNotes', 'getLibrary', 'checkState', 'selectCell', 'getExportExtras'];
    special.push('getFollowUp', 'checkFollowUp', ...changes);
    const others = SIDEBAR_FUNCTIONS.filter((n) => !special.includes(n));
    expect(others.every((name) => answers[name] === 'state')).toBe(true);
  });

  it('holds no types at run time: a signature is only a compile-time phantom', () => {
    const api: Partial<SidebarApi> = {};
    expect(Object.values(ENDPOINTS).every((row) => row.signature === undefined)).toBe(true);
    expect(api).toEqual({});
    expect([plainString, notPlainDate, notPlainFunction, notPlainMap, dateIsNotTrue]).toEqual([
      true,
      false,
      false,
      false,
      true,
    ]);
  });
});

// The state's fingerprint: stable for the same content, different for any change the sidebar
// would show, independent of key order, and cheap on a big table.
import { canonicalText, fingerprintOf } from '../../../src/core';

const state = {
  sheetName: 'Dreams',
  dreams: [{ name: 'CTO', col: 1, skills: [{ name: 'Hiring', rating: 'red', critical: true }] }],
  warnings: [] as string[],
};

describe('fingerprintOf', () => {
  it('is 16 hex digits, the same for the same content', () => {
    const a = fingerprintOf(state);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintOf(JSON.parse(JSON.stringify(state)))).toBe(a);
  });

  it('does not depend on the order keys were written in', () => {
    const reordered = { warnings: [], dreams: state.dreams, sheetName: 'Dreams' };
    expect(fingerprintOf(reordered)).toBe(fingerprintOf(state));
    expect(canonicalText({ b: 1, a: [true, null] })).toBe('{"a":[true,null],"b":1}');
  });

  it('changes with a rating, a critical mark, a name, an order or a warning', () => {
    const base = fingerprintOf(state);
    const variants = [
      { ...state, sheetName: 'Dreams 2' },
      { ...state, warnings: ['odd'] },
      {
        ...state,
        dreams: [
          { ...state.dreams[0], skills: [{ name: 'Hiring', rating: 'yellow', critical: true }] },
        ],
      },
      {
        ...state,
        dreams: [
          { ...state.dreams[0], skills: [{ name: 'Hiring', rating: 'red', critical: false }] },
        ],
      },
      {
        ...state,
        dreams: [
          { ...state.dreams[0], skills: [{ name: 'hiring', rating: 'red', critical: true }] },
        ],
      },
    ];
    const prints = variants.map(fingerprintOf);
    expect(prints).not.toContain(base);
    expect(new Set(prints).size).toBe(prints.length);
    expect(fingerprintOf(['a', 'b'])).not.toBe(fingerprintOf(['b', 'a']));
    expect(fingerprintOf({ a: 'x,"b":"y' })).not.toBe(fingerprintOf({ a: 'x', b: 'y' }));
  });

  it('leaves undefined members out, as the wire does', () => {
    expect(fingerprintOf({ a: 1, b: undefined })).toBe(fingerprintOf({ a: 1 }));
  });

  it('is cheap: a 5 x 25 table a hundred times in well under the 5 s between checks', () => {
    const big = {
      dreams: Array.from({ length: 5 }, (_, d) => ({
        name: `Dream ${d}`,
        col: d + 1,
        skills: Array.from({ length: 25 }, (_, s) => ({
          name: `Skill ${s}`,
          row: s + 2,
          col: d + 1,
          rating: 'red',
          critical: s % 2 === 0,
        })),
      })),
    };
    const start = Date.now();
    for (let i = 0; i < 100; i++) fingerprintOf(big);
    // About 0.5 ms each in Node; the bound leaves room for a loaded test machine.
    expect(Date.now() - start).toBeLessThan(5000);
  });
});

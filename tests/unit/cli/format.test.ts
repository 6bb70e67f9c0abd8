// The printed output: long lists print without overflowing the stack, and names are printed so
// that a terminal shows them, never obeys them.
import type { PrioritiesExport } from '../../../src/core';
import { formatJson, formatPlain } from '../../../src/cli/format';
import { visible } from '../../../src/cli/visible';

function doc(overrides: Partial<PrioritiesExport>): PrioritiesExport {
  return { sheet: 'Dreams', dreams: ['Founder'], priorities: [], warnings: [], ...overrides };
}

describe('long lists', () => {
  it('prints 200,000 warnings', () => {
    const warnings = Array.from(
      { length: 200_000 },
      (_, i) => `‘Sales’ is listed twice (A${i + 3})`,
    );
    const text = formatPlain(doc({ warnings }));
    expect(text).toContain('\nWarnings:\n- ‘Sales’ is listed twice (A3)\n');
    expect(text.endsWith('- ‘Sales’ is listed twice (A200002)\n')).toBe(true);
  });

  it('prints 200,000 priorities', () => {
    const priorities = Array.from({ length: 200_000 }, (_, i) => ({
      skill: `Skill ${i + 1}`,
      red: 1,
      redCritical: 0,
      yellow: 0,
      yellowCritical: 0,
      green: 0,
      dreams: [{ dream: 'Founder', rating: 'red' as const, critical: false }],
    }));
    const text = formatPlain(doc({ priorities }));
    expect(text).toContain('\n200000. Skill 200000 — red in Founder\n');
  });
});

describe('names from the file', () => {
  it('shows control and bidi characters by their code, and keeps letters, emoji and joiners', () => {
    expect(visible('Sales\u202Eexe')).toBe('Sales\\u{202E}exe');
    expect(visible('\u001b[31mred\u0007')).toBe('\\u{1B}[31mred\\u{7}');
    expect(visible('a\u009bb\u0085c\u200ed\u2066e\u2069\ufeff')).toBe(
      'a\\u{9B}b\\u{85}c\\u{200E}d\\u{2066}e\\u{2069}\\u{FEFF}',
    );
    expect(visible('مدير 👩‍💻 Éloquence')).toBe('مدير 👩‍💻 Éloquence');
  });

  it('text output escapes every name: sheet, dreams, skills and warnings', () => {
    const text = formatPlain(
      doc({
        sheet: 'D\u202E',
        dreams: ['F\u001b'],
        priorities: [
          {
            skill: 'S\u2067',
            red: 1,
            redCritical: 0,
            yellow: 0,
            yellowCritical: 0,
            green: 0,
            dreams: [{ dream: 'F\u001b', rating: 'red', critical: false }],
          },
        ],
        warnings: ['w\u009b'],
      }),
    );
    // eslint-disable-next-line no-control-regex -- control characters are what is checked
    expect(text).not.toMatch(/[\u001b\u009b\u202e\u2067]/);
    expect(text).toContain('sheet ‘D\\u{202E}’ (1 dream: F\\u{1B})');
    expect(text).toContain('1. S\\u{2067} — red in F\\u{1B}');
    expect(text).toContain('- w\\u{9B}');
  });

  it('JSON output escapes them as JSON does, and parses back to the same names', () => {
    const original = doc({
      sheet: 'D\u202E\u0085',
      dreams: ['F\u2066\u001b\n'],
      warnings: ['\u2028'],
    });
    const json = formatJson(original);
    // eslint-disable-next-line no-control-regex -- control characters are what is checked
    expect(json).not.toMatch(/[\u001b\u0085\u202e\u2066\u2028]/);
    expect(json).toContain('"sheet": "D\\u202e\\u0085"');
    expect(JSON.parse(json)).toEqual(original);
  });
});

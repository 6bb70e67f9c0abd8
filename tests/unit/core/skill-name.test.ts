// Skill identity, from docs/design.md: Unicode NFKC, a leading bullet or dash (•, -, *, ·, –) and
// surrounding spaces removed, inner whitespace collapsed, compared case-insensitively.
import { cellText, cleanName, compareNames, isErrorValue, skillKey } from '../../../src/core';

const same = (a: string, b: string) => expect(skillKey(a)).toBe(skillKey(b));
const different = (a: string, b: string) => expect(skillKey(a)).not.toBe(skillKey(b));

describe('skillKey: what counts as the same skill', () => {
  test('case does not matter', () => {
    same('Public speaking', 'public SPEAKING');
    same('SQL', 'sql');
    expect(skillKey('Public Speaking')).toBe('public speaking');
  });

  test('NFKC: full-width letters are the ordinary letters', () => {
    same('Ｐｙｔｈｏｎ', 'Python');
    same('ＳＱＬ　ｔｕｎｉｎｇ', 'SQL tuning'); // with an ideographic space
  });

  test('NFKC: the ﬁ ligature is "fi"', () => {
    same('\uFB01nance', 'finance');
    expect(cleanName('Pro\uFB01ling')).toBe('Profiling');
  });

  test('NFKC: a decomposed accent equals the precomposed one', () => {
    same('Re\u0301sume\u0301 writing', 'R\u00e9sum\u00e9 writing');
  });

  describe.each(['•', '-', '*', '·', '–'])('a leading %s', (bullet) => {
    test('followed by a space is removed', () => {
      same(`${bullet} Public speaking`, 'Public speaking');
      expect(cleanName(`${bullet} Public speaking`)).toBe('Public speaking');
    });

    test('with no space after it is removed', () => {
      same(`${bullet}Public speaking`, 'Public speaking');
      expect(cleanName(`${bullet}Public speaking`)).toBe('Public speaking');
    });

    test('with spaces before and several after is removed', () => {
      expect(cleanName(`   ${bullet}    Public speaking  `)).toBe('Public speaking');
    });

    test('inside or at the end of a name is kept', () => {
      expect(cleanName(`Public ${bullet} speaking`)).toBe(`Public ${bullet} speaking`);
      expect(cleanName(`Public speaking ${bullet}`)).toBe(`Public speaking ${bullet}`);
    });
  });

  test('a hyphen inside a word is not a bullet', () => {
    expect(cleanName('C-suite communication')).toBe('C-suite communication');
    different('C-suite communication', 'Csuite communication');
  });

  test.each([
    ['two spaces', 'Public  speaking'],
    ['a tab', 'Public\tspeaking'],
    ['a newline', 'Public\nspeaking'],
    ['a carriage return and newline', 'Public\r\nspeaking'],
    ['a non-breaking space', 'Public\u00a0speaking'],
    ['a mix', 'Public \u00a0\t \n speaking'],
    ['leading and trailing whitespace', ' \t Public speaking \n'],
  ])('inner whitespace (%s) collapses to one space', (_what, name) => {
    expect(cleanName(name)).toBe('Public speaking');
    same(name, 'public speaking');
  });

  test('different words stay different', () => {
    different('Public speaking', 'Public speakings');
    different('Public speaking', 'Publicspeaking');
    different('Java', 'JavaScript');
  });

  test('emoji are kept as they are', () => {
    expect(cleanName('🚀 Launch a product')).toBe('🚀 Launch a product');
    expect(skillKey('🚀 Launch a product')).toBe('🚀 launch a product');
    // A ZWJ sequence and a skin-tone modifier must not be split or stripped.
    expect(cleanName('👩🏽‍💻  Coding')).toBe('👩🏽‍💻 Coding');
    different('🚀 Launch', '🛸 Launch');
  });

  test('right-to-left text is kept as it is', () => {
    expect(cleanName('القيادة')).toBe('القيادة');
    expect(cleanName('• القيادة')).toBe('القيادة');
    expect(cleanName('ניהול   צוות')).toBe('ניהול צוות');
    same('ניהול צוות', '- ניהול  צוות');
  });

  describe('invisible characters', () => {
    // Pasted from the web or a word processor, they make two spellings that look the same.
    test.each([
      ['a zero-width space', '\u200B'],
      ['a word joiner', '\u2060'],
      ['a zero-width no-break space (BOM)', '\uFEFF'],
      ['a soft hyphen', '\u00AD'],
    ])('%s is removed from the name and its identity', (_what, ch) => {
      same(`Sa${ch}les`, 'Sales');
      same(`${ch}Sales${ch}`, 'Sales');
      expect(cleanName(`Sa${ch}les`)).toBe('Sales');
      expect(cleanName(`Public${ch} speaking`)).toBe('Public speaking');
      expect(cleanName(`${ch}• Sales`)).toBe('Sales');
    });

    test.each([
      ['a zero-width joiner', '\u200D'],
      ['a zero-width non-joiner', '\u200C'],
    ])(
      '%s does not make another skill, yet stays in the name (emoji and scripts need it)',
      (_what, ch) => {
        same(`Sa${ch}les`, 'Sales');
        same(`Public ${ch} speaking`, 'Public speaking');
        same(`${ch}• Sales`, 'Sales');
        expect(cleanName(`Sa${ch}les`)).toBe(`Sa${ch}les`);
      },
    );

    test('a name of nothing but invisible characters is empty', () => {
      expect(cleanName('\u200B\u2060 \uFEFF')).toBe('');
    });
  });

  test('cleanName keeps the letter case the person typed', () => {
    expect(cleanName('  •  Public   Speaking ')).toBe('Public Speaking');
  });
});

describe('cellText: a cell value as the table reads it', () => {
  test('strings are trimmed', () => {
    expect(cellText('  Figma \n')).toBe('Figma');
    expect(cellText('   ')).toBe('');
  });

  test('empty cells are empty', () => {
    expect(cellText(null)).toBe('');
    expect(cellText('')).toBe('');
  });

  test('numbers are their text, including 0', () => {
    expect(cellText(2025)).toBe('2025');
    expect(cellText(3.5)).toBe('3.5');
    expect(cellText(0)).toBe('0');
  });

  test('booleans are TRUE / FALSE, as Sheets shows them', () => {
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(false)).toBe('FALSE');
  });

  test('a date is its day', () => {
    expect(cellText(new Date(Date.UTC(2025, 2, 1)))).toBe('2025-03-01');
  });

  test('a cell holding only invisible characters is empty, like one holding only spaces', () => {
    expect(cellText('\u200B')).toBe('');
    expect(cellText(' \u00AD\u2060 ')).toBe('');
    expect(cellText('\u200BSales')).toBe('\u200BSales');
  });

  test('an invalid date is empty rather than "Invalid Date"', () => {
    expect(cellText(new Date(NaN))).toBe('');
  });
});

describe('isErrorValue', () => {
  test.each([
    ...['#REF!', '#N/A', '#NAME?', '#VALUE!', '#DIV/0!', '#NUM!', '#NULL!', '#ERROR!'],
    // Excel's, which an .xlsx file can hold.
    ...['#SPILL!', '#CALC!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#BUSY!'],
  ])('%s is an error value', (text) => {
    expect(isErrorValue(text)).toBe(true);
  });

  test.each(['REF', '#1 priority', '#hashtag', 'C#', '#REF! in a sentence'])(
    '%p is text',
    (text) => {
      expect(isErrorValue(text)).toBe(false);
    },
  );
});

describe('compareNames', () => {
  test('orders case-insensitively', () => {
    expect(['cherry', 'Banana', 'apple'].sort(compareNames)).toEqual(['apple', 'Banana', 'cherry']);
  });

  test('is a total order: names equal but for case still get a fixed order', () => {
    expect(compareNames('sql', 'SQL')).not.toBe(0);
    expect(Math.sign(compareNames('sql', 'SQL'))).toBe(-Math.sign(compareNames('SQL', 'sql')));
    expect(compareNames('SQL', 'SQL')).toBe(0);
  });
});

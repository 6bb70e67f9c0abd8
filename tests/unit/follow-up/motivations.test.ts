// The why of a dream: each non-empty line of its header cell's note, a leading bullet removed,
// is a motivation; the pick list adds or removes a line and leaves the rest of the note alone;
// motivations named by two dreams or more are shown together.
import {
  MOTIVATIONS,
  motivationsOf,
  sharedMotivations,
  skillKey,
  toggleMotivation,
} from '../../../src/core';

describe('the pick list', () => {
  test('about ten motivations, each with a short hint, none named twice', () => {
    expect(MOTIVATIONS.length).toBeGreaterThanOrEqual(8);
    expect(MOTIVATIONS.length).toBeLessThanOrEqual(14);
    expect(new Set(MOTIVATIONS.map((m) => skillKey(m.name))).size).toBe(MOTIVATIONS.length);
    for (const { name, hint } of MOTIVATIONS) {
      expect(name).toBe(name.trim());
      expect(hint.length).toBeGreaterThan(10);
      expect(hint.length).toBeLessThanOrEqual(60);
    }
  });

  test('the ones the issue names are there', () => {
    const names = MOTIVATIONS.map((m) => m.name);
    expect(names).toEqual(
      expect.arrayContaining(['Influence', 'Autonomy', 'Mastery', 'Money', 'Meaning']),
    );
  });
});

describe('motivationsOf', () => {
  test('one per non-empty line, a leading bullet or dash and the spaces after it removed', () => {
    expect(
      motivationsOf('• Autonomy\n- Money\n\n  *  Meaning  \n– Helping  others\nMastery'),
    ).toEqual(['Autonomy', 'Money', 'Meaning', 'Helping others', 'Mastery']);
  });

  test('once each, by the identity of skills; the first spelling is kept', () => {
    expect(motivationsOf('Money\nmoney\n• MONEY\nAutonomy')).toEqual(['Money', 'Autonomy']);
  });

  test('any line break, and lines with only a bullet or spaces are nothing', () => {
    expect(motivationsOf('Autonomy\r\nMoney\rMeaning\n-\n   \n•')).toEqual([
      'Autonomy',
      'Money',
      'Meaning',
    ]);
  });

  test('a hyphen inside a line is kept, and a sentence is one motivation', () => {
    expect(motivationsOf('Work-life balance\nI want to build something of my own')).toEqual([
      'Work-life balance',
      'I want to build something of my own',
    ]);
  });

  test('an empty note names nothing', () => {
    expect(motivationsOf('')).toEqual([]);
    expect(motivationsOf('\n \n')).toEqual([]);
  });
});

describe('sharedMotivations', () => {
  test('named by two dreams or more, the most shared first, then by name', () => {
    expect(
      sharedMotivations([
        { dream: 'Founder', motivations: ['Autonomy', 'Money', 'Influence'] },
        { dream: 'CTO', motivations: ['money', 'Influence', 'Mastery'] },
        { dream: 'Author', motivations: ['Autonomy', 'Money', 'Meaning'] },
        { dream: 'Teacher', motivations: ['Meaning'] },
      ]),
    ).toEqual([
      { motivation: 'Money', dreams: ['Founder', 'CTO', 'Author'] },
      { motivation: 'Autonomy', dreams: ['Founder', 'Author'] },
      { motivation: 'Influence', dreams: ['Founder', 'CTO'] },
      { motivation: 'Meaning', dreams: ['Author', 'Teacher'] },
    ]);
  });

  test('the spelling shown is the most frequent, the first on a tie', () => {
    const shared = sharedMotivations([
      { dream: 'A', motivations: ['money'] },
      { dream: 'B', motivations: ['Money'] },
      { dream: 'C', motivations: ['• Money'] },
      { dream: 'D', motivations: ['autonomy'] },
      { dream: 'E', motivations: ['Autonomy'] },
    ]);
    expect(shared.map((s) => s.motivation)).toEqual(['Money', 'autonomy']);
  });

  test('a dream naming one twice counts once, and one dream alone shares nothing', () => {
    expect(
      sharedMotivations([
        { dream: 'Founder', motivations: ['Money', 'money'] },
        { dream: 'CTO', motivations: ['Mastery'] },
      ]),
    ).toEqual([]);
    expect(sharedMotivations([])).toEqual([]);
  });
});

describe('toggleMotivation', () => {
  test('on: a line added at the end, the rest of the note as it was', () => {
    expect(toggleMotivation('I love building things.\nAutonomy', 'Money', true)).toBe(
      'I love building things.\nAutonomy\nMoney',
    );
  });

  test('on: an empty note becomes that one line', () => {
    expect(toggleMotivation('', 'Money', true)).toBe('Money');
    expect(toggleMotivation('\n  \n', 'Money', true)).toBe('Money');
  });

  test('on: a bulleted list gets one more bullet, and trailing blank lines go', () => {
    expect(toggleMotivation('• Autonomy\n• Meaning\n\n', 'Money', true)).toBe(
      '• Autonomy\n• Meaning\n• Money',
    );
    expect(toggleMotivation('- Autonomy', 'Money', true)).toBe('- Autonomy\n- Money');
  });

  test('on: already there in any spelling, the note is left exactly as it is', () => {
    const note = '• money \r\nAutonomy';
    expect(toggleMotivation(note, 'Money', true)).toBe(note);
  });

  test('off: every line naming it goes, the others stay as they were', () => {
    expect(
      toggleMotivation('Why:\n• Money\nAutonomy\n  MONEY\nSo I can travel.', 'Money', false),
    ).toBe('Why:\nAutonomy\nSo I can travel.');
  });

  test('off: not there, the note is left exactly as it is', () => {
    const note = 'Autonomy\r\nMeaning\n';
    expect(toggleMotivation(note, 'Money', false)).toBe(note);
  });

  test('off: the last one gone leaves an empty note', () => {
    expect(toggleMotivation('Money\n\n', 'money', false)).toBe('');
  });

  test('a name typed with a bullet or odd spaces is cleaned; an empty one changes nothing', () => {
    expect(toggleMotivation('Autonomy', '  • Helping   others ', true)).toBe(
      'Autonomy\nHelping others',
    );
    expect(toggleMotivation('Autonomy', ' ', true)).toBe('Autonomy');
    expect(toggleMotivation('Autonomy', '', false)).toBe('Autonomy');
  });

  test('on then off gives back the motivations there were', () => {
    for (const note of ['', 'Autonomy', '• Autonomy\n• Meaning', 'Some words.\nMastery\n']) {
      const back = toggleMotivation(toggleMotivation(note, 'Money', true), 'Money', false);
      expect(motivationsOf(back)).toEqual(motivationsOf(note));
    }
  });
});

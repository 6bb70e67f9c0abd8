// Colour -> rating, from docs/design.md: convert to HSL; no fill, white, greys and near-black (low
// saturation, or lightness above 0.97 or below 0.08) are unrated; hue below 20° or from 330° is
// red; 20°–70° yellow; 70°–180° green; any other hue is unrated and worth a warning.
import {
  MAX_LIGHTNESS,
  MIN_LIGHTNESS,
  MIN_SATURATION,
  RATING_FILLS,
  parseHex,
  ratingOfColour,
  rgbToHsl,
  type Rating,
} from '../../../src/core';
import { hslToHex } from '../../support/builders';

const rated = (rating: Rating) => ({ rating, unusual: false });
const UNRATED = { rating: 'unrated', unusual: false };
const UNUSUAL = { rating: 'unrated', unusual: true };

describe('the test helper hslToHex', () => {
  // The boundary tests below trust this helper, so check it on colours known by heart.
  test.each([
    [0, 1, 0.5, '#ff0000'],
    [60, 1, 0.5, '#ffff00'],
    [120, 1, 0.5, '#00ff00'],
    [240, 1, 0.5, '#0000ff'],
    [20, 1, 0.5, '#ff5500'],
    [0, 0, 1, '#ffffff'],
    [0, 0, 0, '#000000'],
  ])('hsl(%d, %d, %d) is %s', (h, s, l, hex) => {
    expect(hslToHex(h, s, l)).toBe(hex);
  });
});

describe('hue boundaries (full saturation, mid lightness)', () => {
  // One degree either side of each boundary: at full saturation an 8-bit channel moves the
  // hue by at most about 0.12°, so rounding cannot carry a colour across.
  test.each<[number, Rating, boolean]>([
    [0, 'red', false],
    [10, 'red', false],
    [19, 'red', false],
    [21, 'yellow', false],
    [45, 'yellow', false],
    [69, 'yellow', false],
    [71, 'green', false],
    [120, 'green', false],
    [179, 'green', false],
    [181, 'unrated', true],
    [240, 'unrated', true],
    [270, 'unrated', true],
    [329, 'unrated', true],
    [331, 'red', false],
    [345, 'red', false],
    [359, 'red', false],
  ])('hue %d° reads as %s (unusual: %s)', (hue, rating, unusual) => {
    expect(ratingOfColour(hslToHex(hue, 1, 0.5))).toEqual({ rating, unusual });
  });

  test('a hue of exactly 20° is no longer red: it is yellow (#ff5500)', () => {
    // r = 255, g = 85, b = 0: hue = 60 * 85 / 255 = 20 exactly. "Below 20°" is red.
    expect(ratingOfColour('#ff5500')).toEqual(rated('yellow'));
  });

  test('a hue of exactly 330° is red (#f00078)', () => {
    // r = 240, g = 0, b = 120: hue = 360 - 60 * 120 / 240 = 330 exactly. "From 330°" is red.
    expect(ratingOfColour('#f00078')).toEqual(rated('red'));
  });

  test('the boundaries hold at light, pastel shades too (what people actually pick)', () => {
    expect(ratingOfColour(hslToHex(18, 0.7, 0.85)).rating).toBe('red');
    expect(ratingOfColour(hslToHex(23, 0.7, 0.85)).rating).toBe('yellow');
    expect(ratingOfColour(hslToHex(67, 0.7, 0.85)).rating).toBe('yellow');
    expect(ratingOfColour(hslToHex(74, 0.7, 0.85)).rating).toBe('green');
    expect(ratingOfColour(hslToHex(176, 0.7, 0.85)).rating).toBe('green');
    expect(ratingOfColour(hslToHex(185, 0.7, 0.85))).toEqual(UNUSUAL);
    expect(ratingOfColour(hslToHex(326, 0.7, 0.85))).toEqual(UNUSUAL);
    expect(ratingOfColour(hslToHex(334, 0.7, 0.85)).rating).toBe('red');
  });
});

describe('low saturation means unrated (MIN_SATURATION is the reading of "low")', () => {
  test('the cut-off is 0.15', () => {
    expect(MIN_SATURATION).toBe(0.15);
  });

  test('a red just above the cut-off is red, just below it is a grey', () => {
    // hsl(0, 0.16, 0.5) = #946b6b: s = 41/255 = 0.161. hsl(0, 0.14, 0.5) = #916e6e: s = 0.137.
    expect(ratingOfColour(hslToHex(0, 0.16, 0.5))).toEqual(rated('red'));
    expect(ratingOfColour(hslToHex(0, 0.14, 0.5))).toEqual(UNRATED);
  });

  test('the same holds for yellow and green', () => {
    expect(ratingOfColour(hslToHex(50, 0.17, 0.5))).toEqual(rated('yellow'));
    expect(ratingOfColour(hslToHex(50, 0.13, 0.5))).toEqual(UNRATED);
    expect(ratingOfColour(hslToHex(120, 0.17, 0.5))).toEqual(rated('green'));
    expect(ratingOfColour(hslToHex(120, 0.13, 0.5))).toEqual(UNRATED);
  });

  test('a greyish blue is a grey (no warning); a saturated blue warns', () => {
    expect(ratingOfColour(hslToHex(220, 0.13, 0.5))).toEqual(UNRATED);
    expect(ratingOfColour(hslToHex(220, 0.17, 0.5))).toEqual(UNUSUAL);
  });
});

describe('very light and very dark fills are unrated', () => {
  test('the cut-offs are 0.97 and 0.08', () => {
    expect(MAX_LIGHTNESS).toBe(0.97);
    expect(MIN_LIGHTNESS).toBe(0.08);
  });

  test('lightness above 0.97 is unrated even when saturated', () => {
    // hsl(0, 1, 0.98) = #fff5f5: l = (255 + 245) / 510 = 0.980.
    expect(ratingOfColour(hslToHex(0, 1, 0.98))).toEqual(UNRATED);
    expect(ratingOfColour(hslToHex(60, 1, 0.98))).toEqual(UNRATED);
    expect(ratingOfColour(hslToHex(120, 1, 0.98))).toEqual(UNRATED);
    // A near-white blue is near-white, not an unusual colour.
    expect(ratingOfColour(hslToHex(240, 1, 0.98))).toEqual(UNRATED);
  });

  test('lightness just below 0.97 still counts', () => {
    // hsl(0, 1, 0.96) = #ffebeb: l = (255 + 235) / 510 = 0.961.
    expect(ratingOfColour(hslToHex(0, 1, 0.96))).toEqual(rated('red'));
    expect(ratingOfColour(hslToHex(120, 1, 0.96))).toEqual(rated('green'));
  });

  test('lightness below 0.08 is unrated (near-black)', () => {
    // hsl(0, 1, 0.07) = #240000: l = 36 / 510 = 0.071.
    expect(ratingOfColour(hslToHex(0, 1, 0.07))).toEqual(UNRATED);
    expect(ratingOfColour(hslToHex(240, 1, 0.07))).toEqual(UNRATED);
  });

  test('lightness just above 0.08 still counts', () => {
    // hsl(0, 1, 0.09) = #2e0000: l = 46 / 510 = 0.090.
    expect(ratingOfColour(hslToHex(0, 1, 0.09))).toEqual(rated('red'));
    expect(ratingOfColour(hslToHex(120, 1, 0.09))).toEqual(rated('green'));
  });
});

describe('no fill, white, greys, black', () => {
  test.each(['#ffffff', '#FFFFFF', '#fff', '#000000', '#000', '#808080', '#efefef', '#d9d9d9'])(
    '%s is unrated, without a warning',
    (colour) => {
      expect(ratingOfColour(colour)).toEqual(UNRATED);
    },
  );

  test.each([null, undefined, ''])('%p (no colour at all) is unrated', (colour) => {
    expect(ratingOfColour(colour)).toEqual(UNRATED);
  });
});

describe('colour notation', () => {
  test('#rgb short form reads like its long form', () => {
    expect(ratingOfColour('#f00')).toEqual(rated('red'));
    expect(ratingOfColour('#fc0')).toEqual(rated('yellow'));
    expect(ratingOfColour('#0f0')).toEqual(rated('green'));
    expect(ratingOfColour('#00f')).toEqual(UNUSUAL);
  });

  test('upper case reads like lower case', () => {
    expect(ratingOfColour('#FF0000')).toEqual(rated('red'));
    expect(ratingOfColour('#C6EFCE')).toEqual(rated('green'));
    expect(ratingOfColour('#F4CCCC')).toEqual(ratingOfColour('#f4cccc'));
  });

  test.each([
    'red',
    'green',
    'transparent',
    'none',
    'rgb(255, 0, 0)',
    '#',
    '#ff00',
    '#ff00000',
    '#gggggg',
    '#12345z',
    '   ',
  ])('junk %p is unrated, without a warning, and does not throw', (colour) => {
    expect(ratingOfColour(colour)).toEqual(UNRATED);
  });

  test('parseHex reads both forms and refuses junk', () => {
    expect(parseHex('#f4cccc')).toEqual({ r: 244, g: 204, b: 204 });
    expect(parseHex('#ABC')).toEqual({ r: 0xaa, g: 0xbb, b: 0xcc });
    expect(parseHex('#abcd')).toBeNull();
    expect(parseHex('orange')).toBeNull();
  });

  test('rgbToHsl on colours known by heart', () => {
    expect(rgbToHsl(255, 0, 0)).toEqual({ h: 0, s: 1, l: 0.5 });
    expect(rgbToHsl(0, 0, 255)).toEqual({ h: 240, s: 1, l: 0.5 });
    expect(rgbToHsl(128, 128, 128).s).toBe(0);
    const orange = rgbToHsl(255, 153, 0); // #ff9900: hue = 60 * 153 / 255 = 36
    expect(orange.h).toBeCloseTo(36, 6);
  });
});

describe("Google Sheets' palette", () => {
  // Hues worked out by hand from the hex values.
  test.each<[string, string, Rating | 'unusual']>([
    ['light red 3', '#f4cccc', 'red'], // h 0
    ['light red 2', '#ea9999', 'red'],
    ['red', '#ff0000', 'red'],
    ['dark red 1', '#cc0000', 'red'],
    ['dark red 2', '#990000', 'red'],
    ['light red berry 3', '#e6b8af', 'red'], // h 10
    ['light yellow 3', '#fff2cc', 'yellow'], // h 44.7
    ['yellow', '#ffff00', 'yellow'], // h 60
    ['orange', '#ff9900', 'yellow'], // h 36: orange counts as yellow
    ['light orange 3', '#fce5cd', 'yellow'], // h 31
    ['dark yellow 1', '#f1c232', 'yellow'], // h 45
    ['light green 3', '#d9ead3', 'green'], // h 104
    ['green', '#00ff00', 'green'], // h 120
    ['dark green 1', '#6aa84f', 'green'], // h 102
    ['blue', '#0000ff', 'unusual'], // h 240
    ['cornflower blue', '#4a86e8', 'unusual'], // h 217
    ['purple', '#9900ff', 'unusual'], // h 276
    ['magenta', '#ff00ff', 'unusual'], // h 300
    ['light grey', '#efefef', 'unrated'],
    ['dark grey 4', '#434343', 'unrated'],
    ['white', '#ffffff', 'unrated'],
  ])('%s %s reads as %s', (_name, hex, expected) => {
    const expectedReading = expected === 'unusual' ? UNUSUAL : rated(expected);
    expect(ratingOfColour(hex)).toEqual(expectedReading);
  });
});

describe("Excel's fills", () => {
  test.each<[string, string, Rating]>([
    ['Good style fill', '#C6EFCE', 'green'], // h 131.7
    ['Neutral style fill', '#FFEB9C', 'yellow'], // h 47.9
    ['Bad style fill', '#FFC7CE', 'red'], // h 352.5
    ['standard Dark Red', '#C00000', 'red'],
    ['standard Red', '#FF0000', 'red'],
    ['standard Orange', '#FFC000', 'yellow'], // amber, h 45.2
    ['standard Yellow', '#FFFF00', 'yellow'],
    ['standard Light Green', '#92D050', 'green'], // h 89
    ['standard Green', '#00B050', 'green'], // h 147
  ])('%s %s reads as %s', (_name, hex, rating) => {
    expect(ratingOfColour(hex)).toEqual(rated(rating));
  });

  test.each(['#0070C0', '#002060', '#7030A0'])('standard blue/purple %s warns', (hex) => {
    expect(ratingOfColour(hex)).toEqual(UNUSUAL);
  });
});

describe("the add-on's own fills", () => {
  test.each(['red', 'yellow', 'green'] as const)(
    'RATING_FILLS.%s reads back as that rating',
    (rating) => {
      expect(ratingOfColour(RATING_FILLS[rating])).toEqual(rated(rating));
    },
  );

  test('the three fills are distinct, light (readable with black text) colours', () => {
    const fills = Object.values(RATING_FILLS);
    expect(new Set(fills).size).toBe(3);
    for (const fill of fills) {
      const rgb = parseHex(fill);
      expect(rgb).not.toBeNull();
      if (rgb) expect(rgbToHsl(rgb.r, rgb.g, rgb.b).l).toBeGreaterThan(0.6);
    }
  });
});

// Colour resolution on its own: theme XML parsing, tint, the legacy palette.
import { applyTint, resolveColour, themeColours } from '../../../src/xlsx';

const THEME = `<?xml version="1.0"?><a:theme xmlns:a="x"><a:themeElements><a:clrScheme name="T">
<a:dk1><a:sysClr val="windowText" lastClr="111111"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FEFEFE"/></a:lt1>
<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>
<a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2>
<a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>
<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6>
<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>
</a:clrScheme></a:themeElements></a:theme>`;

describe('themeColours', () => {
  it('lists the scheme in Excel’s theme-index order (background 1 first, text 1 second)', () => {
    const colours = themeColours(THEME);
    expect(colours?.slice(0, 5)).toEqual(['#fefefe', '#111111', '#e7e6e6', '#44546a', '#4472c4']);
    expect(colours).toHaveLength(12);
  });

  it('accepts another namespace prefix, and gives null for XML with no scheme', () => {
    expect(themeColours(THEME.replace(/a:/g, 'x:'))?.[4]).toBe('#4472c4');
    expect(themeColours('<theme/>')).toBeNull();
  });
});

describe('resolveColour', () => {
  const theme = themeColours(THEME)!;

  it('ignores the alpha byte and accepts six digits', () => {
    expect(resolveColour({ argb: '00EA9999' })).toBe('#ea9999');
    expect(resolveColour({ argb: 'b6d7a8' })).toBe('#b6d7a8');
  });

  it('applies tint to theme colours', () => {
    expect(resolveColour({ theme: 1 }, theme)).toBe('#111111');
    expect(resolveColour({ theme: 4, tint: 0 }, theme)).toBe('#4472c4');
    expect(applyTint('#000000', 0.5)).toBe('#808080');
    expect(applyTint('#ffffff', -0.5)).toBe('#808080');
  });

  it('gives null for no colour, an unknown index, or auto', () => {
    expect(resolveColour(undefined)).toBeNull();
    expect(resolveColour({ indexed: 200 })).toBeNull();
    expect(resolveColour({ theme: 42 }, theme)).toBeNull();
    expect(resolveColour({})).toBeNull();
  });
});

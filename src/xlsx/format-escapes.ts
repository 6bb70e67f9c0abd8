// A number format's backslash escapes, made quotes before exceljs reads styles.xml. In a format
// code `\d` shows the letter d, exactly as `"d"` does (ECMA-376 Part 1, §18.8.31: "\ displays
// the next character"). exceljs drops the backslash while it reads (`0\ \d` arrives as `0 d`), so
// its date test and ./numfmt would then take the literal `d` for a day, and the number 40 would
// read as 1900-02-08. Excel writes such escapes for units and for European currencies; LibreOffice
// writes quotes instead, which exceljs keeps. So each escape outside a quoted run becomes a
// one-character quoted run: the format says the same, and no reader loses it.

/** Rewrites the escapes of every `formatCode` attribute in styles.xml (decoded as UTF-8). */
export function quoteFormatEscapes(stylesXml: string): string {
  // Attribute values hold no raw `"` (it is written &quot;), so the match ends at the value's end.
  return stylesXml.replace(/(\bformatCode=")([^"]*)(")/g, (_all, open: string, code: string) =>
    code.includes('\\') ? `${open}${quotedEscapes(code)}"` : `${open}${code}"`,
  );
}

/** `0\ \d` → `0" ""d"`, leaving quoted runs and an escaped quote as they are. */
export function quotedEscapes(code: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const rest = code.slice(i);
    if (rest.startsWith('&quot;')) {
      quoted = !quoted;
      out += '&quot;';
      i += 5;
      continue;
    }
    const c = code[i]!;
    if (c === '\\' && !quoted && i + 1 < code.length) {
      const next = code.slice(i + 1);
      // An escaped quote cannot go inside quotes, and an entity is kept whole either way.
      if (next.startsWith('&quot;')) {
        out += '\\&quot;';
        i += 6;
        continue;
      }
      const entity = /^&(?:amp|lt|gt|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/.exec(next);
      // A whole code point: a currency sign beyond the BMP must not be split.
      const char = entity ? entity[0] : String.fromCodePoint(code.codePointAt(i + 1)!);
      out += `&quot;${char}&quot;`;
      i += char.length;
      continue;
    }
    out += c;
  }
  return out;
}

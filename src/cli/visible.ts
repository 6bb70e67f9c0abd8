// Names come from the file, and a terminal obeys what they hold: an ESC starts an escape
// sequence (colours, a retitled window, a cleared screen), and a right-to-left override
// (U+202E) or another bidi control reorders the rest of the line, so `Sales\u{202E}lx.exe` would
// print as something else. Text output shows each such character as its code, like `\u{202E}`;
// letters of any script, emoji and their joiners are printed as they are.

// C0 controls and DEL, C1 controls, the Arabic letter mark, LRM / RLM, the line and paragraph
// separators, the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), and
// the byte-order mark. A single character class: linear over the text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;
// The same but for C0 controls, which JSON.stringify escapes itself in strings and whose line
// breaks lay out the JSON text.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

/** The text with every control or bidi character shown as `\u{…}`. */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase()}}`);
}

/**
 * JSON whose strings have those characters written as \uXXXX escapes, which parse back to the
 * same text: valid JSON, and safe to print. JSON.stringify already escapes C0 controls; outside
 * strings its output is ASCII and line breaks, so every match is inside a string.
 */
export function asciiSafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// A short, stable fingerprint of what the sidebar is shown, so a sidebar can ask "has anything
// changed since my view?" and get a tiny answer when nothing has (the live conversation: two
// sidebars on one sheet). Pure and cheap: one pass over a canonical JSON text, two 32-bit
// FNV-1a hashes with different offsets, 16 hex digits. Object keys are sorted, so the same
// content gives the same fingerprint whatever order its fields were built in.

/** The canonical text of plain data: keys sorted, undefined members left out. */
export function canonicalText(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return value === undefined ? 'null' : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalText).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalText(record[key])}`);
  return `{${members.join(',')}}`;
}

/** 32-bit FNV-1a of a text's UTF-16 code units; `offset` picks the variant (the standard one by default). */
export function fnv1a(text: string, offset = 0x811c9dc5): number {
  // Looked up once: where globals are slow to reach (a Node vm context, as the tests run the
  // add-on in), Math.imul inside the loop made a large state take seconds per hash.
  const imul = Math.imul;
  let hash = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const hex8 = (n: number): string => `00000000${n.toString(16)}`.slice(-8);

/** 16 hex digits; equal for equal content, different (all but surely) for different content. */
export function fingerprintOf(value: unknown): string {
  const text = canonicalText(value);
  return hex8(fnv1a(text, 0x811c9dc5)) + hex8(fnv1a(text, 0x2d358dcc));
}

// Asking before replacing or deleting what the add-on did not write, and going ahead only with
// consent to exactly that. The question names the cells; its answer carries a token, a hash of
// each named cell's A1 and content. The repeat goes ahead only if the cells it would replace now
// hash to the same token: a cell typed, changed or cleared after the question was asked makes a
// new question with the new list, never a silent loss. One mechanism for every action that asks
// (docs/design.md §4.3).
import { UserError } from './errors';
import { fingerprintOf } from './fingerprint';

/** A cell an action would replace or delete, and everything in it that would be lost. */
export interface AtRisk {
  /** A1 notation. */
  cell: string;
  /** What the cell holds, as text: what the token is made of. */
  content: string;
}

/** The token for consent to replace exactly these cells holding exactly this. */
export function consentToken(cells: readonly AtRisk[]): string {
  return fingerprintOf(cells.map((c) => [c.cell, c.content]));
}

/** What a token looks like (fingerprintOf: 16 hex digits); anything else is not consent. */
export const CONSENT_TOKEN = /^[0-9a-f]{16}$/;

/**
 * Returns when nothing is at risk, or when `consent` is the token of exactly these cells;
 * otherwise throws the question, with the button's label and the token the repeat must send.
 */
export function requireConsent(
  cells: readonly AtRisk[],
  consent: string | null,
  question: string,
  label: string,
): void {
  if (cells.length === 0) return;
  const token = consentToken(cells);
  if (consent === token) return;
  const again = consent === null ? '' : 'That changed since you were asked. ';
  throw new UserError(again + question, 'refused', { label, token });
}

/** "A3, B5 and C7", or "A3, B5, C7, D2, E9 and 4 more (9 cells)". */
export function cellList(cells: readonly string[], shown = 5): string {
  if (cells.length <= 1) return cells.join('');
  if (cells.length <= shown) {
    return `${cells.slice(0, -1).join(', ')} and ${cells[cells.length - 1]}`;
  }
  return `${cells.slice(0, shown).join(', ')} and ${cells.length - shown} more (${cells.length} cells)`;
}

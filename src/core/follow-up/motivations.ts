// The why of a dream: free text in the note of its header cell, one motivation per line.
export interface Motivation {
  name: string;
  /** A few words on what it means, in our own words. */
  hint: string;
}

/** The short pick list the sidebar offers. */
export const MOTIVATIONS: readonly Motivation[] = [];

/** The motivations a note names: its non-empty lines, a leading bullet removed, once each. */
export function motivationsOf(note: string): string[] {
  void note;
  throw new Error('not built yet');
}

/** Motivations named by two dreams or more, the most shared first. */
export function sharedMotivations(
  dreams: { dream: string; motivations: string[] }[],
): { motivation: string; dreams: string[] }[] {
  void dreams;
  throw new Error('not built yet');
}

/** The note with a motivation's line added (on) or removed (off), the rest as it was. */
export function toggleMotivation(note: string, motivation: string, on: boolean): string {
  void note;
  void motivation;
  void on;
  throw new Error('not built yet');
}

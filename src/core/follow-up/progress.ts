// What moved between two check-ins (or since the last one), with the dreams' skill identity.
import type { CheckInsSheet, IsoDay, Progress, Snapshot } from './types';

export function compareSnapshots(from: Snapshot | null, to: Snapshot): Progress {
  void from;
  void to;
  throw new Error('not built yet');
}

/**
 * The latest check-in against the one before it, or against the first one on or after `since`.
 * Throws a UserError when no check-in is on or after `since`.
 */
export function progressOf(sheet: CheckInsSheet, since: IsoDay | null): Progress {
  void sheet;
  void since;
  throw new Error('not built yet');
}

/** The progress in sentences, for the sidebar and the command line. */
export function progressSentences(progress: Progress): string[] {
  void progress;
  throw new Error('not built yet');
}

// What moved between two check-ins (or since the last one), with the dreams' skill identity.
import { UserError } from '../errors';
import { snapshotsOf } from './check-ins';
import { isIsoDay } from './dates';
import type {
  CheckInRating,
  CheckInsSheet,
  IsoDay,
  Progress,
  RatingChange,
  Snapshot,
} from './types';

type SnapshotDream = Snapshot['dreams'][number];

/**
 * Dreams matched by key; a dream found only in `from` and one found only in `to` are the same
 * dream renamed when they share at least half of the smaller one's skills. Changes are listed in
 * the later snapshot's order: its dreams, each with its skills, then the skills it no longer lists.
 */
export function compareSnapshots(from: Snapshot | null, to: Snapshot): Progress {
  const progress: Progress = {
    from: from ? from.date : null,
    to: to.date,
    changes: [],
    dreamsAdded: [],
    dreamsDropped: [],
    dreamsRenamed: [],
  };
  // The first check-in has nothing before it: nothing moved, and no dream is new.
  if (!from) return progress;

  const fromDreams = firstByKey(from.dreams);
  const toDreams = firstByKey(to.dreams);
  const counterpart = new Map<SnapshotDream, SnapshotDream>();
  for (const dream of toDreams) {
    const same = fromDreams.find((earlier) => earlier.key === dream.key);
    if (same) counterpart.set(dream, same);
  }
  const matched = new Set(counterpart.values());
  const onlyFrom = fromDreams.filter((dream) => !matched.has(dream));
  const onlyTo = toDreams.filter((dream) => !counterpart.has(dream));
  for (const [later, earlier] of pairRenamed(onlyFrom, onlyTo)) {
    counterpart.set(later, earlier);
    matched.add(earlier);
  }

  for (const dream of toDreams) {
    const earlier = counterpart.get(dream);
    if (!earlier) {
      progress.dreamsAdded.push(dream.name);
      continue;
    }
    if (earlier.key !== dream.key)
      progress.dreamsRenamed.push({ from: earlier.name, to: dream.name });
    for (const change of skillChanges(earlier, dream)) progress.changes.push(change);
    const marks = criticalChanges(earlier, dream);
    if (marks.length) progress.criticalChanges = [...(progress.criticalChanges ?? []), ...marks];
  }
  for (const dream of fromDreams) {
    if (!matched.has(dream)) progress.dreamsDropped.push(dream.name);
  }
  return progress;
}

/** A snapshot lists each dream key once; one built by hand might not, and then the first counts. */
function firstByKey(dreams: readonly SnapshotDream[]): SnapshotDream[] {
  const seen = new Set<string>();
  const first: SnapshotDream[] = [];
  for (const dream of dreams) {
    if (seen.has(dream.key)) continue;
    seen.add(dream.key);
    first.push(dream);
  }
  return first;
}

/**
 * Pairs (later, earlier) of renamed dreams, greedily: the pair sharing the most skills first,
 * then the one whose skills overlap most as a share of both, then the later dream's order,
 * then the earlier's.
 */
function pairRenamed(
  onlyFrom: readonly SnapshotDream[],
  onlyTo: readonly SnapshotDream[],
): [SnapshotDream, SnapshotDream][] {
  const candidates: { later: number; earlier: number; shared: number; union: number }[] = [];
  onlyTo.forEach((later, t) => {
    const laterKeys = new Set(later.skills.map((skill) => skill.key));
    onlyFrom.forEach((earlier, f) => {
      const earlierKeys = new Set(earlier.skills.map((skill) => skill.key));
      let shared = 0;
      for (const key of earlierKeys) if (laterKeys.has(key)) shared++;
      const smaller = Math.min(laterKeys.size, earlierKeys.size);
      if (shared === 0 || shared * 2 < smaller) return;
      candidates.push({
        later: t,
        earlier: f,
        shared,
        union: laterKeys.size + earlierKeys.size - shared,
      });
    });
  });
  candidates.sort(
    (a, b) =>
      b.shared - a.shared ||
      // shared / union, larger first, without dividing.
      b.shared * a.union - a.shared * b.union ||
      a.later - b.later ||
      a.earlier - b.earlier,
  );
  const usedLater = new Set<number>();
  const usedEarlier = new Set<number>();
  const pairs: [SnapshotDream, SnapshotDream][] = [];
  for (const { later, earlier } of candidates) {
    if (usedLater.has(later) || usedEarlier.has(earlier)) continue;
    usedLater.add(later);
    usedEarlier.add(earlier);
    pairs.push([onlyTo[later] as SnapshotDream, onlyFrom[earlier] as SnapshotDream]);
  }
  return pairs;
}

function skillChanges(earlier: SnapshotDream, later: SnapshotDream): RatingChange[] {
  const before = new Map<string, CheckInRating>();
  for (const skill of earlier.skills)
    if (!before.has(skill.key)) before.set(skill.key, skill.rating);
  const changes: RatingChange[] = [];
  const listed = new Set<string>();
  for (const skill of later.skills) {
    if (listed.has(skill.key)) continue;
    listed.add(skill.key);
    const was = before.get(skill.key);
    if (was === undefined)
      changes.push({ dream: later.name, skill: skill.name, from: null, to: skill.rating });
    else if (was !== skill.rating)
      changes.push({ dream: later.name, skill: skill.name, from: was, to: skill.rating });
  }
  for (const skill of earlier.skills) {
    if (listed.has(skill.key)) continue;
    listed.add(skill.key);
    changes.push({ dream: later.name, skill: skill.name, from: skill.rating, to: null });
  }
  return changes;
}

/** Skills listed in both whose critical mark changed, in the later snapshot's order. */
function criticalChanges(
  earlier: SnapshotDream,
  later: SnapshotDream,
): NonNullable<Progress['criticalChanges']> {
  const before = new Map<string, boolean>();
  for (const skill of earlier.skills)
    if (!before.has(skill.key)) before.set(skill.key, skill.critical);
  const out: NonNullable<Progress['criticalChanges']> = [];
  const seen = new Set<string>();
  for (const skill of later.skills) {
    if (seen.has(skill.key)) continue;
    seen.add(skill.key);
    const was = before.get(skill.key);
    if (was !== undefined && was !== skill.critical) {
      out.push({ dream: later.name, skill: skill.name, critical: skill.critical });
    }
  }
  return out;
}

/**
 * The latest check-in against the one before it, or against the first one on or after `since`.
 * Throws a UserError when no check-in is on or after `since`.
 */
export function progressOf(sheet: CheckInsSheet, since: IsoDay | null): Progress {
  return progressBetween(snapshotsOf(sheet), since);
}

/** progressOf on snapshots already made (`snapshotsOf`), for a caller that needs them too. */
export function progressBetween(snapshots: readonly Snapshot[], since: IsoDay | null): Progress {
  const latest = snapshots[snapshots.length - 1];
  if (since !== null) {
    if (!isIsoDay(since)) {
      throw new UserError(`‘${since}’ is not a day written yyyy-MM-dd (for example 2026-06-01).`);
    }
    const first = snapshots.find((snapshot) => snapshot.date >= since);
    if (!first || !latest) {
      throw new UserError(
        snapshots.length === 0
          ? `No check-in on or after ${since}: there is no check-in yet.`
          : `No check-in on or after ${since}; the check-ins are on ${listDays(snapshots)}.`,
      );
    }
    // The first one after `since` may be the latest itself: then nothing has moved since.
    return compareSnapshots(first, latest);
  }
  if (!latest) {
    return {
      from: null,
      to: null,
      changes: [],
      dreamsAdded: [],
      dreamsDropped: [],
      dreamsRenamed: [],
    };
  }
  return compareSnapshots(snapshots[snapshots.length - 2] ?? null, latest);
}

/** "2026-01-10, 2026-06-01 and 2026-11-20"; a long record names its first and last few days. */
function listDays(snapshots: readonly Snapshot[]): string {
  const days = snapshots.map((snapshot) => snapshot.date);
  if (days.length > 6) {
    return `${days.slice(0, 3).join(', ')}, …, ${days.slice(-2).join(' and ')}`;
  }
  if (days.length === 1) return days[0] ?? '';
  return `${days.slice(0, -1).join(', ')} and ${days[days.length - 1] ?? ''}`;
}

const RATING_WORD: Readonly<Record<CheckInRating, string>> = {
  red: 'red',
  yellow: 'yellow',
  green: 'green',
  none: 'not rated',
};

/**
 * The progress in sentences, for the sidebar and the command line: renamed dreams first (so the
 * changes under their new names read right), then each change, then new and dropped dreams.
 * Nothing moved: no sentence.
 */
export function progressSentences(progress: Progress): string[] {
  const sentences: string[] = [];
  for (const { from, to } of progress.dreamsRenamed) sentences.push(`‘${from}’ is now ‘${to}’`);
  for (const change of progress.changes) sentences.push(changeSentence(change));
  for (const { dream, skill, critical } of progress.criticalChanges ?? []) {
    sentences.push(`${skill}: ${critical ? 'now critical' : 'no longer critical'} in ${dream}`);
  }
  for (const dream of progress.dreamsAdded) sentences.push(`New dream: ‘${dream}’`);
  for (const dream of progress.dreamsDropped) sentences.push(`Dropped dream: ‘${dream}’`);
  return sentences;
}

function changeSentence({ dream, skill, from, to }: RatingChange): string {
  if (from === null)
    return `${skill}: added to ${dream} (${to === null ? 'not rated' : RATING_WORD[to]})`;
  if (to === null) return `${skill}: no longer listed in ${dream}`;
  return `${skill}: ${RATING_WORD[from]} → ${RATING_WORD[to]} in ${dream}`;
}

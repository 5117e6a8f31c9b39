/**
 * A card's review log: one entry per grade, kept in the card's own storage entry (`log`), so an
 * export carries the full history the FSRS optimizer trains on. Pure functions, no DOM, no clock.
 *
 * Entries written before the log existed simply have none: `restoreLog` of a missing log is `[]`.
 */

/** FSRS ratings as numbers: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type ReviewRating = 1 | 2 | 3 | 4;
/** FSRS card states as numbers: 0 New, 1 Learning, 2 Review, 3 Relearning. */
export type ReviewState = 0 | 1 | 2 | 3;

export interface ReviewEntry {
  /** When the card was graded, epoch milliseconds. */
  at: number;
  rating: ReviewRating;
  /** The card's state before this review (what the FSRS optimizer calls `review_state`). */
  state: ReviewState;
  /** How long the learner looked at the card before grading, in milliseconds (when measured). */
  ms?: number;
  /** Where the grade came from when not a flashcard: `quiz` for a quiz mistake or guess. */
  via?: 'quiz';
}

/** At most this many reviews are kept per card (the oldest go first): about 40 KB at worst. */
export const MAX_LOG = 1000;
/** A review duration above this (1 hour) is not a duration: the tab was left open. */
export const MAX_REVIEW_MS = 3_600_000;

const time = (x: unknown): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 8.64e15;

/** Whether `x` is one review entry we wrote (known keys only). */
export function isReviewEntry(x: unknown): x is ReviewEntry {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return false;
  const e = x as Record<string, unknown>;
  return (
    Object.keys(e).every(
      (k) => k === 'at' || k === 'rating' || k === 'state' || k === 'ms' || k === 'via',
    ) &&
    time(e.at) &&
    (e.rating === 1 || e.rating === 2 || e.rating === 3 || e.rating === 4) &&
    (e.state === 0 || e.state === 1 || e.state === 2 || e.state === 3) &&
    (e.ms === undefined ||
      (Number.isInteger(e.ms) && (e.ms as number) >= 0 && (e.ms as number) <= MAX_REVIEW_MS)) &&
    (e.via === undefined || e.via === 'quiz')
  );
}

/** Whether `x` is a log we wrote: absent, or a list of valid entries of bounded length. */
export function isReviewLog(x: unknown): x is ReviewEntry[] | undefined {
  return x === undefined || (Array.isArray(x) && x.length <= MAX_LOG && x.every(isReviewEntry));
}

/** The log stored with a card: its valid entries oldest first, or `[]` when there is none. */
export function restoreLog(stored: unknown): ReviewEntry[] {
  if (!Array.isArray(stored)) return [];
  return sortLog(stored.filter(isReviewEntry).map(copy));
}

function copy(e: ReviewEntry): ReviewEntry {
  const out: ReviewEntry = { at: e.at, rating: e.rating, state: e.state };
  if (e.ms !== undefined) out.ms = e.ms;
  if (e.via !== undefined) out.via = e.via;
  return out;
}

const sortLog = (log: ReviewEntry[]): ReviewEntry[] =>
  log.sort((a, b) => a.at - b.at || a.rating - b.rating);

const identity = (e: ReviewEntry) => `${e.at}|${e.rating}|${e.via ?? ''}`;

/** `log` with `entry` added (and the oldest dropped beyond MAX_LOG). */
export function appendLog(log: readonly ReviewEntry[], entry: ReviewEntry): ReviewEntry[] {
  return mergeLogs(log, [entry]);
}

/**
 * Both logs as one: every review once (a review is its time, rating and source), oldest first, at
 * most MAX_LOG (the newest kept). Merging a log with itself changes nothing.
 */
export function mergeLogs(a: readonly ReviewEntry[], b: readonly ReviewEntry[]): ReviewEntry[] {
  const seen = new Map<string, ReviewEntry>();
  for (const e of [...a, ...b]) if (!seen.has(identity(e))) seen.set(identity(e), copy(e));
  const out = sortLog([...seen.values()]);
  return out.length > MAX_LOG ? out.slice(out.length - MAX_LOG) : out;
}

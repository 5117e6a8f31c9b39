/**
 * A deck's progress as stored: one entry per card (plain JSON, dates as epoch milliseconds) and
 * today's counters. Pure: checks and converts values, never touches storage (that is
 * controllers/deck-progress.ts).
 */
import type { Card, State } from 'ts-fsrs';
import { S_MIN, emptyDay, localDay, type DayLog } from './flashcard-state.js';
import type { ReviewEntry } from './review-log.js';

/** One card's progress as stored: plain JSON, dates as epoch milliseconds. */
export interface StoredCard {
  /** The storage format's version, when written (the key carries it too). */
  v?: number;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: number;
  /** Every grade of this card, oldest first (state/review-log.ts); absent in entries written before it. */
  log?: ReviewEntry[];
}

export function serializeCard(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review?.getTime(),
  };
}

/** The fields a stored card may have: an entry with any other key was not written by us. */
export const STORED_CARD_KEYS: ReadonlySet<string> = new Set([
  'v',
  'due',
  'stability',
  'difficulty',
  'elapsed_days',
  'scheduled_days',
  'learning_steps',
  'reps',
  'lapses',
  'state',
  'last_review',
  'log',
]);

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const count = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
/** A time a Date can hold (±8.64e15 ms): beyond it `new Date(x)` is an Invalid Date. */
const time = (x: unknown): x is number => finite(x) && Math.abs(x) <= 8.64e15;

/** A stored card, or undefined when the entry is missing or not a valid card (that card starts over). */
export function restoreCard(stored: unknown): Card | undefined {
  if (!stored || typeof stored !== 'object') return undefined;
  const s = stored as Partial<Record<keyof StoredCard, unknown>>;
  if (
    !time(s.due) ||
    !finite(s.stability) ||
    !finite(s.difficulty) ||
    // ts-fsrs's memory states: none yet (0, 0), or stability ≥ S_MIN with difficulty ≥ 1.
    !((s.stability === 0 && s.difficulty === 0) || (s.stability >= S_MIN && s.difficulty >= 1)) ||
    !finite(s.elapsed_days) ||
    !finite(s.scheduled_days) ||
    !count(s.learning_steps) ||
    !count(s.reps) ||
    !count(s.lapses) ||
    !(s.state === 0 || s.state === 1 || s.state === 2 || s.state === 3) ||
    (s.last_review !== undefined && !time(s.last_review))
  ) {
    return undefined;
  }
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsed_days,
    scheduled_days: s.scheduled_days,
    learning_steps: s.learning_steps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as State,
    last_review: s.last_review === undefined ? undefined : new Date(s.last_review),
  };
}

/** Whether `stored` has the shape of a day log (of any day). */
export function isDayLog(stored: unknown): stored is DayLog {
  const s = (stored ?? {}) as Partial<Record<keyof DayLog, unknown>>;
  return (
    typeof s.day === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(s.day) &&
    count(s.reviewed) &&
    count(s.newSeen) &&
    count(s.extraNew)
  );
}

/** A stored day log, or a fresh one when it is missing, invalid or from another day. */
export function restoreDay(stored: unknown, now: number): DayLog {
  if (!isDayLog(stored) || stored.day !== localDay(now)) return emptyDay(now);
  return {
    day: stored.day,
    reviewed: stored.reviewed,
    newSeen: stored.newSeen,
    extraNew: stored.extraNew,
  };
}

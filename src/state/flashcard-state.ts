/**
 * The flashcard deck as pure functions over immutable snapshots: which card comes next, what each
 * grade would do, grading, counts, and (de)serialising one card's progress. No DOM, no storage and
 * no clock of its own (callers pass `now`). Scheduling is ts-fsrs's (FSRS-6, default parameters):
 * nothing here computes an interval itself.
 *
 * This is the only module that imports ts-fsrs, so the quiz never pulls it in.
 */
import { createEmptyCard, fsrs, Rating, S_MIN, State, type Card, type Grade } from 'ts-fsrs';
import type { FlashcardRating } from '../events/django-grade.js';

export type { FlashcardRating };

export const RATINGS: readonly FlashcardRating[] = ['again', 'hard', 'good', 'easy'];

const GRADES: Record<FlashcardRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** The scheduler: ts-fsrs defaults (retention 0.9, learning steps 1m/10m, relearning 10m, no fuzz). */
export const scheduler = fsrs();

/**
 * Learning cards due within this window are shown early once nothing else is left (Anki's "learn
 * ahead limit"), so a card graded Again (1m) or Good while learning (10m) comes back this session.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** What a learner did today (a local calendar day): reset when the day changes. */
export interface DayLog {
  /** Local date, `YYYY-MM-DD`. */
  day: string;
  /** Grades given today. */
  reviewed: number;
  /** New cards seen for the first time today (counts against `new-per-day`). */
  newSeen: number;
  /** Extra new cards allowed today by "Study more". */
  extraNew: number;
}

export interface DeckState {
  /** Question ids of the deck, in the order new cards are introduced. */
  order: string[];
  /** Scheduling state of each card that has been graded at least once; absent means new. */
  cards: Readonly<Record<string, Card>>;
  today: DayLog;
  /** New cards introduced per day. */
  newPerDay: number;
}

export interface DeckCounts {
  new: number;
  learning: number;
  review: number;
}

export interface QueueCounts {
  /** New cards still to be introduced today. */
  new: number;
  /** Learning / relearning cards in this session (due now or within the learn-ahead window). */
  learning: number;
  /** Review cards due now. */
  due: number;
}

export interface SessionStats {
  reviewed: number;
  ratings: Record<FlashcardRating, number>;
}

/** The local calendar day of `now`, as `YYYY-MM-DD`. */
export function localDay(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function emptyDay(now: number): DayLog {
  return { day: localDay(now), reviewed: 0, newSeen: 0, extraNew: 0 };
}

/**
 * The card stored for `id`, if any. Own keys only: a card id may be `constructor` or `__proto__`, and
 * `deck.cards[id]` would then find Object.prototype's members.
 */
export function cardAt(deck: Pick<DeckState, 'cards'>, id: string): Card | undefined {
  return Object.hasOwn(deck.cards, id) ? deck.cards[id] : undefined;
}

export function createDeck(
  order: readonly string[],
  cards: Readonly<Record<string, Card>>,
  today: DayLog,
  newPerDay: number,
): DeckState {
  const own = (id: string) => cardAt({ cards }, id);
  return {
    order: [...order],
    // fromEntries defines own properties, so an id like `__proto__` is a key like any other.
    cards: Object.fromEntries(order.filter((id) => own(id)).map((id) => [id, own(id)!])),
    today: { ...today },
    newPerDay: Math.max(0, Math.floor(newPerDay) || 0),
  };
}

/** The deck with today's counters reset if the local day changed since they were written. */
export function rollDay(deck: DeckState, now: number): DeckState {
  return deck.today.day === localDay(now) ? deck : { ...deck, today: emptyDay(now) };
}

const isNew = (card: Card | undefined): boolean => !card || card.state === State.New;
const isLearning = (card: Card): boolean =>
  card.state === State.Learning || card.state === State.Relearning;

function newAllowance(deck: DeckState): number {
  return Math.max(0, deck.newPerDay + deck.today.extraNew - deck.today.newSeen);
}

const byDue = (deck: DeckState) => (a: string, b: string) =>
  cardAt(deck, a)!.due.getTime() - cardAt(deck, b)!.due.getTime();

/**
 * The cards to study now, in order: cards due now (earliest first), then today's new cards, then
 * learning cards due within the learn-ahead window. The first is the card to show.
 */
export function studyQueue(deck: DeckState, now: number): string[] {
  const d = rollDay(deck, now);
  const seen = d.order.filter((id) => !isNew(cardAt(d, id)));
  const dueNow = seen.filter((id) => cardAt(d, id)!.due.getTime() <= now).sort(byDue(d));
  const fresh = d.order.filter((id) => isNew(cardAt(d, id))).slice(0, newAllowance(d));
  const ahead = seen
    .filter((id) => {
      const c = cardAt(d, id)!;
      const due = c.due.getTime();
      return isLearning(c) && due > now && due <= now + LEARN_AHEAD_MS;
    })
    .sort(byDue(d));
  return [...dueNow, ...fresh, ...ahead];
}

/** Whether a card is new, learning (or relearning) or in review. */
export function cardKind(card: Card | undefined): keyof DeckCounts {
  return isNew(card) ? 'new' : isLearning(card!) ? 'learning' : 'review';
}

/** Counts for the header chips. */
export function queueCounts(deck: DeckState, now: number): QueueCounts {
  const d = rollDay(deck, now);
  const counts: QueueCounts = { new: 0, learning: 0, due: 0 };
  for (const id of studyQueue(d, now)) {
    const kind = cardKind(cardAt(d, id));
    counts[kind === 'review' ? 'due' : kind]++;
  }
  return counts;
}

/** How many of the deck's cards are new, learning (or relearning) and in review. */
export function deckCounts(deck: DeckState): DeckCounts {
  const counts: DeckCounts = { new: 0, learning: 0, review: 0 };
  for (const id of deck.order) counts[cardKind(cardAt(deck, id))]++;
  return counts;
}

/** When the earliest graded card is next due, if any card has been graded. */
export function nextDue(deck: DeckState): Date | undefined {
  let best: Date | undefined;
  for (const id of deck.order) {
    const c = cardAt(deck, id);
    if (c && !isNew(c) && (!best || c.due < best)) best = c.due;
  }
  return best;
}

/**
 * The card's scheduling state at `now` (a fresh one when it has never been graded). A last review
 * later than `now` (a clock set back, another device's clock ahead) counts as a review just now:
 * ts-fsrs throws on a negative elapsed time.
 */
export function cardOf(deck: DeckState, id: string, now: number): Card {
  const card = cardAt(deck, id);
  if (!card) return createEmptyCard(new Date(now));
  return card.last_review && card.last_review.getTime() > now
    ? { ...card, last_review: new Date(now) }
    : card;
}

/** When the card would next be due for each rating, if graded at `now`. */
export function previewDue(
  deck: DeckState,
  id: string,
  now: number,
): Record<FlashcardRating, Date> {
  const preview = scheduler.repeat(cardOf(deck, id, now), new Date(now));
  return {
    again: preview[Rating.Again].card.due,
    hard: preview[Rating.Hard].card.due,
    good: preview[Rating.Good].card.due,
    easy: preview[Rating.Easy].card.due,
  };
}

export interface GradeResult {
  deck: DeckState;
  card: Card;
  /** True when the card had never been graded before. */
  wasNew: boolean;
}

/** Grade a card at `now`: ts-fsrs computes its next state; today's counters move on. */
export function gradeCard(
  deck: DeckState,
  id: string,
  rating: FlashcardRating,
  now: number,
): GradeResult {
  const d = rollDay(deck, now);
  const before = cardAt(d, id);
  const wasNew = isNew(before);
  const { card } = scheduler.next(cardOf(d, id, now), new Date(now), GRADES[rating]);
  return {
    deck: {
      ...d,
      cards: { ...d.cards, [id]: card },
      today: {
        ...d.today,
        reviewed: d.today.reviewed + 1,
        newSeen: d.today.newSeen + (wasNew ? 1 : 0),
      },
    },
    card,
    wasNew,
  };
}

/** Allow `extra` more new cards today. */
export function studyMore(deck: DeckState, extra: number, now: number): DeckState {
  const d = rollDay(deck, now);
  return { ...d, today: { ...d.today, extraNew: d.today.extraNew + Math.max(0, extra) } };
}

/** New cards not yet introduced (what "Study more" can pull in). */
export function unseenCount(deck: DeckState): number {
  return deck.order.filter((id) => isNew(cardAt(deck, id))).length;
}

/** The later of two states of one card, by when it was last reviewed (`a` on a tie): the last grade wins. */
export function laterCard(a: Card | undefined, b: Card | undefined): Card | undefined {
  const at = (c: Card | undefined) => c?.last_review?.getTime() ?? -Infinity;
  return at(b) > at(a) ? b : (a ?? b);
}

export function emptySession(): SessionStats {
  return { reviewed: 0, ratings: { again: 0, hard: 0, good: 0, easy: 0 } };
}

export function recordRating(session: SessionStats, rating: FlashcardRating): SessionStats {
  return {
    reviewed: session.reviewed + 1,
    ratings: { ...session.ratings, [rating]: session.ratings[rating] + 1 },
  };
}

// ----- intervals -----

export type IntervalUnit = 'lessThanMinute' | 'minutes' | 'hours' | 'days' | 'months' | 'years';

/** An interval in the largest unit that fits, the way Anki labels its buttons (`10m`, `3d`, `1.5mo`). */
export function intervalParts(ms: number): { unit: IntervalUnit; n: number } {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return { unit: 'lessThanMinute', n: 0 };
  if (minutes < 60) return { unit: 'minutes', n: minutes };
  const hours = Math.round(ms / 3_600_000);
  if (hours < 24) return { unit: 'hours', n: hours };
  const days = Math.round(ms / 86_400_000);
  if (days < 30) return { unit: 'days', n: days };
  const oneDecimal = (x: number) => (x < 10 ? Math.round(x * 10) / 10 : Math.round(x));
  const months = days / 30.4375;
  if (months < 11.95) return { unit: 'months', n: oneDecimal(months) };
  return { unit: 'years', n: oneDecimal(days / 365.25) };
}

// ----- serialisation -----

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

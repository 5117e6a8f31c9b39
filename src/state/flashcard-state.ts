/**
 * The flashcard deck as pure functions over immutable snapshots: which card comes next, what each
 * grade would do, grading, merging cards graded elsewhere, counts. No DOM, no storage and no clock
 * of its own (callers pass `now`). Scheduling is ts-fsrs's (FSRS-6, default parameters): nothing
 * here computes an interval itself. How a card is stored is state/stored-deck.ts.
 *
 * The queue and the counts are read from an index kept up to date per graded card
 * (state/deck-index.ts), so grading costs the same in a deck of 100 and of 50 000.
 *
 * Only the flashcard's modules import ts-fsrs, so the quiz never pulls it in.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { buildIndex, countDueBy, reindex, type CardKind, type DeckIndex } from './deck-index.js';

/** ts-fsrs's smallest stability, for state/stored-deck.ts (which must not import ts-fsrs itself). */
export { S_MIN } from 'ts-fsrs';

/** A grade a learner gives a card. */
export type FlashcardRating = 'again' | 'hard' | 'good' | 'easy';

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

const isNew = (card: Card | undefined): boolean => !card || card.state === State.New;
const isLearning = (card: Card): boolean =>
  card.state === State.Learning || card.state === State.Relearning;

/** Whether a card is new, learning (or relearning) or in review. */
export function cardKind(card: Card | undefined): CardKind {
  return isNew(card) ? 'new' : isLearning(card!) ? 'learning' : 'review';
}

/** The queue index of each deck snapshot (derived data, carried from a snapshot to the next). */
const indexes = new WeakMap<DeckState, DeckIndex>();

function indexOf(deck: DeckState): DeckIndex {
  let index = indexes.get(deck);
  if (!index) {
    index = buildIndex(deck.order, (id) => cardAt(deck, id), cardKind);
    indexes.set(deck, index);
  }
  return index;
}

/** `next`, known to have `index` (its order is its source's, its cards changed as `index` says). */
function withIndex(next: DeckState, index: DeckIndex): DeckState {
  indexes.set(next, index);
  return next;
}

/** The deck with other counters for today (same cards, same queue). */
export function withToday(deck: DeckState, today: DayLog): DeckState {
  return withIndex({ ...deck, today: { ...today } }, indexOf(deck));
}

/** The deck with today's counters reset if the local day changed since they were written. */
export function rollDay(deck: DeckState, now: number): DeckState {
  return deck.today.day === localDay(now) ? deck : withToday(deck, emptyDay(now));
}

/** Whether `id` is one of the deck's cards. */
export function inDeck(deck: DeckState, id: string): boolean {
  return indexOf(deck).pos.has(id);
}

function newAllowance(deck: DeckState): number {
  return Math.max(0, deck.newPerDay + deck.today.extraNew - deck.today.newSeen);
}

/**
 * The cards to study now, in order: cards due now (earliest first), then today's new cards, then
 * learning cards due within the learn-ahead window. The first is the card to show (`nextCard`).
 */
export function studyQueue(deck: DeckState, now: number): string[] {
  const d = rollDay(deck, now);
  const { unseen, learning, review } = indexOf(d);
  const nl = countDueBy(learning, now);
  const nr = countDueBy(review, now);
  const dueNow: string[] = [];
  // Merge the two due-now prefixes, both sorted by (due, deck position).
  for (let i = 0, j = 0; i < nl || j < nr;) {
    const takeLearning =
      j >= nr || (i < nl && (learning[i].at - review[j].at || learning[i].pos - review[j].pos) < 0);
    dueNow.push(takeLearning ? learning[i++].id : review[j++].id);
  }
  const fresh = unseen.slice(0, newAllowance(d));
  const ahead = learning.slice(nl, countDueBy(learning, now + LEARN_AHEAD_MS)).map((e) => e.id);
  return [...dueNow, ...fresh, ...ahead];
}

/** The card to show now (the head of `studyQueue`), without building the queue: O(log n). */
export function nextCard(deck: DeckState, now: number): string | undefined {
  const d = rollDay(deck, now);
  const { unseen, learning, review } = indexOf(d);
  const l = learning[0];
  const r = review[0];
  const dueL = l && l.at <= now ? l : undefined;
  const dueR = r && r.at <= now ? r : undefined;
  if (dueL && dueR) return (dueL.at - dueR.at || dueL.pos - dueR.pos) < 0 ? dueL.id : dueR.id;
  if (dueL || dueR) return (dueL ?? dueR)!.id;
  if (newAllowance(d) > 0 && unseen.length) return unseen[0];
  return l && l.at <= now + LEARN_AHEAD_MS ? l.id : undefined;
}

/** Counts for the header chips (what `studyQueue` holds, by kind): O(log n). */
export function queueCounts(deck: DeckState, now: number): QueueCounts {
  const d = rollDay(deck, now);
  const { unseen, learning, review } = indexOf(d);
  return {
    new: Math.min(unseen.length, newAllowance(d)),
    learning: countDueBy(learning, now + LEARN_AHEAD_MS),
    due: countDueBy(review, now),
  };
}

/** How many of the deck's cards are new, learning (or relearning) and in review. */
export function deckCounts(deck: DeckState): DeckCounts {
  const { unseen, learning, review } = indexOf(deck);
  return { new: unseen.length, learning: learning.length, review: review.length };
}

/** When the earliest graded card is next due, if any card has been graded. */
export function nextDue(deck: DeckState): Date | undefined {
  const { learning, review } = indexOf(deck);
  const l = learning[0];
  const r = review[0];
  const first = l && r ? (l.at <= r.at ? l : r) : (l ?? r);
  return first && cardAt(deck, first.id)!.due;
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
  const { card } = scheduler.next(cardOf(d, id, now), new Date(now), GRADES[rating]);
  const next: DeckState = {
    ...d,
    cards: { ...d.cards, [id]: card },
    today: {
      ...d.today,
      reviewed: d.today.reviewed + 1,
      newSeen: d.today.newSeen + (isNew(before) ? 1 : 0),
    },
  };
  return { deck: withIndex(next, reindex(indexOf(d), id, before, card)), card };
}

export interface ReviewStep extends GradeResult {
  /** The card to show next, if any is left this session. */
  next: string | undefined;
}

/**
 * One grade in a review session: the card is graded on its latest state (`stored`, when another
 * widget or tab graded it since, and later), and the next card to show is picked.
 */
export function reviewStep(
  deck: DeckState,
  id: string,
  rating: FlashcardRating,
  now: number,
  stored?: Card,
): ReviewStep {
  const result = gradeCard(mergeCards(deck, [[id, stored]]), id, rating, now);
  return { ...result, next: nextCard(result.deck, now) };
}

/** Allow `extra` more new cards today. */
export function studyMore(deck: DeckState, extra: number, now: number): DeckState {
  const d = rollDay(deck, now);
  return withToday(d, { ...d.today, extraNew: d.today.extraNew + Math.max(0, extra) });
}

/** New cards not yet introduced (what "Study more" can pull in). */
export function unseenCount(deck: DeckState): number {
  return indexOf(deck).unseen.length;
}

/** The later of two states of one card, by when it was last reviewed (`a` on a tie): the last grade wins. */
export function laterCard(a: Card | undefined, b: Card | undefined): Card | undefined {
  const at = (c: Card | undefined) => c?.last_review?.getTime() ?? -Infinity;
  return at(b) > at(a) ? b : (a ?? b);
}

/**
 * Cards graded elsewhere (another tab, another widget on the page) merged in: per card, the later
 * review wins. The same deck when nothing is newer.
 */
export function mergeCards(
  deck: DeckState,
  incoming: Iterable<readonly [string, Card | undefined]>,
): DeckState {
  const changed = new Map<string, Card>();
  let index = indexOf(deck);
  for (const [id, card] of incoming) {
    const own = changed.get(id) ?? cardAt(deck, id);
    const later = laterCard(own, card);
    if (later === own || !later) continue;
    changed.set(id, later);
    index = reindex(index, id, own, later);
  }
  if (!changed.size) return deck;
  // fromEntries and spread define own properties: an id like `__proto__` stays a plain key.
  const cards = { ...deck.cards, ...Object.fromEntries(changed) };
  return withIndex({ ...deck, cards }, index);
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

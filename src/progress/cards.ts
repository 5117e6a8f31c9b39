/**
 * Writing one card's progress the way every widget does: the FSRS state, the review log united with
 * what is stored, and the question's text in the set's catalog (for the site-wide review queue).
 * A quiz mistake or guess goes through here too: it is an Again review of that card (`via: 'quiz'`),
 * so every <django-flashcard> of the set on this origin finds it due.
 *
 * After a write, `PROGRESS_CHANGED` is dispatched on `window` (detail: the keys), so widgets on the
 * same page take the change in at once; other tabs hear the `storage` event.
 */
import type { Card } from 'ts-fsrs';
import type { ProgressStore } from '../internal/storage.js';
import type { Question } from '../data/schema.js';
import {
  cardAt,
  createDeck,
  emptyDay,
  gradeCard,
  type FlashcardRating,
} from '../state/flashcard-state.js';
import { restoreCard, serializeCard } from '../state/stored-deck.js';
import { appendLog, restoreLog, type ReviewEntry } from '../state/review-log.js';
import {
  cardKey,
  catalogEntryText,
  catalogKey,
  ENTRY_VERSION,
  isCardEntry,
  isCatalogEntry,
  mergeQuestions,
} from './entries.js';

/** Dispatched on `window` after progress was written outside a widget's own deck. */
export const PROGRESS_CHANGED = 'django-quiz-elements:progress-changed';

/** Dispatched on `window` after an import wrote something: open widgets reload their progress. */
export const PROGRESS_IMPORTED = 'django-quiz-elements:progress-imported';

export interface ProgressChangedDetail {
  keys: string[];
}

const NUMBERS: Record<FlashcardRating, ReviewEntry['rating']> = {
  again: 1,
  hard: 2,
  good: 3,
  easy: 4,
};
export const ratingNumber = (r: FlashcardRating): ReviewEntry['rating'] => NUMBERS[r];

type Read =
  { status: 'absent' } | { status: 'foreign' } | { status: 'ok'; card: Card; log: ReviewEntry[] };

/** The card stored for `setId`/`id`, with its log. */
export function readCard(store: ProgressStore, setId: string, id: string): Read {
  const entry = store.readEntry(cardKey(setId, id), isCardEntry);
  if (entry.status !== 'ok') return entry;
  return { status: 'ok', card: restoreCard(entry.value)!, log: restoreLog(entry.value.log) };
}

/** Add `questions` to the set's catalog (the ones not there yet). */
export function rememberQuestions(
  store: ProgressStore,
  set: { id: string; title: string },
  questions: readonly Question[],
): void {
  const key = catalogKey(set.id);
  const entry = store.readEntry(key, isCatalogEntry);
  if (entry.status === 'foreign') return;
  const mine = entry.status === 'ok' ? entry.value.questions : [];
  const merged = mergeQuestions(mine, questions);
  if (entry.status === 'ok' && merged.length === mine.length) return;
  // A cache of question text: a full quota here must not stop progress itself from being saved.
  store.writeOptional(
    key,
    catalogEntryText(entry.status === 'ok' ? entry.value.title : set.title, merged),
  );
}

/**
 * Store `card` (graded by `review`) for `question` of `set`: its state, the stored log plus this
 * review, and the question in the catalog. Returns whether storage took it (false: memory only, or
 * an entry not ours is there and left alone).
 */
export function recordReview(
  store: ProgressStore,
  set: { id: string; title: string },
  question: Question,
  card: Card,
  review: ReviewEntry,
): boolean {
  const key = cardKey(set.id, question.id);
  const here = readCard(store, set.id, question.id);
  const log = appendLog(here.status === 'ok' ? here.log : [], review);
  const ok = store.writeJson(key, { v: ENTRY_VERSION, ...serializeCard(card), log });
  if (ok) rememberQuestions(store, set, [question]);
  return ok;
}

export type Scheduled = 'added' | 'rescheduled' | 'skipped';

/**
 * A quiz answered wrong (or right by a guess): the question becomes a card due now for every
 * <django-flashcard> of the set, graded Again at `now` (a new card enters learning; a known one
 * lapses into relearning) and due at once. `skipped` when an entry not ours holds that card's key.
 */
export function scheduleFromQuiz(
  store: ProgressStore,
  set: { id: string; title: string },
  question: Question,
  now: number,
): Scheduled {
  const here = readCard(store, set.id, question.id);
  if (here.status === 'foreign') return 'skipped';
  const before = here.status === 'ok' ? here.card : undefined;
  const deck = createDeck([question.id], before ? { [question.id]: before } : {}, emptyDay(now), 1);
  const graded = gradeCard(deck, question.id, 'again', now).card;
  // Due now rather than after Again's one-minute step: the next deck the learner opens starts with it.
  const card = { ...graded, due: new Date(now) };
  const state = (cardAt(deck, question.id)?.state ?? 0) as ReviewEntry['state'];
  recordReview(store, set, question, card, { at: now, rating: 1, state, via: 'quiz' });
  return !before || before.state === 0 ? 'added' : 'rescheduled';
}

/** Tell widgets on this page that these keys changed. */
export function announceChange(keys: string[]): void {
  globalThis.dispatchEvent?.(
    new CustomEvent<ProgressChangedDetail>(PROGRESS_CHANGED, { detail: { keys } }),
  );
}

/**
 * The storage entries an export reads and an import writes, key by key: which keys are ours, what
 * an entry of ours looks like, and the exact JSON each element writes (same field order), so an
 * export → clear → import round trip puts back the very same text.
 *
 * Keys (set and question ids are slugs, so `:` never occurs inside one):
 * - `django-quiz-elements:quiz:v1:<setId>:<setVersion>:<selection>:<shuffle>:<mode>[:provided=…]` a quiz run
 * - `django-quiz-elements:cards:v1:<setId>` a deck's day counters and shuffle seed
 * - `django-quiz-elements:cards:v1:<setId>:<questionId>` one card's FSRS state and review log
 * - `django-quiz-elements:sets:v1:<setId>` the set's title and the text of the questions that have
 *   cards (so a site-wide review queue can show them on a page that does not load the set)
 */
import { NAMESPACE } from '../internal/storage.js';
import { restoreCard, STORED_CARD_KEYS, type StoredCard } from '../state/stored-deck.js';
import { isQuizSnapshot, type QuizState } from '../state/quiz-state.js';
import { isReviewLog, restoreLog, type ReviewEntry } from '../state/review-log.js';
import * as v from 'valibot';
import { QuestionSchema, type Question } from '../data/schema.js';
import type { CardProgress, DeckProgress, QuizProgress } from './schema.js';

/** The storage format version the keys carry (`…:v1:…`). */
export const ENTRY_VERSION = 1;
export const QUIZ_PREFIX = `${NAMESPACE}quiz:v${ENTRY_VERSION}:`;
export const CARDS_PREFIX = `${NAMESPACE}cards:v${ENTRY_VERSION}:`;
export const CATALOG_PREFIX = `${NAMESPACE}sets:v${ENTRY_VERSION}:`;

const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

export type ParsedKey =
  | { kind: 'quiz'; setId: string; key: string }
  | { kind: 'deck'; setId: string }
  | { kind: 'card'; setId: string; cardId: string }
  | { kind: 'catalog'; setId: string };

/** What a storage key holds, or undefined for a key that is not one of ours (other version, other app). */
export function parseKey(key: string): ParsedKey | undefined {
  if (key.startsWith(QUIZ_PREFIX)) {
    const rest = key.slice(QUIZ_PREFIX.length);
    const setId = rest.split(':')[0]!;
    return SLUG.test(setId) && rest.length > setId.length
      ? { kind: 'quiz', setId, key: rest }
      : undefined;
  }
  if (key.startsWith(CATALOG_PREFIX)) {
    const setId = key.slice(CATALOG_PREFIX.length);
    return SLUG.test(setId) ? { kind: 'catalog', setId } : undefined;
  }
  if (key.startsWith(CARDS_PREFIX)) {
    const parts = key.slice(CARDS_PREFIX.length).split(':');
    if (!parts.every((p) => SLUG.test(p))) return undefined;
    if (parts.length === 1) return { kind: 'deck', setId: parts[0]! };
    if (parts.length === 2) return { kind: 'card', setId: parts[0]!, cardId: parts[1]! };
  }
  return undefined;
}

export const quizKey = (key: string) => QUIZ_PREFIX + key;
export const deckKey = (setId: string) => CARDS_PREFIX + setId;
export const catalogKey = (setId: string) => CATALOG_PREFIX + setId;
export const cardKey = (setId: string, cardId: string) => `${CARDS_PREFIX}${setId}:${cardId}`;

const isObject = (x: unknown): x is Record<string, unknown> =>
  !!x && typeof x === 'object' && !Array.isArray(x);
const ourVersion = (x: Record<string, unknown>) => (x.v ?? ENTRY_VERSION) === ENTRY_VERSION;

/** A card entry's fields: the FSRS state's and the review log (`log`, absent in older entries). */
export const CARD_ENTRY_KEYS: ReadonlySet<string> = new Set([...STORED_CARD_KEYS, 'log']);

/** A stored card with its review log. */
export type CardEntry = StoredCard & { log?: ReviewEntry[] };

/** A card entry as <django-flashcard> writes it: known fields, our version, a schedulable state, a valid log. */
export function isCardEntry(x: unknown): x is CardEntry {
  return (
    isObject(x) &&
    Object.keys(x).every((k) => CARD_ENTRY_KEYS.has(k)) &&
    ourVersion(x) &&
    restoreCard(x) !== undefined &&
    isReviewLog(x.log)
  );
}

export interface DeckEntry {
  v?: number;
  today?: DeckProgress['today'];
  seed?: string;
}

export function isDeckEntry(x: unknown): x is DeckEntry {
  return (
    isObject(x) &&
    Object.keys(x).every((k) => k === 'v' || k === 'today' || k === 'seed') &&
    ourVersion(x) &&
    (x.seed === undefined || typeof x.seed === 'string') &&
    (x.today === undefined || isObject(x.today))
  );
}

export interface QuizEntry {
  v?: number;
  state: QuizState;
  seed?: string;
}

export function isQuizEntry(x: unknown): x is QuizEntry {
  return (
    isObject(x) &&
    Object.keys(x).every((k) => k === 'v' || k === 'state' || k === 'seed') &&
    ourVersion(x) &&
    (x.seed === undefined || typeof x.seed === 'string') &&
    isQuizSnapshot(x.state)
  );
}

/** A stored card entry → the file's card. */
export function cardFromEntry(cardId: string, e: CardEntry): CardProgress {
  const out: Omit<CardProgress, 'log'> & { log?: CardProgress['log'] } = {
    id: cardId,
    due: e.due,
    stability: e.stability,
    difficulty: e.difficulty,
    elapsed_days: e.elapsed_days,
    scheduled_days: e.scheduled_days,
    learning_steps: e.learning_steps,
    reps: e.reps,
    lapses: e.lapses,
    state: e.state as CardProgress['state'],
  };
  if (e.last_review !== undefined) out.last_review = e.last_review;
  out.log = restoreLog(e.log);
  return out as CardProgress;
}

/** The file's card → the entry text <django-flashcard> writes (same fields, same order; no empty log). */
export function cardEntryText(c: CardProgress): string {
  const entry: CardEntry = {
    v: ENTRY_VERSION,
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.last_review,
  };
  if (c.log.length) entry.log = c.log;
  return JSON.stringify(entry);
}

export function deckFromEntry(e: DeckEntry): DeckProgress {
  const out: DeckProgress = {};
  if (e.today !== undefined) out.today = e.today;
  if (e.seed !== undefined) out.seed = e.seed;
  return out;
}

export function deckEntryText(d: DeckProgress): string {
  return JSON.stringify({ today: d.today, seed: d.seed, v: ENTRY_VERSION });
}

export function quizFromEntry(key: string, e: QuizEntry): QuizProgress {
  const out: QuizProgress = { key, state: e.state as QuizProgress['state'] };
  if (e.seed !== undefined) out.seed = e.seed;
  return out;
}

export function quizEntryText(q: QuizProgress): string {
  return JSON.stringify({ v: ENTRY_VERSION, state: q.state, seed: q.seed });
}

export interface CatalogEntry {
  v?: number;
  title: string;
  questions: Question[];
}

const QuestionsSchema = v.array(QuestionSchema);

export function isCatalogEntry(x: unknown): x is CatalogEntry {
  return (
    isObject(x) &&
    Object.keys(x).every((k) => k === 'v' || k === 'title' || k === 'questions') &&
    ourVersion(x) &&
    typeof x.title === 'string' &&
    v.is(QuestionsSchema, x.questions)
  );
}

export function catalogEntryText(title: string, questions: readonly Question[]): string {
  return JSON.stringify({ v: ENTRY_VERSION, title, questions });
}

/** Both lists of questions as one, by id: ours first and kept as they are, theirs added after. */
export function mergeQuestions(mine: readonly Question[], theirs: readonly Question[]): Question[] {
  const ids = new Set(mine.map((q) => q.id));
  return [...mine, ...theirs.filter((q) => !ids.has(q.id))];
}

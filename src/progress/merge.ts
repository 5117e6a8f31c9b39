/**
 * Import: what a progress file would change here (the preview), and doing it (the merge).
 *
 * Rules, per entry:
 * - absent here → added;
 * - a card: the later review wins (its `last_review`; a tie keeps ours), and the review logs are
 *   always united, so no review is lost whichever state wins;
 * - a quiz run: the one started later wins; the same run started at the same time keeps the copy
 *   with more answers (ours on a tie);
 * - a deck's day counters and seed: ours are kept when we have them;
 * - an entry here that is not ours (another version's, corrupted) is never overwritten: counted as
 *   blocked.
 * Everything is written at once or not at all (ProgressStore.writeAll).
 */
import type { ProgressStore } from '../internal/storage.js';
import { laterCard } from '../state/flashcard-state.js';
import { restoreCard } from '../state/stored-deck.js';
import { mergeLogs } from '../state/review-log.js';
import {
  cardEntryText,
  cardKey,
  cardFromEntry,
  deckEntryText,
  deckKey,
  isCardEntry,
  isCatalogEntry,
  catalogEntryText,
  catalogKey,
  mergeQuestions,
  isDeckEntry,
  isQuizEntry,
  quizEntryText,
  quizKey,
} from './entries.js';
import type { CardProgress, ProgressFile, QuizProgress } from './schema.js';
import { PROGRESS_IMPORTED } from './cards.js';

export interface Counts {
  added: number;
  updated: number;
  kept: number;
}

export interface SetPlan {
  id: string;
  cards: Counts;
  /** Reviews the file adds to the logs of cards here (whichever state wins). */
  reviewsAdded: number;
  quizzes: Counts;
  deck: 'added' | 'kept' | 'none';
  /** Entries here that are not ours, which the import leaves exactly as they are. */
  blocked: number;
}

export interface ImportPlan {
  sets: SetPlan[];
  /** What the merge writes: key and full entry text. Empty when the file changes nothing. */
  writes: [string, string][];
}

const zero = (): Counts => ({ added: 0, updated: 0, kept: 0 });

type Local<T> = { status: 'absent' } | { status: 'ok'; value: T } | { status: 'foreign' };

function local<T>(store: ProgressStore, key: string, isOurs: (x: unknown) => x is T): Local<T> {
  const text = store.read(key);
  if (text === null) return { status: 'absent' };
  if (store.isForeign(key)) return { status: 'foreign' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 'foreign' };
  }
  return isOurs(value) ? { status: 'ok', value } : { status: 'foreign' };
}

/** Which of two states of one card to keep, and the united log. */
function mergeCard(
  mine: CardProgress,
  theirs: CardProgress,
): { card: CardProgress; added: number; theirsWon: boolean } {
  const a = restoreCard(mine)!;
  const b = restoreCard(theirs)!;
  const theirsWon = laterCard(a, b) === b;
  const log = mergeLogs(mine.log, theirs.log);
  const base = theirsWon ? theirs : mine;
  return { card: { ...base, log }, added: log.length - mine.log.length, theirsWon };
}

function laterQuiz(mine: QuizProgress, theirs: QuizProgress): boolean {
  const a = mine.state;
  const b = theirs.state;
  if (b.startedAt !== a.startedAt) return b.startedAt > a.startedAt;
  return Object.keys(b.answers).length > Object.keys(a.answers).length;
}

/** The preview: what importing `file` would add, update and keep here, and the writes that does. */
export function planImport(store: ProgressStore, file: ProgressFile): ImportPlan {
  const writes: [string, string][] = [];
  const sets: SetPlan[] = [];
  for (const set of file.sets) {
    const plan: SetPlan = {
      id: set.id,
      cards: zero(),
      reviewsAdded: 0,
      quizzes: zero(),
      deck: 'none',
      blocked: 0,
    };
    for (const card of set.cards) {
      const key = cardKey(set.id, card.id);
      const here = local(store, key, isCardEntry);
      if (here.status === 'foreign') {
        plan.blocked++;
      } else if (here.status === 'absent') {
        plan.cards.added++;
        plan.reviewsAdded += card.log.length;
        writes.push([key, cardEntryText(card)]);
      } else {
        const mine = cardFromEntry(card.id, here.value);
        const merged = mergeCard(mine, card);
        plan.reviewsAdded += merged.added;
        if (merged.theirsWon) plan.cards.updated++;
        else plan.cards.kept++;
        if (merged.theirsWon || merged.added > 0) writes.push([key, cardEntryText(merged.card)]);
      }
    }
    for (const quiz of set.quizzes) {
      const key = quizKey(quiz.key);
      const here = local(store, key, isQuizEntry);
      if (here.status === 'foreign') {
        plan.blocked++;
      } else if (here.status === 'absent') {
        plan.quizzes.added++;
        writes.push([key, quizEntryText(quiz)]);
      } else if (
        laterQuiz({ key: quiz.key, state: here.value.state as QuizProgress['state'] }, quiz)
      ) {
        plan.quizzes.updated++;
        writes.push([key, quizEntryText(quiz)]);
      } else {
        plan.quizzes.kept++;
      }
    }
    if (set.questions?.length) {
      const key = catalogKey(set.id);
      const here = local(store, key, isCatalogEntry);
      if (here.status === 'absent') {
        writes.push([key, catalogEntryText(set.title ?? set.id, set.questions)]);
      } else if (here.status === 'ok') {
        const merged = mergeQuestions(here.value.questions, set.questions);
        if (merged.length > here.value.questions.length) {
          writes.push([key, catalogEntryText(here.value.title, merged)]);
        }
      }
    }
    if (set.deck) {
      const key = deckKey(set.id);
      const here = local(store, key, isDeckEntry);
      if (here.status === 'foreign') plan.blocked++;
      else if (here.status === 'ok') plan.deck = 'kept';
      else {
        plan.deck = 'added';
        writes.push([key, deckEntryText(set.deck)]);
      }
    }
    sets.push(plan);
  }
  return { sets, writes };
}

export type ImportResult =
  { ok: true; persisted: boolean; written: number } | { ok: false; error: string };

/** Do the merge the plan describes: all of it, or nothing when storage fails part-way. */
export function applyImport(store: ProgressStore, plan: ImportPlan): ImportResult {
  if (plan.writes.length === 0) return { ok: true, persisted: store.persistent, written: 0 };
  const outcome = store.writeAll(plan.writes);
  if (outcome === 'failed') {
    return {
      ok: false,
      error:
        "The browser's storage refused the import (it may be full). Nothing was changed: your progress is as it was.",
    };
  }
  globalThis.dispatchEvent?.(new Event(PROGRESS_IMPORTED));
  return { ok: true, persisted: outcome === 'stored', written: plan.writes.length };
}

/** The totals of a plan, for one summary line. */
export function planTotals(plan: ImportPlan): Counts & { reviews: number; blocked: number } {
  const t = { ...zero(), reviews: 0, blocked: 0 };
  for (const s of plan.sets) {
    t.added += s.cards.added + s.quizzes.added + (s.deck === 'added' ? 1 : 0);
    t.updated += s.cards.updated + s.quizzes.updated;
    t.kept += s.cards.kept + s.quizzes.kept + (s.deck === 'kept' ? 1 : 0);
    t.reviews += s.reviewsAdded;
    t.blocked += s.blocked;
  }
  return t;
}

/**
 * Export: every django-quiz-elements entry this page can read (storage and the in-memory fallback,
 * so progress that could not be saved can still be carried away) as one progress file.
 */
import * as v from 'valibot';
import type { ProgressStore } from '../internal/storage.js';
import {
  cardFromEntry,
  deckFromEntry,
  isCardEntry,
  isCatalogEntry,
  isDeckEntry,
  isQuizEntry,
  parseKey,
  quizFromEntry,
} from './entries.js';
import {
  CardSchema,
  DeckSchema,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  QuizSchema,
  type ProgressFile,
  type SetProgress,
} from './schema.js';

/** The address of the generated JSON Schema, written into each file for editors. */
export const PROGRESS_SCHEMA_URL =
  'https://unpkg.com/django-quiz-elements/data/progress.schema.json';

export interface Collected {
  file: ProgressFile;
  /** Keys in our namespace left out: another version's, or an entry that is not ours. */
  skipped: string[];
}

/** All progress as a file. Sets, cards and quiz runs in a stable order (by id, by key). */
export function collectProgress(store: ProgressStore, now: number): Collected {
  const sets = new Map<string, SetProgress>();
  const skipped: string[] = [];
  const setOf = (id: string) => {
    let s = sets.get(id);
    if (!s) sets.set(id, (s = { id, cards: [], quizzes: [] }));
    return s;
  };
  for (const key of store.keys()) {
    const parsed = parseKey(key);
    const value = parsed ? store.readJson<unknown>(key) : undefined;
    if (parsed?.kind === 'card' && isCardEntry(value)) {
      const card = cardFromEntry(parsed.cardId, value);
      if (v.is(CardSchema, card)) {
        setOf(parsed.setId).cards.push(card);
        continue;
      }
    } else if (parsed?.kind === 'deck' && isDeckEntry(value)) {
      const deck = deckFromEntry(value);
      if (v.is(DeckSchema, deck)) {
        setOf(parsed.setId).deck = deck;
        continue;
      }
    } else if (parsed?.kind === 'catalog' && isCatalogEntry(value)) {
      const set = setOf(parsed.setId);
      set.title = value.title.slice(0, 300);
      set.questions = value.questions;
      continue;
    } else if (parsed?.kind === 'quiz' && isQuizEntry(value)) {
      const quiz = quizFromEntry(parsed.key, value);
      if (v.is(QuizSchema, quiz)) {
        setOf(parsed.setId).quizzes.push(quiz);
        continue;
      }
    }
    skipped.push(key);
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // Fields in reading order: what the set is, then progress, then the question text.
  const ordered = [...sets.values()].sort(byId).map((s): SetProgress => ({
    id: s.id,
    ...(s.title !== undefined ? { title: s.title } : {}),
    ...(s.deck ? { deck: s.deck } : {}),
    cards: s.cards.sort(byId),
    quizzes: s.quizzes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    ...(s.questions ? { questions: s.questions } : {}),
  }));
  return {
    file: {
      $schema: PROGRESS_SCHEMA_URL,
      format: PROGRESS_FORMAT,
      version: PROGRESS_VERSION,
      exportedAt: new Date(now).toISOString(),
      sets: ordered,
    },
    skipped,
  };
}

/** The file's text as downloaded: indented, ending in a newline. */
export function progressFileText(file: ProgressFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

/** A file name for the download, dated: `django-quiz-progress-2026-12-02.json`. */
export function progressFileName(now: number, ext = 'json'): string {
  return `django-quiz-progress-${new Date(now).toISOString().slice(0, 10)}.${ext}`;
}

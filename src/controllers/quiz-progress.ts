import type { QuestionSet } from '../data/schema.js';
import { selectionKey, type Selection } from '../data/select.js';
import { ProgressStore } from '../internal/storage.js';
import { isQuizSnapshot, type QuizMode, type QuizState } from '../state/quiz-state.js';
import { ProgressController } from './progress-controller.js';

/** Bumped when the stored snapshot's shape changes; older entries are then ignored, never misread. */
export const QUIZ_STORAGE_VERSION = 1;

/** A run as stored: the whole snapshot, and the seed its choices were shuffled with. */
export interface StoredQuiz {
  /** QUIZ_STORAGE_VERSION; absent in entries written before it was added (the key carries it too). */
  v?: number;
  state: QuizState;
  seed?: string;
}

/** An entry of ours: our version and shape. Anything else at our key is left alone. */
function isStoredQuiz(value: unknown): value is StoredQuiz {
  if (typeof value !== 'object' || value === null) return false;
  const { v, state, seed } = value as Partial<Record<keyof StoredQuiz, unknown>>;
  return (
    (v === undefined || v === QUIZ_STORAGE_VERSION) &&
    (seed === undefined || typeof seed === 'string') &&
    isQuizSnapshot(state)
  );
}

/** What a quiz run's key is made of. */
export interface QuizRun {
  set: QuestionSet;
  selection: Selection;
  /** The `seed` attribute, if set. */
  seed?: string;
  shuffle: boolean;
  mode: QuizMode;
  /** The provider's filter key, when the set comes narrowed from a `<django-question-set>`. */
  providerKey?: string;
}

/**
 * A quiz run's progress in storage: one entry per set, version, selection, shuffle and mode, e.g.
 * `django-quiz-elements:quiz:v1:<set id>:<set version>:<selection>:ordered:practice`, holding the
 * whole snapshot (so a reload resumes on the same question, with the same shuffle).
 */
export class QuizProgress extends ProgressController {
  /** The key of a run. */
  keyOf(run: QuizRun): string {
    const shuffleKey = run.seed ? `seed=${run.seed}` : run.shuffle ? 'shuffle' : 'ordered';
    const parts = [
      'quiz',
      `v${QUIZ_STORAGE_VERSION}`,
      run.set.id,
      run.set.version,
      selectionKey(run.selection),
      shuffleKey,
      run.mode,
    ];
    // A set narrowed by a <django-question-set topics=…> is another run than the whole set.
    if (run.providerKey !== undefined) parts.push(`provided=${run.providerKey}`);
    return ProgressStore.key(...parts);
  }

  /** The stored run at `key`, if it is ours. */
  load(key: string): StoredQuiz | undefined {
    return this.read(key, isStoredQuiz);
  }

  save(key: string, state: QuizState, seed: string): void {
    this.write(key, {
      v: QUIZ_STORAGE_VERSION,
      state,
      seed: seed || undefined,
    } satisfies StoredQuiz);
  }
}

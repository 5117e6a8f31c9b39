import type { DeckCounts, FlashcardRating } from '../state/flashcard-state.js';
import type { QuizResult } from '../state/quiz-state.js';

/** A quiz run's result (score, total, percent, passed, durationMs, answers), and whose. */
export interface QuizCompleteDetail extends QuizResult {
  widget: 'quiz';
  setId: string;
}

export interface FlashcardCompleteDetail {
  widget: 'flashcard';
  setId: string;
  /** Cards graded in this session. */
  reviewed: number;
  /** Grades given in this session, by rating. */
  ratings: Record<FlashcardRating, number>;
  /** Cards in each state after the session. */
  counts: DeckCounts;
  /** ISO time of the next due card, if any. */
  nextDue?: string;
}

export type DjangoCompleteDetail = QuizCompleteDetail | FlashcardCompleteDetail;
export type DjangoCompleteEvent = CustomEvent<DjangoCompleteDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'django-complete': DjangoCompleteEvent;
  }
}

import type { QuizAnswer } from '../state/quiz-state.js';

export interface QuizCompleteDetail {
  widget: 'quiz';
  setId: string;
  score: number;
  total: number;
  /** 0–100, rounded. */
  percent: number;
  passed: boolean;
  durationMs: number;
  answers: QuizAnswer[];
}

export interface FlashcardCompleteDetail {
  widget: 'flashcard';
  setId: string;
  /** Cards graded in this session. */
  reviewed: number;
  /** Grades given in this session, by rating. */
  ratings: { again: number; hard: number; good: number; easy: number };
  /** Cards in each state after the session. */
  counts: { new: number; learning: number; review: number };
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

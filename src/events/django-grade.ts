import type { FlashcardRating } from '../state/flashcard-state.js';

export type { FlashcardRating };

export interface DjangoGradeDetail {
  setId: string;
  questionId: string;
  rating: FlashcardRating;
  /** When the card is next due, as an ISO time. */
  due: string;
}
export type DjangoGradeEvent = CustomEvent<DjangoGradeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'django-grade': DjangoGradeEvent;
  }
}

export interface DjangoAnswerDetail {
  setId: string;
  questionId: string;
  /** The choice ids the learner picked. */
  selected: string[];
  correct: boolean;
  /** The question's 0-based place in this run. */
  index: number;
  total: number;
}
export type DjangoAnswerEvent = CustomEvent<DjangoAnswerDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'django-answer': DjangoAnswerEvent;
  }
}

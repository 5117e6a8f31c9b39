export interface DjangoStartDetail {
  widget: 'quiz' | 'flashcard';
  setId: string;
  /** Ids of the questions in this run, in the order shown. */
  questionIds: string[];
  /** True when the learner's earlier progress was restored. */
  resumed: boolean;
}
export type DjangoStartEvent = CustomEvent<DjangoStartDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'django-start': DjangoStartEvent;
  }
}

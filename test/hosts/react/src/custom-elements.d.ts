import type { HTMLAttributes, Ref } from 'react';
import type { DjangoQuiz, DjangoFlashcard, DjangoQuestionSet } from 'django-quiz-elements';

/** `ondjango-answer`, `ondjango-complete`, … typed from the package's event map. */
type DjangoEventName = Extract<keyof GlobalEventHandlersEventMap, `django-${string}`>;
type DjangoEventProps = {
  [K in DjangoEventName as `on${K}`]?: (e: GlobalEventHandlersEventMap[K]) => void;
};
type Props<T> = HTMLAttributes<T> &
  Partial<Omit<T, keyof HTMLElement>> &
  DjangoEventProps & { ref?: Ref<T> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'django-quiz': Props<DjangoQuiz>;
      'django-flashcard': Props<DjangoFlashcard>;
      'django-question-set': Props<DjangoQuestionSet>;
    }
  }
}

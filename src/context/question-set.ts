import { createContext } from '@lit/context';
import type { QuestionSet } from '../data/schema.js';
import type { QuestionSetError } from '../data/load.js';
import type { Strings } from '../translations/en.js';

/** Settings a `<django-question-set>` passes down; a child's own attribute wins over these. */
export interface SharedSettings {
  theme?: 'light' | 'dark';
  lang?: string;
  strings?: Partial<Strings>;
  noPersist?: boolean;
}

/** What a provider publishes. A new object is published on every change; never mutate one. */
export interface QuestionSetContextValue {
  status: 'loading' | 'ready' | 'error';
  set?: QuestionSet;
  error?: QuestionSetError;
  /** Ask the provider to load again (after an error). */
  retry?: () => void;
  settings: SharedSettings;
  /**
   * A stable key of the provider's own `topics`/`difficulty` filter (undefined when it filters
   * nothing). Widgets add it to their storage keys, so progress over a filtered set never collides with
   * progress over the whole set.
   */
  selectionKey?: string;
}

/**
 * A registered symbol, so that widgets and a provider from different script-tag files on one page
 * (say the quiz-only and the flashcard-only file) still find each other.
 */
export const questionSetContext = createContext<QuestionSetContextValue | undefined>(
  Symbol.for('django-quiz-elements.question-set'),
);

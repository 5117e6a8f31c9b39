export interface DjangoErrorDetail {
  /** A message a person can act on, e.g. `questions[3].choices: expected at least one choice with "correct": true`. */
  message: string;
  /**
   * What failed: loading the set (`network`, `http`, `parse`, `schema`; `missing` when a script-tag
   * file without the bundled set is given no set) or saving progress (`storage`).
   */
  kind: 'network' | 'http' | 'parse' | 'schema' | 'missing' | 'storage';
}
export type DjangoErrorEvent = CustomEvent<DjangoErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'django-error': DjangoErrorEvent;
  }
}

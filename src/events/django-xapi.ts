import type { XapiStatement } from '../xapi/statements.js';

export interface DjangoXapiDetail {
  /** The statement, ready to send to an LRS. */
  statement: XapiStatement;
  /** The widget event it was made from. */
  cause: 'django-answer' | 'django-grade' | 'django-complete';
}
/** Fired by the optional xAPI reporter on the widget; cancel it (`preventDefault()`) to not send it. */
export type DjangoXapiEvent = CustomEvent<DjangoXapiDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'django-xapi': DjangoXapiEvent;
  }
}

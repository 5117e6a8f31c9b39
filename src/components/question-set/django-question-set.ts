import { ContextRoot } from '@lit/context';
import { DjangoQuestionSet } from './question-set.js';

// Widgets that were upgraded before their provider (a host defining <django-quiz> first, or markup
// inserted before the script ran) asked for the set when nobody answered. A ContextRoot on the document
// keeps those requests and replays them once a provider connects. Attached once per page.
const ROOT_FLAG = Symbol.for('django-quiz-elements.context-root');
const scope = globalThis as { [ROOT_FLAG]?: boolean };
if (!scope[ROOT_FLAG] && typeof document !== 'undefined') {
  scope[ROOT_FLAG] = true;
  new ContextRoot().attach(document.documentElement);
}

DjangoQuestionSet.define('django-question-set');

declare global {
  interface HTMLElementTagNameMap {
    'django-question-set': DjangoQuestionSet;
  }
}

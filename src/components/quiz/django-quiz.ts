import { DjangoQuiz } from './quiz.js';

DjangoQuiz.define('django-quiz');

declare global {
  interface HTMLElementTagNameMap {
    'django-quiz': DjangoQuiz;
  }
}

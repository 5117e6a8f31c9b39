import { DjangoFlashcard } from './flashcard.js';

DjangoFlashcard.define('django-flashcard');

declare global {
  interface HTMLElementTagNameMap {
    'django-flashcard': DjangoFlashcard;
  }
}

// The entry of the flashcard-only script-tag files (dist/django-quiz-elements-flashcard.js): the flashcard and the
// provider, so a page can share one set between decks. Guarded like define.ts.
import './components/question-set/django-question-set.js';
import './components/flashcard/django-flashcard.js';

// Registers every element (guarded: loading this twice, or after a host defined a tag, is fine).
// This is the entry of the script-tag bundle.
import './components/quiz/django-quiz.js';
import './components/flashcard/django-flashcard.js';

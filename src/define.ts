// Registers every element (guarded: loading this twice, or after a host defined a tag, is fine).
// This is the entry of the script-tag bundle.
// The provider first: widgets upgraded after it find it at once (a ContextRoot covers other orders).
import './components/question-set/django-question-set.js';
import './components/quiz/django-quiz.js';
import './components/flashcard/django-flashcard.js';

// The entry of the quiz-only script-tag files (dist/django-quiz-elements-quiz.js): the quiz and the provider, so a
// page can share one set between quizzes. Guarded like define.ts.
import './components/question-set/django-question-set.js';
import './components/quiz/django-quiz.js';

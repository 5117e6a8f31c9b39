// Side-effect free: classes, types, events and the loader. Import `define.js` (or a
// `components/*/django-*.js` file) to register the tags.
export { DjangoElement } from './internal/django-element.js';
export { DjangoQuiz } from './components/quiz/quiz.js';
export { DjangoQuestionSet } from './components/question-set/question-set.js';
export { DjangoFlashcard, type FlashcardMode } from './components/flashcard/flashcard.js';
export {
  QuestionSetError,
  parseQuestionSet,
  parseQuestionSetJson,
  parseQuestionSetInSlices,
  fetchQuestionSet,
  loadBundledSet,
} from './data/load.js';
export type { QuestionSetErrorKind } from './data/load.js';
export { parseMarkdownSet, questionSetToMarkdown } from './data/markdown-set.js';
export { renderText, plainText, loadLexer, type TextOptions } from './markdown/index.js';
export { QuestionSetSchema } from './data/schema.js';
export type { QuestionSet, QuestionSetInput, Question, Choice, Difficulty } from './data/schema.js';
export { selectQuestions, type Selection } from './data/select.js';
export { questionSetContext } from './context/question-set.js';
export type { QuestionSetContextValue, SharedSettings } from './context/question-set.js';
export { en as defaultStrings, type Strings } from './translations/en.js';
export type * from './events/index.js';
export type { QuizState, QuizAnswer, QuizMode } from './state/quiz-state.js';
export { MESSAGE_PREFIX, RELAYED_EVENTS } from './embed/protocol.js';
export type {
  EmbedMessage,
  EmbedReadyMessage,
  EmbedResizeMessage,
  EmbedEventMessage,
  RelayedEvent,
} from './embed/protocol.js';
export type { DeckState, DeckCounts, DayLog, FlashcardRating } from './state/flashcard-state.js';
export type { StoredCard } from './state/stored-deck.js';

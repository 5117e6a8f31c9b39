/**
 * Every user-visible string of the widgets. A host translates the UI by setting the `strings`
 * property (or the provider's) to a partial table; `{name}` placeholders are filled in by `format`.
 */
export const en = {
  loading: 'Loading questions…',
  errorTitle: 'This question set could not be loaded',
  retryLoad: 'Try again',
  emptyTitle: 'No questions match',
  emptyBody: 'No question matches the topics or difficulty chosen for this widget.',
  storageNotice:
    'Progress is kept only until this page is closed: the browser does not allow saving it.',
  storageForeignNotice:
    'Progress is kept only until this page is closed: progress saved here earlier could not be read, and is left as it was.',
  docsLink: 'Django docs',
  newTab: '(opens in a new tab)',

  // Quiz
  quizLabel: 'Quiz: {title}',
  questionOf: 'Question {n} of {total}',
  selectOne: 'Choose one answer',
  selectAll: 'Select all that apply',
  check: 'Check',
  next: 'Next',
  finish: 'See results',
  correct: 'Correct',
  incorrect: 'Incorrect',
  partlyCorrect: 'Not quite',
  answerRecorded: 'Answer saved',
  correctAnswerIs: 'Correct answer: {answer}',
  correctAnswersAre: 'Correct answers: {answer}',
  yourAnswer: 'Your answer: {answer}',
  noAnswer: 'no answer',
  chooseFirst: 'Choose an answer first.',
  resultsTitle: 'Your result',
  scoreLine: '{score} of {total} correct',
  percent: '{percent}%',
  passed: 'Passed',
  failed: 'Not passed yet',
  passMarkLine: 'Pass mark: {passMark}%',
  timeTaken: 'Time: {time}',
  review: 'Review',
  retryAll: 'Retry all',
  retryMissed: 'Retry missed ({count})',
  resumed: 'Welcome back: you are on question {n} of {total}.',
  announceCorrect: 'Correct. {explanation}',
  announceIncorrect: 'Incorrect. {answer}. {explanation}',
  announceResult: 'Quiz complete. {score} of {total} correct, {percent}%. {verdict}.',

  // Flashcards
  deckLabel: 'Flashcards: {title}',
  cardFront: 'Question',
  cardBack: 'Answer',
  flipHint: 'Show answer',
  flipBackHint: 'Show question',
  flipInstruction: 'Click the card or press Space to see the answer.',
  flipInstructionTouch: 'Tap the card to see the answer.',
  moreDetail: 'Explanation',
  gradePrompt: 'How well did you know it?',
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
  gradeLabel: '{rating}, {interval} until the next review',
  graded: '{rating}: next review in {interval}.',
  previous: 'Previous',
  nextCard: 'Next',
  position: '{n} / {total}',
  cardOf: 'Card {n} of {total}',
  browseAnnounce: 'Card {n} of {total}. {prompt}',
  deckNav: 'Deck navigation',
  shuffle: 'Shuffle',
  shuffled: 'Cards shuffled. {prompt}',
  sessionCounts: 'Cards left in this session',
  dueCount: '{count} due',
  newCount: '{count} new',
  learningCount: '{count} learning',
  reviewCount: '{count} review',
  stateNew: 'New',
  stateLearning: 'Learning',
  stateReview: 'Review',
  doneTitle: 'All caught up',
  doneBody: 'Nothing is due right now.',
  reviewedToday: 'Reviewed today: {count}',
  nextReview: 'Next review in {interval} ({date})',
  noNextReview: 'No reviews scheduled yet',
  deckCounts: 'Cards in this deck',
  studyMore: 'Study more',
  studyMoreAdded: 'New cards added: {count}. {prompt}',
  announceDone: 'All caught up. Reviewed today: {count}.',
  flippedToAnswer: 'Answer: {answer}',
  flippedToQuestion: 'Question: {prompt}',
  lessThanMinute: '<1m',
  minutes: '{n}m',
  hours: '{n}h',
  days: '{n}d',
  months: '{n}mo',
  years: '{n}y',
};

export type Strings = typeof en;
export type StringKey = keyof Strings;

/** Fill `{name}` placeholders. Values are text, never HTML. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

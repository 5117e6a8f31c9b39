/**
 * The progress file's schema: the single source of truth for what an export holds and an import
 * accepts. The TypeScript types are inferred from it, `parseProgressFile` validates with it, and
 * `scripts/gen.mjs` turns it into `data/progress.schema.json`. Rules JSON Schema cannot express
 * (a quiz snapshot's inner consistency, no review dated in the future) are stated in `description`s
 * and checked in parse.ts.
 *
 * Ids are arrays' values, never object keys, so a question called `constructor` is data like any
 * other and nothing in the file can name `__proto__` (parse.ts rejects such keys outright).
 */
import * as v from 'valibot';
import { QuestionSchema } from '../data/schema.js';
import { MAX_LOG, MAX_REVIEW_MS } from '../state/review-log.js';

/** What `format` says: a JSON file that is not a progress file of ours is told so by name. */
export const PROGRESS_FORMAT = 'django-quiz-elements/progress';
/** Bumped when the file's shape changes; a newer file is refused with a clear message. */
export const PROGRESS_VERSION = 1;
/** The largest file an import reads (5 MB): about 50 000 cards with long review logs. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_SETS = 1000;
export const MAX_CARDS = 100_000;
export const MAX_QUIZZES = 1000;

const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const id = (what: string) =>
  v.pipe(
    v.string(`expected ${what} to be a string`),
    v.regex(SLUG, `expected ${what} to be a lowercase slug (a-z, 0-9, - or _)`),
    v.maxLength(100, `expected ${what} of at most 100 characters`),
  );
const int = (what: string, min: number, max: number) =>
  v.pipe(
    v.number(`expected ${what} to be a number`),
    v.integer(`expected ${what} to be a whole number`),
    v.minValue(min, `expected ${what} to be at least ${min}`),
    v.maxValue(max, `expected ${what} to be at most ${max}`),
  );
const num = (what: string, min: number) =>
  v.pipe(
    v.number(`expected ${what} to be a number`),
    v.finite(`expected ${what} to be a finite number`),
    v.minValue(min, `expected ${what} to be at least ${min}`),
  );
/** Epoch milliseconds a Date can hold, not before 1970. */
const time = (what: string) =>
  v.pipe(
    v.number(`expected ${what} to be a time in epoch milliseconds`),
    v.integer(`expected ${what} to be whole milliseconds`),
    v.minValue(0, `expected ${what} to be after 1970`),
    v.maxValue(8.64e15, `expected ${what} to be a time a date can hold`),
  );
const text = (what: string, max: number) =>
  v.pipe(
    v.string(`expected ${what} to be a string`),
    v.maxLength(max, `expected ${what} of at most ${max} characters`),
  );

export const ReviewSchema = v.strictObject(
  {
    at: v.pipe(time('a review time'), v.description('When the card was graded (epoch ms).')),
    rating: v.pipe(
      v.picklist([1, 2, 3, 4], 'expected a rating 1 (again), 2 (hard), 3 (good) or 4 (easy)'),
      v.description('1 Again, 2 Hard, 3 Good, 4 Easy (FSRS).'),
    ),
    state: v.pipe(
      v.picklist([0, 1, 2, 3], 'expected a card state 0 to 3'),
      v.description('The card state before the review: 0 New, 1 Learning, 2 Review, 3 Relearning.'),
    ),
    ms: v.optional(
      v.pipe(
        int('a review duration', 0, MAX_REVIEW_MS),
        v.description('How long the learner looked at the card (ms).'),
      ),
    ),
    via: v.optional(
      v.pipe(
        v.literal('quiz', 'expected "via" to be "quiz"'),
        v.description('Set when the review was a quiz answer (a mistake or a guess).'),
      ),
    ),
  },
  'expected a review {at, rating, state}',
);

export const CardSchema = v.strictObject(
  {
    id: id('a card id'),
    due: time('"due"'),
    stability: num('"stability"', 0),
    difficulty: num('"difficulty"', 0),
    elapsed_days: num('"elapsed_days"', 0),
    scheduled_days: num('"scheduled_days"', 0),
    learning_steps: int('"learning_steps"', 0, 1000),
    reps: int('"reps"', 0, 1_000_000),
    lapses: int('"lapses"', 0, 1_000_000),
    state: v.picklist([0, 1, 2, 3], 'expected a card state 0 to 3'),
    last_review: v.optional(time('"last_review"')),
    log: v.pipe(
      v.array(ReviewSchema, 'expected "log" to be a list of reviews'),
      v.maxLength(MAX_LOG, `expected at most ${MAX_LOG} reviews per card`),
      v.description(
        'Every review of the card, oldest first. No review (and no last_review) may be later than the time of import.',
      ),
    ),
  },
  'expected a card {id, due, stability, …}',
);

export const DayLogSchema = v.strictObject(
  {
    day: v.pipe(
      v.string('expected "day" to be a date string'),
      v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected "day" as YYYY-MM-DD'),
    ),
    reviewed: int('"reviewed"', 0, 1_000_000),
    newSeen: int('"newSeen"', 0, 1_000_000),
    extraNew: int('"extraNew"', 0, 1_000_000),
  },
  'expected a day log {day, reviewed, newSeen, extraNew}',
);

export const DeckSchema = v.strictObject(
  {
    today: v.optional(DayLogSchema),
    seed: v.optional(text('"seed"', 200)),
  },
  'expected a deck {today?, seed?}',
);

const choiceIds = v.pipe(
  v.array(
    v.pipe(text('a choice id', 64), v.regex(SLUG, 'expected a choice id slug')),
    'expected a list of choice ids',
  ),
  v.maxLength(9, 'expected at most 9 choice ids'),
);

export const QuizStateSchema = v.strictObject(
  {
    order: v.pipe(
      v.array(id('a question id'), 'expected "order" to be a list of question ids'),
      v.minLength(1, 'expected "order" to list at least one question'),
      v.maxLength(MAX_CARDS, `expected at most ${MAX_CARDS} questions`),
    ),
    index: int('"index"', 0, MAX_CARDS),
    selected: choiceIds,
    answers: v.record(
      id('an answered question id'),
      v.strictObject(
        {
          questionId: id('"questionId"'),
          selected: choiceIds,
          correct: v.boolean(),
          guessed: v.optional(v.boolean()),
        },
        'expected an answer {questionId, selected, correct}',
      ),
      'expected "answers" to be an object',
    ),
    phase: v.picklist(['question', 'feedback', 'done'], 'expected a phase'),
    startedAt: time('"startedAt"'),
    finishedAt: v.optional(time('"finishedAt"')),
  },
  'expected a quiz state {order, index, selected, answers, phase, startedAt}',
);

export const QuizSchema = v.strictObject(
  {
    key: v.pipe(
      text('a quiz key', 1000),
      v.regex(/^[a-z0-9][\x20-\x7e]*$/, 'expected a quiz key of printable characters'),
      v.description(
        'Which run this is: the storage key after "django-quiz-elements:quiz:v1:", starting with the set id.',
      ),
    ),
    state: v.pipe(
      QuizStateSchema,
      v.description('Unique ids in "order", "index" within it, no answer dated in the future.'),
    ),
    seed: v.optional(text('"seed"', 200)),
  },
  'expected a quiz {key, state, seed?}',
);

export const SetProgressSchema = v.strictObject(
  {
    id: id('a set id'),
    title: v.optional(text('a set title', 300)),
    questions: v.optional(
      v.pipe(
        v.array(QuestionSchema, 'expected "questions" to be a list of questions'),
        v.maxLength(MAX_CARDS, `expected at most ${MAX_CARDS} questions`),
        v.description(
          'The text of the questions the learner has cards for, so a review queue can show them on any page (unique ids).',
        ),
      ),
    ),
    deck: v.optional(DeckSchema),
    cards: v.pipe(
      v.array(CardSchema, 'expected "cards" to be a list'),
      v.maxLength(MAX_CARDS, `expected at most ${MAX_CARDS} cards per set`),
      v.description('FSRS state and review log of each card the learner graded (unique ids).'),
    ),
    quizzes: v.pipe(
      v.array(QuizSchema, 'expected "quizzes" to be a list'),
      v.maxLength(MAX_QUIZZES, `expected at most ${MAX_QUIZZES} quiz runs per set`),
      v.description('Saved quiz runs (unique keys, each starting with the set id).'),
    ),
  },
  'expected a set {id, cards, quizzes}',
);

export const ProgressFileSchema = v.strictObject(
  {
    $schema: v.optional(text('"$schema"', 2048)),
    format: v.literal(PROGRESS_FORMAT, `expected "format": "${PROGRESS_FORMAT}"`),
    version: v.literal(PROGRESS_VERSION, `expected "version": ${PROGRESS_VERSION}`),
    exportedAt: v.pipe(
      v.string('expected "exportedAt" to be a date string'),
      v.isoTimestamp('expected "exportedAt" as an ISO date-time'),
    ),
    sets: v.pipe(
      v.array(SetProgressSchema, 'expected "sets" to be a list'),
      v.maxLength(MAX_SETS, `expected at most ${MAX_SETS} sets`),
      v.description('One entry per question set (unique ids).'),
    ),
  },
  'expected a progress file object',
);

export type ProgressFile = v.InferOutput<typeof ProgressFileSchema>;
export type SetProgress = v.InferOutput<typeof SetProgressSchema>;
export type CardProgress = v.InferOutput<typeof CardSchema>;
export type QuizProgress = v.InferOutput<typeof QuizSchema>;
export type DeckProgress = v.InferOutput<typeof DeckSchema>;

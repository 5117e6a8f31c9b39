/**
 * The question-set schema: the single source of truth.
 *
 * The TypeScript types below are inferred from it, `parseQuestionSet` validates with it at run time,
 * and `scripts/gen.mjs` turns it into `data/question-set.schema.json` for authors' editors.
 * Rules that JSON Schema cannot express (cross-field checks) are stated in `description`s.
 */
import * as v from 'valibot';

const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const nonEmpty = (what: string, max: number) =>
  v.pipe(
    v.string(`expected ${what} to be a string`),
    v.trim(),
    v.minLength(1, `expected ${what} to be non-empty`),
    v.maxLength(max, `expected ${what} to be at most ${max} characters`),
  );

/** Only absolute http(s) URLs are accepted: a `javascript:` or `data:` link never reaches the page. */
export const HttpUrlSchema = v.pipe(
  v.string('expected a URL string'),
  v.regex(/^https?:\/\/[^\s]+$/i, 'expected an http(s) URL'),
  v.url('expected an http(s) URL'),
  v.maxLength(2048, 'expected a URL of at most 2048 characters'),
);

export const DifficultySchema = v.picklist(
  ['easy', 'medium', 'hard'],
  'expected "easy", "medium" or "hard"',
);

/** A lowercase slug id of at most `max` characters. */
const slugId = (max: number) =>
  v.pipe(
    v.string('expected a string id'),
    v.regex(SLUG, 'expected a lowercase slug id (a-z, 0-9, - or _)'),
    v.maxLength(max, `expected an id of at most ${max} characters`),
  );

export const ChoiceSchema = v.object({
  id: slugId(64),
  text: nonEmpty('choice text', 1000),
  correct: v.optional(v.boolean('expected true or false')),
  why: v.optional(nonEmpty('"why"', 2000)),
});

/** The first id that appears twice, or undefined when all ids are unique. */
export function firstDuplicateId(items: readonly { id: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}
/** A pipe check that ids are unique; its message names the repeated id. */
const uniqueIds = <T extends { id: string }>(what: string) =>
  v.check<T[], (issue: v.CheckIssue<T[]>) => string>(
    (items) => firstDuplicateId(items) === undefined,
    (issue) =>
      `expected ${what} ids to be unique ("${firstDuplicateId(issue.input)}" appears twice)`,
  );

export const QuestionSchema = v.object({
  id: slugId(100),
  prompt: nonEmpty('prompt', 2000),
  answer: nonEmpty('answer', 4000),
  explanation: v.optional(nonEmpty('explanation', 8000)),
  choices: v.pipe(
    v.array(ChoiceSchema, 'expected a list of choices'),
    v.minLength(2, 'expected at least 2 choices'),
    v.maxLength(9, 'expected at most 9 choices'),
    v.check(
      (c) => c.some((x) => x.correct === true),
      'expected at least one choice with "correct": true',
    ),
    uniqueIds('choice'),
    v.description(
      'Between 2 and 9 choices with unique ids; at least one has "correct": true. More than one correct choice makes a "select all that apply" question.',
    ),
  ),
  topics: v.optional(
    v.pipe(
      v.array(
        v.pipe(
          v.string('expected a topic string'),
          v.regex(SLUG, 'expected a lowercase slug topic'),
        ),
        'expected a list of topics',
      ),
      v.maxLength(20, 'expected at most 20 topics'),
    ),
    [],
  ),
  difficulty: v.optional(DifficultySchema, 'medium'),
  docs: v.optional(HttpUrlSchema),
  note: v.optional(nonEmpty('note', 4000)),
});

export const QuestionSetSchema = v.object({
  $schema: v.optional(v.string()),
  id: slugId(100),
  title: nonEmpty('title', 300),
  description: v.optional(
    v.pipe(
      v.string('expected description to be a string'),
      v.maxLength(4000, 'expected description to be at most 4000 characters'),
    ),
  ),
  version: v.optional(
    v.pipe(
      v.string('expected version to be a string, e.g. "2"'),
      v.maxLength(50, 'expected version to be at most 50 characters'),
    ),
    '1',
  ),
  questions: v.pipe(
    v.array(QuestionSchema, 'expected a list of questions'),
    v.maxLength(100_000, 'expected at most 100000 questions'),
    uniqueIds('question'),
    v.description(
      'Questions with unique ids. An empty list is valid (the widgets show an empty state).',
    ),
  ),
});

/** A question set as authored (before defaults are applied). */
export type QuestionSetInput = v.InferInput<typeof QuestionSetSchema>;
/** A validated question set, defaults applied. */
export type QuestionSet = v.InferOutput<typeof QuestionSetSchema>;
export type Question = QuestionSet['questions'][number];
export type Choice = Question['choices'][number];
export type Difficulty = v.InferOutput<typeof DifficultySchema>;

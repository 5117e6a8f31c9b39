/**
 * The quiz as pure functions over immutable snapshots: no DOM, no clock of its own (callers pass
 * `now`), so every transition is unit-testable and the whole snapshot can be stored to resume.
 */
import type { Question } from '../data/schema.js';

export type QuizMode = 'practice' | 'exam';
export type QuizPhase = 'question' | 'feedback' | 'done';

export interface QuizAnswer {
  questionId: string;
  /** The choice ids picked, in the order the set lists them. */
  selected: string[];
  correct: boolean;
  /** The learner said they guessed (the `confidence` toggle); absent when sure or not asked. */
  guessed?: boolean;
}

export interface QuizState {
  /** Ids of the questions in this run, in the order shown. */
  order: string[];
  /** Index into `order` of the question on screen. */
  index: number;
  /** Choice ids picked but not yet checked. */
  selected: string[];
  /** Checked answers by question id. */
  answers: Record<string, QuizAnswer>;
  phase: QuizPhase;
  startedAt: number;
  finishedAt?: number;
}

export function startQuiz(order: readonly string[], now: number): QuizState {
  return {
    order: [...order],
    index: 0,
    selected: [],
    answers: {},
    phase: order.length ? 'question' : 'done',
    startedAt: now,
    finishedAt: order.length ? undefined : now,
  };
}

/**
 * The checked answer to `questionId`, if any. (`answers` is a plain object: a question with the id
 * "constructor" must not find `Object.prototype.constructor` there.)
 */
export function answerOf(state: QuizState, questionId: string): QuizAnswer | undefined {
  return Object.hasOwn(state.answers, questionId) ? state.answers[questionId] : undefined;
}

export const correctIds = (q: Question): string[] =>
  q.choices.filter((c) => c.correct === true).map((c) => c.id);

/** The texts of the correct choices, in the set's order. */
export const correctTexts = (q: Question): string[] =>
  q.choices.filter((c) => c.correct === true).map((c) => c.text);

export const isMultiAnswer = (q: Question): boolean => correctIds(q).length > 1;

/** Right when the picked set is exactly the set of correct choices. */
export function isCorrect(q: Question, selected: readonly string[]): boolean {
  const want = correctIds(q);
  return want.length === selected.length && want.every((id) => selected.includes(id));
}

/** Pick (radio) or toggle (checkbox) a choice. Ignored once the question is checked. */
export function toggleChoice(state: QuizState, q: Question, choiceId: string): QuizState {
  if (state.phase !== 'question' || !q.choices.some((c) => c.id === choiceId)) return state;
  let selected: string[];
  if (isMultiAnswer(q)) {
    selected = state.selected.includes(choiceId)
      ? state.selected.filter((id) => id !== choiceId)
      : [...state.selected, choiceId];
  } else {
    selected = [choiceId];
  }
  // Keep the set's order so stored answers and events do not depend on click order.
  const order = q.choices.map((c) => c.id);
  selected.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { ...state, selected };
}

/**
 * Record the answer to the current question. Practice mode shows feedback; exam mode moves straight
 * on (and to the end after the last question). Returns the state unchanged when nothing is picked.
 */
export function submitAnswer(
  state: QuizState,
  q: Question,
  mode: QuizMode,
  now: number,
  guessed = false,
): QuizState {
  if (state.phase !== 'question' || state.selected.length === 0) return state;
  const answer: QuizAnswer = {
    questionId: q.id,
    selected: state.selected,
    correct: isCorrect(q, state.selected),
  };
  if (guessed) answer.guessed = true;
  const answered = { ...state, answers: { ...state.answers, [q.id]: answer } };
  return mode === 'exam' ? advance(answered, now) : { ...answered, phase: 'feedback' };
}

/** Move past the current question (after feedback in practice mode). */
export function advance(state: QuizState, now: number): QuizState {
  if (state.phase === 'done') return state;
  const index = state.index + 1;
  if (index >= state.order.length) {
    return { ...state, selected: [], phase: 'done', finishedAt: now };
  }
  return { ...state, index, selected: [], phase: 'question' };
}

export interface QuizResult {
  /** Questions answered right. */
  score: number;
  total: number;
  /** 0–100, rounded. */
  percent: number;
  passed: boolean;
  /** From the first question to the last answer. */
  durationMs: number;
  /** The checked answers, in the order shown. */
  answers: QuizAnswer[];
}

export function quizResult(state: QuizState, passMark: number): QuizResult {
  const answers = state.order
    .map((id) => answerOf(state, id))
    .filter((a): a is QuizAnswer => a !== undefined);
  const total = state.order.length;
  const score = answers.filter((a) => a.correct).length;
  const percent = total ? Math.round((score / total) * 100) : 0;
  return {
    score,
    total,
    percent,
    passed: percent >= passMark,
    durationMs: Math.max(0, (state.finishedAt ?? state.startedAt) - state.startedAt),
    answers,
  };
}

/** The question ids answered wrong (or skipped), in the order they were shown. */
export function missedIds(state: QuizState): string[] {
  return state.order.filter((id) => !answerOf(state, id)?.correct);
}

const isStringArray = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((id) => typeof id === 'string');
const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Whether `value` has the shape of a `QuizState` this version wrote: right types, index in range,
 * unique ids, an answer for the question shown in feedback. Checks nothing about a particular set.
 */
export function isQuizSnapshot(value: unknown): value is QuizState {
  if (!isRecord(value)) return false;
  const s = value;
  if (
    !isStringArray(s.order) ||
    s.order.length === 0 ||
    new Set(s.order).size !== s.order.length ||
    typeof s.index !== 'number' ||
    !Number.isInteger(s.index) ||
    s.index < 0 ||
    s.index >= s.order.length ||
    !isStringArray(s.selected) ||
    !isRecord(s.answers) ||
    (s.phase !== 'question' && s.phase !== 'feedback' && s.phase !== 'done') ||
    typeof s.startedAt !== 'number' ||
    !Number.isFinite(s.startedAt) ||
    (s.finishedAt !== undefined && typeof s.finishedAt !== 'number')
  ) {
    return false;
  }
  const answers = s.answers;
  if (!Object.values(answers).every((a) => isRecord(a) && isStringArray(a.selected))) return false;
  return s.phase !== 'feedback' || Object.hasOwn(answers, s.order[s.index]);
}

/**
 * A stored snapshot is used only if it has our shape and still fits the questions on offer; otherwise
 * the quiz starts afresh (the set or the selection changed under it).
 */
export function restoreQuiz(
  stored: unknown,
  available: ReadonlyMap<string, Question>,
): QuizState | undefined {
  if (!isQuizSnapshot(stored) || !stored.order.every((id) => available.has(id))) return undefined;
  const answers: Record<string, QuizAnswer> = {};
  for (const id of stored.order) {
    const a = answerOf(stored, id);
    if (a) {
      // Re-grade against the current set, so an edited answer key cannot leave a stale verdict.
      const q = available.get(id)!;
      answers[id] = { questionId: id, selected: a.selected, correct: isCorrect(q, a.selected) };
      if (a.guessed === true) answers[id].guessed = true;
    }
  }
  return {
    order: stored.order,
    index: stored.index,
    selected: stored.selected,
    answers,
    phase: stored.phase,
    startedAt: stored.startedAt,
    finishedAt: stored.finishedAt,
  };
}

/** Whether an answer sends its question to the review deck: wrong, or right by a guess. */
export const needsReview = (a: QuizAnswer | undefined): boolean =>
  !!a && (!a.correct || a.guessed === true);

/** The questions of this run that went to the review deck, in the order shown. */
export function reviewIds(state: QuizState): string[] {
  return state.order.filter((id) => needsReview(answerOf(state, id)));
}

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

export const correctIds = (q: Question): string[] =>
  q.choices.filter((c) => c.correct === true).map((c) => c.id);

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
): QuizState {
  if (state.phase !== 'question' || state.selected.length === 0) return state;
  const answer: QuizAnswer = {
    questionId: q.id,
    selected: state.selected,
    correct: isCorrect(q, state.selected),
  };
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
  score: number;
  total: number;
  percent: number;
  passed: boolean;
  durationMs: number;
  answers: QuizAnswer[];
}

export function quizResult(state: QuizState, passMark: number): QuizResult {
  const answers = state.order
    .map((id) => state.answers[id])
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
  return state.order.filter((id) => !state.answers[id]?.correct);
}

/**
 * A stored snapshot is used only if it still fits the questions on offer; otherwise the quiz starts
 * afresh (the set or the selection changed under it).
 */
export function restoreQuiz(
  stored: unknown,
  available: ReadonlyMap<string, Question>,
): QuizState | undefined {
  if (!stored || typeof stored !== 'object') return undefined;
  const s = stored as Partial<QuizState>;
  if (
    !Array.isArray(s.order) ||
    s.order.length === 0 ||
    !s.order.every((id) => typeof id === 'string' && available.has(id)) ||
    typeof s.index !== 'number' ||
    !Number.isInteger(s.index) ||
    s.index < 0 ||
    s.index >= s.order.length ||
    !Array.isArray(s.selected) ||
    !s.selected.every((id) => typeof id === 'string') ||
    typeof s.answers !== 'object' ||
    s.answers === null ||
    (s.phase !== 'question' && s.phase !== 'feedback' && s.phase !== 'done') ||
    typeof s.startedAt !== 'number'
  ) {
    return undefined;
  }
  const answers: Record<string, QuizAnswer> = {};
  for (const id of s.order) {
    const a = (s.answers as Record<string, QuizAnswer>)[id];
    const q = available.get(id)!;
    if (a && Array.isArray(a.selected) && a.selected.every((c) => typeof c === 'string')) {
      // Re-grade against the current set, so an edited answer key cannot leave a stale verdict.
      answers[id] = { questionId: id, selected: a.selected, correct: isCorrect(q, a.selected) };
    }
  }
  const current = s.order[s.index];
  if (s.phase === 'feedback' && !answers[current]) return undefined;
  return {
    order: s.order,
    index: s.index,
    selected: s.selected,
    answers,
    phase: s.phase,
    startedAt: s.startedAt,
    finishedAt: typeof s.finishedAt === 'number' ? s.finishedAt : undefined,
  };
}

/** Choosing which questions a widget shows: topic and difficulty filters, a count, a seeded shuffle. */
import { shuffled } from '../internal/random.js';
import type { Difficulty, Question } from './schema.js';

export interface Selection {
  /** Keep questions that have at least one of these topics (empty: all). */
  topics?: readonly string[];
  /** Keep questions of these difficulties (empty: all). */
  difficulty?: readonly Difficulty[];
  /** At most this many questions (0 or undefined: all). */
  count?: number;
  /** Shuffle with this seed (undefined: keep the set's order). */
  shuffleSeed?: string;
}

/** Parse a comma/space separated attribute value into a clean, lowercase list. */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

export function parseDifficulties(value: string | null | undefined): Difficulty[] {
  return parseList(value).filter(
    (d): d is Difficulty => d === 'easy' || d === 'medium' || d === 'hard',
  );
}

/** What a widget's attributes say about its selection: `topics`, `difficulty` and `count`. */
export interface SelectionAttributes {
  topics?: string | null;
  difficulty?: string | null;
  count?: number;
}

/**
 * The selection an element's attributes describe (the one place they are parsed): lists cleaned, a
 * count that is not a positive number means all, `shuffleSeed` as given (undefined: set order).
 */
export function selectionFrom(attrs: SelectionAttributes, shuffleSeed?: string): Selection {
  const count = attrs.count ?? 0;
  return {
    topics: parseList(attrs.topics),
    difficulty: parseDifficulties(attrs.difficulty),
    count: count > 0 ? Math.floor(count) : 0,
    shuffleSeed,
  };
}

/** The questions to show, in order. Pure: the same input always gives the same output. */
export function selectQuestions(questions: readonly Question[], selection: Selection): Question[] {
  const topics = new Set(selection.topics ?? []);
  const levels = new Set(selection.difficulty ?? []);
  let out = questions.filter(
    (q) =>
      (topics.size === 0 || q.topics.some((t) => topics.has(t))) &&
      (levels.size === 0 || levels.has(q.difficulty)),
  );
  if (selection.shuffleSeed !== undefined) out = shuffled(out, selection.shuffleSeed);
  const count = selection.count ?? 0;
  if (count > 0 && count < out.length) out = out.slice(0, count);
  return out;
}

/** A stable text key for a selection (used to key stored progress). */
export function selectionKey(selection: Selection): string {
  return [
    [...(selection.topics ?? [])].sort().join('+') || '*',
    [...(selection.difficulty ?? [])].sort().join('+') || '*',
    selection.count || '*',
    selection.shuffleSeed !== undefined ? 's' : 'o',
  ].join('|');
}

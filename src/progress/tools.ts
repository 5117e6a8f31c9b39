/**
 * What the "Your progress" panel and the quiz's mistakes-to-cards need beyond the first screen, in
 * one module that is loaded when first wanted (`load-tools.ts`): the progress file's collection,
 * exports and import (with their validation), and the FSRS step that makes a quiz mistake a due
 * card. Nothing here imports Lit, so the script-tag files can fetch it as its own small file,
 * dist/django-quiz-progress.js, instead of carrying it.
 */
import type { ProgressStore } from '../internal/storage.js';
import type { QuestionSet } from '../data/schema.js';
import { collectProgress, progressFileName, progressFileText } from './collect.js';
import { ankiDeckText, reviewLogCsv } from './formats.js';
import { applyImport, planImport, planTotals, type ImportPlan } from './merge.js';
import { parseProgressFile, sizeError } from './parse.js';
import type { ProgressFile } from './schema.js';

export { announceChange, scheduleFromQuiz } from './cards.js';
export { cardKey } from './entries.js';
export { renderStats, renderTools } from './panel-view.js';
export { planImport, planTotals, sizeError };

export interface ProgressSummary {
  sets: number;
  cards: number;
  reviews: number;
  quizzes: number;
}

/** A file to hand to the learner. */
export interface Download {
  name: string;
  type: string;
  text: string;
}

/** How many sets, cards, reviews and quiz runs are stored. */
export function summarize(store: ProgressStore, now: number): ProgressSummary {
  const { file } = collectProgress(store, now);
  const s: ProgressSummary = { sets: 0, cards: 0, reviews: 0, quizzes: 0 };
  for (const set of file.sets) {
    if (set.cards.length || set.quizzes.length) s.sets++;
    s.cards += set.cards.length;
    s.quizzes += set.quizzes.length;
    for (const c of set.cards) s.reviews += c.log.length;
  }
  return s;
}

export function progressJson(store: ProgressStore, now: number): Download {
  const { file } = collectProgress(store, now);
  return { name: progressFileName(now), type: 'application/json', text: progressFileText(file) };
}

export function reviewsCsv(store: ProgressStore, now: number): Download {
  const { file } = collectProgress(store, now);
  return {
    name: progressFileName(now, 'csv').replace('progress', 'reviews'),
    type: 'text/csv',
    text: reviewLogCsv(file),
  };
}

export function ankiDeck(set: QuestionSet): Download {
  return { name: `${set.id}-anki.txt`, type: 'text/plain', text: ankiDeckText(set) };
}

export type Checked =
  { ok: true; file: ProgressFile; plan: ImportPlan } | { ok: false; error: string };

/** A chosen file's text, checked and planned against what is stored; nothing is written. */
export function checkImport(store: ProgressStore, text: string, now: number): Checked {
  const parsed = parseProgressFile(text, now);
  return parsed.ok
    ? { ok: true, file: parsed.file, plan: planImport(store, parsed.file) }
    : { ok: false, error: parsed.error };
}

/** Merge a confirmed file, planned again against what is stored now: all or nothing. */
export function importFile(store: ProgressStore, file: ProgressFile) {
  const plan = planImport(store, file);
  return { result: applyImport(store, plan), totals: planTotals(plan) };
}

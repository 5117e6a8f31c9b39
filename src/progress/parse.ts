/**
 * Reading a progress file someone hands us: any text at all, possibly hostile. Every failure is one
 * clear sentence for the learner, and nothing here touches storage: an import only writes after a
 * file has passed everything below (see merge.ts).
 */
import * as v from 'valibot';
import { restoreCard } from '../state/stored-deck.js';
import { isQuizSnapshot } from '../state/quiz-state.js';
import {
  MAX_FILE_BYTES,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  ProgressFileSchema,
  type ProgressFile,
} from './schema.js';

export type ParseResult = { ok: true; file: ProgressFile } | { ok: false; error: string };

/** Clocks of two devices differ: a review up to a day "in the future" is accepted, later ones are not. */
export const FUTURE_SKEW_MS = 86_400_000;
/** Keys that could reach an object's prototype: a progress file never has them. */
const PROTO_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (error: string): ParseResult => ({ ok: false, error });
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

class ProtoKey extends Error {}

/** The byte length of `text` in UTF-8, without allocating it. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Whether a file of `bytes` may be read at all (checked before reading it). */
export function sizeError(bytes: number): string | undefined {
  return bytes > MAX_FILE_BYTES
    ? `This file is ${mb(bytes)}; a progress file is at most ${mb(MAX_FILE_BYTES)}. Nothing was imported.`
    : undefined;
}

/** Parse and validate a progress file's text. `now` bounds the dates it may hold. */
export function parseProgressFile(text: string, now: number): ParseResult {
  if (typeof text !== 'string' || text.trim() === '') return fail('The file is empty.');
  const tooBig =
    text.length > MAX_FILE_BYTES ? sizeError(text.length) : sizeError(utf8Length(text));
  if (tooBig) return fail(tooBig);
  let json: unknown;
  try {
    json = JSON.parse(text, (key, value: unknown) => {
      if (PROTO_KEYS.has(key)) throw new ProtoKey(key);
      return value;
    });
  } catch (e) {
    if (e instanceof ProtoKey) {
      return fail(
        `The file contains the key "${e.message}", which a progress file never has. Nothing was imported.`,
      );
    }
    return fail('This is not a progress file: it is not valid JSON. Nothing was imported.');
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return fail('This is not a progress file: it holds no JSON object. Nothing was imported.');
  }
  const head = json as Record<string, unknown>;
  if (head.format !== PROGRESS_FORMAT) {
    return fail(
      `This is not a django-quiz-elements progress file (it lacks "format": "${PROGRESS_FORMAT}"). Nothing was imported.`,
    );
  }
  if (typeof head.version === 'number' && head.version > PROGRESS_VERSION) {
    return fail(
      `This file was exported by a newer version (format ${head.version}); this page reads format ${PROGRESS_VERSION}. Update the page's django-quiz-elements, then import again. Nothing was imported.`,
    );
  }
  if (head.version !== PROGRESS_VERSION) {
    return fail(
      `This progress file has an unknown format version (${JSON.stringify(head.version) ?? 'none'}); this page reads format ${PROGRESS_VERSION}. Nothing was imported.`,
    );
  }
  const parsed = v.safeParse(ProgressFileSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue);
    return fail(
      `This progress file is damaged${path ? ` at ${path}` : ''}: ${issue.message}. Nothing was imported.`,
    );
  }
  const problem = consistencyProblem(parsed.output, now);
  return problem ? fail(`${problem} Nothing was imported.`) : { ok: true, file: parsed.output };
}

/** Rules the schema cannot say: unique ids, schedulable cards, consistent quiz runs, no future dates. */
export function consistencyProblem(file: ProgressFile, now: number): string | undefined {
  const latest = now + FUTURE_SKEW_MS;
  if (Date.parse(file.exportedAt) > latest) {
    return `The file says it was exported on ${file.exportedAt.slice(0, 10)}, which is in the future.`;
  }
  const setIds = new Set<string>();
  for (const set of file.sets) {
    if (setIds.has(set.id)) return `The set "${set.id}" appears twice.`;
    setIds.add(set.id);
    const questionIds = new Set<string>();
    for (const q of set.questions ?? []) {
      if (questionIds.has(q.id)) return `Question "${q.id}" of set "${set.id}" appears twice.`;
      questionIds.add(q.id);
    }
    const cardIds = new Set<string>();
    for (const card of set.cards) {
      const where = `Card "${card.id}" of set "${set.id}"`;
      if (cardIds.has(card.id)) return `${where} appears twice.`;
      cardIds.add(card.id);
      if (!restoreCard(card)) return `${where} has a scheduling state FSRS cannot use.`;
      if (card.last_review !== undefined && card.last_review > latest) {
        return `${where} was last reviewed on ${day(card.last_review)}, which is in the future.`;
      }
      const future = card.log.find((r) => r.at > latest);
      if (future) return `${where} has a review dated ${day(future.at)}, which is in the future.`;
    }
    const keys = new Set<string>();
    for (const quiz of set.quizzes) {
      if (!quiz.key.startsWith(`${set.id}:`)) {
        return `A quiz run of set "${set.id}" is filed under another set ("${quiz.key.slice(0, 40)}").`;
      }
      if (keys.has(quiz.key)) return `A quiz run of set "${set.id}" appears twice.`;
      keys.add(quiz.key);
      const s = quiz.state;
      if (!isQuizSnapshot(s) || Object.keys(s.answers).some((id) => !s.order.includes(id))) {
        return `A quiz run of set "${set.id}" is inconsistent (its position or answers do not match its questions).`;
      }
      if (s.startedAt > latest || (s.finishedAt ?? 0) > latest) {
        return `A quiz run of set "${set.id}" is dated ${day(Math.max(s.startedAt, s.finishedAt ?? 0))}, which is in the future.`;
      }
    }
  }
  return undefined;
}

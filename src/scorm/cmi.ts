/**
 * The SCORM data model, spelled for each standard: element names, vocabularies and the time and
 * response formats. Pure functions, no LMS: `adapter.ts` decides when, this module decides what.
 */
import type { ScormStandard } from './runtime.js';

/** The largest `cmi.suspend_data` each standard guarantees (1.2: CMIString4096; 2004 4th ed.: 64000). */
export const SUSPEND_LIMIT: Record<ScormStandard, number> = { '1.2': 4096, '2004': 64000 };

/** Element names that differ between the standards. */
export const ELEMENTS = {
  '1.2': {
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    interactionCount: 'cmi.interactions._count',
  },
  '2004': {
    entry: 'cmi.entry',
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    interactionCount: 'cmi.interactions._count',
  },
} as const;

const pad = (n: number, width = 2): string => String(Math.floor(n)).padStart(width, '0');

/** SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS` (hours 2–4 digits): `00:03:07.25`. */
export function timespan12(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(cs / 360_000));
  const minutes = Math.floor(cs / 6000) % 60;
  const seconds = Math.floor(cs / 100) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(cs % 100)}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration, seconds to 2 decimals): `PT3M7.25S`. */
export function duration2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor(cs / 6000) % 60;
  const seconds = (cs % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

/** SCORM 1.2 CMITime, `HH:MM:SS`, in local time (the standard names no zone). */
export function time12(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * SCORM 2004 time(second,10,0) in UTC: `2026-12-02T13:21:38.25Z`. The standard allows a zone
 * designator only after fractional seconds, so the fraction is always there (2 digits, the most it allows).
 */
export function timestamp2004(at: number): string {
  return new Date(at).toISOString().replace(/(\.\d\d)\dZ$/, '$1Z');
}

/**
 * A learner response for a `choice` interaction. SCORM 1.2 allows single characters only
 * (`a,c`): choice ids that are not one letter or digit become letters by their place in the set.
 * SCORM 2004 takes the ids themselves, joined by `[,]`.
 */
export function choiceResponse(
  standard: ScormStandard,
  picked: readonly string[],
  allChoiceIds: readonly string[],
): string {
  if (standard === '2004') return picked.map(shortIdentifier).join('[,]');
  const singles = allChoiceIds.every((id) => /^[0-9a-z]$/.test(id));
  return picked
    .map((id) => (singles ? id : ('abcdefghijklmnopqrstuvwxyz'[allChoiceIds.indexOf(id)] ?? '')))
    .filter(Boolean)
    .join(',');
}

/** A 2004 short_identifier_type has no spaces and at most 250 characters. */
function shortIdentifier(id: string): string {
  return id.replace(/\s+/g, '_').slice(0, 250);
}

export interface InteractionRecord {
  id: string;
  picked: readonly string[];
  correctIds: readonly string[];
  allChoiceIds: readonly string[];
  correct: boolean;
  at: number;
  latencyMs?: number;
  description?: string;
}

/** The `cmi.interactions.n.*` values for one answered question, in the order they must be set. */
export function interactionValues(
  standard: ScormStandard,
  n: number,
  r: InteractionRecord,
): [string, string][] {
  const p = `cmi.interactions.${n}.`;
  const response = choiceResponse(standard, r.picked, r.allChoiceIds);
  const pattern = choiceResponse(standard, r.correctIds, r.allChoiceIds);
  if (standard === '1.2') {
    const values: [string, string][] = [
      [`${p}id`, r.id.replace(/\s+/g, '_').slice(0, 255)],
      [`${p}type`, 'choice'],
      [`${p}time`, time12(r.at)],
      [`${p}weighting`, '1'],
      [`${p}student_response`, response],
      [`${p}result`, r.correct ? 'correct' : 'wrong'],
    ];
    if (pattern) values.splice(4, 0, [`${p}correct_responses.0.pattern`, pattern]);
    if (r.latencyMs !== undefined) values.push([`${p}latency`, timespan12(r.latencyMs)]);
    return values;
  }
  const values: [string, string][] = [
    [`${p}id`, r.id.replace(/\s+/g, '_').slice(0, 4000)],
    [`${p}type`, 'choice'],
    [`${p}timestamp`, timestamp2004(r.at)],
    [`${p}weighting`, '1'],
    [`${p}learner_response`, response],
    [`${p}result`, r.correct ? 'correct' : 'incorrect'],
  ];
  if (pattern) values.splice(4, 0, [`${p}correct_responses.0.pattern`, pattern]);
  if (r.latencyMs !== undefined) values.push([`${p}latency`, duration2004(r.latencyMs)]);
  if (r.description) values.push([`${p}description`, r.description.slice(0, 250)]);
  return values;
}

/** Status and score on completing a quiz (score as a percentage: raw 0–100, min 0, max 100). */
export function resultValues(
  standard: ScormStandard,
  percent: number,
  passed: boolean,
): [string, string][] {
  const e = ELEMENTS[standard];
  const score: [string, string][] = [
    [e.scoreMin, '0'],
    [e.scoreMax, '100'],
    [e.scoreRaw, String(percent)],
  ];
  if (standard === '1.2')
    return [...score, ['cmi.core.lesson_status', passed ? 'passed' : 'failed']];
  return [
    ...score,
    ['cmi.score.scaled', String(Math.round(percent) / 100)],
    ['cmi.success_status', passed ? 'passed' : 'failed'],
    ['cmi.completion_status', 'completed'],
  ];
}

/** Completion for a SCO without a score (the flashcards). */
export function completedValues(standard: ScormStandard): [string, string][] {
  return standard === '1.2'
    ? [['cmi.core.lesson_status', 'completed']]
    : [['cmi.completion_status', 'completed']];
}

/**
 * Pure builders that turn widget events into xAPI 1.0.3 statements. No DOM, no clock, no randomness:
 * ids and the timestamp come in through `StatementContext`, so the same input always gives the same
 * statements (and a Node test can validate them with a conformance-tested validator).
 */
import type { DjangoAnswerDetail } from '../events/django-answer.js';
import type { DjangoCompleteDetail } from '../events/django-complete.js';
import type { DjangoGradeDetail } from '../events/django-grade.js';
import type {
  XapiActivity,
  XapiActor,
  XapiContext,
  XapiResult,
  XapiStatement,
  XapiVerb,
} from '../events/django-xapi.js';

// The statement's shape is the `django-xapi` event's (events/django-xapi.ts): types flow xapi → events.
export type {
  XapiActor,
  XapiVerb,
  XapiActivity,
  XapiScore,
  XapiResult,
  XapiContext,
  XapiStatement,
} from '../events/django-xapi.js';

/** Everything a statement needs besides the event: who, where ids live, and the injected id/time. */
export interface StatementContext {
  actor: XapiActor;
  /** Base IRI for activity ids, e.g. `https://courses.example.com/xapi`. */
  activityBase: string;
  /** A new UUID per call (statement ids). */
  uuid: () => string;
  /** ISO 8601 time the statements carry. */
  timestamp: string;
  /** One UUID per run of a widget, tying its statements together. */
  registration?: string;
  /** RFC 5646 language of the content, e.g. `en-US`. */
  language?: string;
}

const ADL = 'http://adlnet.gov/expapi/verbs/';

/** The ADL verbs used. */
export const verbs = {
  answered: { id: `${ADL}answered`, display: { 'en-US': 'answered' } },
  completed: { id: `${ADL}completed`, display: { 'en-US': 'completed' } },
  passed: { id: `${ADL}passed`, display: { 'en-US': 'passed' } },
  failed: { id: `${ADL}failed`, display: { 'en-US': 'failed' } },
} as const satisfies Record<string, XapiVerb>;

export const activityTypes = {
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

export const PLATFORM = 'django-quiz-elements';

/** `https://x.example/xapi` + `my set` → `https://x.example/xapi/sets/my%20set` */
export function setActivityId(activityBase: string, setId: string): string {
  return `${activityBase.replace(/\/+$/, '')}/sets/${encodeURIComponent(setId)}`;
}

/** … + question id → `…/sets/<set>/questions/<question>` */
export function questionActivityId(
  activityBase: string,
  setId: string,
  questionId: string,
): string {
  return `${setActivityId(activityBase, setId)}/questions/${encodeURIComponent(questionId)}`;
}

/** Milliseconds → an ISO 8601 duration with xAPI's 0.01 s precision, e.g. `PT83.45S`. */
export function isoDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 10) / 100);
  return `PT${seconds}S`;
}

function base(
  ctx: StatementContext,
  verb: XapiVerb,
  object: XapiActivity,
  result: XapiResult | undefined,
  parent?: XapiActivity,
): XapiStatement {
  const context: XapiContext = { platform: PLATFORM };
  if (ctx.registration) context.registration = ctx.registration;
  if (ctx.language) context.language = ctx.language;
  if (parent) context.contextActivities = { parent: [parent] };
  return {
    id: ctx.uuid(),
    actor: ctx.actor,
    verb,
    object,
    ...(result ? { result } : {}),
    context,
    timestamp: ctx.timestamp,
  };
}

function setActivity(ctx: StatementContext, setId: string, type?: string): XapiActivity {
  return {
    objectType: 'Activity',
    id: setActivityId(ctx.activityBase, setId),
    ...(type ? { definition: { type } } : {}),
  };
}

/** A quiz answer: `answered` a choice interaction, with `success` and the picked choice ids. */
export function answeredStatement(ctx: StatementContext, d: DjangoAnswerDetail): XapiStatement {
  return base(
    ctx,
    verbs.answered,
    {
      objectType: 'Activity',
      id: questionActivityId(ctx.activityBase, d.setId, d.questionId),
      definition: { type: activityTypes.interaction, interactionType: 'choice' },
    },
    // xAPI's response format for a choice interaction: ids joined by "[,]".
    { success: d.correct, response: d.selected.join('[,]') },
    setActivity(ctx, d.setId),
  );
}

/** A flashcard grade: `answered` the card's question, the rating as response; "again" is no success. */
export function gradedStatement(ctx: StatementContext, d: DjangoGradeDetail): XapiStatement {
  return base(
    ctx,
    verbs.answered,
    // No definition: the question's activity is defined by the quiz's statements (a choice interaction).
    { objectType: 'Activity', id: questionActivityId(ctx.activityBase, d.setId, d.questionId) },
    { success: d.rating !== 'again', response: d.rating },
    setActivity(ctx, d.setId),
  );
}

/**
 * The end of a run. A quiz gives `completed` and then `passed` or `failed`, each with the scaled score
 * and duration; a flashcard session gives `completed`.
 */
export function completionStatements(
  ctx: StatementContext,
  d: DjangoCompleteDetail,
): XapiStatement[] {
  if (d.widget === 'flashcard') {
    return [base(ctx, verbs.completed, setActivity(ctx, d.setId), { completion: true })];
  }
  const object = setActivity(ctx, d.setId, activityTypes.assessment);
  const scaled = d.total > 0 ? Math.round((d.score / d.total) * 10_000) / 10_000 : 0;
  const result: XapiResult = {
    completion: true,
    success: d.passed,
    score: { scaled, raw: d.score, min: 0, max: d.total },
    duration: isoDuration(d.durationMs),
  };
  return [
    base(ctx, verbs.completed, object, result),
    base(ctx, d.passed ? verbs.passed : verbs.failed, object, { ...result }),
  ];
}

/** The widget events that become statements. */
export type ReportedEvent = 'django-answer' | 'django-grade' | 'django-complete';

export const reportedEvents: readonly ReportedEvent[] = [
  'django-answer',
  'django-grade',
  'django-complete',
];

/** Statements for one widget event (none for an event that is not reported). */
export function statementsFor(
  name: string,
  detail: unknown,
  ctx: StatementContext,
): XapiStatement[] {
  switch (name) {
    case 'django-answer':
      return [answeredStatement(ctx, detail as DjangoAnswerDetail)];
    case 'django-grade':
      return [gradedStatement(ctx, detail as DjangoGradeDetail)];
    case 'django-complete':
      return completionStatements(ctx, detail as DjangoCompleteDetail);
    default:
      return [];
  }
}

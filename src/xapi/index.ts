// `django-quiz-elements/xapi.js`: optional xAPI reporting. Side-effect free until you connect a reporter:
//
//   import { XapiReporter } from 'django-quiz-elements/xapi.js';
//   new XapiReporter({ actor, endpoint, auth }).connect();
export { XapiReporter, type XapiReporterOptions } from './reporter.js';
export {
  statementsFor,
  answeredStatement,
  gradedStatement,
  completionStatements,
  setActivityId,
  questionActivityId,
  isoDuration,
  verbs,
  activityTypes,
  reportedEvents,
  PLATFORM,
} from './statements.js';
export type {
  XapiActor,
  XapiVerb,
  XapiActivity,
  XapiResult,
  XapiScore,
  XapiContext,
  XapiStatement,
  StatementContext,
  ReportedEvent,
} from './statements.js';
export type { DjangoXapiDetail, DjangoXapiEvent } from '../events/django-xapi.js';

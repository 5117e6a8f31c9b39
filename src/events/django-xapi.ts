// The xAPI 1.0.3 statement a `django-xapi` event carries (built by src/xapi/statements.ts).

type LanguageMap = Record<string, string>;

/** Who did it: an Agent with exactly one identifier, as the host knows the learner. */
export type XapiActor = { objectType?: 'Agent'; name?: string } & (
  | { mbox: `mailto:${string}` }
  | { mbox_sha1sum: string }
  | { openid: string }
  | { account: { homePage: string; name: string } }
);

export interface XapiVerb {
  id: string;
  display: LanguageMap;
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type?: string;
    name?: LanguageMap;
    interactionType?: 'choice' | 'likert';
  };
}

export interface XapiScore {
  /** -1…1; here 0…1, the share of questions answered right. */
  scaled: number;
  raw?: number;
  min?: number;
  max?: number;
}

export interface XapiResult {
  success?: boolean;
  completion?: boolean;
  response?: string;
  score?: XapiScore;
  /** ISO 8601 duration, e.g. `PT83.4S`. */
  duration?: string;
}

export interface XapiContext {
  registration?: string;
  platform?: string;
  language?: string;
  contextActivities?: { parent?: XapiActivity[] };
}

export interface XapiStatement {
  id: string;
  actor: XapiActor;
  verb: XapiVerb;
  object: XapiActivity;
  result?: XapiResult;
  context?: XapiContext;
  timestamp: string;
}

export interface DjangoXapiDetail {
  /** The statement, ready to send to an LRS. */
  statement: XapiStatement;
  /** The widget event it was made from. */
  cause: 'django-answer' | 'django-grade' | 'django-complete';
}
/** Fired by the optional xAPI reporter on the widget; cancel it (`preventDefault()`) to not send it. */
export type DjangoXapiEvent = CustomEvent<DjangoXapiDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'django-xapi': DjangoXapiEvent;
  }
}

import '../events/index.js';
import type { DjangoXapiDetail } from '../events/django-xapi.js';
import {
  reportedEvents,
  statementsFor,
  type ReportedEvent,
  type XapiActor,
  type XapiStatement,
} from './statements.js';

export interface XapiReporterOptions {
  /** The learner, as the host identifies them (e.g. `{ mbox: 'mailto:ada@example.com', name: 'Ada' }`). */
  actor: XapiActor;
  /** Base IRI for activity ids. Default: `<page origin>/django-quiz-elements`. */
  activityBase?: string;
  /** The LRS's xAPI endpoint (e.g. `https://lrs.example.com/xapi/`). Unset: only `django-xapi` events. */
  endpoint?: string;
  /**
   * The `Authorization` header for the LRS (e.g. `Basic …`), or a function that returns it, so a host
   * can hand out a short-lived token. Kept in memory only: never written to any storage.
   */
  auth?: string | (() => string | Promise<string>);
  /** Where to listen for widget events. Default: `document` (every widget on the page). */
  target?: EventTarget;
  /** Language of the content, put in each statement's context. */
  language?: string;
  /** A statement could not be sent; it stays queued and goes with the next send or `flush()`. */
  onSendError?: (error: Error, statements: readonly XapiStatement[]) => void;
  /** Injected for tests. */
  fetch?: typeof fetch;
  now?: () => number;
  uuid?: () => string;
}

/**
 * Turns the widgets' events into xAPI statements: fires each as a bubbling, composed, cancelable
 * `django-xapi` event on the widget, then (with an `endpoint`) POSTs it to the LRS with
 * `X-Experience-API-Version: 1.0.3`. Statements of one moment (a quiz's `completed` + `passed`) go in
 * one request; a failed request keeps its statements queued for the next try.
 */
export class XapiReporter {
  private readonly options: XapiReporterOptions;
  private readonly target: EventTarget;
  private readonly registrations = new WeakMap<EventTarget, string>();
  private queue: XapiStatement[] = [];
  private sending?: Promise<void>;
  private scheduled = false;
  private connected = false;

  constructor(options: XapiReporterOptions) {
    if (!options?.actor) throw new TypeError('XapiReporter: an actor is required');
    this.options = { ...options };
    this.target = options.target ?? document;
  }

  /** Start listening. Returns the reporter, so `new XapiReporter(o).connect()` reads well. */
  connect(): this {
    if (this.connected) return this;
    this.connected = true;
    this.target.addEventListener('django-start', this.onStart);
    for (const name of reportedEvents) this.target.addEventListener(name, this.onEvent);
    return this;
  }

  disconnect(): void {
    this.connected = false;
    this.target.removeEventListener('django-start', this.onStart);
    for (const name of reportedEvents) this.target.removeEventListener(name, this.onEvent);
  }

  /** Statements waiting to be sent (after a failed request). */
  get pending(): readonly XapiStatement[] {
    return this.queue;
  }

  /** Send whatever is queued now; resolves when the LRS accepted it (rejects if it did not). */
  async flush(): Promise<void> {
    while (this.sending) await this.sending.catch(() => undefined);
    if (!this.queue.length || !this.options.endpoint) return;
    const batch = this.queue;
    this.queue = [];
    this.sending = this.post(batch)
      .catch((error: unknown) => {
        this.queue = [...batch, ...this.queue];
        const err = error instanceof Error ? error : new Error(String(error));
        this.options.onSendError?.(err, batch);
        throw err;
      })
      .finally(() => {
        this.sending = undefined;
      });
    return this.sending;
  }

  private readonly onStart = (e: Event): void => {
    this.registrations.set(origin(e), this.uuid());
  };

  private readonly onEvent = (e: Event): void => {
    const widget = origin(e);
    const statements = statementsFor(e.type, (e as CustomEvent).detail, {
      actor: this.options.actor,
      activityBase: this.options.activityBase ?? defaultBase(),
      uuid: () => this.uuid(),
      timestamp: new Date(this.options.now?.() ?? Date.now()).toISOString(),
      registration: this.registrations.get(widget),
      language: this.options.language,
    });
    for (const statement of statements) {
      const detail: DjangoXapiDetail = { statement, cause: e.type as ReportedEvent };
      const event = new CustomEvent('django-xapi', {
        detail,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      if (widget.dispatchEvent(event) && this.options.endpoint) this.queue.push(statement);
    }
    if (this.queue.length && !this.scheduled) {
      this.scheduled = true;
      queueMicrotask(() => {
        this.scheduled = false;
        this.flush().catch(() => undefined); // reported through onSendError; kept queued
      });
    }
  };

  private uuid(): string {
    return this.options.uuid?.() ?? crypto.randomUUID();
  }

  private async post(statements: XapiStatement[]): Promise<void> {
    const { endpoint, auth } = this.options;
    const root = new URL(endpoint!.endsWith('/') ? endpoint! : `${endpoint}/`, document.baseURI);
    const url = new URL('statements', root);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'X-Experience-API-Version': '1.0.3',
    };
    const authorization = typeof auth === 'function' ? await auth() : auth;
    if (authorization) headers.Authorization = authorization;
    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    const response = await doFetch(url.href, {
      method: 'POST',
      headers,
      body: JSON.stringify(statements),
      credentials: 'omit',
      keepalive: true,
    });
    if (!response.ok) throw new Error(`The LRS answered HTTP ${response.status}`);
  }
}

/** The widget an event came from (the host element, also from inside other shadow roots). */
function origin(e: Event): EventTarget {
  return e.composedPath()[0] ?? e.target!;
}

function defaultBase(): string {
  return `${location.origin}/django-quiz-elements`;
}

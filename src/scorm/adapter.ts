/**
 * Reports a widget to the LMS: listens to the widget's own events and writes the SCORM data model.
 *
 * - Launch: `Initialize`; a first launch sets the status to incomplete; `entry` tells whether the
 *   LMS brings back a suspended attempt (the widget itself resumes from `suspend_data`, through
 *   `SuspendDataStorage`).
 * - `django-answer`: one `cmi.interactions.n` (id, type choice, response, correct pattern, result,
 *   time, latency), `location` = the question the learner is on, Commit. No score or status yet: a
 *   quiz is not "passed" after its first question.
 * - `django-complete` (quiz): score raw/min/max 0–100 (+ scaled in 2004), 1.2 `lesson_status`
 *   passed/failed, 2004 `completion_status` completed + `success_status` passed/failed, Commit.
 *   A flashcard session reports completed only.
 * - Leaving (`pagehide`): `session_time`, `exit` (suspend while unfinished, so the LMS keeps the
 *   attempt; normal once complete), Commit and Finish/Terminate — once. A tab that is hidden
 *   (`visibilitychange`) commits, as mobile browsers may never fire `pagehide`.
 */
import '../events/index.js';
import type { Question, QuestionSet } from '../data/schema.js';
import type { DjangoAnswerEvent } from '../events/django-answer.js';
import type { DjangoCompleteEvent } from '../events/django-complete.js';
import type { DjangoStartEvent } from '../events/django-start.js';
import {
  completedValues,
  duration2004,
  ELEMENTS,
  interactionValues,
  resultValues,
  SUSPEND_LIMIT,
  timespan12,
} from './cmi.js';
import type { ScormRuntime } from './runtime.js';
import { SuspendDataStorage } from './suspend-storage.js';

export interface ScormAdapterOptions {
  runtime: ScormRuntime;
  /** The widget's set: gives each interaction its correct pattern and (2004) description. */
  set?: QuestionSet;
  /** Clock, injectable for tests. */
  now?: () => number;
  /** Called when the LMS refuses a call (the element and its error). */
  onError?: (message: string) => void;
}

export class ScormAdapter {
  readonly runtime: ScormRuntime;
  /** Pass this as the widget's `storage`. */
  readonly storage: SuspendDataStorage;
  /** Whether the LMS brought back a suspended attempt (`entry` = resume). */
  readonly resumed: boolean;
  /** The pass mark the LMS gives (1.2 mastery_score, 2004 scaled_passing_score ×100), if any. */
  readonly lmsPassMark?: number;

  private readonly now: () => number;
  private readonly startedAt: number;
  private readonly questions = new Map<string, Question>();
  private shownAt = 0;
  private complete = false;
  private finished = false;
  private target?: EventTarget;

  constructor(private readonly options: ScormAdapterOptions) {
    this.runtime = options.runtime;
    this.now = options.now ?? (() => Date.now());
    this.startedAt = this.now();
    for (const q of options.set?.questions ?? []) this.questions.set(q.id, q);

    if (!this.runtime.initialize()) this.fail('Initialize');
    const std = this.runtime.standard;
    const e = ELEMENTS[std];
    this.resumed = this.runtime.get(e.entry) === 'resume';
    this.lmsPassMark = this.readPassMark();
    this.storage = new SuspendDataStorage(
      {
        read: () => this.runtime.get(e.suspendData),
        write: (text) => this.set(e.suspendData, text),
      },
      SUSPEND_LIMIT[std],
    );

    if (std === '1.2') {
      const status = this.runtime.get('cmi.core.lesson_status');
      this.complete = ['passed', 'failed', 'completed'].includes(status);
      if (status === 'not attempted' || status === '')
        this.set('cmi.core.lesson_status', 'incomplete');
    } else {
      const status = this.runtime.get('cmi.completion_status');
      this.complete = status === 'completed';
      if (status !== 'completed' && status !== 'incomplete') {
        this.set('cmi.completion_status', 'incomplete');
      }
    }
    this.commit();
  }

  /** Listen to widget events on `target` (the widget, or a node above it) and to the page leaving. */
  connect(target: EventTarget): this {
    this.target = target;
    target.addEventListener('django-start', this.onStart);
    target.addEventListener('django-answer', this.onAnswer);
    target.addEventListener('django-complete', this.onComplete);
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibility);
    return this;
  }

  disconnect(): void {
    this.target?.removeEventListener('django-start', this.onStart);
    this.target?.removeEventListener('django-answer', this.onAnswer);
    this.target?.removeEventListener('django-complete', this.onComplete);
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** Session time, exit, Commit, Finish/Terminate. Safe to call more than once. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const std = this.runtime.standard;
    const e = ELEMENTS[std];
    this.writeSessionTime();
    this.set(e.exit, this.complete ? (std === '1.2' ? '' : 'normal') : 'suspend');
    this.commit();
    if (!this.runtime.finish()) this.fail('Finish');
    this.disconnect();
  }

  private readPassMark(): number | undefined {
    const raw =
      this.runtime.standard === '1.2'
        ? this.runtime.get('cmi.student_data.mastery_score')
        : this.runtime.get('cmi.scaled_passing_score');
    if (raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n)) return undefined;
    return this.runtime.standard === '1.2' ? n : Math.round(n * 100);
  }

  private readonly onStart = (event: Event): void => {
    const e = event as DjangoStartEvent;
    this.shownAt = this.now();
    // A new run (or a retry) starts at question 1; a resumed one keeps the location it had.
    if (e.detail.widget === 'quiz' && !e.detail.resumed) {
      this.set(ELEMENTS[this.runtime.standard].location, '1');
    }
  };

  private readonly onAnswer = (event: Event): void => {
    const d = (event as DjangoAnswerEvent).detail;
    const std = this.runtime.standard;
    const q = this.questions.get(d.questionId);
    const at = this.now();
    const n = Number(this.runtime.get(ELEMENTS[std].interactionCount)) || 0;
    const values = interactionValues(std, n, {
      id: d.questionId,
      picked: d.selected,
      correctIds: q ? q.choices.filter((c) => c.correct === true).map((c) => c.id) : [],
      allChoiceIds: q ? q.choices.map((c) => c.id) : d.selected,
      correct: d.correct,
      at,
      latencyMs: this.shownAt ? at - this.shownAt : undefined,
      description: q?.prompt,
    });
    for (const [element, value] of values) this.set(element, value);
    this.shownAt = at;
    const next = Math.min(d.index + 2, d.total);
    this.set(ELEMENTS[std].location, String(next));
    this.commit();
  };

  private readonly onComplete = (event: Event): void => {
    const d = (event as DjangoCompleteEvent).detail;
    const std = this.runtime.standard;
    const values =
      d.widget === 'quiz' ? resultValues(std, d.percent, d.passed) : completedValues(std);
    for (const [element, value] of values) this.set(element, value);
    this.complete = true;
    this.writeSessionTime();
    this.commit();
  };

  private readonly onPageHide = (): void => this.finish();

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden' && !this.finished) {
      this.writeSessionTime();
      this.commit();
    }
  };

  private writeSessionTime(): void {
    const ms = this.now() - this.startedAt;
    const std = this.runtime.standard;
    this.set(ELEMENTS[std].sessionTime, std === '1.2' ? timespan12(ms) : duration2004(ms));
  }

  private set(element: string, value: string): boolean {
    const ok = this.runtime.set(element, value);
    if (!ok) this.fail(`SetValue(${element})`);
    return ok;
  }

  private commit(): void {
    if (!this.runtime.commit()) this.fail('Commit');
  }

  private fail(what: string): void {
    this.options.onError?.(
      `The LMS refused ${what}: ${this.runtime.lastError() || 'no reason given'}`,
    );
  }
}

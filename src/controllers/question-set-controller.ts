import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { questionSetContext, type QuestionSetContextValue } from '../context/question-set.js';
import {
  QuestionSetError,
  asQuestionSetError,
  isAbort,
  loadQuestionSet,
  readInlineSource,
  readInlineSourceWhenParsed,
  type InlineSource,
} from '../data/load.js';
import type { QuestionSet } from '../data/schema.js';
import { whenMarkdownReady } from '../markdown/set-ready.js';

export type SetState =
  /** `preview`: a large `src` set as far as it has arrived (see `FetchOptions.onPreview`). */
  | { status: 'loading'; preview?: QuestionSet }
  | { status: 'ready'; set: QuestionSet }
  | { status: 'error'; error: QuestionSetError };

type Host = ReactiveControllerHost & HTMLElement & { src?: string; loadTimeout?: number };

/**
 * Resolves which question set an element shows, in order of precedence: its own `src`, its own inline
 * `<script type="application/json">`, a `<django-question-set>` provider around it, the bundled set.
 * Loads with @lit/task (a response for an old `src` is dropped and its request aborted).
 */
export class QuestionSetController implements ReactiveController {
  /** The provider's value, when there is one around the host. */
  provided?: QuestionSetContextValue;
  private inline: InlineSource | null = null;
  private readonly task: Task<[string | undefined, string | null, boolean], QuestionSet | null>;
  private lastError?: QuestionSetError;
  /** A load was cut short by disconnection: run it again on reconnection. */
  private resumeOnConnect = false;
  /** The set as far as the running load has received it, for a first screen. */
  private preview?: QuestionSet;

  constructor(
    private readonly host: Host,
    private readonly onError: (error: QuestionSetError) => void,
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: questionSetContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        if (value?.status === 'error' && this.usesProvider() && value.error)
          this.reportError(value.error);
        host.requestUpdate();
      },
    });
    this.task = new Task(this.host, {
      // The inline text (compared by value) decides when to load again.
      args: () => [
        this.host.src || undefined,
        this.inline ? `${this.inline.format}:${this.inline.text}` : null,
        this.usesProvider(),
      ],
      task: async ([src, inline, fromProvider], { signal }) => {
        // The provider's set comes through context: nothing to load here.
        if (!src && inline === null && fromProvider) return null;
        // Connected while the page is still being parsed: the inline set may not be there yet.
        if (!src && inline === null) this.inline = await readInlineSourceWhenParsed(this.host);
        this.preview = undefined;
        // Ready once its Markdown can be formatted: the first screen is never raw backticks (a
        // preview may be, for the moment the lexer takes; it renders again once the lexer is in).
        return whenMarkdownReady(
          await loadQuestionSet({
            src,
            inline: this.inline,
            signal,
            timeout: this.host.loadTimeout,
            onPreview: (preview) => {
              if (signal.aborted) return;
              this.preview = preview;
              this.host.requestUpdate();
            },
          }),
        );
      },
      onError: (error) => {
        if (error instanceof QuestionSetError) this.reportError(error);
        else if (!isAbort(error)) console.error(error);
      },
    });
  }

  hostConnected(): void {
    this.inline = readInlineSource(this.host);
    if (this.resumeOnConnect) {
      this.resumeOnConnect = false;
      void this.task.run();
    }
  }

  /** A removed element does not keep a request (and its timeout) open; it loads again if re-added. */
  hostDisconnected(): void {
    if (this.task.status === TaskStatus.PENDING) {
      this.resumeOnConnect = true;
      this.task.abort();
    }
  }

  /** The provider's filter key while the host shows the provided set (see `QuestionSetContextValue`). */
  get providerKey(): string | undefined {
    return this.usesProvider() ? this.provided?.selectionKey : undefined;
  }

  private usesProvider(): boolean {
    return this.provided !== undefined && !this.host.src && this.inline === null;
  }

  private reportError(error: QuestionSetError): void {
    if (error === this.lastError) return;
    this.lastError = error;
    this.onError(error);
  }

  /** Re-read the inline JSON (e.g. after the host page changed it) and load again. */
  reload(): void {
    this.inline = readInlineSource(this.host);
    this.lastError = undefined;
    this.preview = undefined;
    if (this.usesProvider()) this.provided?.retry?.();
    else void this.task.run();
  }

  get state(): SetState {
    if (this.usesProvider() && this.provided) {
      const p = this.provided;
      if (p.status === 'ready' && p.set) return { status: 'ready', set: p.set };
      if (p.status === 'error' && p.error) return { status: 'error', error: p.error };
      return { status: 'loading' };
    }
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return this.task.value ? { status: 'ready', set: this.task.value } : { status: 'loading' };
      case TaskStatus.ERROR: {
        const error = this.task.error;
        if (isAbort(error)) return { status: 'loading' }; // cut short by disconnection
        return { status: 'error', error: asQuestionSetError(error) };
      }
      default:
        return { status: 'loading', preview: this.preview };
    }
  }
}

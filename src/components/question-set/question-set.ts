import { ContextProvider } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  questionSetContext,
  type QuestionSetContextValue,
  type SharedSettings,
} from '../../context/question-set.js';
import {
  QuestionSetError,
  asQuestionSetError,
  loadQuestionSet,
  readInlineSource,
  readInlineSourceWhenParsed,
  type InlineSource,
} from '../../data/load.js';
import type { QuestionSet } from '../../data/schema.js';
import { selectQuestions, selectionFrom, selectionKey } from '../../data/select.js';
import { DjangoElement } from '../../internal/django-element.js';
import { whenMarkdownReady } from '../../markdown/set-ready.js';

/**
 * Loads one question set and shares it with every `<django-quiz>` and `<django-flashcard>` inside it
 * (through `@lit/context`), so N widgets cost one request. It also passes down shared settings —
 * `theme`, `lang`, `strings`, `no-persist` — that a child uses unless it sets its own. A child with its
 * own `src` or inline set ignores the provided set. The element shows nothing itself: it renders its
 * children; while loading and on a load error the children show that state (and each fires
 * `django-error`), and their "Try again" reloads the shared set.
 *
 * @tagname django-question-set
 * @summary Shares one question set and common settings with the quizzes and flashcards inside it.
 *
 * @attr {string} lang - Language of the widgets inside (the native global attribute); children without their own `lang` inherit it.
 *
 * @slot - The widgets (and any other content), plus an optional `<script type="application/json">`
 *   holding an inline question set.
 */
export class DjangoQuestionSet extends DjangoElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  static override get observedAttributes(): string[] {
    // `lang` stays the native global attribute (it already applies to the children through the DOM);
    // observing it lets the provided settings carry it too.
    return [...super.observedAttributes, 'lang'];
  }

  /** URL of the question set (JSON). Unset: an inline `<script type="application/json">` child, else the bundled set. */
  @property({ reflect: true }) src?: string;
  /** Comma-separated topics: only these questions are provided, e.g. `orm,security`. */
  @property({ reflect: true }) topics?: string;
  /** Comma-separated difficulties to provide: `easy`, `medium`, `hard`. */
  @property({ reflect: true }) difficulty?: string;
  /** No widget inside keeps progress in localStorage. */
  @property({ type: Boolean, attribute: 'no-persist', reflect: true }) noPersist = false;

  private readonly provider = new ContextProvider(this, { context: questionSetContext });
  private inline: InlineSource | null = null;
  private published?: QuestionSetContextValue;
  private filtered?: { from: QuestionSet; key: string; set: QuestionSet };

  private readonly task = new Task(this, {
    args: () =>
      [
        this.src || undefined,
        this.inline ? `${this.inline.format}:${this.inline.text}` : null,
      ] as const,
    task: async ([src, inline], { signal }) => {
      // Connected while the page is still being parsed: the inline set may not be there yet.
      if (!src && inline === null) this.inline = await readInlineSourceWhenParsed(this);
      // Ready once its Markdown can be formatted (see src/markdown/set-ready.ts).
      return whenMarkdownReady(await loadQuestionSet({ src, inline: this.inline, signal }));
    },
    onError: (error) => {
      if (!(error instanceof QuestionSetError)) console.error(error);
    },
  });

  override connectedCallback(): void {
    this.inline = readInlineSource(this);
    // Publish before connecting: children that connect (or whose requests are replayed) as the
    // provider announces itself must get "loading", never nothing (nothing means "use the bundled set").
    this.publish();
    super.connectedCallback();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override updated(): void {
    this.publish();
  }

  /** Load the set again: after an error, or after the inline JSON changed. Children follow. */
  reload(): void {
    this.inline = readInlineSource(this);
    void this.task.run();
    this.publish();
  }

  private readonly retry = (): void => this.reload();

  /** The current state as a context value; a new object only when something changed. */
  private publish(): void {
    const settings: SharedSettings = {
      theme: this.theme,
      lang: this.getAttribute('lang') || undefined,
      strings: this.strings,
      noPersist: this.noPersist,
    };
    const { status, set, error } = this.loadState();
    const key = this.filterKey;
    const prev = this.published;
    if (
      prev &&
      prev.status === status &&
      prev.set === set &&
      prev.error === error &&
      prev.selectionKey === key &&
      prev.settings.theme === settings.theme &&
      prev.settings.lang === settings.lang &&
      prev.settings.strings === settings.strings &&
      prev.settings.noPersist === settings.noPersist
    ) {
      return;
    }
    const value: QuestionSetContextValue = Object.freeze({
      status,
      set,
      error,
      retry: this.retry,
      settings: Object.freeze(settings),
      selectionKey: key,
    });
    this.published = value;
    this.provider.setValue(value);
  }

  /** `undefined` when the provider filters nothing, else a stable key of its filter. */
  private get filterKey(): string | undefined {
    const { topics, difficulty } = this.selection;
    return topics!.length || difficulty!.length ? selectionKey(this.selection) : undefined;
  }

  /** The provider filters by topic and difficulty only (each widget picks its own count). */
  private get selection() {
    return selectionFrom({ topics: this.topics, difficulty: this.difficulty });
  }

  private loadState(): Pick<QuestionSetContextValue, 'status' | 'set' | 'error'> {
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return { status: 'ready', set: this.filter(this.task.value!) };
      case TaskStatus.ERROR:
        return { status: 'error', error: asQuestionSetError(this.task.error) };
      default:
        return { status: 'loading' };
    }
  }

  /** The loaded set narrowed by `topics`/`difficulty`: a new set object, the loaded one untouched. */
  private filter(set: QuestionSet): QuestionSet {
    const key = this.filterKey;
    if (key === undefined) return set;
    const memo = this.filtered;
    if (memo && memo.from === set && memo.key === key) return memo.set;
    const questions = selectQuestions(set.questions, this.selection);
    const filtered: QuestionSet = { ...set, questions };
    this.filtered = { from: set, key, set: filtered };
    return filtered;
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

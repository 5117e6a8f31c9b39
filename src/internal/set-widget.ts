import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ProgressController } from '../controllers/progress-controller.js';
import { ProgressPanelController } from '../controllers/progress-panel-controller.js';
import { QuestionSetController } from '../controllers/question-set-controller.js';
import type { QuestionSetError } from '../data/load.js';
import type { Question, QuestionSet } from '../data/schema.js';
import { selectionFrom, type Selection } from '../data/select.js';
import type { StringKey } from '../translations/en.js';
import { DjangoElement } from './django-element.js';
import { renderProgressButton, renderProgressPanel, storageStatusText } from './progress-panel.js';
import { renderEmptyState, renderFrame, renderLoadError } from './widget-parts.js';

/**
 * What `<django-quiz>` and `<django-flashcard>` share: the properties that choose a question set and
 * a selection of it, where progress goes, the set loading (`QuestionSetController`), and the frame
 * around their own screens — loading, a load error with "Try again", a selection that matches
 * nothing, else the element's `renderBody()`.
 *
 * Each update reads the clock once (`at`) and, when the set or the run's key changed, calls the
 * element's `build()`; render never reads the clock.
 */
export abstract class SetWidget extends DjangoElement {
  /** What the polite live region says now. */
  @state() protected announcement = '';

  /** URL of a question set (JSON). Unset: inline JSON, a surrounding `<django-question-set>`, or the bundled set. */
  @property({ reflect: true }) src?: string;
  /** Comma-separated topics to keep, e.g. `orm,security`. */
  @property({ reflect: true }) topics?: string;
  /** Comma-separated difficulties to keep: `easy`, `medium`, `hard`. */
  @property({ reflect: true }) difficulty?: string;
  /** Use at most this many questions (0: all). */
  @property({ type: Number, reflect: true }) count = 0;
  /** Shuffle the order (the quiz shuffles each question's choices too; a deck, the order new cards come in). */
  @property({ type: Boolean, reflect: true }) shuffle = false;
  /** Seed for a reproducible shuffle (implies `shuffle`). */
  @property({ reflect: true }) seed?: string;
  /** Milliseconds a `src` may take to load before the widget shows a timeout error (default 15 000). */
  @property({ type: Number, attribute: 'load-timeout', reflect: true }) loadTimeout?: number;
  /** Do not keep progress in localStorage (nothing survives a reload). */
  @property({ type: Boolean, attribute: 'no-persist', reflect: true }) noPersist = false;
  /** Time source, injectable for tests. */
  @property({ attribute: false }) now: () => number = () => Date.now();
  /** Storage, injectable for tests; `null` means none. */
  @property({ attribute: false }) storage?: Storage | null;

  protected readonly source = new QuestionSetController(this, (error) => this.onLoadError(error));
  /** The widget's progress in storage (its storage problem shows in the frame). */
  protected abstract readonly progress: ProgressController;
  /** The "Your progress" panel: storage status, export, import. */
  protected readonly panel = new ProgressPanelController(this, {
    store: () => this.progress.store,
    set: () => this.builtFor?.set,
    now: () => this.now(),
    t: (key, values) => this.t(key, values),
  });
  /**
   * The set and run key the screen was built for; `preview` when it was built on a preview of a set
   * still loading (the source's `preview`), which `canPreview` allowed.
   */
  protected builtFor?: { set: QuestionSet; key: string; preview?: QuestionSet };
  protected questionsById = new Map<string, Question>();
  /** The clock as read at the start of this update. */
  protected at = 0;

  override willUpdate(_changed: PropertyValues<this>): void {
    this.at = this.now();
    this.inheritedStrings = this.source.provided?.settings.strings ?? {};
    const s = this.source.state;
    const preview = s.status === 'loading' ? s.preview : undefined;
    if (s.status !== 'ready' && !preview) return;
    const set = this.setFor(s.status === 'ready' ? s.set : preview!);
    const key = this.runKey(set);
    if (this.builtFor?.set === set && this.builtFor.key === key) return;
    if (preview && !this.canPreview(set, key)) return;
    // A run built on a preview was never a run of its own: the whole set starts it afresh.
    const rebuilt = this.builtFor !== undefined && !this.builtFor.preview;
    this.builtFor = { set, key, preview };
    this.questionsById = new Map(set.questions.map((q) => [q.id, q]));
    this.build(set, rebuilt);
  }

  /**
   * Whether the first screen may be built on a preview of a set still loading: only when it is the
   * screen the whole set will give (no shuffle, nothing stored to resume). None by default.
   */
  protected canPreview(_set: QuestionSet, _key: string): boolean {
    return false;
  }

  /**
   * The screen on display is a preview: `build` stores nothing and fires no `django-start`, and what
   * the learner does on it only takes effect once the whole set is validated and the run is built
   * again from it; an error in the rest of the set replaces it with the load error.
   */
  protected get previewing(): boolean {
    return this.builtFor?.preview !== undefined;
  }

  /** The set the run is built on, given the loaded one (the flashcard's `all-sets` swaps it). */
  protected setFor(loaded: QuestionSet): QuestionSet {
    return loaded;
  }

  /** Whether progress is kept (not `no-persist` here or on the provider). */
  protected get persist(): boolean {
    return !(this.noPersist || this.source.provided?.settings.noPersist);
  }

  protected get shuffling(): boolean {
    return this.shuffle || !!this.seed;
  }

  protected get setId(): string {
    return this.builtFor?.set.id ?? '';
  }

  /** The page's language for dates and numbers: the provider's `lang`, else the nearest `lang`. */
  protected get locale(): string | undefined {
    return (
      this.source.provided?.settings.lang ||
      this.closest('[lang]')?.getAttribute('lang') ||
      undefined
    );
  }

  /** The selection the attributes describe, shuffled with `shuffleSeed` when given. */
  protected selection(shuffleSeed?: string): Selection {
    return selectionFrom(this, shuffleSeed);
  }

  private onLoadError(error: QuestionSetError): void {
    this.emit('django-error', { kind: error.kind, message: error.message });
    this.requestUpdate();
  }

  /** A key of everything the run depends on: when it changes, the run is built again. */
  protected abstract runKey(set: QuestionSet): string;
  /** (Re)build the run for `set` (`rebuilt`: a run was on screen before). */
  protected abstract build(set: QuestionSet, rebuilt: boolean): void;
  /** Whether the run has anything to show (else the "No questions match" state). */
  protected abstract hasContent(): boolean;
  /** The string naming the region, given `{title}`. */
  protected abstract readonly labelKey: StringKey;
  protected abstract onKeyDown(e: KeyboardEvent): void;
  /** The element's own screen, once the set is loaded and the run has content. */
  protected abstract renderBody(set: QuestionSet): TemplateResult;

  override render(): TemplateResult {
    const s = this.source.state;
    const t = this.t.bind(this);
    let body: TemplateResult;
    const previewed =
      s.status === 'loading' && s.preview !== undefined && this.builtFor?.preview === s.preview;
    const set =
      s.status === 'ready'
        ? (this.builtFor?.set ?? s.set)
        : previewed
          ? this.builtFor!.set
          : undefined;
    if (previewed && this.hasContent()) body = this.renderBody(set!);
    else if (s.status === 'loading') body = this.renderLoading();
    else if (s.status === 'error') body = renderLoadError(t, s.error, () => this.source.reload());
    else if (!this.hasContent()) body = renderEmptyState(t, set!.title);
    else body = this.renderBody(set!);
    // On the widget's own screens only: a load error or an empty selection keeps its plain state.
    if (this.persist && s.status === 'ready' && this.hasContent()) {
      body = html`${body}${this.renderProgressRow()}${renderProgressPanel(this.panel)}`;
    }
    return renderFrame(
      {
        t,
        label: this.t(this.labelKey, { title: set?.title ?? '' }),
        theme: this.theme ?? this.source.provided?.settings.theme,
        busy: s.status === 'loading',
        storageProblem: this.progress.problem,
        announcement: this.announcement,
        onKeyDown: this.onKeyDown,
      },
      body,
    );
  }

  /** The "Your progress" button, and the notice when storage may not keep progress here. */
  private renderProgressRow(): TemplateResult {
    return html`<div class="progress-row">
      ${
        this.panel.atRisk
          ? html`<p class="keep-notice" role="note">${storageStatusText(this.panel)}</p>`
          : nothing
      }
      ${renderProgressButton(this.panel)}
    </div>`;
  }

  /** The skeleton shown while the set loads. */
  protected renderLoading(lines = html`<span></span><span></span><span></span><span></span>`) {
    return html`<div class="skeleton" aria-hidden="true">${lines}</div>
      <p class="sr-only">${this.t('loading')}</p>`;
  }
}

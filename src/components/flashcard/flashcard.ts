import { html, nothing, type TemplateResult } from 'lit';
import { plainText } from '../../markdown/render.js';
import { markdownStyles } from '../../markdown/markdown.styles.js';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Card } from 'ts-fsrs';
import { DeckProgress } from '../../controllers/deck-progress.js';
import { FocusRestore } from '../../controllers/focus-restore.js';
import { SwipeController } from '../../controllers/swipe.js';
import type { Question, QuestionSet } from '../../data/schema.js';
import { selectQuestions, selectionKey } from '../../data/select.js';
import { randomSeed } from '../../internal/random.js';
import { SetWidget } from '../../internal/set-widget.js';
import {
  renderBrowseNav,
  renderDeckSummary,
  renderGradeRow,
  renderInstruction,
  renderNextSet,
  renderQueueCounts,
  renderSetOf,
} from './deck-parts.js';
import { renderCard, renderExplanation } from './card.js';
import { progressPanelStyles } from '../../internal/progress-panel.js';
import {
  browseCurrent,
  browseStep,
  reshuffle,
  startBrowse,
  type BrowseState,
} from '../../state/browse-state.js';
import {
  RATINGS,
  cardAt,
  cardKind,
  deckCounts,
  emptySession,
  intervalParts,
  mergeCards,
  nextCard,
  nextDue,
  previewDue,
  queueCounts,
  recordRating,
  rollDay,
  studyMore,
  studyQueue,
  unseenCount,
  type DeckState,
  type FlashcardRating,
  type SessionStats,
} from '../../state/flashcard-state.js';
import { SiteQueue } from '../../controllers/site-queue.js';
import { tokens } from '../../styles/shared.styles.js';
import { styles } from './flashcard.styles.js';
import '../../events/index.js';

export type FlashcardMode = 'review' | 'browse';

/**
 * Flashcards over a question set. The front shows the prompt; click, tap, Space or Enter flips it to
 * the answer, with the explanation and a Django docs link one step away. In `review` mode cards are
 * scheduled with FSRS (ts-fsrs): grade Again / Hard / Good / Easy (keys 1–4), due cards come first,
 * then new ones, and progress is saved after every grade, one entry per card. Grades of the same deck
 * made in another tab are merged in as they happen (per card, the later review wins). In `browse`
 * mode it is a plain deck with previous / next (arrow keys, buttons, swipe) and shuffle.
 *
 * The set comes from, in order: `src`; an inline `<script type="application/json">` child (read as
 * data, never rendered: the element has no slots); a surrounding `<django-question-set>`; the bundled
 * Django set.
 *
 * @tagname django-flashcard
 * @summary Spaced-repetition flashcards (FSRS) over the bundled Django questions or your own set.
 *
 * @fires django-start - A session begins. Detail: `{ widget: 'flashcard', setId, questionIds, resumed }`.
 * @fires django-flip - The card was turned. Detail: `{ setId, questionId, side }`.
 * @fires django-grade - A card was graded. Detail: `{ setId, questionId, rating, due }` (`due` is an ISO time).
 * @fires django-complete - The session ran out of due cards. Detail: `{ widget: 'flashcard', setId, reviewed, ratings, counts, nextDue }`.
 * @fires django-error - The set could not be loaded (`kind`: `network`, `http`, `parse`, `schema`) or progress cannot be saved (`storage`). Detail: `{ message, kind }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart header - Title and the counts (review) or position (browse).
 * @csspart counts - The new / learning / due chips in review mode.
 * @csspart card - The card: one button that flips.
 * @csspart front - The question side.
 * @csspart back - The answer side.
 * @csspart explanation - The "Explanation" disclosure under a turned card.
 * @csspart grades - The row of grade buttons.
 * @csspart grade - One grade button; also `grade--again`, `grade--hard`, `grade--good`, `grade--easy`.
 * @csspart nav - Previous / position / next / shuffle in browse mode.
 * @csspart summary - The "all caught up" screen.
 * @csspart button - Every button except the card.
 * @csspart progress-button - The "Your progress" button.
 * @csspart progress-panel - The "Your progress" dialog: storage status, export, import.
 *
 * @cssproperty [--django-accent=#0c4b33] - Brand colour: buttons, the answer side, focus of attention.
 * @cssproperty [--django-accent-fg=#ffffff] - Text on the accent colour.
 * @cssproperty [--django-bg=#ffffff] - Background of the widget and the card.
 * @cssproperty [--django-fg=#17221c] - Text colour.
 * @cssproperty [--django-muted=#4f5f56] - Secondary text.
 * @cssproperty [--django-surface=#f4f7f5] - Background of panels and chips.
 * @cssproperty [--django-border=#ccd8d1] - Borders.
 * @cssproperty [--django-correct=#17733a] - The Good grade.
 * @cssproperty [--django-incorrect=#b3261e] - The Again grade.
 * @cssproperty [--django-hard=#8a4b00] - The Hard grade.
 * @cssproperty [--django-easy=#1d4ed8] - The Easy grade.
 * @cssproperty [--django-focus=#2563eb] - Focus ring.
 * @cssproperty [--django-radius=14px] - Corner radius of the widget and the card.
 * @cssproperty [--django-font=system-ui] - Font stack.
 * @cssproperty [--django-font-size=16px] - Base text size.
 * @cssproperty [--django-shadow] - Shadow of the widget.
 * @cssproperty [--django-card-shadow] - Shadow of the card (layered, for depth).
 */
export class DjangoFlashcard extends SetWidget {
  static override styles = [tokens, styles, markdownStyles, progressPanelStyles];

  @query('button[part~="card"]') private cardEl?: HTMLButtonElement;

  @state() private deck?: DeckState;
  @state() private currentId?: string;
  @state() private flipped = false;
  @state() private browse: BrowseState = startBrowse([]);

  // The type is spelled out (not `FlashcardMode`) so that the manifest, and from it the README and
  // Storybook's control, lists the values.
  /** `review`: spaced repetition with grades. `browse`: a plain deck to page through. */
  @property({ reflect: true }) mode: 'review' | 'browse' = 'review';
  /** New cards introduced per day in review mode. */
  @property({ type: Number, attribute: 'new-per-day', reflect: true }) newPerDay = 10;
  /**
   * Review every due card of every set the learner met on this site (quiz mistakes, graded cards),
   * one set after another, instead of only this widget's set. An attribute rather than the default:
   * a bare `<django-flashcard>` already means "the bundled Django deck", and existing embeds keep it.
   */
  @property({ type: Boolean, attribute: 'all-sets', reflect: true }) allSets = false;

  protected readonly progress = new DeckProgress(this, {
    storage: () => this.storage,
    persist: () => this.persist,
    deck: () => this.deck,
    setId: () => this.setId,
    takeIn: (cards) => this.takeIn(cards),
  });
  /** The site-wide queue (`all-sets`): the sets with cards, and which one is on screen. */
  private readonly site = new SiteQueue(this, () => this.progress.store);
  protected readonly labelKey = 'deckLabel';
  private readonly focusAfter = new FocusRestore(this, {
    targets: { card: 'button[part~="card"]', summary: '.summary-title' },
    fallback: ['card', 'summary'],
  });
  private readonly swipe = new SwipeController(this, {
    enabled: () => this.mode === 'browse',
    // A leftward swipe brings the next card (the previous one on a right-to-left page).
    onSwipe: (direction) => this.step(-direction * this.forward),
  });
  private session: SessionStats = emptySession();
  /** Bumped whenever another card (or the same card again) is dealt, so it renders fresh, unturned. */
  private dealt = 0;
  /** When the card on screen was dealt (its review's duration is measured from here). */
  private shownAt = 0;
  /** The set, mode and cards of the last `django-start`: a rebuild that changes none starts nothing. */
  private started?: string;

  // ----- setup -----

  /** `new-per-day` as a whole number; the default when the attribute is not a number. */
  private get perDay(): number {
    const n = this.newPerDay;
    return Number.isFinite(n) && n >= 0 ? Math.floor(n) : 10;
  }

  protected override setFor(loaded: QuestionSet): QuestionSet {
    if (!this.allSets || this.mode !== 'review' || !this.persist) {
      this.site.clear();
      return loaded;
    }
    return this.site.setFor(loaded, this.now());
  }

  protected runKey(set: QuestionSet): string {
    return JSON.stringify([
      set.id,
      selectionKey(this.selection(this.shuffling ? '' : undefined)),
      this.seed ?? '',
      this.mode,
      this.perDay,
      this.persist,
      this.progress.generation,
    ]);
  }

  /** (Re)build the deck for a set and selection, restoring each card's stored progress. */
  protected build(set: QuestionSet): void {
    const now = this.at;
    this.deck = this.progress.open(set.id, {
      shuffle: this.shuffling,
      seed: this.seed,
      newPerDay: this.perDay,
      now,
      select: (seed) => selectQuestions(set.questions, this.selection(seed)).map((q) => q.id),
    });
    const ids = this.deck.order;
    this.session = emptySession();
    this.flipped = false;
    this.dealt++;
    this.shownAt = now;
    this.announcement = '';
    this.browse = startBrowse(ids);
    const questionIds = this.mode === 'browse' ? ids : studyQueue(this.deck, now);
    this.currentId = this.mode === 'browse' ? undefined : questionIds[0];
    // Swapping `storage` or `new-per-day` from code rebuilds the same deck: no new session for it.
    const started = JSON.stringify([set.id, this.mode, ids]);
    if (ids.length && started !== this.started) {
      this.started = started;
      this.emit('django-start', {
        widget: 'flashcard',
        setId: set.id,
        questionIds,
        resumed: Object.keys(this.deck.cards).length > 0,
      });
    }
  }

  protected hasContent(): boolean {
    return !!this.deck && this.deck.order.length > 0;
  }

  /**
   * Merge cards graded elsewhere into the deck: per card, the later review wins. A card on screen,
   * still unturned, that was graded elsewhere gives way to the next one due.
   */
  private takeIn(cards: readonly (readonly [string, Card | undefined])[]): void {
    const deck = this.deck;
    if (!deck) return;
    const merged = mergeCards(deck, cards);
    if (merged === deck) return;
    this.deck = merged;
    // On the "All caught up" screen too: a quiz mistake made meanwhile deals its card at once.
    if (this.mode !== 'review' || this.flipped) return;
    const next = nextCard(merged, this.now());
    if (next === undefined || next === this.currentId) return;
    this.currentId = next;
    this.deal(this.shadowRoot?.activeElement === this.cardEl);
  }

  /** The question on the card now. */
  private get current(): Question | undefined {
    const id = this.mode === 'browse' ? browseCurrent(this.browse) : this.currentId;
    return id === undefined ? undefined : this.questionsById.get(id);
  }

  /** The step that "rightwards" means: the next card, or in a right-to-left page the previous one. */
  private get forward(): 1 | -1 {
    return this.matches(':dir(rtl)') ? -1 : 1;
  }

  private interval(ms: number): string {
    const { unit, n } = intervalParts(ms);
    return this.t(unit, { n });
  }

  /** What each grade would do to the card, as intervals (`10m`, `3d`). */
  private previewIntervals(deck: DeckState, q: Question, now: number) {
    const due = previewDue(deck, q.id, now);
    return Object.fromEntries(
      RATINGS.map((r) => [r, this.interval(due[r].getTime() - now)]),
    ) as Record<FlashcardRating, string>;
  }

  private deal(focusCard: boolean): void {
    this.flipped = false;
    this.dealt++;
    this.shownAt = this.now();
    if (focusCard) this.focusAfter.request('card');
  }

  private step(delta: number): void {
    if (this.mode !== 'browse') return;
    const next = browseStep(this.browse, delta);
    if (next === this.browse) return;
    this.browse = next;
    this.deal(false);
    this.announcement = this.t('browseAnnounce', {
      n: next.index + 1,
      total: next.order.length,
      prompt: plainText(this.current!.prompt),
    });
  }

  private reshuffle(): void {
    if (this.mode !== 'browse') return;
    const next = reshuffle(this.browse, randomSeed);
    if (next === this.browse) return;
    this.browse = next;
    this.deal(false);
    this.announcement = this.t('shuffled', { prompt: plainText(this.current!.prompt) });
  }

  private onCardClick(): void {
    if (this.swipe.takeClick()) this.flip(); // the click that ends a mouse swipe is not a flip
  }

  protected onKeyDown(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (this.mode === 'review' && this.flipped && this.currentId && /^[1-4]$/.test(e.key)) {
      e.preventDefault();
      this.grade(RATINGS[Number(e.key) - 1]);
      return;
    }
    if (this.mode === 'browse' && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      this.step(e.key === 'ArrowRight' ? this.forward : -this.forward);
    }
  }

  /** Turn the card over (and back). */
  flip(): void {
    const q = this.current;
    if (!q) return;
    this.flipped = !this.flipped;
    this.announcement = this.flipped
      ? this.t('flippedToAnswer', { answer: plainText(q.answer) })
      : this.t('flippedToQuestion', { prompt: plainText(q.prompt) });
    this.emit('django-flip', {
      setId: this.setId,
      questionId: q.id,
      side: this.flipped ? 'back' : 'front',
    });
  }

  /** Grade the card on screen (review mode) and deal the next one. */
  grade(rating: FlashcardRating): void {
    const id = this.currentId;
    const q = this.current;
    if (this.mode !== 'review' || !this.deck || !id || !q) return;
    const setId = this.setId;
    const now = this.now();
    const step = this.progress.grade(
      this.deck,
      this.builtFor!.set,
      q,
      rating,
      now,
      now - this.shownAt,
    );
    this.deck = step.deck;
    this.session = recordRating(this.session, rating);
    this.emit('django-grade', { setId, questionId: id, rating, due: step.card.due.toISOString() });

    const cardHadFocus = this.shadowRoot?.activeElement === this.cardEl;
    const graded = this.t('graded', {
      rating: this.t(rating),
      interval: this.interval(step.card.due.getTime() - now),
    });
    this.currentId = step.next;
    const next = this.current;
    if (next) {
      this.deal(true);
      this.announcement = cardHadFocus
        ? `${graded} ${this.t('flippedToQuestion', { prompt: plainText(next.prompt) })}`
        : graded;
      return;
    }
    this.flipped = false;
    this.focusAfter.request('summary');
    this.announcement = `${graded} ${this.t('announceDone', { count: step.deck.today.reviewed })}`;
    this.emit('django-complete', {
      widget: 'flashcard',
      setId,
      reviewed: this.session.reviewed,
      ratings: this.session.ratings,
      counts: deckCounts(step.deck),
      nextDue: nextDue(step.deck)?.toISOString(),
    });
  }

  /** Pull more new cards into today's session (review mode), beyond `new-per-day`. */
  studyMore(): void {
    if (this.mode !== 'review' || !this.deck) return;
    const now = this.now();
    const extra = this.perDay || 10;
    const deck = studyMore(this.progress.latest(this.deck, now), extra, now);
    this.deck = deck;
    this.progress.saveToday(this.setId, deck.today);
    this.currentId = nextCard(deck, now);
    const q = this.current;
    if (!q) return;
    this.deal(true);
    this.announcement = this.t('studyMoreAdded', {
      count: Math.min(extra, unseenCount(deck)),
      prompt: plainText(q.prompt),
    });
  }

  /** Show the next card (browse mode). */
  next(): void {
    this.step(1);
  }

  /** Show the previous card (browse mode). */
  previous(): void {
    this.step(-1);
  }

  // ----- render -----

  protected renderBody(set: QuestionSet): TemplateResult {
    if (this.mode === 'browse') return this.renderBrowse(set);
    const q = this.current;
    return q ? this.renderReview(set, this.deck!, q) : this.renderSummary(set, this.deck!);
  }

  protected override renderLoading() {
    return super.renderLoading(html`<span></span><span class="tall"></span><span></span>`);
  }

  private renderReview(set: QuestionSet, deck: DeckState, q: Question): TemplateResult {
    const now = this.at;
    const setOf = renderSetOf(this.t.bind(this), this.site.position);
    return html`<header part="header" class="header">
        <p class="eyebrow" dir="auto">${set.title}${setOf}</p>
        ${renderQueueCounts(this.t.bind(this), queueCounts(deck, now), cardKind(cardAt(deck, q.id)))}
      </header>
      ${this.renderCard(q)} ${this.flipped ? renderExplanation(this.t.bind(this), q) : nothing}
      ${
        this.flipped
          ? renderGradeRow({
              t: this.t.bind(this),
              intervals: this.previewIntervals(deck, q, now),
              onGrade: (rating) => this.grade(rating),
            })
          : renderInstruction(this.t.bind(this))
      }`;
  }

  private renderCard(q: Question): TemplateResult {
    const card = renderCard({
      t: this.t.bind(this),
      q,
      flipped: this.flipped,
      swipeable: this.mode === 'browse',
      dragX: this.swipe.dragX,
      // The first card is there at once; the ones dealt after it slide in (perf: no fade on first paint).
      dealing: this.dealt > 1,
      onClick: () => this.onCardClick(),
      swipe: this.swipe,
    });
    // A new key per deal: the next card is a fresh element, so it never animates out of the
    // previous card's turned state (which would flash its answer).
    return html`${keyed(this.dealt, card)}`;
  }

  private renderSummary(set: QuestionSet, deck: DeckState): TemplateResult {
    const due = nextDue(deck);
    return renderDeckSummary({
      t: this.t.bind(this),
      title: set.title,
      reviewed: rollDay(deck, this.at).today.reviewed,
      next: due && { at: due, in: this.interval(Math.max(0, due.getTime() - this.at)) },
      locale: this.locale,
      counts: deckCounts(deck),
      more: unseenCount(deck) > 0 && !this.site.active,
      onStudyMore: () => this.studyMore(),
      after: renderNextSet(this.t.bind(this), this.site.next(this.at)?.entry, () => {
        if (this.site.advance(this.now())) this.focusAfter.request('card');
      }),
    });
  }

  private renderBrowse(set: QuestionSet): TemplateResult {
    const q = this.current!;
    return html`<header part="header" class="header">
        <p class="eyebrow" dir="auto">${set.title}</p>
      </header>
      ${this.renderCard(q)} ${this.flipped ? renderExplanation(this.t.bind(this), q) : nothing}
      ${renderBrowseNav({
        t: this.t.bind(this),
        n: this.browse.index + 1,
        total: this.browse.order.length,
        onPrevious: () => this.previous(),
        onNext: () => this.next(),
        onShuffle: () => this.reshuffle(),
      })}`;
  }
}

import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { keyed } from 'lit/directives/keyed.js';
import { QuestionSetController } from '../../controllers/question-set-controller.js';
import type { QuestionSetError } from '../../data/load.js';
import type { Question, QuestionSet } from '../../data/schema.js';
import { parseDifficulties, parseList, selectQuestions, selectionKey } from '../../data/select.js';
import { cssomStyle } from '../../internal/cssom-style.js';
import { DjangoElement } from '../../internal/django-element.js';
import {
  renderDocsLink,
  renderEmptyState,
  renderFrame,
  renderLoadError,
  storageProblemMessage,
  type StorageProblem,
} from '../../internal/widget-parts.js';
import { randomSeed, shuffled } from '../../internal/random.js';
import { ProgressStore } from '../../internal/storage.js';
import {
  RATINGS,
  STORED_CARD_KEYS,
  cardAt,
  cardKind,
  createDeck,
  deckCounts,
  emptySession,
  gradeCard,
  intervalParts,
  isDayLog,
  laterCard,
  nextDue,
  previewDue,
  queueCounts,
  recordRating,
  restoreCard,
  restoreDay,
  rollDay,
  serializeCard,
  studyMore,
  studyQueue,
  unseenCount,
  type DayLog,
  type DeckState,
  type FlashcardRating,
  type SessionStats,
  type StoredCard,
} from '../../state/flashcard-state.js';
import { tokens } from '../../styles/shared.styles.js';
import { styles } from './flashcard.styles.js';
import { plainText } from '../../markdown/render.js';
import { markdownStyles } from '../../markdown/markdown.styles.js';
import type { Card } from 'ts-fsrs';
import '../../events/index.js';

/** Bumped when the stored shape changes; older entries are then ignored, never misread. */
const STORAGE_VERSION = 1;
/** The "turn over" arrow on each side of the card (decorative). */
const turnIcon = svg`<svg class="turn" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M13.5 8A5.5 5.5 0 1 1 11.9 4.1M13.5 2v3.5H10" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
/** A horizontal drag longer than this (px) is a swipe in browse mode. */
const SWIPE_PX = 48;

export type FlashcardMode = 'review' | 'browse';

/** What is stored per set besides the cards: today's counters and an unseeded shuffle's seed. */
interface StoredMeta {
  v?: number;
  today?: DayLog;
  seed?: string;
}

const META_KEYS: ReadonlySet<string> = new Set(['v', 'today', 'seed']);

/** A JSON object whose keys are all in `keys`, of our version (entries before `v` was written count). */
function ourObject(value: unknown, keys: ReadonlySet<string>): value is Record<string, unknown> {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).every((k) => keys.has(k)) &&
    ((value as { v?: unknown }).v ?? STORAGE_VERSION) === STORAGE_VERSION
  );
}

function isStoredMeta(value: unknown): value is StoredMeta {
  return (
    ourObject(value, META_KEYS) &&
    (value.seed === undefined || typeof value.seed === 'string') &&
    (value.today === undefined || isDayLog(value.today))
  );
}

/** A card entry we wrote: known fields only, of our version, a state ts-fsrs can schedule. */
function isStoredCard(value: unknown): value is StoredCard {
  return ourObject(value, STORED_CARD_KEYS) && restoreCard(value) !== undefined;
}

/**
 * Flashcards over a question set. The front shows the prompt; click, tap, Space or Enter flips it to
 * the answer, with the explanation and a Django docs link one step away. In `review` mode cards are
 * scheduled with FSRS (ts-fsrs): grade Again / Hard / Good / Easy (keys 1–4), due cards come first,
 * then new ones, and progress is saved after every grade, one entry per card. Grades of the same deck
 * made in another tab are merged in as they happen (per card, the later review wins). In `browse`
 * mode it is a plain deck with previous / next (arrow keys, buttons, swipe) and shuffle.
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
 * @slot - An optional `<script type="application/json">` holding an inline question set.
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
export class DjangoFlashcard extends DjangoElement {
  static override styles = [tokens, styles, markdownStyles];

  @query('button[part~="card"]') private cardEl?: HTMLButtonElement;
  @query('.summary-title') private summaryTitleEl?: HTMLElement;

  @state() private deck?: DeckState;
  @state() private currentId?: string;
  @state() private flipped = false;
  @state() private browseOrder: string[] = [];
  @state() private browseIndex = 0;
  @state() private announcement = '';
  /** Why some progress is not being saved: storage does not work, or an entry of ours is not ours. */
  @state() private storageProblem?: StorageProblem;
  @state() private dragX = 0;

  /** URL of a question set (JSON). Unset: inline JSON, a surrounding `<django-question-set>`, or the bundled set. */
  @property({ reflect: true }) src?: string;
  /** Comma-separated topics to keep, e.g. `orm,security`. */
  @property({ reflect: true }) topics?: string;
  /** Comma-separated difficulties to keep: `easy`, `medium`, `hard`. */
  @property({ reflect: true }) difficulty?: string;
  /** Use at most this many cards (0: all). */
  @property({ type: Number, reflect: true }) count = 0;
  /** Shuffle the deck (in review mode: the order new cards are introduced). */
  @property({ type: Boolean, reflect: true }) shuffle = false;
  /** Seed for a reproducible shuffle (implies `shuffle`). */
  @property({ reflect: true }) seed?: string;
  // The type is spelled out (not `FlashcardMode`) so that the manifest, and from it the README and
  // Storybook's control, lists the values.
  /** `review`: spaced repetition with grades. `browse`: a plain deck to page through. */
  @property({ reflect: true }) mode: 'review' | 'browse' = 'review';
  /** New cards introduced per day in review mode. */
  @property({ type: Number, attribute: 'new-per-day', reflect: true }) newPerDay = 10;
  /** Milliseconds a `src` may take to load before the deck shows a timeout error (default 15 000). */
  @property({ type: Number, attribute: 'load-timeout', reflect: true }) loadTimeout?: number;
  /** Do not keep progress in localStorage (nothing survives a reload). */
  @property({ type: Boolean, attribute: 'no-persist', reflect: true }) noPersist = false;

  /** Time source, injectable for tests. */
  @property({ attribute: false }) now: () => number = () => Date.now();
  /** Storage, injectable for tests; `null` means none. */
  @property({ attribute: false }) storage?: Storage | null;

  private readonly source = new QuestionSetController(this, (error) => this.onLoadError(error));
  private store = new ProgressStore();
  private storeGeneration = 0;
  private builtFor?: { set: QuestionSet; key: string };
  private questionsById = new Map<string, Question>();
  private session: SessionStats = emptySession();
  /** Bumped whenever another card (or the same card again) is dealt, so it renders fresh, unturned. */
  private dealt = 0;
  private pendingFocus?: 'card' | 'summary';
  private hadFocus = false;
  private pointer?: { id: number; x: number; y: number };
  private swiped = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
    // Back on the page (SPA navigation): take in what other tabs graded while this was away.
    if (this.deck && this.persist) {
      const setId = this.setId;
      this.takeIn(this.deck.order.map((id) => [id, this.readCard(setId, id)] as const));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storage')) {
      this.store = new ProgressStore(this.storage === undefined ? undefined : this.storage);
      this.storeGeneration++;
    }
    this.hadFocus = !!this.shadowRoot?.activeElement;
    const provided = this.source.provided?.settings;
    this.inheritedStrings = provided?.strings ?? {};
    const s = this.source.state;
    if (s.status !== 'ready') return;
    const key = this.buildKey(s.set);
    if (this.builtFor?.set !== s.set || this.builtFor.key !== key) this.build(s.set, key);
  }

  override updated(): void {
    const target = this.pendingFocus;
    this.pendingFocus = undefined;
    if (target === 'summary') this.summaryTitleEl?.focus();
    else if (target === 'card') this.cardEl?.focus();
    else if (this.hadFocus && !this.shadowRoot?.activeElement) {
      // What had focus went away (a new card was dealt, a panel closed): never leave it on <body>.
      (this.cardEl ?? this.summaryTitleEl)?.focus();
    }
  }

  // ----- setup -----

  private get persist(): boolean {
    return !(this.noPersist || this.source.provided?.settings.noPersist);
  }

  /** `new-per-day` as a whole number; the default when the attribute is not a number. */
  private get perDay(): number {
    const n = this.newPerDay;
    return Number.isFinite(n) && n >= 0 ? Math.floor(n) : 10;
  }

  private get shuffling(): boolean {
    return this.shuffle || !!this.seed;
  }

  private buildKey(set: QuestionSet): string {
    return JSON.stringify([
      set.id,
      selectionKey({
        topics: parseList(this.topics),
        difficulty: parseDifficulties(this.difficulty),
        count: this.count > 0 ? Math.floor(this.count) : 0,
        shuffleSeed: this.shuffling ? '' : undefined,
      }),
      this.seed ?? '',
      this.mode,
      this.perDay,
      this.persist,
      this.storeGeneration,
    ]);
  }

  private metaKey(setId: string): string {
    return ProgressStore.key('cards', `v${STORAGE_VERSION}`, setId);
  }

  private cardKey(setId: string, questionId: string): string {
    return ProgressStore.key('cards', `v${STORAGE_VERSION}`, setId, questionId);
  }

  /** The stored meta entry; empty when absent or not ours (which is then left as it is). */
  private readMeta(setId: string): StoredMeta {
    if (!this.persist) return {};
    const key = this.metaKey(setId);
    const entry = this.store.readEntry(key, isStoredMeta);
    if (entry.status === 'foreign') this.reportStorage('foreign', key);
    return entry.status === 'ok' ? entry.value : {};
  }

  /** A card's stored progress; undefined when absent or not ours (that card starts over). */
  private readCard(setId: string, id: string): Card | undefined {
    if (!this.persist) return undefined;
    const key = this.cardKey(setId, id);
    const entry = this.store.readEntry(key, isStoredCard);
    if (entry.status === 'foreign') this.reportStorage('foreign', key);
    return entry.status === 'ok' ? restoreCard(entry.value) : undefined;
  }

  private writeCard(setId: string, id: string, card: Card): void {
    this.writeJson(this.cardKey(setId, id), { v: STORAGE_VERSION, ...serializeCard(card) });
  }

  private writeMeta(setId: string, meta: StoredMeta): void {
    if (this.persist) this.writeJson(this.metaKey(setId), { ...meta, v: STORAGE_VERSION });
  }

  /** (Re)build the deck for a set and selection, restoring each card's stored progress. */
  private build(set: QuestionSet, key: string): void {
    this.builtFor = { set, key };
    this.questionsById = new Map(set.questions.map((q) => [q.id, q]));
    const now = this.now();
    const meta = this.readMeta(set.id);
    let seed = '';
    if (this.shuffling) seed = this.seed || meta.seed || randomSeed();
    const ids = selectQuestions(set.questions, {
      topics: parseList(this.topics),
      difficulty: parseDifficulties(this.difficulty),
      count: this.count > 0 ? Math.floor(this.count) : 0,
      shuffleSeed: this.shuffling ? seed : undefined,
    }).map((q) => q.id);

    // Each card is its own entry: a corrupted one starts that card over and nothing else.
    const cards = Object.fromEntries(
      ids.flatMap((id) => {
        const card = this.readCard(set.id, id);
        return card ? [[id, card] as const] : [];
      }),
    );
    this.deck = createDeck(ids, cards, restoreDay(meta.today, now), this.perDay);
    // Saved at once: today's counters, and an unseeded shuffle's seed so a reload keeps the order.
    this.writeMeta(set.id, {
      today: this.deck.today,
      seed: this.shuffling && !this.seed ? seed : meta.seed,
    });
    this.session = emptySession();
    this.flipped = false;
    this.dealt++;
    this.announcement = '';
    this.browseOrder = ids;
    this.browseIndex = 0;
    if (this.persist && !this.store.persistent) this.reportStorage('unavailable');

    const questionIds = this.mode === 'browse' ? ids : studyQueue(this.deck, now);
    this.currentId = this.mode === 'browse' ? undefined : questionIds[0];
    if (ids.length) {
      this.emit('django-start', {
        widget: 'flashcard',
        setId: set.id,
        questionIds,
        resumed: Object.keys(this.deck.cards).length > 0,
      });
    }
  }

  private writeJson(key: string, value: unknown): void {
    if (this.store.writeJson(key, value)) return;
    if (this.store.isForeign(key)) this.reportStorage('foreign', key);
    else if (!this.store.persistent) this.reportStorage('unavailable');
  }

  /** Said once: grading goes on in memory either way. */
  private reportStorage(problem: StorageProblem, key = ''): void {
    if (this.storageProblem) return;
    this.storageProblem = problem;
    this.emit('django-error', { kind: 'storage', message: storageProblemMessage(problem, key) });
  }

  /**
   * Another tab wrote to the same storage. Only its entries for cards of this deck are taken in, and
   * only when they are newer; a removal, `clear()` (key null), garbage or another version's key
   * changes nothing here and is never written back.
   */
  private readonly onStorage = (e: StorageEvent): void => {
    const deck = this.deck;
    if (!deck || !this.persist || e.key === null || e.newValue === null) return;
    if (!this.store.holds(e.storageArea)) return;
    const prefix = this.cardKey(this.setId, '');
    if (!e.key.startsWith(prefix)) return;
    const id = e.key.slice(prefix.length);
    if (!deck.order.includes(id)) return;
    let value: unknown;
    try {
      value = JSON.parse(e.newValue);
    } catch {
      return;
    }
    if (!isStoredCard(value)) return;
    const incoming = restoreCard(value)!;
    const own = cardAt(deck, id);
    if (own && laterCard(incoming, own) !== incoming) {
      // Writes landed out of order and storage now holds an older review: put the later one back.
      this.writeCard(this.setId, id, own);
      return;
    }
    this.takeIn([[id, incoming]]);
  };

  /**
   * Merge cards graded elsewhere into the deck: per card, the later review wins. A card on screen,
   * still unturned, that was graded elsewhere gives way to the next one due.
   */
  private takeIn(cards: readonly (readonly [string, Card | undefined])[]): void {
    let deck = this.deck;
    if (!deck) return;
    let changed = false;
    for (const [id, incoming] of cards) {
      const own = cardAt(deck, id);
      const later = laterCard(own, incoming);
      if (later === own || !later) continue;
      deck = { ...deck, cards: { ...deck.cards, [id]: later } };
      changed = true;
    }
    if (!changed) return;
    this.deck = deck;
    if (this.mode !== 'review' || this.flipped || this.currentId === undefined) return;
    const now = this.now();
    const next = studyQueue(deck, now)[0];
    if (next === undefined || next === this.currentId) return;
    this.currentId = next;
    this.deal(this.shadowRoot?.activeElement === this.cardEl);
  }

  /** Today's counters as last written (another widget on the page may have moved them). */
  private freshToday(deck: DeckState, setId: string, now: number): DeckState {
    const d = rollDay(deck, now);
    if (!this.persist) return d;
    return { ...d, today: restoreDay(this.readMeta(setId).today, now) };
  }

  private saveMeta(setId: string, deck: DeckState): void {
    if (this.persist) this.writeMeta(setId, { ...this.readMeta(setId), today: deck.today });
  }

  private onLoadError(error: QuestionSetError): void {
    this.emit('django-error', { kind: error.kind, message: error.message });
    this.requestUpdate();
  }

  // ----- derived -----

  private get setId(): string {
    return this.builtFor?.set.id ?? '';
  }

  /** The question on the card now. */
  private get current(): Question | undefined {
    const id = this.mode === 'browse' ? this.browseOrder[this.browseIndex] : this.currentId;
    return id === undefined ? undefined : this.questionsById.get(id);
  }

  private get locale(): string | undefined {
    return (
      this.source.provided?.settings.lang ||
      this.closest('[lang]')?.getAttribute('lang') ||
      undefined
    );
  }

  private interval(ms: number): string {
    const { unit, n } = intervalParts(ms);
    return this.t(unit, { n });
  }

  // ----- actions -----

  private deal(focusCard: boolean): void {
    this.flipped = false;
    this.dealt++;
    if (focusCard) this.pendingFocus = 'card';
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
    let deck = this.freshToday(this.deck, setId, now);
    // Another widget or tab may have graded this card since: the later review is graded on.
    const latest = laterCard(cardAt(deck, id), this.readCard(setId, id));
    if (latest) deck = { ...deck, cards: { ...deck.cards, [id]: latest } };
    const result = gradeCard(deck, id, rating, now);
    this.deck = result.deck;
    if (this.persist) this.writeCard(setId, id, result.card);
    this.saveMeta(setId, result.deck);
    this.session = recordRating(this.session, rating);
    this.emit('django-grade', {
      setId,
      questionId: id,
      rating,
      due: result.card.due.toISOString(),
    });

    const cardHadFocus = this.shadowRoot?.activeElement === this.cardEl;
    const graded = this.t('graded', {
      rating: this.t(rating),
      interval: this.interval(result.card.due.getTime() - now),
    });
    this.currentId = studyQueue(result.deck, now)[0];
    const next = this.current;
    if (next) {
      this.deal(true);
      this.announcement = cardHadFocus
        ? `${graded} ${this.t('flippedToQuestion', { prompt: plainText(next.prompt) })}`
        : graded;
      return;
    }
    this.flipped = false;
    this.pendingFocus = 'summary';
    this.announcement = `${graded} ${this.t('announceDone', { count: result.deck.today.reviewed })}`;
    const due = nextDue(result.deck);
    this.emit('django-complete', {
      widget: 'flashcard',
      setId,
      reviewed: this.session.reviewed,
      ratings: this.session.ratings,
      counts: deckCounts(result.deck),
      nextDue: due?.toISOString(),
    });
  }

  /** Pull more new cards into today's session (review mode), beyond `new-per-day`. */
  studyMore(): void {
    if (this.mode !== 'review' || !this.deck) return;
    const setId = this.setId;
    const now = this.now();
    const extra = this.perDay || 10;
    const deck = studyMore(this.freshToday(this.deck, setId, now), extra, now);
    this.deck = deck;
    this.saveMeta(setId, deck);
    this.currentId = studyQueue(deck, now)[0];
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

  private step(delta: number): void {
    if (this.mode !== 'browse') return;
    const index = this.browseIndex + delta;
    if (index < 0 || index >= this.browseOrder.length) return;
    this.browseIndex = index;
    this.deal(false);
    this.announcement = this.t('browseAnnounce', {
      n: index + 1,
      total: this.browseOrder.length,
      prompt: plainText(this.current!.prompt),
    });
  }

  private reshuffle(): void {
    if (this.mode !== 'browse' || this.browseOrder.length < 2) return;
    const before = this.browseOrder.join();
    let order = this.browseOrder;
    // A fresh random order, never the one on screen (a small deck often shuffles to itself).
    for (let i = 0; i < 5 && order.join() === before; i++) {
      order = shuffled(this.browseOrder, randomSeed());
    }
    if (order.join() === before) order = [...order.slice(1), order[0]];
    this.browseOrder = order;
    this.browseIndex = 0;
    this.deal(false);
    this.announcement = this.t('shuffled', { prompt: plainText(this.current!.prompt) });
  }

  private onCardClick(): void {
    if (this.swiped) {
      this.swiped = false; // the click that ends a mouse swipe is not a flip
      return;
    }
    this.flip();
  }

  /** The step that "rightwards" means: the next card, or in a right-to-left page the previous one. */
  private get forward(): 1 | -1 {
    return this.matches(':dir(rtl)') ? -1 : 1;
  }

  private onKeyDown(e: KeyboardEvent): void {
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

  // Swipe (browse mode): pointer events, so mouse, pen and touch all work; `touch-action: pan-y`
  // on the card leaves vertical scrolling to the browser.
  private onPointerDown(e: PointerEvent): void {
    this.swiped = false;
    if (this.mode !== 'browse' || !e.isPrimary) return;
    this.pointer = { id: e.pointerId, x: e.clientX, y: e.clientY };
    try {
      // Keep receiving moves when a mouse drag leaves the card (touch pointers do so anyway).
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
    } catch {
      // Not an active pointer (e.g. a synthesized event): moves still reach the card.
    }
  }

  private onPointerMove(e: PointerEvent): void {
    const p = this.pointer;
    if (!p || e.pointerId !== p.id) return;
    const dx = e.clientX - p.x;
    if (Math.abs(dx) > Math.abs(e.clientY - p.y)) this.dragX = dx;
  }

  private onPointerUp(e: PointerEvent): void {
    const p = this.pointer;
    if (!p || e.pointerId !== p.id) return;
    this.pointer = undefined;
    this.dragX = 0;
    const dx = e.clientX - p.x;
    const dy = e.clientY - p.y;
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    this.swiped = true;
    this.step(dx < 0 ? this.forward : -this.forward);
  }

  private onPointerCancel(): void {
    this.pointer = undefined;
    this.dragX = 0;
  }

  // ----- render -----

  override render(): TemplateResult {
    const s = this.source.state;
    const theme = this.theme ?? this.source.provided?.settings.theme;
    let body: TemplateResult;
    if (s.status === 'loading') body = this.renderLoading();
    else if (s.status === 'error')
      body = renderLoadError(this.t.bind(this), s.error, () => this.source.reload());
    else if (!this.deck || this.deck.order.length === 0)
      body = renderEmptyState(this.t.bind(this), s.set.title);
    else if (this.mode === 'browse') body = this.renderBrowse(s.set);
    else if (!this.current) body = this.renderSummary(s.set, this.deck);
    else body = this.renderReview(s.set, this.deck, this.current);
    const title = s.status === 'ready' ? s.set.title : '';
    return renderFrame(
      {
        t: this.t.bind(this),
        label: this.t('deckLabel', { title }),
        theme,
        busy: s.status === 'loading',
        storageProblem: this.storageProblem,
        announcement: this.announcement,
        onKeyDown: this.onKeyDown,
      },
      body,
    );
  }

  private renderLoading(): TemplateResult {
    return html`<div class="skeleton" aria-hidden="true">
        <span></span><span class="tall"></span><span></span>
      </div>
      <p class="sr-only">${this.t('loading')}</p>`;
  }

  private renderReview(set: QuestionSet, deck: DeckState, q: Question): TemplateResult {
    const now = this.now();
    const counts = queueCounts(deck, now);
    const kind = { new: 'new', learning: 'learning', review: 'due' }[cardKind(cardAt(deck, q.id))];
    const chip = (
      name: 'new' | 'learning' | 'due',
      key: 'newCount' | 'learningCount' | 'dueCount',
    ) =>
      html`<li class=${classMap({ chip: true, [name]: true, current: kind === name })}>
        <span class="dot" aria-hidden="true"></span>${this.t(key, { count: counts[name] })}
      </li>`;
    return html`<header part="header" class="header">
        <p class="eyebrow" dir="auto">${set.title}</p>
        <ul part="counts" class="counts" aria-label=${this.t('sessionCounts')}>
          ${chip('new', 'newCount')} ${chip('learning', 'learningCount')} ${chip('due', 'dueCount')}
        </ul>
      </header>
      ${this.renderCard(q)} ${this.flipped ? this.renderExplanation(q) : nothing}
      ${this.flipped ? this.renderGrades(deck, q, now) : this.renderInstruction()}`;
  }

  private renderInstruction(): TemplateResult {
    return html`<p class="instruction">
      <span class="pointer-fine">${this.t('flipInstruction')}</span>
      <span class="pointer-touch">${this.t('flipInstructionTouch')}</span>
      <span class="keys" aria-hidden="true"><kbd>Space</kbd> <kbd>1</kbd>–<kbd>4</kbd></span>
    </p>`;
  }

  private renderCard(q: Question): TemplateResult {
    const flipped = this.flipped;
    const browse = this.mode === 'browse';
    const dragging = this.dragX !== 0;
    // The first card is there at once; the ones dealt after it slide in (perf: no fade on first paint).
    const dealing = this.dealt > 1;
    const card = html`<div
      class=${classMap({ stage: true, dragging, dealing })}
      style=${cssomStyle({ '--drag': `${this.dragX}px` })}
    >
      <button
        part="card"
        class=${classMap({ card: true, flipped, swipeable: browse })}
        aria-label=${
          flipped
            ? `${this.t('cardBack')}: ${plainText(q.answer)} ${this.t('flipBackHint')}`
            : `${this.t('cardFront')}: ${plainText(q.prompt)} ${this.t('flipHint')}`
        }
        @click=${this.onCardClick}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerCancel}
      >
        <span class="inner">
          <span part="front" class="face front" aria-hidden=${flipped ? 'true' : 'false'}>
            <span class="side">${this.t('cardFront')}</span>
            <span class="text prompt" dir="auto">${this.md(q.prompt, { interactive: false })}</span>
            <span class="hint">${turnIcon} ${this.t('flipHint')}</span>
          </span>
          <span part="back" class="face back" aria-hidden=${flipped ? 'false' : 'true'}>
            <span class="side">${this.t('cardBack')}</span>
            <span class="text answer" dir="auto">${this.md(q.answer, { interactive: false })}</span>
            <span class="hint">${turnIcon} ${this.t('flipBackHint')}</span>
          </span>
        </span>
      </button>
      <span class="tags">
        <span class="tag ${q.difficulty}">${q.difficulty}</span>
        ${q.topics.slice(0, 2).map((t) => html`<span class="tag topic">${t}</span>`)}
      </span>
    </div>`;
    // A new key per deal: the next card is a fresh element, so it never animates out of the
    // previous card's turned state (which would flash its answer).
    return html`${keyed(this.dealt, card)}`;
  }

  private renderExplanation(q: Question): TemplateResult | typeof nothing {
    if (!q.explanation && !q.docs) return nothing;
    const docs = renderDocsLink(this.t.bind(this), q.docs);
    if (!q.explanation) return html`<p class="more plain">${docs}</p>`;
    return html`<details part="explanation" class="more">
      <summary>${this.t('moreDetail')}</summary>
      <div class="more-body">
        <p dir="auto">${this.md(q.explanation)}</p>
        ${
          q.note
            ? html`<p class="note">
                <strong>${this.t('noteLabel')}</strong> <span dir="auto">${this.md(q.note)}</span>
              </p>`
            : nothing
        }
        ${docs}
      </div>
    </details>`;
  }

  private renderGrades(deck: DeckState, q: Question, now: number): TemplateResult {
    const due = previewDue(deck, q.id, now);
    return html`<div part="grades" class="grades" role="group" aria-labelledby="grade-prompt">
      <p id="grade-prompt" class="grade-prompt">${this.t('gradePrompt')}</p>
      <div class="grade-row">
        ${RATINGS.map((rating, i) => {
          const interval = this.interval(due[rating].getTime() - now);
          return html`<button
            part="button grade grade--${rating}"
            class="grade ${rating}"
            aria-label=${this.t('gradeLabel', { rating: this.t(rating), interval })}
            aria-keyshortcuts=${i + 1}
            data-key=${i + 1}
            @click=${() => this.grade(rating)}
          >
            <span class="grade-name">${this.t(rating)}</span>
            <span class="grade-interval">${interval}</span>
          </button>`;
        })}
      </div>
    </div>`;
  }

  private renderSummary(set: QuestionSet, deck: DeckState): TemplateResult {
    const now = this.now();
    const counts = deckCounts(deck);
    const due = nextDue(deck);
    const reviewed = rollDay(deck, now).today.reviewed;
    const date = due
      ? new Intl.DateTimeFormat(this.locale, {
          weekday: 'short',
          month: 'short',
          day: 'numeric',
          hour: 'numeric',
          minute: '2-digit',
        }).format(due)
      : '';
    const more = unseenCount(deck) > 0;
    const tile = (n: number, label: string, cls: string) =>
      html`<div class="tile ${cls}">
        <dt>${label}</dt>
        <dd>${n}</dd>
      </div>`;
    return html`<section part="summary" class="summary">
      <p class="eyebrow" dir="auto">${set.title}</p>
      <div class="done-mark" aria-hidden="true">✓</div>
      <h2 class="summary-title" tabindex="-1">${this.t('doneTitle')}</h2>
      <p class="summary-body">${this.t('doneBody')}</p>
      <ul class="summary-lines">
        <li>${this.t('reviewedToday', { count: reviewed })}</li>
        <li>
          ${
            due
              ? this.t('nextReview', {
                  interval: this.interval(Math.max(0, due.getTime() - now)),
                  date,
                })
              : this.t('noNextReview')
          }
        </li>
      </ul>
      <h3 class="tiles-title">${this.t('deckCounts')}</h3>
      <dl class="tiles">
        ${tile(counts.new, this.t('stateNew'), 'new')}
        ${tile(counts.learning, this.t('stateLearning'), 'learning')}
        ${tile(counts.review, this.t('stateReview'), 'review')}
      </dl>
      ${
        more
          ? html`<div class="actions">
              <button part="button" class="primary" @click=${() => this.studyMore()}>
                ${this.t('studyMore')}
              </button>
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderBrowse(set: QuestionSet): TemplateResult {
    const q = this.current!;
    const n = this.browseIndex + 1;
    const total = this.browseOrder.length;
    const position = html`<p class="position">
      <span aria-hidden="true">${this.t('position', { n, total })}</span
      ><span class="sr-only">${this.t('cardOf', { n, total })}</span>
    </p>`;
    return html`<header part="header" class="header">
        <p class="eyebrow" dir="auto">${set.title}</p>
      </header>
      ${this.renderCard(q)} ${this.flipped ? this.renderExplanation(q) : nothing}
      <nav part="nav" class="nav" aria-label=${this.t('deckNav')}>
        <div class="pager">
          <button
            part="button"
            class="secondary prev"
            aria-disabled=${n === 1 ? 'true' : 'false'}
            @click=${this.previous}
          >
            <span class="icon" aria-hidden="true">←</span
            ><span class="label">${this.t('previous')}</span>
          </button>
          ${position}
          <button
            part="button"
            class="secondary next"
            aria-disabled=${n === total ? 'true' : 'false'}
            @click=${this.next}
          >
            <span class="label">${this.t('nextCard')}</span
            ><span class="icon" aria-hidden="true">→</span>
          </button>
        </div>
        <button part="button" class="secondary shuffle" @click=${this.reshuffle}>
          <span class="icon" aria-hidden="true">⤮</span
          ><span class="label">${this.t('shuffle')}</span>
        </button>
      </nav>`;
  }
}

import type { ReactiveControllerHost } from 'lit';
import type { Card } from 'ts-fsrs';
import { ProgressStore } from '../internal/storage.js';
import { randomSeed } from '../internal/random.js';
import {
  cardAt,
  createDeck,
  inDeck,
  laterCard,
  reviewStep,
  rollDay,
  withToday,
  type DayLog,
  type DeckState,
  type FlashcardRating,
  type ReviewStep,
} from '../state/flashcard-state.js';
import {
  STORED_CARD_KEYS,
  isDayLog,
  restoreCard,
  restoreDay,
  serializeCard,
  type StoredCard,
} from '../state/stored-deck.js';
import type { Question } from '../data/schema.js';
import {
  PROGRESS_CHANGED,
  PROGRESS_IMPORTED,
  ratingNumber,
  rememberQuestions,
  type ProgressChangedDetail,
} from '../progress/cards.js';
import { MAX_REVIEW_MS, appendLog, restoreLog, type ReviewEntry } from '../state/review-log.js';
import { ProgressController, type ProgressOptions } from './progress-controller.js';

/** Bumped when the stored shape changes; older entries are then ignored, never misread. */
export const DECK_STORAGE_VERSION = 1;

/** What is stored per set besides the cards: today's counters and an unseeded shuffle's seed. */
export interface StoredMeta {
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
    ((value as { v?: unknown }).v ?? DECK_STORAGE_VERSION) === DECK_STORAGE_VERSION
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

export interface DeckOpenOptions {
  /** Whether the deck is shuffled, and with which `seed` attribute (unset: a stored or new one). */
  shuffle: boolean;
  seed?: string;
  newPerDay: number;
  now: number;
  /** The deck's card ids, shuffled with `seed` when given. */
  select: (seed: string | undefined) => string[];
}

export interface DeckProgressOptions extends ProgressOptions {
  /** The deck on screen, if one is built. */
  deck: () => DeckState | undefined;
  /** The id of its set. */
  setId: () => string;
  /** Cards graded elsewhere (another tab, or while the widget was away): merge them in. */
  takeIn: (cards: readonly (readonly [string, Card | undefined])[]) => void;
}

/**
 * A flashcard deck's progress in storage. Keys: `django-quiz-elements:cards:v1:<set id>` for the meta
 * entry (today's counters, the shuffle seed) and `…:<set id>:<question id>` for each card, so a
 * corrupted entry starts one card over and nothing else. Keeps the deck in step with other tabs
 * while connected (`storage` events: per card, the later review wins) and takes in what they graded
 * while it was away when it is connected again (SPA navigation).
 */
export class DeckProgress extends ProgressController {
  declare protected readonly options: DeckProgressOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DeckProgressOptions) {
    super(host, options);
  }

  override hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
    window.addEventListener(PROGRESS_CHANGED, this.onPageChange);
    window.addEventListener(PROGRESS_IMPORTED, this.onPageChange);
    const deck = this.options.deck();
    if (deck && this.persist) {
      const setId = this.options.setId();
      this.options.takeIn(deck.order.map((id) => [id, this.readCard(setId, id)] as const));
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
    window.removeEventListener(PROGRESS_CHANGED, this.onPageChange);
    window.removeEventListener(PROGRESS_IMPORTED, this.onPageChange);
  }

  /**
   * Open a deck from storage: the stored shuffle seed (or a new one, saved so a reload keeps the
   * order), each card's stored progress, today's counters. `select` picks the cards, given the seed
   * to shuffle with (undefined: the set's order).
   */
  open(setId: string, o: DeckOpenOptions): DeckState {
    const meta = this.readMeta(setId);
    const seed = o.shuffle ? o.seed || meta.seed || randomSeed() : '';
    const ids = o.select(o.shuffle ? seed : undefined);
    // Each card is its own entry: a corrupted one starts that card over and nothing else.
    const deck = createDeck(
      ids,
      this.readCards(setId, ids),
      restoreDay(meta.today, o.now),
      o.newPerDay,
    );
    // Saved at once: today's counters, and an unseeded shuffle's seed.
    this.writeMeta(setId, { today: deck.today, seed: o.shuffle && !o.seed ? seed : meta.seed });
    this.checkAvailable();
    return deck;
  }

  /** The deck with today's counters as last written (another widget on the page may have moved them). */
  latest(deck: DeckState, now: number): DeckState {
    const today = this.storedToday(this.options.setId(), now);
    return today ? withToday(rollDay(deck, now), today) : rollDay(deck, now);
  }

  /**
   * A quiz on this page scheduled a mistake, or an import wrote progress: take in the cards of this
   * deck it touched (all of them after an import). Per card, the later review wins.
   */
  private readonly onPageChange = (e: Event): void => {
    const deck = this.options.deck();
    if (!deck || !this.persist) return;
    const setId = this.options.setId();
    const keys = (e as CustomEvent<ProgressChangedDetail | undefined>).detail?.keys;
    const prefix = this.cardKey(setId, '');
    const ids = keys
      ? keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length))
      : deck.order;
    const cards = ids
      .filter((id) => inDeck(deck, id))
      .map((id) => [id, this.readCard(setId, id)] as const);
    if (cards.length) this.options.takeIn(cards);
  };

  /** The stored meta entry; empty when absent or not ours (which is then left as it is). */
  readMeta(setId: string): StoredMeta {
    return this.read(this.metaKey(setId), isStoredMeta) ?? {};
  }

  writeMeta(setId: string, meta: StoredMeta): void {
    this.write(this.metaKey(setId), { ...meta, v: DECK_STORAGE_VERSION });
  }

  /** Today's counters as last written (another widget on the page may have moved them). */
  storedToday(setId: string, now: number): DayLog | undefined {
    return this.persist ? restoreDay(this.readMeta(setId).today, now) : undefined;
  }

  /** Write today's counters, keeping the rest of the meta entry. */
  saveToday(setId: string, today: DayLog): void {
    if (this.persist) this.writeMeta(setId, { ...this.readMeta(setId), today });
  }

  /** A card's stored progress; undefined when absent or not ours (that card starts over). */
  readCard(setId: string, id: string): Card | undefined {
    const stored = this.read(this.cardKey(setId, id), isStoredCard);
    return stored && restoreCard(stored);
  }

  /** The stored progress of each of `ids` that has some. */
  readCards(setId: string, ids: readonly string[]): Record<string, Card> {
    return Object.fromEntries(
      ids.flatMap((id) => {
        const card = this.readCard(setId, id);
        return card ? [[id, card] as const] : [];
      }),
    );
  }

  /**
   * Store a card's state, keeping its review log (plus `review`, when this write is a grade). With
   * `question` and `set`, the question's text joins the set's catalog for the site-wide queue.
   */
  writeCard(setId: string, id: string, card: Card, review?: ReviewEntry): void {
    const key = this.cardKey(setId, id);
    const stored = this.read(key, isStoredCard);
    const log = restoreLog(stored?.log);
    const next = review ? appendLog(log, review) : log;
    const entry: StoredCard = { v: DECK_STORAGE_VERSION, ...serializeCard(card) };
    if (next.length) entry.log = next;
    this.write(key, entry);
  }

  /**
   * What a grade does to storage, in one place: card `question` of `deck` (set `set`) is graded on
   * its latest state (another widget or tab may have graded it since: the later review wins), then
   * stored with its review-log entry (`shownMs`: how long the card was on screen), with today's
   * counters and the question's text for the site-wide queue. Returns the review step.
   */
  grade(
    deck: DeckState,
    set: { id: string; title: string },
    question: Question,
    rating: FlashcardRating,
    now: number,
    shownMs: number,
  ): ReviewStep {
    const id = question.id;
    const stored = this.readCard(set.id, id);
    const before = laterCard(cardAt(deck, id), stored);
    const step = reviewStep(this.latest(deck, now), id, rating, now, stored);
    this.writeCard(set.id, id, step.card, {
      at: now,
      rating: ratingNumber(rating),
      state: (before?.state ?? 0) as ReviewEntry['state'],
      ...(shownMs >= 0 && shownMs <= MAX_REVIEW_MS ? { ms: Math.round(shownMs) } : {}),
    });
    this.saveToday(set.id, step.deck.today);
    this.remember(set, question);
    return step;
  }

  /** Keep the question's text in the set's catalog (for the site-wide queue); a cache, written last. */
  remember(set: { id: string; title: string }, question: Question): void {
    if (this.persist && this.store.persistent) rememberQuestions(this.store, set, [question]);
  }

  private metaKey(setId: string): string {
    return ProgressStore.key('cards', `v${DECK_STORAGE_VERSION}`, setId);
  }

  private cardKey(setId: string, questionId: string): string {
    return ProgressStore.key('cards', `v${DECK_STORAGE_VERSION}`, setId, questionId);
  }

  /**
   * Another tab wrote to the same storage. Only its entries for cards of this deck are taken in, and
   * only when they are newer; a removal, `clear()` (key null), garbage or another version's key
   * changes nothing here and is never written back.
   */
  private readonly onStorage = (e: StorageEvent): void => {
    const deck = this.options.deck();
    if (!deck || !this.persist || e.key === null || e.newValue === null) return;
    if (!this.store.holds(e.storageArea)) return;
    const setId = this.options.setId();
    const prefix = this.cardKey(setId, '');
    if (!e.key.startsWith(prefix)) return;
    const id = e.key.slice(prefix.length);
    if (!inDeck(deck, id)) return;
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
      this.writeCard(setId, id, own);
      return;
    }
    this.options.takeIn([[id, incoming]]);
  };
}

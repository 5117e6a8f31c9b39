import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emitEvent } from '../internal/django-element.js';
import { ProgressStore } from '../internal/storage.js';
import { storageProblemMessage, type StorageProblem } from '../internal/widget-parts.js';

/** What a progress controller reads from its widget. */
export interface ProgressOptions {
  /** The widget's `storage` property: a Storage, `null` for none, undefined for localStorage. */
  storage: () => Storage | null | undefined;
  /** Whether progress is kept at all (`no-persist` on the widget or its provider turns it off). */
  persist: () => boolean;
}

/**
 * What the quiz's and the flashcard's progress have in common: the store for the widget's `storage`
 * (a new one when the property changes), reads that take only our own entries, writes that never
 * break the widget, and one storage problem said once — a `django-error` of kind `storage` and the
 * notice in the frame (`problem`) — while progress goes on in memory.
 *
 * @example
 * ```ts
 * class QuizProgress extends ProgressController {
 *   load(key: string) { return this.read(key, isStoredQuiz); }
 * }
 * ```
 */
export class ProgressController implements ReactiveController {
  /** Why some progress is not being saved, once that happened (the frame shows a notice). */
  problem?: StorageProblem;
  private current = new ProgressStore();
  private seen: Storage | null | undefined = undefined;
  private swaps = 0;

  constructor(
    protected readonly host: ReactiveControllerHost & HTMLElement,
    protected readonly options: ProgressOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Bumped whenever the widget's `storage` is swapped (a deck is then rebuilt from the new one). */
  get generation(): number {
    void this.store;
    return this.swaps;
  }

  /** The store over the widget's storage now (the "Your progress" panel reads and imports through it). */
  get store(): ProgressStore {
    const storage = this.options.storage();
    if (storage !== this.seen) {
      this.seen = storage;
      this.current = new ProgressStore(storage === undefined ? undefined : storage);
      this.swaps++;
    }
    return this.current;
  }

  protected get persist(): boolean {
    return this.options.persist();
  }

  /** Say once that progress lives only in memory when storage does not work (while persisting). */
  checkAvailable(): void {
    if (this.persist && !this.store.persistent) this.report('unavailable');
  }

  /** Our entry at `key`; undefined when absent, not ours (reported, left alone) or not persisting. */
  protected read<T>(key: string, isOurs: (value: unknown) => value is T): T | undefined {
    if (!this.persist) return undefined;
    const entry = this.store.readEntry(key, isOurs);
    if (entry.status === 'foreign') this.report('foreign', key);
    return entry.status === 'ok' ? entry.value : undefined;
  }

  /** Write `value` as JSON (nothing when not persisting); a failure is reported once. */
  protected write(key: string, value: unknown): void {
    if (!this.persist) return;
    const store = this.store;
    if (store.writeJson(key, value)) return;
    if (store.isForeign(key)) this.report('foreign', key);
    else if (!store.persistent) this.report('unavailable');
  }

  /** Said once: the widget goes on in memory either way. */
  private report(problem: StorageProblem, key = ''): void {
    if (this.problem) return;
    this.problem = problem;
    this.host.requestUpdate();
    emitEvent(this.host, 'django-error', {
      kind: 'storage',
      message: storageProblemMessage(problem, key),
    });
  }
}

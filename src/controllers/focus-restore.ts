import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FocusRestoreOptions<T extends string> {
  /** Where each focus target is, as a selector inside the host's shadow root. */
  targets: Record<T, string>;
  /**
   * When what had focus went away in an update (a new card was dealt, a panel closed), focus the
   * first of these that is on screen, so focus never falls back to `<body>`. None: leave it.
   */
  fallback?: readonly T[];
}

/**
 * Moves focus after an update: an action asks for a target (`request('summary')`), and once the
 * host has rendered, that element is focused. With `fallback`, focus that was inside the host and
 * vanished with the update goes to the first fallback target on screen.
 *
 * @example
 * ```ts
 * private readonly focus = new FocusRestore(this, { targets: { prompt: 'legend' } });
 * next() { …; this.focus.request('prompt'); }
 * ```
 */
export class FocusRestore<T extends string> implements ReactiveController {
  private pending?: T;
  private hadFocus = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FocusRestoreOptions<T>,
  ) {
    host.addController(this);
  }

  /** Focus `target` after the next update. */
  request(target: T): void {
    this.pending = target;
  }

  /** Forget a requested target (the screen it was for was replaced). */
  clear(): void {
    this.pending = undefined;
  }

  hostUpdate(): void {
    this.hadFocus = !!this.host.shadowRoot?.activeElement;
  }

  hostUpdated(): void {
    const target = this.pending;
    this.pending = undefined;
    if (target !== undefined) {
      this.find(target)?.focus();
      return;
    }
    const fallback = this.options.fallback;
    if (fallback && this.hadFocus && !this.host.shadowRoot?.activeElement) {
      for (const t of fallback) {
        const el = this.find(t);
        if (el) return el.focus();
      }
    }
  }

  private find(target: T): HTMLElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>(this.options.targets[target]);
  }
}

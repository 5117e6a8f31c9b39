import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A horizontal drag longer than this (px) is a swipe. */
export const SWIPE_PX = 48;

export interface SwipeOptions {
  /** Whether swipes are taken now (e.g. only in browse mode). */
  enabled: () => boolean;
  /** A swipe ended: `-1` leftwards, `1` rightwards (on screen, whatever the reading direction). */
  onSwipe: (direction: -1 | 1) => void;
}

/**
 * Horizontal swipes on one element, from pointer events (mouse, pen and touch alike); pair it with
 * `touch-action: pan-y` so vertical scrolling stays the browser's. While a drag is on, `dragX` is
 * how far it went (the host re-renders as it moves); the click that ends a mouse swipe is eaten
 * (`takeClick()` says whether a click is a real one).
 *
 * @example
 * ```ts
 * private readonly swipe = new SwipeController(this, { enabled: () => true, onSwipe: (d) => this.step(d) });
 * html`<button ${...} @pointerdown=${this.swipe.down} @pointermove=${this.swipe.move}
 *   @pointerup=${this.swipe.up} @pointercancel=${this.swipe.cancel} @click=${() => this.swipe.takeClick() && this.flip()}>`
 * ```
 */
export class SwipeController implements ReactiveController {
  /** Horizontal distance of the drag in progress (0: none). */
  dragX = 0;
  private pointer?: { id: number; x: number; y: number };
  private swiped = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SwipeOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Whether a click is a real click (not the end of a swipe): call it from the click handler. */
  takeClick(): boolean {
    const real = !this.swiped;
    this.swiped = false;
    return real;
  }

  readonly down = (e: PointerEvent): void => {
    this.swiped = false;
    if (!this.options.enabled() || !e.isPrimary) return;
    this.pointer = { id: e.pointerId, x: e.clientX, y: e.clientY };
    try {
      // Keep receiving moves when a mouse drag leaves the element (touch pointers do so anyway).
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
    } catch {
      // Not an active pointer (e.g. a synthesized event): moves still reach the element.
    }
  };

  readonly move = (e: PointerEvent): void => {
    const p = this.pointer;
    if (!p || e.pointerId !== p.id) return;
    const dx = e.clientX - p.x;
    if (Math.abs(dx) > Math.abs(e.clientY - p.y)) this.drag(dx);
  };

  readonly up = (e: PointerEvent): void => {
    const p = this.pointer;
    if (!p || e.pointerId !== p.id) return;
    this.pointer = undefined;
    this.drag(0);
    const dx = e.clientX - p.x;
    const dy = e.clientY - p.y;
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < Math.abs(dy) * 1.5) return;
    this.swiped = true;
    this.options.onSwipe(dx < 0 ? -1 : 1);
  };

  readonly cancel = (): void => {
    this.pointer = undefined;
    this.drag(0);
  };

  private drag(dx: number): void {
    if (dx === this.dragX) return;
    this.dragX = dx;
    this.host.requestUpdate();
  }
}

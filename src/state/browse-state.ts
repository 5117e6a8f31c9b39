/**
 * Browse mode as pure functions: a deck to page through in order, one step at a time, and a
 * reshuffle that never deals the order already on screen. No DOM; randomness comes from the caller.
 */
import { shuffled } from '../internal/random.js';

export interface BrowseState {
  /** Card ids in the order they are paged through. */
  order: readonly string[];
  /** Index into `order` of the card on screen. */
  index: number;
}

export function startBrowse(order: readonly string[]): BrowseState {
  return { order: [...order], index: 0 };
}

/** The card on screen, if the deck has any. */
export function browseCurrent(b: BrowseState): string | undefined {
  return b.order[b.index];
}

/** `delta` cards on (negative: back); the same state at either end. */
export function browseStep(b: BrowseState, delta: number): BrowseState {
  const index = b.index + delta;
  return index < 0 || index >= b.order.length ? b : { ...b, index };
}

/**
 * A fresh order from the first card, never the one on screen (a small deck often shuffles to
 * itself): up to five shuffles with seeds from `seed()`, then a rotation. Fewer than two cards:
 * the same state.
 */
export function reshuffle(b: BrowseState, seed: () => string): BrowseState {
  if (b.order.length < 2) return b;
  const before = b.order.join();
  let order = b.order;
  for (let i = 0; i < 5 && order.join() === before; i++) order = shuffled(b.order, seed());
  if (order.join() === before) order = [...order.slice(1), order[0]];
  return { order, index: 0 };
}

/**
 * Drives a `<django-flashcard>` through its shadow DOM the way a learner does (click the card to
 * turn it, click a grade, click Next), so stories can reach the back of a card, the grades and the
 * summary deterministically. Every click goes to the native `<button>` itself (never a label):
 * `click()` on a button does not move focus, so turning a card on the docs page never scrolls the
 * reader away. A grade does move focus (to the next card, or to the summary, as a learner needs), so
 * stories that grade stay off the docs page (`!autodocs`).
 */
import type { DjangoFlashcard } from '../src/components/flashcard/flashcard.js';
import type { FlashcardRating } from '../src/state/flashcard-state.js';
import { loaded } from './story-helpers.js';

function button(el: DjangoFlashcard, selector: string): HTMLButtonElement {
  const found = el.shadowRoot!.querySelector<HTMLButtonElement>(selector);
  if (!found) {
    const text = el.shadowRoot!.textContent?.replace(/\s+/g, ' ').trim();
    throw new Error(`no ${selector} in <django-flashcard>: ${text}`);
  }
  return found;
}

/** Waits for the element to render and for the turn (a CSS transition) to finish. */
export async function settle(el: DjangoFlashcard): Promise<void> {
  await el.updateComplete;
  await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished.catch(() => undefined)));
}

/** Whether the card on screen shows its answer. */
export function isTurned(el: DjangoFlashcard): boolean {
  return button(el, 'button[part~="card"]').classList.contains('flipped');
}

/** Clicks the card: front to back, or back to front. */
export async function turn(el: DjangoFlashcard): Promise<void> {
  button(el, 'button[part~="card"]').click();
  await settle(el);
}

/** Waits for the deck, then turns the first card to its answer. */
export async function showAnswer(el: DjangoFlashcard): Promise<void> {
  await loaded(el);
  if (!isTurned(el)) await turn(el);
}

/** Turns the card on screen (if needed) and clicks a grade button. */
export async function grade(el: DjangoFlashcard, rating: FlashcardRating): Promise<void> {
  if (!isTurned(el)) await turn(el);
  button(el, `button[part~="grade--${rating}"]`).click();
  await settle(el);
}

/** Grades every card of the session with `rating` until the summary shows (at most `limit` cards). */
export async function gradeAll(
  el: DjangoFlashcard,
  rating: FlashcardRating,
  limit = 50,
): Promise<void> {
  await loaded(el);
  for (let i = 0; i < limit; i++) {
    if (el.shadowRoot!.querySelector('[part~="summary"]')) return;
    await grade(el, rating);
  }
  throw new Error(`no summary after ${limit} grades`);
}

/** Clicks Next in browse mode `times` times. */
export async function browseNext(el: DjangoFlashcard, times = 1): Promise<void> {
  await loaded(el);
  for (let i = 0; i < times; i++) {
    button(el, '[part~="nav"] button.next').click();
    await settle(el);
  }
}

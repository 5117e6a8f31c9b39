/**
 * Drives a `<django-flashcard>` through its shadow DOM the way a learner does (click the card to
 * turn it, click a grade, click Next), so stories can reach the back of a card, the grades and the
 * summary deterministically, and tests extend it (test/support/flashcard-harness.ts). Every click
 * goes to the native `<button>` itself (never a label): `click()` on a button does not move focus,
 * so turning a card on the docs page never scrolls the reader away. A grade does move focus (to the
 * next card, or to the summary, as a learner needs), so stories that grade stay off the docs page
 * (`!autodocs`).
 */
import type { DjangoFlashcard } from '../src/components/flashcard/flashcard.js';
import type { FlashcardRating } from '../src/state/flashcard-state.js';
import { WidgetDriver } from './widget-driver.js';

export class FlashcardDriver extends WidgetDriver<DjangoFlashcard> {
  get card(): HTMLButtonElement {
    return this.required('button[part~="card"]');
  }
  get hasCard(): boolean {
    return this.$('button[part~="card"]') !== null;
  }
  /** Whether the card on screen shows its answer. */
  get flipped(): boolean {
    return this.card.classList.contains('flipped');
  }
  /** The prompt on the front of the card on screen. */
  get prompt(): string {
    return this.$('[part~="front"] .prompt')?.textContent?.trim() ?? '';
  }
  get answer(): string {
    return this.$('[part~="back"] .answer')?.textContent?.trim() ?? '';
  }
  get gradeButtons(): HTMLButtonElement[] {
    return this.$$('button[part~="grade"]') as HTMLButtonElement[];
  }
  gradeButton(rating: FlashcardRating): HTMLButtonElement {
    return this.required(`button[part~="grade--${rating}"]`);
  }
  /** The new / learning / due chips, as text. */
  get counts(): string {
    return (this.$('[part~="counts"]')?.innerText ?? '').replace(/\s+/g, ' ').trim();
  }
  get position(): string {
    return this.$('[part~="nav"] .position [aria-hidden]')?.textContent?.trim() ?? '';
  }
  get summary(): HTMLElement | null {
    return this.$('[part~="summary"]');
  }

  /** Clicks the card: front to back, or back to front. */
  flip(): Promise<void> {
    return this.click(this.card);
  }
  /** Turns the card on screen (if needed) and clicks a grade button. */
  async grade(rating: FlashcardRating): Promise<void> {
    if (!this.flipped) await this.flip();
    await this.click(this.gradeButton(rating));
  }
  /** Waits for the deck, then turns the first card to its answer. */
  async showAnswer(): Promise<void> {
    await this.loaded();
    if (!this.flipped) await this.flip();
  }
  /** Grades every card of the session with `rating` until the summary shows (at most `limit` cards). */
  async gradeAll(rating: FlashcardRating, limit = 50): Promise<void> {
    await this.loaded();
    for (let i = 0; i < limit; i++) {
      if (this.summary) return;
      await this.grade(rating);
    }
    throw new Error(`no summary after ${limit} grades`);
  }
  /** Clicks Next in browse mode `times` times. */
  async browseNext(times = 1): Promise<void> {
    await this.loaded();
    for (let i = 0; i < times; i++) await this.click(this.required('[part~="nav"] button.next'));
  }

  private required<T extends HTMLElement = HTMLButtonElement>(selector: string): T {
    const found = this.$(selector);
    if (!found) throw new Error(`no ${selector} in <django-flashcard>: ${this.text}`);
    return found as T;
  }
}

// What the stories' play functions call: each waits for the turn to finish, so the story shows the
// settled state.
const driver = (el: DjangoFlashcard) => new FlashcardDriver(el, { motion: true });
export const settle = (el: DjangoFlashcard) => driver(el).motion();
export const showAnswer = (el: DjangoFlashcard) => driver(el).showAnswer();
export const grade = (el: DjangoFlashcard, rating: FlashcardRating) => driver(el).grade(rating);
export const gradeAll = (el: DjangoFlashcard, rating: FlashcardRating, limit?: number) =>
  driver(el).gradeAll(rating, limit);
export const browseNext = (el: DjangoFlashcard, times?: number) => driver(el).browseNext(times);

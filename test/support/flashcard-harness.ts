// A small harness that drives <django-flashcard> the way a learner does.
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/flashcard/django-flashcard.js';
import type { DjangoFlashcard } from '../../src/components/flashcard/flashcard.js';
import type { FlashcardRating } from '../../src/state/flashcard-state.js';
import { settled } from './quiz-harness.js';

export interface MountOptions {
  /** Attributes, as HTML text. */
  attrs?: string;
  /** An inline question set (JSON text); none: the element's own source (`src` or bundled). */
  set?: string;
  /** A clock, e.g. `() => t`. */
  now?: () => number;
  storage?: Storage | null;
  /** Listeners attached before the element connects (to catch django-start / django-error). */
  on?: Partial<Record<keyof GlobalEventHandlersEventMap, (e: Event) => void>>;
}

/** Create, configure and connect a flashcard element, wait for it to load, wrap it in a harness. */
export async function mountFlashcard(options: MountOptions = {}): Promise<FlashcardHarness> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const holder = document.createElement('div');
  holder.innerHTML = `<django-flashcard ${options.attrs ?? ''}></django-flashcard>`;
  const el = holder.firstElementChild as DjangoFlashcard;
  if (options.now) el.now = options.now;
  if (options.storage !== undefined) el.storage = options.storage;
  if (options.set) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.set;
    el.append(script);
  }
  for (const [name, listener] of Object.entries(options.on ?? {})) {
    el.addEventListener(name, listener as EventListener);
  }
  wrapper.append(el);
  await settled(el);
  return new FlashcardHarness(el);
}

export class FlashcardHarness {
  constructor(readonly el: DjangoFlashcard) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  $(selector: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(selector);
  }
  $$(selector: string): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>(selector)];
  }
  /** Visible text of the whole widget, whitespace folded. */
  get text(): string {
    return (this.$('[part~="base"]')?.innerText ?? '').replace(/\s+/g, ' ').trim();
  }
  get card(): HTMLButtonElement {
    const card = this.$('button[part~="card"]');
    if (!card) throw new Error(`no card on screen: ${this.text}`);
    return card as HTMLButtonElement;
  }
  get hasCard(): boolean {
    return this.$('button[part~="card"]') !== null;
  }
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
    const button = this.$(`button[part~="grade--${rating}"]`);
    if (!button) throw new Error(`no ${rating} button: ${this.text}`);
    return button as HTMLButtonElement;
  }
  button(text: string | RegExp): HTMLButtonElement | undefined {
    return (this.$$('button') as HTMLButtonElement[]).find((b) =>
      typeof text === 'string' ? b.textContent!.trim().includes(text) : text.test(b.textContent!),
    );
  }
  /** The new / learning / due chips, as text. */
  get counts(): string {
    return (this.$('[part~="counts"]')?.innerText ?? '').replace(/\s+/g, ' ').trim();
  }
  get position(): string {
    return this.$('[part~="nav"] .position [aria-hidden]')?.textContent?.trim() ?? '';
  }
  get liveRegion(): string {
    return this.$('[role="status"]')?.textContent?.trim() ?? '';
  }
  get summary(): HTMLElement | null {
    return this.$('[part~="summary"]');
  }
  /** The element focused inside the shadow root, if any. */
  get focused(): Element | null {
    return this.root.activeElement;
  }

  /** Wait for running transitions (the turn swaps sides at its half-way point), e.g. before axe. */
  async motion(): Promise<void> {
    await this.el.updateComplete;
    await Promise.all(this.root.getAnimations().map((a) => a.finished.catch(() => undefined)));
  }
  async flip(): Promise<void> {
    this.card.click();
    await this.el.updateComplete;
  }
  /** Turn the card (if needed) and grade it with the button. */
  async grade(rating: FlashcardRating): Promise<void> {
    if (!this.flipped) await this.flip();
    this.gradeButton(rating).click();
    await this.el.updateComplete;
  }
  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.el.updateComplete;
  }
  /** A synthesized swipe on the card: pointerdown, a few pointermoves, pointerup. */
  async swipe(dx: number, dy = 0): Promise<void> {
    const box = this.card.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const fire = (type: string, fx: number, fy: number) =>
      this.card.dispatchEvent(
        new PointerEvent(type, {
          pointerId: 7,
          pointerType: 'touch',
          isPrimary: true,
          clientX: fx,
          clientY: fy,
          bubbles: true,
          composed: true,
        }),
      );
    fire('pointerdown', x, y);
    for (const f of [0.25, 0.5, 0.75, 1]) fire('pointermove', x + dx * f, y + dy * f);
    await this.el.updateComplete;
    fire('pointerup', x + dx, y + dy);
    await this.el.updateComplete;
  }
}

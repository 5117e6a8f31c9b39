// A small harness that drives <django-flashcard> the way a learner does.
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/flashcard/django-flashcard.js';
import type { DjangoFlashcard } from '../../src/components/flashcard/flashcard.js';
import { FlashcardDriver } from '../../stories/flashcard-driver.js';
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

/** The story driver plus what only the test runner can do: press keys, swipe. */
export class FlashcardHarness extends FlashcardDriver {
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

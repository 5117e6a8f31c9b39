// A small harness that drives <django-quiz> the way a learner does (Material Web's harness idea).
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DjangoQuiz } from '../../src/components/quiz/quiz.js';

export class QuizHarness {
  constructor(readonly el: DjangoQuiz) {}

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
  get prompt(): string {
    return this.$('[part~="prompt"]')?.textContent?.trim() ?? '';
  }
  get choiceLabels(): HTMLLabelElement[] {
    return this.$$('label[part~="choice"]') as HTMLLabelElement[];
  }
  get inputs(): HTMLInputElement[] {
    return this.$$('input[name="choice"]') as HTMLInputElement[];
  }
  choiceText(i: number): string {
    return this.choiceLabels[i].querySelector('.text')!.textContent!.trim();
  }
  /** The index (in display order) of the choice whose text is `text`. */
  indexOf(text: string): number {
    return this.choiceLabels.findIndex(
      (l) => l.querySelector('.text')!.textContent!.trim() === text,
    );
  }
  get primaryButton(): HTMLButtonElement {
    return this.$('.actions button.primary') as HTMLButtonElement;
  }
  button(text: string | RegExp): HTMLButtonElement | undefined {
    return (this.$$('button') as HTMLButtonElement[]).find((b) =>
      typeof text === 'string' ? b.textContent!.trim().startsWith(text) : text.test(b.textContent!),
    );
  }
  get feedback(): HTMLElement | null {
    return this.$('[part~="feedback"]');
  }
  get liveRegion(): string {
    return this.$('[role="status"]')?.textContent?.trim() ?? '';
  }
  /** The element focused inside the shadow root, if any. */
  get focused(): Element | null {
    return this.root.activeElement;
  }

  async choose(i: number): Promise<void> {
    this.choiceLabels[i].click();
    await this.el.updateComplete;
  }
  async chooseText(text: string): Promise<void> {
    const i = this.indexOf(text);
    if (i < 0)
      throw new Error(
        `no choice "${text}" in: ${this.choiceLabels.map((l) => l.textContent).join(' | ')}`,
      );
    await this.choose(i);
  }
  async check(): Promise<void> {
    this.primaryButton.click();
    await this.el.updateComplete;
  }
  async next(): Promise<void> {
    this.primaryButton.click();
    await this.el.updateComplete;
  }
  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.el.updateComplete;
  }
}

/** Wait until the widget has left its loading state (a fetch has no event of its own to await). */
export async function settled(
  el: HTMLElement & { updateComplete: Promise<boolean> },
): Promise<void> {
  await waitUntil(
    () => {
      const base = el.shadowRoot?.querySelector('[part~="base"]');
      return !!base && base.getAttribute('aria-busy') !== 'true';
    },
    'widget did not finish loading',
    { timeout: 4000 },
  );
  await el.updateComplete;
}

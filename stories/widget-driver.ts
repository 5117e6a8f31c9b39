/**
 * The base every widget driver shares, in stories (play functions) and in tests (test/support/*-
 * harness.ts extend the element drivers): the shadow root, queries, visible text, buttons, the live
 * region, focus, and waiting for a render and its transitions. Drives the widget through its shadow
 * DOM as a user would; needs nothing from the test runner.
 */
import { loaded } from './story-helpers.js';

export type Updating = HTMLElement & { updateComplete: Promise<boolean> };

export interface DriverOptions {
  /** After each action, also wait for running transitions (a story shows the settled state). */
  motion?: boolean;
}

export class WidgetDriver<E extends Updating = Updating> {
  constructor(
    readonly el: E,
    protected readonly options: DriverOptions = {},
  ) {}

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
  /** The first button whose text contains `text` (or matches it). */
  button(text: string | RegExp): HTMLButtonElement | undefined {
    return (this.$$('button') as HTMLButtonElement[]).find((b) =>
      typeof text === 'string' ? b.textContent!.includes(text) : text.test(b.textContent!),
    );
  }
  /** What the polite live region says. */
  get liveRegion(): string {
    return this.$('[role="status"]')?.textContent?.trim() ?? '';
  }
  /** The element focused inside the shadow root, if any. */
  get focused(): Element | null {
    return this.root.activeElement;
  }

  /** Waits until the widget has loaded its set. */
  loaded(): Promise<void> {
    return loaded(this.el);
  }
  /** Waits for the render and for running transitions (the card's turn swaps sides half-way). */
  async motion(): Promise<void> {
    await this.el.updateComplete;
    await Promise.all(this.root.getAnimations().map((a) => a.finished.catch(() => undefined)));
  }
  /** Clicks `target` and waits for the update (and, with the `motion` option, the transitions). */
  protected async click(target: HTMLElement): Promise<void> {
    target.click();
    if (this.options.motion) await this.motion();
    else await this.el.updateComplete;
  }
}

/**
 * Helpers shared by the stories of every element: a frame around the element (width, direction,
 * page background), waiting for an element to finish loading, and a request that never settles (for
 * loading states). Nothing here knows about one particular element.
 */

/**
 * What test/stories.test.ts checks for a story (under `parameters.storyTest`): the state it is meant
 * to show (default `ready`), and text the widget must contain, so a play function that stops short
 * of its state fails the test.
 */
export interface StoryTestParameters {
  state?: 'ready' | 'loading' | 'error';
  shows?: string[];
}

/** `parameters: checks({ shows: ['Your result'] })` */
export function checks(storyTest: StoryTestParameters): { storyTest: StoryTestParameters } {
  return { storyTest };
}

export interface FrameOptions {
  /** CSS width of the column, e.g. `280px`. */
  width?: string;
  dir?: 'ltr' | 'rtl';
  lang?: string;
  /** Page background behind the element (dark themes sit on a dark page); adds padding. */
  background?: string;
  color?: string;
}

/** Wraps `el` in a column like the page that would embed it. */
export function frame(el: HTMLElement, options: FrameOptions = {}): HTMLElement {
  const div = document.createElement('div');
  if (options.width) div.style.width = options.width;
  if (options.background) {
    div.style.background = options.background;
    div.style.padding = '24px';
  }
  if (options.color) div.style.color = options.color;
  if (options.dir) div.dir = options.dir;
  if (options.lang) div.lang = options.lang;
  div.append(el);
  return div;
}

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

/** Polls `test` every animation frame (at most `timeout` ms): for states with no event to await. */
export async function until(test: () => boolean, what: string, timeout = 5000): Promise<void> {
  const end = performance.now() + timeout;
  while (!test()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * Waits until `el` has left its loading state (its `base` part is no longer `aria-busy`): a fetch has
 * no event of its own to await. Stories and tests alike use it.
 */
export async function loaded(el: Updating, timeout = 5000): Promise<void> {
  await el.updateComplete; // a click may have just started a load
  await until(
    () => {
      const base = el.shadowRoot?.querySelector('[part~="base"]');
      return !!base && base.getAttribute('aria-busy') !== 'true';
    },
    `<${el.localName}> to load`,
    timeout,
  );
  await el.updateComplete;
}

/** The first `tag` inside the story's canvas. */
export function inCanvas<K extends keyof HTMLElementTagNameMap>(
  canvasElement: HTMLElement,
  tag: K,
): HTMLElementTagNameMap[K] {
  const el = canvasElement.querySelector(tag);
  if (!el) throw new Error(`no <${tag}> in the story`);
  return el;
}

/** A URL whose fetch never answers (it only ends when the element aborts it). */
export const PENDING_URL = '/__story/never-answers.json';

let fetchHeld = false;

/**
 * Makes `fetch(PENDING_URL)` hang, as a slow network does, so a story can show the loading state
 * without a server. Every other request goes to the real fetch. Idempotent.
 */
export function holdPendingRequests(): void {
  if (fetchHeld) return;
  fetchHeld = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.pathname !== PENDING_URL) return realFetch(input, init);
    return new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
}

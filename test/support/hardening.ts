// Shared pieces of the hardening tests. Everything here takes a tag name, so the same checks run
// against every widget: `<django-quiz>` now, `<django-flashcard>` in test/hardening-flashcard.test.ts.
import { fixture, html } from '@open-wc/testing';
import type { DjangoErrorDetail } from '../../src/events/django-error.js';

export type WidgetTag = 'django-quiz' | 'django-flashcard';

/** What every widget has: Lit's update promise and the `src` property. */
export type Widget = HTMLElement & {
  updateComplete: Promise<boolean>;
  src?: string;
  loadTimeout?: number;
  storage?: Storage | null;
};

export interface Mounted {
  el: Widget;
  /** Every `django-error` detail the element fired, in order. */
  errors: DjangoErrorDetail[];
}

export interface MountOptions {
  /** Text of a child `<script type="application/json">` (set as text, so `</script>` cannot break out). */
  inline?: string;
  src?: string;
  attrs?: Record<string, string>;
  /** Properties set before the element is connected (e.g. `storage`, `loadTimeout`). */
  props?: Record<string, unknown>;
  /** Where to put it; a fresh fixture container by default. */
  parent?: HTMLElement;
}

/** Create a widget the way a host page would, recording its `django-error` events from the start. */
export async function mount(tag: WidgetTag, options: MountOptions = {}): Promise<Mounted> {
  const parent = options.parent ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  const el = document.createElement(tag) as Widget;
  const errors: DjangoErrorDetail[] = [];
  el.addEventListener('django-error', (e) => errors.push(e.detail));
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  Object.assign(el, options.props ?? {});
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.inline;
    el.append(script);
  }
  if (options.src !== undefined) el.src = options.src;
  parent.append(el);
  return { el, errors };
}

/** Wait until the widget has left its loading state. */
export { loaded as settled } from '../../stories/story-helpers.js';

export function base(el: Widget): HTMLElement {
  const b = el.shadowRoot?.querySelector<HTMLElement>('[part~="base"]');
  if (!b) throw new Error(`<${el.localName}> has no [part~="base"]`);
  return b;
}

/** What a sighted reader sees in the widget, whitespace folded. */
export function visibleText(el: Widget): string {
  return base(el).innerText.replace(/\s+/g, ' ').trim();
}

export function findButton(el: Widget, text: string): HTMLButtonElement | undefined {
  return [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
}

/**
 * The widgets' own decorative markup that the list below would catch: the flashcard's turn icon,
 * the "Your progress" button's and the quiz's "added to your review deck" icons.
 */
const OWN_MARKUP = '.hint > svg.turn, .progress-button > svg, .added-to-deck > svg';

/** Elements that only a payload could have put in the shadow root. */
export function injectedElements(el: Widget): Element[] {
  return [
    ...el.shadowRoot!.querySelectorAll(
      'img, script, svg, iframe, object, embed, style, math, b, mi, link, meta, base, form',
    ),
  ].filter((node) => !node.matches(OWN_MARKUP));
}

/** Links whose target is not an absolute http(s) URL. */
export function unsafeLinks(el: Widget): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')]
    .map((a) => a.getAttribute('href')!)
    .filter((href) => !/^https?:\/\//i.test(href));
}

export { CANARY, guardEachTest, resetCanary, watchUncaught } from './guard.js';

/** The raw text of a file under test/fixtures (bad JSON included), through the test server. */
export async function fixtureText(path: string): Promise<string> {
  const response = await fetch(`/__test/raw/${path}`);
  if (!response.ok) throw new Error(`fixture ${path}: HTTP ${response.status}`);
  return response.text();
}

/** A `blob:` URL serving `text` as JSON: lets a test hand generated sets (10 MB, deep) to `src`. */
export function blobUrl(text: string, type = 'application/json'): string {
  return URL.createObjectURL(new Blob([text], { type }));
}

/** Every element in the shadow root that sticks out of the base sideways (sr-only text excepted). */
export function overflowing(el: Widget): string[] {
  const b = base(el).getBoundingClientRect();
  const out: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="base"] *')) {
    if (node.closest('.sr-only')) continue;
    const r = node.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < b.left - 0.5 || r.right > b.right + 0.5) {
      out.push(
        `${node.localName}.${node.className} [${r.left}, ${r.right}] in [${b.left}, ${b.right}]`,
      );
    }
  }
  return out;
}

/** A storage whose every call throws, like Safari's private mode or a sandboxed iframe. */
export const throwingStorage = {
  getItem() {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem() {
    throw new DOMException('quota', 'QuotaExceededError');
  },
  removeItem() {
    throw new DOMException('denied', 'SecurityError');
  },
} as unknown as Storage;

/**
 * A Storage whose faults a test switches on: reads that throw, writes that throw (from the start, or
 * after `writesLeft` more), and a log of removals. Data lives in `data` for inspection.
 */
export class FaultyStorage implements Storage {
  readonly data = new Map<string, string>();
  readonly removed: string[] = [];
  failReads = false;
  /** Successful writes still allowed; then every write throws QuotaExceededError. */
  writesLeft = Infinity;

  constructor(entries: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(entries)) this.data.set(k, v);
  }
  get length(): number {
    return this.data.size;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.writesLeft <= 0)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writesLeft--;
    this.data.set(key, String(value));
  }
  removeItem(key: string): void {
    this.removed.push(key);
    this.data.delete(key);
  }
  clear(): void {
    this.data.clear();
  }
  /** A copy of every entry, to compare before and after. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
}

/** Entries a widget must never touch: other versions, other widgets' keys, other apps. */
export const NOT_OURS: Record<string, string> = {
  'django-quiz-elements:quiz:v2:small-set:1:all:ordered:practice': '{"v":2,"future":true}',
  'django-quiz-elements:quiz:v999:small-set': 'opaque future format',
  'django-quiz-elements:flashcard:v9:small-set:1': '{"cards":{}}',
  'django-quiz-elements:': '',
  'django-quiz-elements:settings': '{"theme":"dark"}',
  'another-app:state': '{"user":1}',
  'django-quiz-elements-other:quiz:v1:small-set': '[1,2,3]',
};

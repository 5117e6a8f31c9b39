// Hardening checks that hold for every widget, written once and run per tag:
// test/hardening-*.test.ts call them for `django-quiz`; test/hardening-flashcard.test.ts will call
// them for `django-flashcard`. Each check asserts what a reader (or the host page) would see.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import manifest from '../fixtures/bad/index.json';
import {
  CANARY,
  FaultyStorage,
  NOT_OURS,
  base,
  blobUrl,
  findButton,
  fixtureText,
  injectedElements,
  mount,
  overflowing,
  settled,
  unsafeLinks,
  visibleText,
  guardEachTest,
  type Mounted,
  type WidgetTag,
} from './hardening.js';
import { clearMemoryFallback } from '../../src/internal/storage.js';

export interface BadEntry {
  file: string;
  problem: string;
  kind: 'parse' | 'schema';
  expect: string;
}
export const BAD_INPUTS: BadEntry[] = manifest.invalid as BadEntry[];
export const HOSTILE_VALID: { file: string; problem: string }[] = manifest.valid;

const MB10 = 10 * 1024 * 1024;

/** Give anything a payload might have started (image loads, error handlers) time to run. */
export async function flush(): Promise<void> {
  await fetch('/__test/count/flush'); // one network round trip: a broken <img> would have errored by now
  await nextFrame();
}

/**
 * The widget shows `fragment` in its error state, fired exactly one `django-error` of `kind` carrying
 * the same message, offers "Try again", and nothing reached the page or ran.
 */
export async function expectNamedError(
  { el, errors }: Mounted,
  fragment: string,
  kind: string,
  guard: { readonly errors: readonly string[] },
): Promise<void> {
  await settled(el, 15_000);
  const alert = base(el).querySelector<HTMLElement>('[role="alert"]');
  expect(alert, 'an error alert is shown').to.not.equal(null);
  const text = visibleText(el);
  expect(text).to.contain('This question set could not be loaded');
  expect(text).to.contain(fragment);
  expect(findButton(el, 'Try again'), 'a Try again button').to.not.equal(undefined);
  expect(errors).to.have.length(1);
  expect(errors[0].kind).to.equal(kind);
  expect(errors[0].message).to.contain(fragment);
  // A message quoting the input stays short, whatever the input's size.
  expect(alert!.innerText.length).to.be.below(600);
  await flush();
  expect(injectedElements(el).map((n) => n.outerHTML)).to.deep.equal([]);
  expect(window.__canary).to.equal(CANARY);
  expect(guard.errors).to.deep.equal([]);
}

function deliver(delivery: 'inline' | 'src', text: string, srcUrl?: string) {
  return delivery === 'inline' ? { inline: text } : { src: srcUrl ?? blobUrl(text) };
}

export function badInputSuite(tag: WidgetTag): void {
  describe(`<${tag}> with bad question sets`, function () {
    this.timeout(20_000);
    const guard = guardEachTest({ canary: true });

    it('has a corpus of at least 25 bad inputs, each with an expected message', () => {
      expect(BAD_INPUTS.length).to.be.at.least(25);
      for (const entry of BAD_INPUTS) expect(entry.expect, entry.file).to.have.length.above(5);
    });

    for (const entry of BAD_INPUTS) {
      for (const delivery of ['inline', 'src'] as const) {
        it(`${entry.file} (${entry.problem}) via ${delivery}: says "${entry.expect}"`, async () => {
          const text = await fixtureText(`bad/${entry.file}`);
          const mounted = await mount(
            tag,
            deliver(delivery, text, `/__test/raw/bad/${entry.file}`),
          );
          await expectNamedError(mounted, entry.expect, entry.kind, guard);
          expect(unsafeLinks(mounted.el)).to.deep.equal([]);
        });
      }
    }

    for (const delivery of ['inline', 'src'] as const) {
      it(`a 10 MB prompt via ${delivery}: names the field, stays responsive`, async () => {
        const set = JSON.parse(await fixtureText('small-set.json'));
        set.questions[0].prompt = 'x'.repeat(MB10);
        const started = performance.now();
        const mounted = await mount(tag, deliver(delivery, JSON.stringify(set)));
        await expectNamedError(
          mounted,
          'questions[0].prompt: expected prompt to be at most 2000 characters',
          'schema',
          guard,
        );
        expect(performance.now() - started).to.be.below(10_000);
      });

      it(`a 10 MB string where a question belongs via ${delivery}: quoted briefly`, async () => {
        const text = `{"id":"big","title":"Big","questions":["${'<'.repeat(MB10)}"]}`;
        const mounted = await mount(tag, deliver(delivery, text));
        await expectNamedError(
          mounted,
          'questions[0]: expected an object, got "<<<<',
          'schema',
          guard,
        );
      });

      it(`10 MB of text that is not JSON via ${delivery}`, async () => {
        const mounted = await mount(tag, deliver(delivery, `{"id": ${'9'.repeat(MB10)}x`));
        await expectNamedError(mounted, 'is not valid JSON', 'parse', guard);
      });

      it(`arrays nested 100 000 deep at the root via ${delivery}`, async () => {
        const n = 100_000;
        const mounted = await mount(tag, deliver(delivery, '['.repeat(n) + ']'.repeat(n)));
        await expectNamedError(mounted, '(root): expected an object, got a list', 'schema', guard);
      });

      it(`an object nested 100 000 deep where choice text belongs via ${delivery}`, async () => {
        const n = 100_000;
        const deep = '{"a":'.repeat(n) + '1' + '}'.repeat(n);
        const text = `{"id":"deep","title":"Deep","questions":[{"id":"q1","prompt":"P","answer":"A",
          "choices":[{"id":"a","text":${deep},"correct":true},{"id":"b","text":"B"}]}]}`;
        const mounted = await mount(tag, deliver(delivery, text));
        await expectNamedError(
          mounted,
          'questions[0].choices[0].text: expected choice text to be a string',
          'schema',
          guard,
        );
      });
    }

    it('ignores 100 000-deep junk and a 1 MB key in fields it does not know', async () => {
      const set = JSON.parse(await fixtureText('small-set.json'));
      const n = 100_000;
      const text = JSON.stringify(set).replace(
        '{',
        `{"junk":${'['.repeat(n)}${']'.repeat(n)},"${'k'.repeat(1024 * 1024)}":1,`,
      );
      const { el, errors } = await mount(tag, { inline: text });
      await settled(el);
      expect(errors).to.deep.equal([]);
      expect(visibleText(el).toLowerCase()).to.contain(set.title.toLowerCase());
      expect(visibleText(el)).to.contain(set.questions[0].prompt);
      expect(guard.errors).to.deep.equal([]);
    });

    for (const entry of HOSTILE_VALID) {
      it(`${entry.file} (${entry.problem}): renders its first screen as literal text`, async () => {
        const text = await fixtureText(`bad/${entry.file}`);
        const set = JSON.parse(text);
        const { el, errors } = await mount(tag, { inline: text });
        await settled(el);
        expect(errors).to.deep.equal([]);
        const shown = visibleText(el);
        // (A title may be shown in capitals.)
        expect(shown.toLowerCase()).to.contain(set.title.replace(/\s+/g, ' ').toLowerCase());
        expect(shown).to.contain(set.questions[0].prompt.replace(/\s+/g, ' '));
        await flush();
        expect(injectedElements(el).map((n) => n.outerHTML)).to.deep.equal([]);
        expect(unsafeLinks(el)).to.deep.equal([]);
        expect(window.__canary).to.equal(CANARY);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        expect(guard.errors).to.deep.equal([]);
        await expect(el).shadowDom.to.be.accessible();
      });
    }
  });
}

const SMALL_PROMPT = 'Which tag protects a POST form against CSRF?';
const TINY_PROMPT = 'What does manage.py migrate do?';
let uniq = 0;
/** A key no other test uses (server-side counters and marks live as long as the server). */
export const uniqueKey = (name: string) => `${name}-${Date.now()}-${++uniq}`;

async function served(mark: string): Promise<boolean> {
  return (await (await fetch(`/__test/served/${mark}`)).json()).served;
}
/** Wait until the request marked `mark` has reached the server. */
export async function waitReceived(mark: string): Promise<void> {
  await waitUntil(
    async () => (await (await fetch(`/__test/received/${mark}`)).json()).received,
    `request ${mark} never arrived`,
    { timeout: 8000 },
  );
}
/** Wait until the server has sent the response marked `mark`, and one more round trip after it. */
export async function waitServed(mark: string): Promise<void> {
  await waitUntil(() => served(mark), `response ${mark} was never sent`, { timeout: 8000 });
  await flush();
  await flush();
}

function isLoading(el: Mounted['el']): boolean {
  return base(el).getAttribute('aria-busy') === 'true';
}

export function networkSuite(tag: WidgetTag): void {
  describe(`<${tag}> src network faults`, function () {
    this.timeout(15_000);
    const guard = guardEachTest({ canary: true });

    for (const [status, text] of [
      [404, 'HTTP 404 Not Found'],
      [500, 'HTTP 500 Internal Server Error'],
      [503, 'HTTP 503 Service Unavailable'],
    ] as const) {
      it(`says HTTP ${status} with the URL`, async () => {
        const mounted = await mount(tag, { src: `/__test/status/${status}` });
        await expectNamedError(mounted, `/__test/status/${status} (${text})`, 'http', guard);
        await expect(mounted.el).shadowDom.to.be.accessible();
      });
    }

    it('times out a src that never answers, after load-timeout ms', async () => {
      const mounted = await mount(tag, {
        src: '/__test/fixture/small-set?delay=5000',
        attrs: { 'load-timeout': '300' },
      });
      await mounted.el.updateComplete;
      expect(isLoading(mounted.el)).to.equal(true);
      await expectNamedError(
        mounted,
        'Loading the question set from /__test/fixture/small-set?delay=5000 timed out after 0.3 s',
        'network',
        guard,
      );
    });

    it('says so when the server sends an HTML page instead of JSON', async () => {
      const mounted = await mount(tag, { src: '/__test/text' });
      await expectNamedError(
        mounted,
        'The question set at /__test/text is not valid JSON: the server sent an HTML page',
        'parse',
        guard,
      );
    });

    it('loads JSON sent as text/plain (raw file hosts do that)', async () => {
      const { el, errors } = await mount(tag, {
        src: '/__test/fixture/small-set?type=text/plain',
      });
      await settled(el);
      expect(errors).to.deep.equal([]);
      expect(visibleText(el)).to.contain(SMALL_PROMPT);
    });

    it('reports a cross-origin src without CORS headers as a network error', async () => {
      const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const url = `http://${other}:${location.port}/__test/fixture/small-set`;
      // The server is there (an opaque no-cors request succeeds): what fails is CORS alone.
      expect((await fetch(url, { mode: 'no-cors' })).type).to.equal('opaque');
      const mounted = await mount(tag, { src: url });
      await expectNamedError(
        mounted,
        `${url} (network error or blocked by CORS)`,
        'network',
        guard,
      );
    });

    it('reports a refused connection as a network error', async () => {
      const mounted = await mount(tag, { src: 'http://127.0.0.1:9/set.json' });
      await expectNamedError(mounted, 'network error', 'network', guard);
    });

    it('shows a loading state for a slow src, then the questions', async () => {
      const { el, errors } = await mount(tag, { src: '/__test/fixture/small-set?delay=800' });
      await el.updateComplete;
      expect(isLoading(el)).to.equal(true);
      expect(base(el).querySelector('.skeleton')!.getBoundingClientRect().height).to.be.above(20);
      expect(base(el).textContent).to.contain('Loading questions…');
      expect(visibleText(el)).to.not.contain(SMALL_PROMPT);
      await expect(el).shadowDom.to.be.accessible();
      await settled(el, 8000);
      expect(visibleText(el)).to.contain(SMALL_PROMPT);
      expect(errors).to.deep.equal([]);
    });

    it('"Try again" retries a failing src until it loads, reporting each failure once', async () => {
      const key = uniqueKey('flaky');
      const { el, errors } = await mount(tag, {
        src: `/__test/flaky/${key}?fail=2&fixture=small-set`,
      });
      await settled(el);
      expect(visibleText(el)).to.contain('HTTP 503');
      expect(errors.map((e) => e.kind)).to.deep.equal(['http']);
      findButton(el, 'Try again')!.click();
      await el.updateComplete;
      expect(isLoading(el)).to.equal(true);
      await settled(el);
      expect(visibleText(el)).to.contain('HTTP 503');
      expect(errors.map((e) => e.kind)).to.deep.equal(['http', 'http']);
      findButton(el, 'Try again')!.click();
      await settled(el);
      expect(visibleText(el)).to.contain(SMALL_PROMPT);
      expect(findButton(el, 'Try again')).to.equal(undefined);
      expect(errors).to.have.length(2);
      const { count } = await (await fetch(`/__test/count/${key}`)).json();
      expect(count).to.equal(3);
    });

    it('"Try again" re-reads inline JSON that the page has fixed', async () => {
      const { el, errors } = await mount(tag, { inline: '{"id": "small-set", ' });
      await settled(el);
      expect(visibleText(el)).to.contain('is not valid JSON');
      el.querySelector('script')!.textContent = await fixtureText('small-set.json');
      findButton(el, 'Try again')!.click();
      await settled(el);
      expect(visibleText(el)).to.contain(SMALL_PROMPT);
      expect(errors).to.have.length(1);
    });

    it('ignores the response for a src that was replaced (slow first, fast second)', async () => {
      const mark = uniqueKey('stale');
      const { el, errors } = await mount(tag, {
        src: `/__test/fixture/small-set?delay=1200&mark=${mark}`,
      });
      await el.updateComplete;
      await waitReceived(mark); // the slow request is on its way before the src changes
      el.src = '/__test/fixture/tiny-set';
      await settled(el);
      expect(visibleText(el)).to.contain(TINY_PROMPT);
      await waitServed(mark);
      await el.updateComplete;
      expect(visibleText(el)).to.contain(TINY_PROMPT);
      expect(visibleText(el)).to.not.contain(SMALL_PROMPT);
      expect(errors).to.deep.equal([]);
    });

    it('ignores a failure for a src that was replaced', async () => {
      const mark = uniqueKey('stale-error');
      const { el, errors } = await mount(tag, {
        src: `/__test/status/500?delay=1000&mark=${mark}`,
      });
      await el.updateComplete;
      await waitReceived(mark);
      el.src = '/__test/fixture/tiny-set';
      await settled(el);
      await waitServed(mark);
      await el.updateComplete;
      expect(visibleText(el)).to.contain(TINY_PROMPT);
      expect(errors).to.deep.equal([]);
    });

    it('drops a pending load when removed (no late timeout), and loads when re-added', async () => {
      const mark = uniqueKey('removed');
      const { el, errors } = await mount(tag, {
        src: `/__test/fixture/small-set?delay=2500&mark=${mark}`,
        props: { loadTimeout: 1500 },
      });
      await el.updateComplete;
      const parent = el.parentElement!;
      // Remove only once the request is on the server: an abort before it is sent would leave
      // nothing to wait for.
      await waitReceived(mark);
      el.remove();
      await waitServed(mark); // well past the 1500 ms timeout
      expect(errors).to.deep.equal([]);
      el.loadTimeout = 5000;
      parent.append(el);
      await settled(el, 8000);
      expect(visibleText(el)).to.contain(SMALL_PROMPT);
      expect(errors).to.deep.equal([]);
    });
  });
}

/** Garbage a widget may find at its own keys: it must start afresh and leave it exactly as it is. */
export const CORRUPTIONS: Record<string, string> = {
  'truncated JSON': '{"state":{"order":["q1"',
  'empty string': '',
  null: 'null',
  'an array': '[]',
  'a string': '"progress"',
  'a number': '42',
  'wrong types': '{"state":5,"cards":"all"}',
  'a newer version': '{"v":2,"state":{},"cards":{}}',
  'prototype keys': '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  '100 KB of junk': 'x'.repeat(100_000),
};

const STORAGE_NOTICE = 'Progress is kept only until this page is closed';

export function storageSuite(tag: WidgetTag, inline: () => Promise<string>): void {
  describe(`<${tag}> storage faults`, () => {
    guardEachTest();

    async function mountWith(storage?: Storage): Promise<Mounted> {
      const mounted = await mount(tag, {
        inline: await inline(),
        props: storage ? { storage } : {},
      });
      await settled(mounted.el);
      return mounted;
    }

    it('works in memory when every storage call throws, and says so once', async () => {
      const storage = new FaultyStorage();
      storage.failReads = true;
      storage.writesLeft = 0;
      const { el, errors } = await mountWith(storage);
      expect(visibleText(el)).to.contain(STORAGE_NOTICE).and.contain(SMALL_PROMPT);
      expect(errors.filter((e) => e.kind === 'storage')).to.have.length(1);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('works when merely touching window.localStorage throws (sandboxed iframe)', async () => {
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The document is sandboxed.', 'SecurityError');
        },
      });
      try {
        expect(() => window.localStorage).to.throw();
        const { el, errors } = await mountWith();
        expect(visibleText(el)).to.contain(STORAGE_NOTICE).and.contain(SMALL_PROMPT);
        expect(errors.map((e) => e.kind)).to.deep.equal(['storage']);
      } finally {
        if (own) Object.defineProperty(window, 'localStorage', own);
        else delete (window as { localStorage?: Storage }).localStorage;
      }
      expect(window.localStorage).to.be.instanceOf(Storage);
    });

    it('never touches entries that are not its own (other versions, widgets, apps)', async () => {
      const storage = new FaultyStorage(NOT_OURS);
      const { el, errors } = await mountWith(storage);
      expect(visibleText(el)).to.contain(SMALL_PROMPT);
      expect(errors).to.deep.equal([]);
      const after = storage.snapshot();
      for (const [key, value] of Object.entries(NOT_OURS)) expect(after[key], key).to.equal(value);
      expect(Object.keys(after).length).to.be.above(Object.keys(NOT_OURS).length); // it saved its own
      expect(storage.removed).to.deep.equal([]);
    });

    for (const [what, garbage] of Object.entries(CORRUPTIONS)) {
      it(`starts afresh over its own entries corrupted to ${what}, and leaves them as they are`, async () => {
        const storage = new FaultyStorage();
        const first = await mountWith(storage);
        const ours = Object.keys(storage.snapshot());
        expect(ours.length).to.be.above(0);
        first.el.remove();
        clearMemoryFallback(); // as after a reload
        for (const key of ours) storage.data.set(key, garbage);

        const { el, errors } = await mountWith(storage);
        expect(visibleText(el)).to.contain(SMALL_PROMPT).and.contain(STORAGE_NOTICE);
        const storageErrors = errors.filter((e) => e.kind === 'storage');
        expect(storageErrors).to.have.length(1);
        expect(storageErrors[0].message).to.contain('left untouched');
        for (const key of ours) expect(storage.data.get(key), key).to.equal(garbage);
        expect(storage.removed).to.deep.equal([]);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      });
    }
  });
}

/** Host-page CSS at its worst: everything a theme or a reset could throw at embedded widgets. */
export const HOSTILE_CSS = `
  * {
    font: italic small-caps 900 30px/3 serif !important;
    color: red !important;
    -webkit-text-fill-color: blue !important;
    -webkit-text-stroke: 1px green !important;
    letter-spacing: 5px !important;
    word-spacing: 20px !important;
    text-transform: uppercase !important;
    text-shadow: 2px 2px 2px lime !important;
    text-align: justify !important;
    text-indent: 40px !important;
    white-space: pre !important;
    word-break: break-all !important;
    hyphens: auto !important;
    cursor: crosshair !important;
    list-style: square inside !important;
    font-feature-settings: 'smcp' !important;
    font-kerning: none !important;
    font-stretch: condensed !important;
    tab-size: 20 !important;
    caret-color: red !important;
    accent-color: red !important;
    quotes: '«' '»' !important;
    box-sizing: content-box !important;
    margin: 7px !important;
    padding: 9px !important;
    border: 3px solid red !important;
    background: yellow !important;
    opacity: 0.9 !important;
    transition: all 5s !important;
  }
  button, input, select, textarea {
    all: unset !important;
    background: orange !important;
    padding: 30px !important;
    font-size: 40px !important;
  }
  p, label, li, span, div, section, h2, h3, legend, fieldset, a, summary, details {
    margin: 40px !important;
    padding: 20px !important;
    display: inline !important;
    float: left !important;
  }
  input { appearance: auto !important; opacity: 1 !important; width: 50px !important; }
`;

const COMPARED = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-caps',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'color',
  '-webkit-text-fill-color',
  '-webkit-text-stroke-width',
  'text-transform',
  'text-shadow',
  'text-align',
  'text-indent',
  'white-space',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'visibility',
  'cursor',
  'list-style-type',
  'tab-size',
  'caret-color',
  'accent-color',
  'quotes',
  'display',
  'float',
  'box-sizing',
  'opacity',
  'background-color',
  'border-top-width',
  'border-top-color',
  'padding-top',
  'padding-left',
  'margin-top',
  'margin-left',
  'transition-duration',
];

/** The computed look of every element in the widget: `tag.class → prop: value`. */
export function lookOf(el: Mounted['el']): Map<string, string> {
  const out = new Map<string, string>();
  const nodes = [base(el), ...base(el).querySelectorAll<HTMLElement>('*')];
  nodes.forEach((node, i) => {
    const style = getComputedStyle(node);
    for (const prop of COMPARED)
      out.set(`${i} ${node.localName}.${node.className} ${prop}`, style.getPropertyValue(prop));
  });
  return out;
}

/** The entries of `after` that differ from `before`. */
export function lookChanges(before: Map<string, string>, after: Map<string, string>): string[] {
  expect([...after.keys()]).to.deep.equal([...before.keys()]);
  return [...before]
    .filter(([k, v]) => after.get(k) !== v)
    .map(([k, v]) => `${k}: ${v} → ${after.get(k)}`);
}

/** Put `css` in the host page's head until the returned function is called. */
export function hostStyle(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

/**
 * Buttons and choice controls a pointer can hit: at least 24 × 24 px (WCAG 2.2 target size). The
 * closed "Your progress" dialog's are not on screen.
 */
export function smallTargets(el: Mounted['el']): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, label, summary, a')]
    .filter((t) => !t.closest('dialog:not([open])'))
    .map((t) => [t, t.getBoundingClientRect()] as const)
    .filter(([, r]) => r.width < 24 || r.height < 24)
    .map(
      ([t, r]) => `${t.localName} "${t.textContent!.trim().slice(0, 20)}" ${r.width}×${r.height}`,
    );
}

/**
 * A container as narrow as a 280 px sidebar column, or (zoom) a 640 px wide window zoomed to 200 %:
 * the content gets 320 CSS px, drawn twice as large.
 */
export async function narrowPage(zoom: boolean): Promise<HTMLElement> {
  if (!zoom) return fixture<HTMLDivElement>(html`<div style="width:280px"></div>`);
  const outer = await fixture<HTMLDivElement>(
    html`<div style="width:640px"><div style="zoom:2"></div></div>`,
  );
  return outer.firstElementChild as HTMLElement;
}

/** Let running animations and transitions (a card being dealt or turned) finish. */
export async function still(el: Mounted['el']): Promise<void> {
  await el.updateComplete;
  // The progress panel learns the storage status asynchronously (navigator.storage): wait for its
  // line, which every status shows, so no snapshot of the look is taken before it arrives.
  const root = el.shadowRoot!;
  if (root.querySelector('dialog.progress-panel')) {
    await waitUntil(() => root.querySelector('.storage-status'), 'the storage status is shown');
    await el.updateComplete;
  }
  await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished.catch(() => undefined)));
}

/**
 * How the widget's look changes when HOSTILE_CSS arrives, on the screen it shows now. `page` is the
 * fixed-width container the widget sits in: the host's `*` rule gives the widget element itself a
 * margin, border and padding (the host's call), so `page` is widened to keep the same width for our
 * base; fluid sizes would otherwise follow the narrower width, which is not a change of look.
 */
export async function hostileLook(
  el: Mounted['el'],
  page: HTMLElement,
): Promise<{ changes: string[]; small: string[] }> {
  await still(el);
  const before = lookOf(el);
  const width = base(el).offsetWidth;
  const pageWidth = page.style.width;
  const remove = hostStyle(HOSTILE_CSS);
  try {
    await nextFrame();
    // The host's `transition: all 5s` animates its own boxes there: take them to their end.
    for (const animation of document.getAnimations()) animation.finish();
    page.style.width = `${parseFloat(getComputedStyle(page).width) + width - base(el).offsetWidth}px`;
    await nextFrame();
    for (const animation of document.getAnimations()) animation.finish();
    expect(base(el).offsetWidth).to.equal(width);
    return { changes: lookChanges(before, lookOf(el)), small: smallTargets(el) };
  } finally {
    remove();
    page.style.width = pageWidth;
    await nextFrame();
  }
}

export interface HostSuiteOptions {
  /**
   * What shows the first screen is mirrored in a right-to-left page: an element and the side it must
   * be nearer to. Default: the first button (the quiz's primary action, at the inline end: the left).
   */
  rtlProbe?: { selector: string; side: 'left' | 'right' };
}

export function hostSuite(
  tag: WidgetTag,
  inline: () => Promise<string>,
  options: HostSuiteOptions = {},
): void {
  const rtlProbe = options.rtlProbe ?? { selector: 'button', side: 'left' };
  describe(`<${tag}> in odd host pages`, function () {
    this.timeout(20_000);
    guardEachTest();

    async function ready(options: { parent?: HTMLElement } = {}): Promise<Mounted> {
      const mounted = await mount(tag, { inline: await inline(), ...options });
      await settled(mounted.el);
      return mounted;
    }

    it('survives being removed and re-added 20 times (SPA navigation): same screen, no new events', async () => {
      const { el, errors } = await ready();
      const parent = el.parentElement!;
      const starts: unknown[] = [];
      el.addEventListener('django-start', (e) => starts.push(e));
      const shown = visibleText(el);
      for (let i = 0; i < 20; i++) {
        el.remove();
        await nextFrame();
        parent.append(el);
        await el.updateComplete;
      }
      expect(visibleText(el)).to.equal(shown);
      expect(starts).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });

    it('renders 50 instances on one page', async () => {
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      const text = await inline();
      const started = performance.now();
      const els = Array.from({ length: 50 }, (_, i) => {
        const el = document.createElement(tag);
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = text.replace('"small-set"', `"small-set-${i}"`);
        el.append(script);
        parent.append(el);
        return el as Mounted['el'];
      });
      for (const el of els) await settled(el);
      const ms = performance.now() - started;
      for (const el of els) expect(visibleText(el)).to.contain(SMALL_PROMPT);
      expect(ms, `50 widgets took ${Math.round(ms)} ms`).to.be.below(5000);
    });

    it('keeps its look under aggressive host CSS (*, button, p, label, input)', async () => {
      // Wide enough that the host's own margin, border and padding cross no container breakpoint.
      const page = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
      const { el } = await ready({ parent: page });
      const { changes, small } = await hostileLook(el, page);
      expect(changes).to.deep.equal([]);
      expect(small).to.deep.equal([]);
    });

    it('mirrors in a right-to-left host page (dir="rtl" lang="ar")', async () => {
      const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"></div>`);
      const { el } = await ready({ parent: page });
      const b = base(el);
      expect(getComputedStyle(b).direction).to.equal('rtl');
      expect(overflowing(el)).to.deep.equal([]);
      // E.g. the quiz's primary button sits at the inline end: the left.
      const probe = el.shadowRoot!.querySelector(rtlProbe.selector)!.getBoundingClientRect();
      const box = b.getBoundingClientRect();
      const [near, far] = [probe.left - box.left, box.right - probe.right];
      if (rtlProbe.side === 'left') expect(near).to.be.below(far);
      else expect(far).to.be.below(near);
      await expect(el).shadowDom.to.be.accessible();
    });

    it('puts the error message rule on the right in a right-to-left page', async () => {
      const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"></div>`);
      const { el } = await mount(tag, { inline: '{', parent: page });
      await settled(el);
      const message = base(el).querySelector('.message')!;
      expect(getComputedStyle(message).borderRightWidth).to.equal('4px');
      expect(getComputedStyle(message).borderLeftWidth).to.equal('0px');
    });

    for (const [what, zoom] of [
      ['a 280 px column', false],
      ['200 % zoom in a 640 px wide window', true],
    ] as const) {
      it(`fits ${what}: no sideways overflow, targets ≥ 24 px`, async () => {
        const page = await narrowPage(zoom);
        const { el } = await ready({ parent: page });
        expect(base(el).offsetWidth).to.be.at.most(zoom ? 320 : 280);
        expect(base(el).scrollWidth).to.be.at.most(base(el).clientWidth);
        expect(overflowing(el)).to.deep.equal([]);
        expect(smallTargets(el)).to.deep.equal([]);
        const broken = await mount(tag, { inline: '{"id": 1', parent: page });
        await settled(broken.el);
        expect(base(broken.el).scrollWidth).to.be.at.most(base(broken.el).clientWidth);
        expect(overflowing(broken.el)).to.deep.equal([]);
      });
    }
  });
}

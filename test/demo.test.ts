// The demo page (index.html + demo/): a copy of its body, wired by demo/demo-wiring.ts, driven by
// clicks. The snippets must say exactly what the widgets on screen are; the settings must reach the
// widgets and the page; copy and reset must work; the page must pass axe in light and dark and fit
// a phone.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import { clearMemoryFallback } from '../src/internal/storage.js';
import { settled } from './support/quiz-harness.js';
import { textOn, contrast, wireDemo } from '../demo/demo-wiring.js';
import { declarationFor, parseDefault } from '../stories/manifest-args.js';

const page = await (await fetch('/index.html')).text();
const stylesheet = document.createElement('link');
stylesheet.rel = 'stylesheet';
stylesheet.href = '/demo/demo.css';
await new Promise((resolve, reject) => {
  stylesheet.onload = resolve;
  stylesheet.onerror = reject;
  document.head.append(stylesheet);
});

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

interface Demo {
  root: HTMLElement;
  quiz: Widget;
  cards: Widget;
  reloads: number;
  $<T extends HTMLElement = HTMLElement>(selector: string): T;
  click(selector: string): Promise<void>;
  snippet(id: string): string;
}

/** Settled, and done with transitions (a theme change fades colours: axe must see the end state). */
async function still(el: Widget): Promise<void> {
  await settled(el);
  await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished.catch(() => undefined)));
}

async function mountDemo(): Promise<Demo> {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  const doc = new DOMParser().parseFromString(page, 'text/html');
  root.append(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  const demo: Demo = {
    root,
    quiz: root.querySelector<Widget>('#quiz')!,
    cards: root.querySelector<Widget>('#cards')!,
    reloads: 0,
    $: (selector) => {
      const el = root.querySelector<HTMLElement>(selector);
      if (!el) throw new Error(`no ${selector} on the demo page`);
      return el as never;
    },
    async click(selector) {
      demo.$(selector).click();
      await still(demo.quiz);
      await still(demo.cards);
    },
    snippet: (id) => demo.$(`#${id}`).textContent ?? '',
  };
  wireDemo(root, { version: '9.9.9', reload: () => demo.reloads++ });
  await settled(demo.quiz);
  await settled(demo.cards);
  return demo;
}

/** The first element of `tag` in an HTML snippet, parsed as the browser would. */
function parsed(snippet: string, tag: string): Element {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  const el = template.content.querySelector(tag);
  if (!el) throw new Error(`no <${tag}> in the snippet:\n${snippet}`);
  return el;
}

/**
 * Attributes as a sorted record. One at its documented default (the manifest's) counts as absent:
 * the element reflects some defaults (`mode="practice"`, `pass-mark="70"`), which a snippet need
 * not repeat.
 */
function attributesOf(el: Element): Record<string, string> {
  const declared = declarationFor(el.localName).attributes ?? [];
  const out: Record<string, string> = {};
  for (const { name, value } of [...el.attributes].sort((a, b) => a.name.localeCompare(b.name))) {
    const attr = declared.find((a) => a.name === name);
    if (name === 'id' || (attr && String(parseDefault(attr)) === value)) continue;
    out[name] = value;
  }
  return out;
}

function expectSameWidget(snippet: string, el: Element): void {
  expect(attributesOf(parsed(snippet, el.localName)), snippet).to.deep.equal(attributesOf(el));
}

describe('demo page', () => {
  beforeEach(() => {
    localStorage.clear();
    clearMemoryFallback();
  });
  afterEach(async () => {
    delete document.documentElement.dataset.theme;
    await setViewport({ width: 800, height: 600 });
  });

  it('shows each widget with a snippet that is exactly its attributes', async () => {
    const demo = await mountDemo();
    expect(demo.snippet('quiz-snippet')).to.equal('<django-quiz count="10" shuffle></django-quiz>');
    expectSameWidget(demo.snippet('quiz-snippet'), demo.quiz);
    expectSameWidget(demo.snippet('cards-snippet'), demo.cards);
    expect(demo.quiz.hasAttribute('shuffle')).to.equal(true);

    // Every setting at once: the snippets follow, and still match the elements.
    await demo.click('input[name="theme"][value="dark"]');
    await demo.click('input[name="accent"][value="rose"]');
    await demo.click('input[name="quiz-mode"][value="exam"]');
    await demo.click('input[name="card-mode"][value="browse"]');
    const topics = demo.$<HTMLSelectElement>('select[name="topics"]');
    topics.value = 'orm,models';
    topics.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(demo.quiz);
    await settled(demo.cards);

    expect(demo.quiz.getAttribute('mode')).to.equal('exam');
    expect(demo.cards.getAttribute('mode')).to.equal('browse');
    expect(demo.quiz.getAttribute('topics')).to.equal('orm,models');
    expect(demo.quiz.getAttribute('theme')).to.equal('dark');
    expectSameWidget(demo.snippet('quiz-snippet'), demo.quiz);
    expectSameWidget(demo.snippet('cards-snippet'), demo.cards);

    // The script-tag snippet carries the same two elements, pinned to the package version.
    const script = demo.snippet('script-snippet');
    expect(script).to.contain(
      'https://unpkg.com/django-quiz-elements@9.9.9/dist/django-quiz-elements.js',
    );
    expectSameWidget(script, demo.quiz);
    expectSameWidget(script, demo.cards);

    // The provider snippet: shared settings once, each widget's own inside.
    const provider = parsed(demo.snippet('provider-snippet'), 'django-question-set');
    expect(provider.getAttribute('topics')).to.equal('orm,models');
    expect(provider.getAttribute('theme')).to.equal('dark');
    expect(provider.querySelector('django-quiz')!.getAttribute('mode')).to.equal('exam');
    expect(provider.querySelector('django-flashcard')!.getAttribute('mode')).to.equal('browse');

    // The LMS iframe asks embed.html for the same quiz.
    const iframe = parsed(demo.snippet('iframe-snippet'), 'iframe');
    const query = new URL(iframe.getAttribute('src')!).searchParams;
    expect(new URL(iframe.getAttribute('src')!).pathname).to.match(/\/embed\.html$/);
    expect(Object.fromEntries(query)).to.deep.equal({
      widget: 'quiz',
      count: '10',
      shuffle: '',
      topics: 'orm,models',
      mode: 'exam',
      theme: 'dark',
      accent: '#fda4af',
    });
  });

  it('themes the page and both widgets, and switches each widget’s mode', async () => {
    const demo = await mountDemo();
    await demo.click('input[name="theme"][value="dark"]');
    expect(document.documentElement.dataset.theme).to.equal('dark');
    expect(getComputedStyle(document.documentElement).backgroundColor).to.equal('rgb(11, 17, 14)');
    expect(demo.quiz.getAttribute('theme')).to.equal('dark');
    expect(demo.cards.getAttribute('theme')).to.equal('dark');

    await demo.click('input[name="theme"][value="light"]');
    expect(getComputedStyle(document.documentElement).backgroundColor).to.equal(
      'rgb(246, 248, 247)',
    );
    await demo.click('input[name="theme"][value=""]');
    expect(document.documentElement.hasAttribute('data-theme')).to.equal(false);
    expect(demo.quiz.hasAttribute('theme')).to.equal(false);

    await demo.click('input[name="card-mode"][value="browse"]');
    expect(demo.cards.shadowRoot!.querySelector('[part~="nav"]'), 'browse nav').to.not.equal(null);
    await demo.click('input[name="card-mode"][value="review"]');
    expect(demo.cards.getAttribute('mode')).to.equal('review');
    expect(demo.cards.shadowRoot!.querySelector('[part~="counts"]'), 'review counts').to.not.equal(
      null,
    );
  });

  it('uses each accent preset’s colour for the scheme, and a readable text colour for a custom one', async () => {
    const demo = await mountDemo();
    await demo.click('input[name="theme"][value="light"]');
    await demo.click('input[name="accent"][value="indigo"]');
    expect(demo.quiz.style.getPropertyValue('--django-accent').trim()).to.equal('#4338ca');
    await demo.click('input[name="theme"][value="dark"]');
    expect(demo.quiz.style.getPropertyValue('--django-accent').trim()).to.equal('#a5b4fc');
    await demo.click('input[name="accent"][value="django"]');
    expect(demo.quiz.hasAttribute('style')).to.equal(false);

    const picker = demo.$<HTMLInputElement>('input[name="custom-accent"]');
    picker.value = '#fde047';
    picker.dispatchEvent(new Event('input', { bubbles: true }));
    expect(demo.$<HTMLInputElement>('input[name="accent"][value="django"]').checked).to.equal(
      false,
    );
    expect(demo.cards.style.getPropertyValue('--django-accent').trim()).to.equal('#fde047');
    expect(demo.cards.style.getPropertyValue('--django-accent-fg').trim()).to.equal('#07140e');
    expect(demo.snippet('cards-snippet')).to.contain('--django-accent-fg: #07140e');
    expect(textOn('#0c4b33')).to.equal('#ffffff');
    for (const colour of ['#fde047', '#7c3aed', '#0c4b33', '#44b78b', '#ff0000']) {
      expect(contrast(colour, textOn(colour)), colour).to.be.at.least(4.5);
    }
  });

  it('copies a snippet and says "Copied" politely', async () => {
    const demo = await mountDemo();
    const clipboard = navigator.clipboard;
    const realWrite = clipboard.writeText;
    let copied = '';
    clipboard.writeText = async (text: string) => {
      copied = text;
    };
    try {
      await demo.click('button[data-copy="quiz-snippet"]');
      await waitUntil(() => demo.$('#demo-status').textContent === 'Copied', 'announced');
      expect(copied).to.equal(demo.snippet('quiz-snippet'));
      expect(demo.$('#demo-status').getAttribute('aria-live')).to.equal('polite');
      expect(demo.$('button[data-copy="quiz-snippet"] .copy-label').textContent).to.equal('Copied');
    } finally {
      clipboard.writeText = realWrite;
    }
  });

  it('falls back to execCommand, and selects the code when copying is blocked', async () => {
    const demo = await mountDemo();
    const clipboard = navigator.clipboard;
    const realWrite = clipboard.writeText;
    const realExec = document.execCommand;
    clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    let commands: string[] = [];
    try {
      document.execCommand = (command: string) => (commands.push(command), true);
      await demo.click('button[data-copy="npm-install"]');
      await waitUntil(() => demo.$('#demo-status').textContent === 'Copied', 'fallback copy');
      expect(commands).to.deep.equal(['copy']);

      commands = [];
      document.execCommand = (command: string) => (commands.push(command), false);
      await demo.click('button[data-copy="npm-import"]');
      await waitUntil(() => /Ctrl\+C/.test(demo.$('#demo-status').textContent ?? ''), 'blocked');
      expect(String(getSelection())).to.equal("import 'django-quiz-elements/define.js';");
    } finally {
      clipboard.writeText = realWrite;
      document.execCommand = realExec;
      getSelection()?.removeAllRanges();
    }
  });

  it('"Reset demo progress" forgets only this project’s keys, then reloads', async () => {
    localStorage.setItem('django-quiz-elements:quiz:v1:x', '{}');
    localStorage.setItem('django-quiz-elements:cards:v1:x:q1', '{}');
    localStorage.setItem('someone-else', 'keep');
    const demo = await mountDemo();
    await demo.click('#reset-progress');
    expect(demo.reloads).to.equal(1);
    expect(
      Object.keys(localStorage).filter((k) => k.startsWith('django-quiz-elements:')),
    ).to.deep.equal([]);
    expect(localStorage.getItem('someone-else')).to.equal('keep');
  });

  it('passes axe in light and dark, and fits a 390 px phone with snippets broken to fit', async function () {
    // Three axe runs over the whole demo page (two widgets, every snippet): seconds on a busy
    // 2-core machine, so more than the 5 s default. A timeout, not a wait: nothing here sleeps.
    this.timeout(20_000);
    await setViewport({ width: 1280, height: 900 });
    const demo = await mountDemo();
    expect(demo.snippet('quiz-snippet').split('\n')).to.have.length(1);
    await expect(demo.root).to.be.accessible();
    await demo.click('input[name="theme"][value="dark"]');
    await expect(demo.root).to.be.accessible();

    await setViewport({ width: 390, height: 844 });
    await waitUntil(
      () => demo.snippet('quiz-snippet').split('\n').length > 1,
      'snippets re-broken for a phone',
    );
    expect(document.documentElement.scrollWidth, 'horizontal scroll').to.be.at.most(390);
    for (const pre of demo.root.querySelectorAll('pre')) {
      expect(pre.scrollWidth, pre.textContent!).to.be.at.most(pre.clientWidth + 1);
    }
    await demo.click('input[name="theme"][value="light"]');
    await expect(demo.root).to.be.accessible();
  });
});

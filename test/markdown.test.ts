import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { render } from 'lit';
import '../src/components/quiz/django-quiz.js';
import '../src/components/flashcard/django-flashcard.js';
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import type { DjangoFlashcard } from '../src/components/flashcard/flashcard.js';
import { clearMemoryFallback } from '../src/internal/storage.js';
import {
  hasMarkdown,
  highlighterLoaded,
  loadHighlighter,
  loadLexer,
  plainText,
  renderText,
} from '../src/markdown/index.js';
import { QuizHarness, settled } from './support/quiz-harness.js';

/** Render one field into a fresh container (with the widgets' own styles absent: structure only). */
async function rendered(field: string, block = true): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(html`${renderText(field, { block })}`, host);
  return host;
}

/** A set whose every text field carries Markdown; the prompt and explanation have code blocks. */
const CODE_SET = {
  id: 'md-set',
  title: 'Markdown set',
  questions: [
    {
      id: 'n-plus-one',
      prompt:
        'How many queries does this run for **10** books?\n\n```python\nfor book in Book.objects.all():\n    print(book.author.name)  # a deliberately long comment line that cannot fit on a phone screen at all\n```',
      answer: 'Eleven: `1 + N`, see *N+1*.',
      explanation:
        'Each access runs a query:\n\n- one for `Book.objects.all()`\n- one per `book.author`\n\n```sql\nSELECT * FROM author WHERE id = 1;\n```',
      note: 'Querysets are **lazy**.',
      docs: 'https://docs.djangoproject.com/en/5.2/ref/models/querysets/',
      choices: [
        {
          id: 'one',
          text: '`1` query',
          why: 'The authors are *not* fetched, see [the docs](https://docs.djangoproject.com/).',
        },
        { id: 'eleven', text: '`11` queries', correct: true },
        { id: 'two', text: 'Two: `all()` and `author`' },
      ],
    },
  ],
};

async function codeQuiz(attrs = '', set: object = CODE_SET): Promise<QuizHarness> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div style="width: 720px"><django-quiz no-persist ${attrs}><script type="application/json">${JSON.stringify(set)}</script></django-quiz></div>`,
  );
  const el = wrapper.querySelector<DjangoQuiz>('django-quiz')!;
  await settled(el);
  return new QuizHarness(el);
}

/** Resolves once every code block in `root` has its highlighted spans (or has none to get). */
async function highlighted(root: ParentNode): Promise<void> {
  await loadHighlighter();
  await waitUntil(() => root.querySelector('.md-hl .hl-keyword, .md-hl .hl-string'), 'highlighted');
}

describe('Markdown in text fields: renderText()', function () {
  // renderText() called directly formats once the lexer is in (the widgets wait for it themselves).
  before(loadLexer);
  // Axe and the first load of the highlighter take seconds on a busy machine.
  this.timeout(20_000);
  it('returns plain text as the same string, without calling the parser', async () => {
    const text = 'Which method returns a QuerySet? (pick one - or none)';
    expect(hasMarkdown(text)).to.equal(false);
    expect(renderText(text)).to.equal(text);
    // Syntax characters that make no Markdown still render as the string itself.
    expect(renderText('re-use select_related today')).to.equal('re-use select_related today');
    const host = await rendered(text);
    expect(host.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(text);
  });

  it('renders inline code, emphasis and strong emphasis', async () => {
    const host = await rendered('Call `qs.filter(a<b)` *lazily*, **never** `eval`');
    const codes = [...host.querySelectorAll('code.md-inline')].map((c) => c.textContent);
    expect(codes).to.deep.equal(['qs.filter(a<b)', 'eval']);
    expect(host.querySelector('em')!.textContent).to.equal('lazily');
    expect(host.querySelector('strong')!.textContent).to.equal('never');
    expect(host.querySelector('p'), 'one paragraph needs no <p>').to.equal(null);
    expect(host.querySelector('code')!.getAttribute('dir')).to.equal('ltr');
  });

  it('renders paragraphs, bullet and numbered lists', async () => {
    const host = await rendered('First.\n\nSecond:\n\n- a `x`\n- b\n\n3. three\n4. four');
    expect([...host.querySelectorAll('p.md-p')].map((p) => p.textContent)).to.deep.equal([
      'First.',
      'Second:',
    ]);
    expect([...host.querySelectorAll('ul > li')].map((li) => li.textContent!.trim())).to.deep.equal(
      ['a x', 'b'],
    );
    expect(host.querySelector('ul li code')!.textContent).to.equal('x');
    expect(host.querySelector('ol')!.getAttribute('start')).to.equal('3');
    expect(host.querySelectorAll('ol > li')).to.have.length(2);
  });

  it('links http(s) only, in a new tab; any other scheme stays text', async () => {
    const host = await rendered(
      'See [docs](https://docs.djangoproject.com/ "Django"), <https://x.org> and [bad](javascript:alert(1)), [data](data:text/html,x), [rel](/local)',
    );
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://docs.djangoproject.com/',
      'https://x.org',
    ]);
    expect(links[0].target).to.equal('_blank');
    expect(links[0].rel).to.equal('noopener noreferrer');
    expect(links[0].title).to.equal('Django');
    expect(host.textContent).to.contain('[bad](javascript:alert(1))');
    expect(host.textContent).to.contain('[data](data:text/html,x)');
    expect(host.textContent).to.contain('[rel](/local)');
  });

  it('shows raw HTML, images, headings and tables as the text written', async () => {
    const source =
      'Hi <script>window.__md = 1</script> <img src=x onerror="window.__md=2">\n\n<iframe src="https://example.com"></iframe>\n\n# Heading\n\n![alt](https://x.org/a.png)\n\n<style>*{display:none}</style>';
    const host = await rendered(source);
    expect(host.querySelector('script, img, iframe, style, h1')).to.equal(null);
    expect(host.textContent).to.contain('<script>window.__md = 1</script>');
    expect(host.textContent).to.contain('<iframe src="https://example.com"></iframe>');
    expect(host.textContent).to.contain('# Heading');
    expect(host.textContent).to.contain('![alt](https://x.org/a.png)');
    expect((window as unknown as { __md?: number }).__md).to.equal(undefined);
  });

  it('renders a fenced code block as a labelled, focusable group with a Copy button', async () => {
    const host = await rendered('```python\nprint("hi")\n```');
    const pre = host.querySelector('pre')!;
    expect(pre.getAttribute('role')).to.equal('group');
    expect(pre.getAttribute('aria-label')).to.equal('Python code');
    expect(pre.tabIndex).to.equal(0);
    expect(pre.textContent).to.equal('print("hi")');
    expect(host.querySelector('.md-code')!.getAttribute('dir')).to.equal('ltr');
    expect(host.querySelector('button.md-copy')!.getAttribute('aria-label')).to.equal(
      'Copy: Python code',
    );
  });

  it('runs block Markdown into one line with block: false', async () => {
    const host = await rendered('Two:\n\n- `a`\n- b\n\n```\ncode\n```', false);
    expect(host.querySelector('p, ul, pre')).to.equal(null);
    expect(host.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Two: a; b code');
  });

  it('gives plain text for accessible names and announcements', () => {
    expect(plainText('Use `select_related()` **now**, see [docs](https://x.org)')).to.equal(
      'Use select_related() now, see docs',
    );
    expect(plainText('plain')).to.equal('plain');
  });
});

describe('Syntax highlighting', function () {
  // Axe and the first load of the highlighter take seconds on a busy machine.
  this.timeout(20_000);
  it('highlights python, django templates, html, sql and shell as spans, never HTML strings', async () => {
    const source = [
      '```python\ndef f():\n    return "x"\n```',
      '```django\n{% if user %}{{ user.name|upper }}{% endif %}\n```',
      '```html\n<p class="a">&lt;b&gt;</p>\n```',
      '```sql\nSELECT id FROM book WHERE id = 1;\n```',
      '```shell\npython manage.py migrate --noinput\n```',
      '```jinja\n{{ "<b>" }}\n```',
    ].join('\n\n');
    const host = await rendered(source);
    await highlighted(host);
    await waitUntil(() => host.querySelectorAll('.md-hl span').length > 10);
    const blocks = [...host.querySelectorAll('pre')];
    expect(blocks.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Python code',
      'Django template code',
      'HTML code',
      'SQL code',
      'Shell code',
      'Jinja template code',
    ]);
    for (const pre of blocks) {
      expect(pre.querySelector('span[class^="hl-"]'), pre.getAttribute('aria-label')!).not.to.equal(
        null,
      );
    }
    expect(blocks[0].querySelector('.hl-keyword')!.textContent).to.equal('def');
    // The HTML example shows its entities and tags as text; no element came from the code.
    expect(blocks[2].textContent).to.equal('<p class="a">&lt;b&gt;</p>');
    expect(blocks[2].querySelector('p, b')).to.equal(null);
    expect(blocks[3].querySelector('.hl-keyword')!.textContent).to.equal('SELECT');
  });

  it('leaves code with no language, an unknown one, or too long plain', async () => {
    const long = `x = 1\n`.repeat(5000);
    const host = await rendered(
      `\`\`\`\nplain()\n\`\`\`\n\n\`\`\`cobol\nDISPLAY 'HI'.\n\`\`\`\n\n\`\`\`python\n${long}\`\`\``,
    );
    await loadHighlighter();
    await new Promise((r) => requestAnimationFrame(r));
    const pres = [...host.querySelectorAll('pre')];
    expect(pres[0].getAttribute('aria-label')).to.equal('Code');
    expect(pres[1].getAttribute('aria-label')).to.equal('cobol code');
    for (const pre of pres) expect(pre.querySelector('span')).to.equal(null);
    expect(pres[2].textContent).to.equal(long.trimEnd());
  });

  it('is not loaded for a set without code blocks', async () => {
    // Module state is shared by the test file: this holds only before any code block rendered,
    // so it checks the promise the quiz would wait for rather than the global flag.
    const quiz = await codeQuiz('', {
      ...CODE_SET,
      questions: [
        { ...CODE_SET.questions[0], prompt: 'No code, just `inline` code', explanation: undefined },
      ],
    });
    expect(quiz.$('pre')).to.equal(null);
    expect(quiz.$('code.md-inline')!.textContent).to.equal('inline');
  });
});

describe('Markdown in each field of <django-quiz>', function () {
  // Axe and the first load of the highlighter take seconds on a busy machine.
  this.timeout(20_000);
  beforeEach(() => {
    localStorage.clear();
    clearMemoryFallback();
  });

  it('renders the prompt with a highlighted code block, choices with inline code', async () => {
    const quiz = await codeQuiz();
    const legend = quiz.$('legend[part~="prompt"]')!;
    expect(legend.querySelector('strong')!.textContent).to.equal('10');
    expect(legend.querySelector('pre[role="group"]')!.getAttribute('aria-label')).to.equal(
      'Python code',
    );
    await highlighted(legend);
    expect(legend.querySelector('.hl-keyword')!.textContent).to.equal('for');
    expect(highlighterLoaded()).to.equal(true);
    const choice = quiz.choiceLabels[1];
    expect(choice.querySelector('.text code')!.textContent).to.equal('11');
    await expect(quiz.el).shadowDom.to.be.accessible();
  });

  it('renders why, explanation (list and code) and note after Check, and a plain announcement', async () => {
    const quiz = await codeQuiz();
    await quiz.choose(0);
    await quiz.check();
    const feedback = quiz.feedback!;
    const why = feedback.querySelector('.why')!;
    expect(why.querySelector('strong code')!.textContent).to.equal('1');
    expect(why.querySelector('em')!.textContent).to.equal('not');
    expect(why.querySelector('a')!.getAttribute('href')).to.equal(
      'https://docs.djangoproject.com/',
    );
    const explanation = feedback.querySelector('.explanation')!;
    expect([...explanation.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'one for Book.objects.all()',
      'one per book.author',
    ]);
    expect(explanation.querySelector('pre')!.getAttribute('aria-label')).to.equal('SQL code');
    expect(feedback.querySelector('.note strong + bdi strong')!.textContent).to.equal('lazy');
    expect(feedback.querySelector('.right-answer code')!.textContent).to.equal('11');
    // The live region reads words, not Markdown.
    expect(quiz.liveRegion).to.contain('Correct answer: 11 queries');
    expect(quiz.liveRegion).not.to.contain('`');
    await highlighted(explanation);
    await expect(quiz.el).shadowDom.to.be.accessible();
  });

  it('copies a code block with a polite "Copied" status', async () => {
    const quiz = await codeQuiz();
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (text: string) => {
      copied.push(text);
    };
    try {
      const button = quiz.$('legend .md-copy') as HTMLButtonElement;
      button.click();
      const status = quiz.$('legend .md-status')!;
      await waitUntil(() => status.textContent === 'Copied');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(copied[0]).to.match(/^for book in Book\.objects\.all\(\):\n {4}print/);
      // The Copy button is no answer: the quiz is still on its question.
      expect(quiz.feedback).to.equal(null);
    } finally {
      clipboard.writeText = original;
    }
  });

  it('selects the code when the clipboard is refused', async () => {
    const quiz = await codeQuiz();
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      (quiz.$('legend .md-copy') as HTMLButtonElement).click();
      const status = quiz.$('legend .md-status')!;
      await waitUntil(() => status.textContent!.includes('Ctrl+C'));
      expect(String(getSelection())).to.contain('for book in Book.objects.all()');
    } finally {
      clipboard.writeText = original;
    }
  });

  it('uses translated strings for the code block', async () => {
    const quiz = await codeQuiz();
    quiz.el.strings = { codeCopy: 'Kopieren', codeLabel: '{language}-Code' };
    await quiz.el.updateComplete;
    expect(quiz.$('legend .md-copy')!.textContent!.trim()).to.equal('Kopieren');
    expect(quiz.$('legend pre')!.getAttribute('aria-label')).to.equal('Python-Code');
  });

  it('scrolls long code lines inside the card on a phone, never the page', async () => {
    await setViewport({ width: 390, height: 800 });
    try {
      const wrapper = await fixture<HTMLDivElement>(
        `<div><django-quiz no-persist><script type="application/json">${JSON.stringify(CODE_SET)}</script></django-quiz></div>`,
      );
      const el = wrapper.querySelector<DjangoQuiz>('django-quiz')!;
      await settled(el);
      const pre = el.shadowRoot!.querySelector<HTMLElement>('legend pre')!;
      expect(pre.scrollWidth).to.be.greaterThan(pre.clientWidth);
      expect(getComputedStyle(pre).overflowX).to.equal('auto');
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(390);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('keeps code left-to-right in a right-to-left page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div dir="rtl" lang="he"><django-quiz no-persist><script type="application/json">${JSON.stringify(CODE_SET)}</script></django-quiz></div>`,
    );
    const el = wrapper.querySelector<DjangoQuiz>('django-quiz')!;
    await settled(el);
    const pre = el.shadowRoot!.querySelector<HTMLElement>('legend pre')!;
    expect(getComputedStyle(pre).direction).to.equal('ltr');
    expect(getComputedStyle(el.shadowRoot!.querySelector('fieldset')!).direction).to.equal('rtl');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('follows the light and dark theme', async () => {
    const light = await codeQuiz('theme="light"');
    const dark = await codeQuiz('theme="dark"');
    const bg = (q: QuizHarness) => getComputedStyle(q.$('legend .md-code')!).backgroundColor;
    expect(bg(light)).not.to.equal(bg(dark));
    await highlighted(dark.$('legend')!);
    const keyword = (q: QuizHarness) => getComputedStyle(q.$('legend .hl-keyword')!).color;
    await highlighted(light.$('legend')!);
    expect(keyword(light)).not.to.equal(keyword(dark));
    await expect(dark.el).shadowDom.to.be.accessible();
  });

  it('renders Markdown in the review list of the end screen', async () => {
    const quiz = await codeQuiz();
    await quiz.choose(1);
    await quiz.check();
    await quiz.next();
    const item = quiz.$('.review .item')!;
    expect(item.querySelector('summary strong')!.textContent).to.equal('10');
    expect(item.querySelector('summary pre'), 'a summary line has no code block').to.equal(null);
    await expect(quiz.el).shadowDom.to.be.accessible();
  });
});

describe('Markdown in each field of <django-flashcard>', function () {
  // Axe and the first load of the highlighter take seconds on a busy machine.
  this.timeout(20_000);
  beforeEach(() => {
    localStorage.clear();
    clearMemoryFallback();
  });

  async function codeCard(): Promise<DjangoFlashcard> {
    const wrapper = await fixture<HTMLDivElement>(
      `<div style="width: 720px"><django-flashcard no-persist mode="browse"><script type="application/json">${JSON.stringify(CODE_SET)}</script></django-flashcard></div>`,
    );
    const el = wrapper.querySelector<DjangoFlashcard>('django-flashcard')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="card"]'));
    return el;
  }

  it('renders prompt and answer Markdown on the card, plain text in its name', async () => {
    const el = await codeCard();
    const card = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="card"]')!;
    const front = card.querySelector('[part~="front"]')!;
    expect(front.querySelector('strong')!.textContent).to.equal('10');
    expect(front.querySelector('pre')!.getAttribute('aria-label')).to.equal('Python code');
    // Inside the card's button: no Copy button, no tab stop, lines wrap.
    expect(card.querySelector('button, [tabindex]')).to.equal(null);
    expect(getComputedStyle(front.querySelector('pre')!).whiteSpace).to.equal('pre-wrap');
    // The face's text stacks its blocks: the code is as wide as the face, under the question.
    const text = front.querySelector<HTMLElement>('.text')!;
    expect(getComputedStyle(text).flexDirection).to.equal('column');
    const code = front.querySelector('.md-code')!.getBoundingClientRect();
    expect(code.width).to.be.greaterThan(text.getBoundingClientRect().width * 0.9);
    expect(card.getAttribute('aria-label')).to.contain(
      'How many queries does this run for 10 books?',
    );
    expect(card.getAttribute('aria-label')).not.to.contain('**');
    const back = card.querySelector('[part~="back"]')!;
    expect(back.querySelector('code')!.textContent).to.equal('1 + N');
    // Inline code stays in the line of text (as a flex item of the face it would become a block).
    expect(getComputedStyle(back.querySelector('code')!).display).to.equal('inline');
    expect(back.querySelector('em')!.textContent).to.equal('N+1');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('renders the explanation and note with lists and a code block', async () => {
    const el = await codeCard();
    el.flip();
    await el.updateComplete;
    // The turn is a transition: axe reads the visible text, so let the back face finish turning up.
    await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
    const more = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="explanation"]')!;
    more.open = true;
    expect(more.querySelectorAll('li')).to.have.length(2);
    expect(more.querySelector('pre')!.getAttribute('aria-label')).to.equal('SQL code');
    expect(more.querySelector('.md-copy')).not.to.equal(null);
    expect(more.querySelector('.note strong + span strong')!.textContent).to.equal('lazy');
    await highlighted(more);
    await expect(el).shadowDom.to.be.accessible();
  });
});

describe('Sets written in Markdown', function () {
  // Axe and the first load of the highlighter take seconds on a busy machine.
  this.timeout(20_000);
  beforeEach(() => {
    localStorage.clear();
    clearMemoryFallback();
  });

  const INLINE = `
    ---
    id: inline-md
    title: Inline Markdown set
    ---

    # What does \`len([])\` return? {#len}

    - [x] \`0\`
    - [ ] \`None\`
      > why: \`len()\` always returns an int.

    explanation: An empty list has length 0.
  `;

  it('reads an indented <script type="text/markdown"> inside the element', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<django-quiz no-persist><script type="text/markdown">${INLINE}</script></django-quiz>`;
    const el = wrapper.querySelector<DjangoQuiz>('django-quiz')!;
    await settled(el);
    const quiz = new QuizHarness(el);
    expect(quiz.prompt).to.equal('What does len([]) return?');
    expect(quiz.$('legend code')!.textContent).to.equal('len([])');
    expect(quiz.choiceLabels).to.have.length(2);
    await quiz.choose(1);
    await quiz.check();
    expect(quiz.feedback!.querySelector('.why > bdi code')!.textContent).to.equal('len()');
  });

  it('loads src="….md" and renders its code blocks', async () => {
    const el = await fixture<DjangoQuiz>(
      html`<django-quiz no-persist src="/test/fixtures/markdown/orm.md"></django-quiz>`,
    );
    await settled(el);
    const quiz = new QuizHarness(el);
    expect(quiz.$('legend pre')!.textContent).to.contain('for book in Book.objects.all():');
    expect(quiz.text.toLowerCase()).to.contain('django orm in code');
  });

  it('names the line of a mistake, in the widget and in django-error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('django-quiz');
    const script = document.createElement('script');
    script.type = 'text/markdown';
    script.textContent = INLINE.replace('- [x] `0`', '- [ ] `0`');
    el.append(script);
    const error = oneEvent(el, 'django-error');
    wrapper.append(el);
    const { detail } = await error;
    expect(detail.message).to.equal(
      'inline Markdown:7: question "What does `len([])` return?" has no correct choice (mark one "- [x]")',
    );
    await settled(el);
    expect(el.shadowRoot!.textContent).to.contain('inline Markdown:7: question');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says which line of a fetched file is wrong', async () => {
    const el = document.createElement('django-quiz');
    el.src = '/test/fixtures/markdown/bad-unclosed-fence.md';
    const error = oneEvent(el, 'django-error');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const { detail } = await error;
    expect(detail.message).to.equal(
      '/test/fixtures/markdown/bad-unclosed-fence.md:8: code block opened with ``` is never closed',
    );
  });
});

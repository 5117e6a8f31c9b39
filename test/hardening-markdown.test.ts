// Hostile Markdown: payloads in every field of a Markdown set, nesting and emphasis bombs, 10 MB code
// blocks and unterminated fences. Text only, a clear message naming the line, and never a hang:
// every render here is timed against a bound.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import '../src/components/quiz/django-quiz.js';
import '../src/components/flashcard/django-flashcard.js';
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import { parseMarkdownSet } from '../src/data/markdown-set.js';
import { QuestionSetError } from '../src/data/load.js';
import { loadLexer, renderText } from '../src/markdown/index.js';
import {
  CANARY,
  blobUrl,
  fixtureText,
  guardEachTest,
  injectedElements,
  mount,
  resetCanary,
  settled,
  unsafeLinks,
  visibleText,
} from './support/hardening.js';
import { flush } from './support/hardening-suites.js';
import { QuizHarness } from './support/quiz-harness.js';

/** What a single field may take to render, even hostile, on a busy CI machine. */
const FIELD_BUDGET_MS = 1500;

/** Nesting and emphasis bombs, each at the schema's longest field (8000 characters). */
const N = 8000;
const BOMBS: Record<string, string> = {
  'a run of asterisks': '*'.repeat(N),
  'nested emphasis': `${'*'.repeat(N / 2 - 1)}a${'*'.repeat(N / 2 - 1)}`,
  'unclosed strong, repeated': '**a'.repeat(N / 3),
  'alternating * and _': '*_'.repeat(N / 2),
  'open brackets': '['.repeat(N),
  'nested brackets': `${'['.repeat(N / 2)}${']'.repeat(N / 2)}`,
  'unclosed links': '[a]('.repeat(N / 4),
  'emphasis inside links': '*[a*](b'.repeat(N / 7),
  'backtick runs': '`a``b```c'.repeat(N / 9),
  'angle brackets': '<'.repeat(N),
  'nested quotes': '>'.repeat(N),
  'deeply nested list': Array.from({ length: 88 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n'),
  'quotes in lists': Array.from({ length: 40 }, (_, i) => `${'> - '.repeat(i)}x`).join('\n'),
  backslashes: '\\'.repeat(N),
  'unterminated fence': `\`\`\`python\n${'x = 1\n'.repeat(N / 6 - 2)}`,
};

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe('Hostile Markdown in text fields', function () {
  this.timeout(30_000);
  // The fields below are rendered with renderText() directly: parsed once the lexer is in.
  before(loadLexer);
  guardEachTest();
  beforeEach(resetCanary);

  for (const [name, field] of Object.entries(BOMBS)) {
    it(`renders ${name} as text within ${FIELD_BUDGET_MS} ms`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const { ms } = timed(() => render(html`${renderText(field, { block: true })}`, host));
      expect(ms).to.be.below(FIELD_BUDGET_MS);
      expect(host.querySelector('script, img, iframe, style')).to.equal(null);
      // Nothing is lost: what was written is on screen (code blocks keep their content).
      expect(host.textContent!.length).to.be.greaterThan(0);
    });
  }

  it('shows a 10 MB field as plain text at once, without parsing it', () => {
    const huge = `\`\`\`python\n${'print("x")\n'.repeat(1_000_000)}\`\`\``;
    const { value, ms } = timed(() => renderText(huge, { block: true }));
    expect(value).to.equal(huge);
    expect(ms).to.be.below(FIELD_BUDGET_MS);
  });

  it('runs a quiz whose every field is a bomb, and answers it', async () => {
    const bombs = Object.values(BOMBS);
    const set = {
      id: 'bombs',
      title: 'Bombs',
      questions: bombs.map((bomb, i) => ({
        id: `q${i}`,
        prompt: bomb.slice(0, 2000),
        answer: bomb.slice(0, 4000),
        explanation: bomb.slice(0, 8000),
        note: bomb.slice(0, 4000),
        choices: [
          { id: 'a', text: bomb.slice(0, 1000), correct: true, why: bomb.slice(0, 2000) },
          { id: 'b', text: `${bomb.slice(0, 999)}!`, why: bomb.slice(0, 2000) },
        ],
      })),
    };
    const start = performance.now();
    const { el, errors } = await mount('django-quiz', {
      inline: JSON.stringify(set),
      attrs: { 'no-persist': '' },
    });
    await settled(el);
    const quiz = new QuizHarness(el as DjangoQuiz);
    for (let i = 0; i < 3; i++) {
      await quiz.choose(1);
      await quiz.check();
      expect(quiz.feedback).to.not.equal(null);
      await quiz.next();
    }
    expect(performance.now() - start).to.be.below(15_000);
    expect(errors).to.deep.equal([]);
    expect(injectedElements(el)).to.deep.equal([]);
  });
});

describe('Hostile Markdown question sets', function () {
  this.timeout(30_000);
  guardEachTest();
  beforeEach(resetCanary);

  it('shows every payload of a Markdown set as text, in the quiz and its feedback', async () => {
    const text = await fixtureText('bad/md-html-payloads-valid.md');
    const { el, errors } = await mount('django-quiz', {
      src: blobUrl(text, 'text/markdown'),
      attrs: { 'no-persist': '' },
    });
    await settled(el);
    expect(errors).to.deep.equal([]);
    const quiz = new QuizHarness(el as DjangoQuiz);
    expect(quiz.prompt).to.contain("<script>window.__canary='prompt'</script>");
    await quiz.choose(0);
    await quiz.check();
    await flush();
    const seen = visibleText(el);
    expect(seen).to.contain('[click me](javascript:');
    expect(seen).to.contain('<object data=');
    expect(seen).to.contain('<style>:host { display: none !important }</style>');
    expect(injectedElements(el).map((n) => n.outerHTML)).to.deep.equal([]);
    expect(unsafeLinks(el)).to.deep.equal([]);
    expect(window.__canary).to.equal(CANARY);
    // The code block's HTML is highlighted text, not markup.
    expect(el.shadowRoot!.querySelector('.explanation pre')!.textContent).to.equal(
      "<script>window.__canary = 'code';</script>",
    );
  });

  it('shows them as text on a flashcard too', async () => {
    const text = await fixtureText('bad/md-html-payloads-valid.md');
    const { el } = await mount('django-flashcard', {
      src: blobUrl(text, 'text/markdown'),
      attrs: { 'no-persist': '', mode: 'browse' },
    });
    await settled(el);
    (el as unknown as { flip(): void }).flip();
    await el.updateComplete;
    expect(visibleText(el)).to.contain('<math><mi>answer</mi></math>');
    expect(injectedElements(el).map((n) => n.outerHTML)).to.deep.equal([]);
    expect(window.__canary).to.equal(CANARY);
  });

  const BAD: [file: string, message: string][] = [
    [
      'md-no-correct.md',
      'md-no-correct.md:6: question "What does `select_related()` do?" has no correct choice (mark one "- [x]")',
    ],
    [
      'md-unclosed-fence-in-choice.md',
      'md-unclosed-fence-in-choice.md:9: code block opened with ``` is never closed',
    ],
    [
      'md-no-front-matter.md',
      'md-no-front-matter.md:1: expected front matter at the top: a "---" line, "id: …" and "title: …", then "---"',
    ],
    [
      'md-duplicate-id.md',
      'md-duplicate-id.md:11: question "Second" has the id "same", already used on line 6',
    ],
    ['md-bad-docs.md', 'md-bad-docs.md:11: question "A question": docs: expected an http(s) URL'],
  ];
  for (const [file, message] of BAD) {
    it(`names the line: ${file}`, async () => {
      const text = await fixtureText(`bad/${file}`);
      expect(() => parseMarkdownSet(text, file)).to.throw(QuestionSetError, message);
      // And in the widget, with django-error.
      const el = document.createElement('django-quiz');
      const script = document.createElement('script');
      script.type = 'text/markdown';
      script.textContent = text;
      el.append(script);
      const error = oneEvent(el, 'django-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const { detail } = await error;
      expect(detail.message).to.equal(message.replace(file, 'inline Markdown'));
      await settled(el);
      expect(visibleText(el)).to.contain(message.replace(file, 'inline Markdown'));
    });
  }

  it('refuses a 10 MB code block with a clear message, quickly', async () => {
    const text = `---\nid: big\ntitle: Big\n---\n\n# What does this print?\n\n\`\`\`python\n${'print("x")\n'.repeat(900_000)}\`\`\`\n\n- [x] x\n- [ ] y\n`;
    expect(text.length).to.be.greaterThan(9_000_000);
    const start = performance.now();
    const { el, errors } = await mount('django-quiz', { src: blobUrl(text, 'text/markdown') });
    await settled(el, 15_000);
    expect(performance.now() - start).to.be.below(10_000);
    expect(errors.map((e) => e.message)).to.have.length(1);
    expect(errors[0].message).to.match(
      /^blob:.*:6: question "What does this print\?": prompt: expected prompt to be at most 2000 characters$/,
    );
    expect(visibleText(el)).to.contain('expected prompt to be at most 2000 characters');
  });

  it('refuses a 10 MB code block in a JSON set with a clear message', async () => {
    const set = {
      id: 'big',
      title: 'Big',
      questions: [
        {
          id: 'q',
          prompt: 'p',
          answer: 'a',
          explanation: `\`\`\`python\n${'x\n'.repeat(5_000_000)}\`\`\``,
          choices: [
            { id: 'a', text: 'a', correct: true },
            { id: 'b', text: 'b' },
          ],
        },
      ],
    };
    const { el, errors } = await mount('django-quiz', { inline: JSON.stringify(set) });
    await settled(el, 15_000);
    expect(errors[0].message).to.equal(
      'questions[0].explanation: expected explanation to be at most 8000 characters',
    );
  });
});

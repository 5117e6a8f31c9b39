// In a page of its own (web-test-runner runs each file in a fresh page, so the lexer starts unloaded):
// the bundled set's Markdown is lexed at build time (src/markdown/prelexed.ts), so widgets over it
// show formatted text without ever loading the lexer, and the stored tokens render exactly what the
// lexer would give, field by field.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../src/components/quiz/django-quiz.js';
import '../src/components/flashcard/django-flashcard.js';
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import type { DjangoFlashcard } from '../src/components/flashcard/flashcard.js';
import { loadBundledSet } from '../src/data/load.js';
import { lexerLoaded } from '../src/markdown/index.js';
import { prelexedTokens, textFields } from '../src/markdown/prelexed.js';
import { decodeField } from '../src/markdown/prelexed-decode.js';
import { hasMarkdown } from '../src/markdown/syntax.js';
import { plainTokens, renderTokens, type TextOptions } from '../src/markdown/render.js';
import { settled } from './support/quiz-harness.js';

const lexerRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /\/marked\/|markdown\/lexer\.ts/.test(name));

/** The DOM `value` renders to, without Lit's comment markers. */
function dom(value: unknown): string {
  const host = document.createElement('div');
  render(value, host);
  return host.innerHTML.replace(/<!--[^]*?-->/g, '');
}

describe('The bundled set comes lexed', function () {
  this.timeout(30_000);
  afterEach(() =>
    document.querySelectorAll('django-quiz, django-flashcard').forEach((el) => el.remove()),
  );

  it('a quiz over it shows code spans without loading the lexer', async () => {
    const quiz = await fixture<DjangoQuiz>(
      html`<django-quiz no-persist topics="orm" difficulty="hard"></django-quiz>`,
    );
    await settled(quiz);
    const legend = quiz.shadowRoot!.querySelector('legend')!;
    expect(legend.querySelector('code.md-inline')?.textContent).to.equal(
      'Entry.objects.filter(published=True)',
    );
    expect(legend.textContent).not.to.include('`');
    const choices = quiz.shadowRoot!.querySelector('[part~="choices"]')!;
    expect(choices.querySelectorAll('code.md-inline').length).to.be.greaterThan(0);
    expect(choices.textContent).not.to.include('`');
    expect(lexerLoaded()).to.equal(false);
    expect(lexerRequests()).to.deep.equal([]);
  });

  it('a flashcard over it shows its answer formatted, code block included, without the lexer', async () => {
    const card = await fixture<DjangoFlashcard>(
      html`<django-flashcard no-persist topics="orm" difficulty="hard"></django-flashcard>`,
    );
    await settled(card);
    const root = card.shadowRoot!;
    expect(root.textContent).not.to.include('`');
    expect(root.querySelectorAll('code.md-inline').length).to.be.greaterThan(0);
    expect(lexerLoaded()).to.equal(false);
    expect(lexerRequests()).to.deep.equal([]);
  });

  it('every field with Markdown renders the same from stored tokens as from the lexer', async () => {
    const set = await loadBundledSet();
    const { lex } = await import('../src/markdown/lexer.js');
    const fields = textFields(set).filter(hasMarkdown);
    expect(fields.length, 'the bundled set has Markdown to check').to.be.greaterThan(400);
    const variants: TextOptions[] = [{}, { block: false }, { interactive: false }];
    let codeBlocks = 0;
    for (const field of fields) {
      const stored = prelexedTokens(field);
      expect(stored, `stored tokens for ${field.slice(0, 50)}`).to.not.equal(undefined);
      const fresh = lex(field);
      for (const options of variants) {
        expect(dom(renderTokens(field, stored, options)), field.slice(0, 50)).to.equal(
          dom(renderTokens(field, fresh, options)),
        );
      }
      expect(plainTokens(field, stored)).to.equal(plainTokens(field, fresh));
      if (fresh.some((t) => t.type === 'code')) codeBlocks++;
    }
    expect(codeBlocks, 'code blocks are among the fields checked').to.be.greaterThan(10);
    expect(lexerLoaded(), 'the check used its own lexer, not the widgets’').to.equal(false);
  });

  it('an encoding that does not fit its text is refused (the lexer is then used)', () => {
    expect(decodeField('abc', [2])).to.equal(undefined);
    expect(decodeField('abc', [5])).to.equal(undefined);
    expect(decodeField('a `b`', [2, -3])?.map((t) => t.type)).to.deep.equal(['paragraph']);
    expect(decodeField('a `b`', [2, -3])?.[0]).to.deep.include({ raw: 'a `b`' });
    expect(decodeField('a `b`', 0)).to.equal(undefined);
    // `1`: text and code spans, split where marked splits them.
    const spans = decodeField('a `b` and ``c ` d`` e', 1)![0] as {
      tokens: { type: string; text: string }[];
    };
    expect(spans.tokens.map((t) => [t.type, t.text])).to.deep.equal([
      ['text', 'a '],
      ['codespan', 'b'],
      ['text', ' and '],
      ['codespan', 'c ` d'],
      ['text', ' e'],
    ]);
  });
});

// In a page of its own (web-test-runner runs each file in a fresh page, so the lexer starts unloaded):
// the Markdown lexer is never fetched for a set without Markdown syntax, and a set with Markdown shows
// its first question already formatted, never raw backticks that turn into code a moment later.
import { expect } from '@open-wc/testing';
import '../src/components/quiz/django-quiz.js';
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import { lexerLoaded } from '../src/markdown/index.js';
import { firstRendered } from './support/first-render.js';
import { settled } from './support/quiz-harness.js';

const set = (prompt: string, choices: [string, string]) =>
  JSON.stringify({
    id: 'lexer',
    title: 'Lexer',
    questions: [
      {
        id: 'q',
        prompt,
        answer: choices[0],
        choices: [
          { id: 'a', text: choices[0], correct: true },
          { id: 'b', text: choices[1] },
        ],
      },
    ],
  });

/** A quiz with `json` inline, connected; its shadow root exists, its first update is still to come. */
function quiz(json: string): DjangoQuiz {
  const el = document.createElement('django-quiz');
  el.setAttribute('no-persist', '');
  el.innerHTML = `<script type="application/json">${json}</script>`;
  document.body.append(el);
  return el;
}

const lexerRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /\/marked\/|markdown\/lexer\.ts/.test(name));

describe('The Markdown lexer is loaded on demand', function () {
  this.timeout(20_000);
  afterEach(() => document.querySelectorAll('django-quiz').forEach((el) => el.remove()));

  it('is never fetched for a set without Markdown syntax', async () => {
    const el = quiz(set('Which method joins in SQL?', ['select related', 'prefetch related']));
    await settled(el);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal(
      'Which method joins in SQL?',
    );
    expect(lexerLoaded()).to.equal(false);
    expect(lexerRequests()).to.deep.equal([]);
  });

  it('is in before the first question of a set with Markdown is shown: no raw backticks, ever', async () => {
    expect(lexerLoaded(), 'this test needs the lexer not loaded yet').to.equal(false);
    const el = quiz(set('Which method **joins**: `select_related()`?', ['`a()`', '*b*']));
    const question = await firstRendered(el, 'fieldset.question');
    const legend = question.querySelector('legend')!;
    const choices = question.querySelector('[part~="choices"]')!;
    expect(legend.querySelector('code.md-inline')?.textContent).to.equal('select_related()');
    expect(legend.querySelector('strong')?.textContent).to.equal('joins');
    expect(legend.textContent).not.to.match(/[`*]/);
    expect(choices.querySelectorAll('code.md-inline, em')).to.have.length(2);
    expect(choices.textContent).not.to.match(/[`*]/);
    expect(lexerLoaded()).to.equal(true);
    await settled(el);
    expect(lexerRequests().length).to.be.greaterThan(0);
  });
});

// In a page of its own (web-test-runner runs each file in a fresh page): the highlighter is not
// fetched for a set without code blocks, and is fetched as soon as a code block is shown.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/components/quiz/django-quiz.js';
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import { highlighterLoaded } from '../src/markdown/index.js';
import { settled } from './support/quiz-harness.js';

const set = (prompt: string) =>
  JSON.stringify({
    id: 'lazy',
    title: 'Lazy',
    questions: [
      {
        id: 'q',
        prompt,
        answer: 'Use `select_related()`.',
        choices: [
          { id: 'a', text: '`select_related()`', correct: true },
          { id: 'b', text: '*neither*' },
        ],
      },
    ],
  });

const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /refractor|markdown\/highlight/.test(name));

describe('The syntax highlighter is loaded on demand', function () {
  this.timeout(20_000);

  it('is not fetched for a quiz with inline Markdown but no code block', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div><django-quiz no-persist><script type="application/json">${set('Which method **joins**?')}</script></django-quiz></div>`,
    );
    await settled(wrapper.querySelector<DjangoQuiz>('django-quiz')!);
    const strong = wrapper.querySelector('django-quiz')!.shadowRoot!.querySelector('legend strong');
    expect(strong?.textContent).to.equal('joins');
    expect(highlighterLoaded()).to.equal(false);
    expect(requested()).to.deep.equal([]);
  });

  it('is fetched once a code block is on screen, and colours it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div><django-quiz no-persist><script type="application/json">${set('What runs?\n\n```python\nBook.objects.all()\n```')}</script></django-quiz></div>`,
    );
    const el = wrapper.querySelector<DjangoQuiz>('django-quiz')!;
    await settled(el);
    const pre = el.shadowRoot!.querySelector('legend pre')!;
    // Shown at once as plain text, highlighted when the module arrives.
    expect(pre.textContent).to.equal('Book.objects.all()');
    await waitUntil(() => pre.querySelector('.hl-punctuation'), 'highlighted', { timeout: 15_000 });
    expect(highlighterLoaded()).to.equal(true);
    expect(requested().length).to.be.greaterThan(0);
  });
});

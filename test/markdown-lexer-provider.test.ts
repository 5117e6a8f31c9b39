// In a page of its own (the lexer starts unloaded): a <django-question-set> provider holds its set back
// until the Markdown lexer is in, so the flashcard inside shows its first card already formatted.
import { expect } from '@open-wc/testing';
import '../src/components/question-set/django-question-set.js';
import '../src/components/flashcard/django-flashcard.js';
import { lexerLoaded } from '../src/markdown/index.js';
import { firstRendered } from './support/first-render.js';

const SET = {
  id: 'provided',
  title: 'Provided',
  questions: [
    {
      id: 'q',
      prompt: 'What does `select_related()` do?',
      answer: 'A **JOIN** in the same query.',
      choices: [
        { id: 'a', text: 'A JOIN', correct: true },
        { id: 'b', text: 'A second query' },
      ],
    },
  ],
};

describe('A provider with a Markdown set', function () {
  this.timeout(20_000);

  it('gives its widgets the set once the lexer is in: the first card is formatted', async () => {
    expect(lexerLoaded(), 'this test needs the lexer not loaded yet').to.equal(false);
    const provider = document.createElement('django-question-set');
    provider.setAttribute('no-persist', '');
    provider.innerHTML = `<script type="application/json">${JSON.stringify(SET)}</script><django-flashcard></django-flashcard>`;
    document.body.append(provider);
    try {
      const card = provider.querySelector('django-flashcard')!;
      const front = await firstRendered(card, '[part~="front"]');
      expect(front.querySelector('code.md-inline')?.textContent).to.equal('select_related()');
      expect(front.textContent).not.to.include('`');
      expect(lexerLoaded()).to.equal(true);
    } finally {
      provider.remove();
    }
  });
});

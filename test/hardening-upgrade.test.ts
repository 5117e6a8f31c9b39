// Elements that exist before the script defining them has loaded (a slow or deferred <script> on a
// host page). This file must not import the define module statically: it loads it mid-test.
import { expect, fixture, html } from '@open-wc/testing';
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import { clearMemoryFallback } from '../src/internal/storage.js';
import {
  FaultyStorage,
  fixtureText,
  settled,
  visibleText,
  watchUncaught,
  type Widget,
} from './support/hardening.js';

describe('<django-quiz> upgrade', () => {
  beforeEach(() => {
    localStorage.clear();
    clearMemoryFallback();
  });

  it('upgrades elements made before the definition, keeping attributes, children and early properties', async () => {
    expect(customElements.get('django-quiz'), 'defined too early').to.equal(undefined);
    const uncaught = watchUncaught();
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const events: string[] = [];
    page.addEventListener('django-start', (e) => events.push(`start ${e.detail.setId}`));
    page.addEventListener('django-error', (e) => events.push(`error ${e.detail.message}`));
    const small = await fixtureText('small-set.json');

    // Made by script, with an attribute and an inline set.
    const exam = document.createElement('django-quiz');
    exam.setAttribute('mode', 'exam');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = small;
    exam.append(script);
    page.append(exam);
    // Properties set while it is still a plain HTMLElement must not be lost (or shadow the accessors).
    const early = document.createElement('django-quiz') as unknown as DjangoQuiz;
    const storage = new FaultyStorage();
    early.storage = storage;
    early.src = '/__test/fixture/tiny-set';
    page.append(early);
    // Parsed from markup.
    const parsed = document.createElement('div');
    parsed.innerHTML =
      '<django-quiz topics="orm"><script type="application/json"></script></django-quiz>';
    parsed.querySelector('script')!.textContent = small;
    page.append(parsed);
    expect(exam.shadowRoot).to.equal(null);

    await import('../src/components/quiz/django-quiz.js');
    await customElements.whenDefined('django-quiz');
    const quizzes = [...page.querySelectorAll('django-quiz')] as unknown as Widget[];
    for (const el of quizzes) await settled(el);

    expect(visibleText(quizzes[0])).to.contain('Question 1 of 3');
    expect(quizzes[0].shadowRoot!.querySelector('.actions button')!.textContent!.trim()).to.equal(
      'Next', // exam mode
    );
    expect(visibleText(quizzes[1])).to.contain('What does manage.py migrate do?');
    expect([...storage.data.keys()].some((k) => k.includes(':tiny-set:'))).to.equal(true);
    expect(Object.keys(localStorage).some((k) => k.includes(':tiny-set:'))).to.equal(false);
    expect(visibleText(quizzes[2])).to.contain('Question 1 of 1');
    expect(events.sort()).to.deep.equal(['start small-set', 'start small-set', 'start tiny-set']);

    // Loading the definitions again (a second bundle on the page) changes nothing and throws nothing.
    await import('../src/define.js');
    const { DjangoQuiz } = await import('../src/components/quiz/quiz.js');
    DjangoQuiz.define('django-quiz');
    expect(customElements.get('django-quiz')).to.equal(DjangoQuiz);
    expect(uncaught.errors).to.deep.equal([]);
    uncaught.stop();
    await expect(quizzes[0]).shadowDom.to.be.accessible();
  });
});

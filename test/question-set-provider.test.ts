import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import '../src/components/question-set/django-question-set.js';
import '../src/components/quiz/django-quiz.js';
import '../src/components/flashcard/django-flashcard.js';
import { FlashcardHarness } from './support/flashcard-harness.js';
import { DjangoQuestionSet } from '../src/components/question-set/question-set.js';
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import { questionSetContext, type QuestionSetContextValue } from '../src/context/question-set.js';
import { clearMemoryFallback } from '../src/internal/storage.js';
import { QuizHarness, settled } from './support/quiz-harness.js';
import small from './fixtures/small-set.json';

/** A fresh request-counter key per test, so counts from earlier runs of the server never leak in. */
const key = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

async function requests(counterKey: string): Promise<number> {
  const res = await fetch(`/__test/count/${counterKey}`);
  return ((await res.json()) as { count: number }).count;
}

function quizzesIn(root: Element): DjangoQuiz[] {
  return [...root.querySelectorAll('django-quiz')];
}

async function settleAll(root: Element): Promise<QuizHarness[]> {
  const quizzes = quizzesIn(root);
  for (const q of quizzes) await settled(q);
  return quizzes.map((q) => new QuizHarness(q));
}

/** A bare consumer, to look at exactly what the provider publishes. */
class ProbeConsumer extends LitElement {
  values: (QuestionSetContextValue | undefined)[] = [];
  constructor() {
    super();
    new ContextConsumer(this, {
      context: questionSetContext,
      subscribe: true,
      callback: (v) => this.values.push(v),
    });
  }
}
customElements.define('probe-consumer', ProbeConsumer);

const DARK_BG = 'rgb(18, 26, 22)';
const LIGHT_BG = 'rgb(255, 255, 255)';
/** The set title the widget shows (its eyebrow is upper-cased by CSS, so innerText would be too). */
const setTitle = (quiz: QuizHarness) => quiz.$('.eyebrow')?.textContent?.trim() ?? '';
const background = (quiz: QuizHarness) =>
  getComputedStyle(quiz.$('[part~="base"]')!).backgroundColor;

describe('<django-question-set>', () => {
  beforeEach(() => {
    localStorage.clear();
    clearMemoryFallback();
  });

  it('fetches its src once for any number of widgets inside it', async () => {
    const k = key('provider');
    const root = await fixture<DjangoQuestionSet>(html`
      <django-question-set src="/__test/counted/${k}?fixture=small-set">
        <django-quiz></django-quiz>
        <section><django-quiz mode="exam"></django-quiz></section>
        <django-quiz topics="orm"></django-quiz>
        <django-quiz count="2"></django-quiz>
      </django-question-set>
    `);
    const [a, b, c, d] = await settleAll(root);
    expect(setTitle(a)).to.equal('A small test set');
    expect(a.text).to.contain('Question 1 of 3');
    expect(b.text).to.contain('Question 1 of 3');
    expect(c.text).to.contain('Question 1 of 1'); // the child's own filter still applies
    expect(d.text).to.contain('Question 1 of 2');
    expect(await requests(k)).to.equal(1);
    // The provider shows nothing of its own: its shadow root is one slot, laid out as its children.
    expect(root.shadowRoot!.children).to.have.length(1);
    expect(root.shadowRoot!.firstElementChild!.localName).to.equal('slot');
    expect(getComputedStyle(root).display).to.equal('contents');
    await expect(quizzesIn(root)[0]).shadowDom.to.be.accessible();
  });

  it('serves an inline set, and the bundled set with neither', async () => {
    const inline = await fixture<DjangoQuestionSet>(
      `<django-question-set>
        <script type="application/json">${JSON.stringify({ ...small, title: 'Inline provided set' })}</script>
        <django-quiz></django-quiz>
      </django-question-set>`,
    );
    const [fromInline] = await settleAll(inline);
    expect(setTitle(fromInline)).to.equal('Inline provided set');

    const bundled = await fixture<DjangoQuestionSet>(html`
      <django-question-set topics="orm"><django-quiz></django-quiz></django-question-set>
    `);
    const [fromBundled] = await settleAll(bundled);
    expect(setTitle(fromBundled)).to.equal('Django interview questions');
    const total = Number(/Question 1 of (\d+)/.exec(fromBundled.text)![1]);
    expect(total).to.be.within(2, 61); // the provider's topics narrowed the 62 questions
    expect(fromBundled.$$('.chip').map((c) => c.textContent)).to.include('orm');
  });

  it('shares one fetch between quizzes and flashcards, which inherit its settings too', async () => {
    const k = key('mixed');
    const root = await fixture<DjangoQuestionSet>(html`
      <django-question-set
        src="/__test/counted/${k}?fixture=small-set"
        theme="dark"
        topics="orm,security"
      >
        <django-quiz></django-quiz>
        <django-flashcard></django-flashcard>
        <django-flashcard mode="browse" theme="light"></django-flashcard>
      </django-question-set>
    `);
    root.strings = { cardFront: 'Frage' };
    const [quiz] = await settleAll(root);
    const [card, light] = [...root.querySelectorAll('django-flashcard')].map(
      (el) => new FlashcardHarness(el),
    );
    await settled(card.el);
    await settled(light.el);
    expect(await requests(k)).to.equal(1);
    expect(quiz.text).to.contain('Question 1 of 2');
    expect(card.$('.eyebrow')!.textContent!.trim()).to.equal('A small test set');
    expect(card.counts).to.contain('2 new'); // the provider's topics narrowed the deck to 2 cards
    expect(getComputedStyle(card.$('[part~="base"]')!).backgroundColor).to.equal(DARK_BG);
    expect(getComputedStyle(light.$('[part~="base"]')!).backgroundColor).to.equal(LIGHT_BG);
    await waitUntil(
      () => card.$('[part~="front"] .side')?.textContent?.trim() === 'Frage',
      'provided strings not used by the flashcard',
    );
    await card.motion();
    await expect(card.el).shadowDom.to.be.accessible();
  });

  it("lets a child's own src or inline set win over the provided one", async () => {
    const own = key('own');
    const k = key('shared');
    const ownSet = JSON.stringify({ ...small, id: 'inline-set', title: 'Own inline set' });
    const root = await fixture<DjangoQuestionSet>(
      `<django-question-set src="/__test/counted/${k}?fixture=small-set">
        <django-quiz id="shared"></django-quiz>
        <django-quiz id="own-src" src="/__test/counted/${own}?fixture=small-set"></django-quiz>
        <django-quiz id="own-inline"><script type="application/json">${ownSet}</script></django-quiz>
      </django-question-set>`,
    );
    const [shared, ownSrc, ownInline] = await settleAll(root);
    expect(setTitle(shared)).to.equal('A small test set');
    expect(setTitle(ownSrc)).to.equal('A small test set');
    expect(setTitle(ownInline)).to.equal('Own inline set');
    expect(await requests(k)).to.equal(1);
    expect(await requests(own)).to.equal(1);
  });

  it('uses the bundled set for widgets outside any provider', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <django-question-set src="/__test/fixture/small-set">
          <django-quiz id="inside"></django-quiz>
        </django-question-set>
        <django-quiz id="outside"></django-quiz>
      </div>
    `);
    const [inside, outside] = await settleAll(wrapper);
    expect(setTitle(inside)).to.equal('A small test set');
    expect(setTitle(outside)).to.equal('Django interview questions');
    expect(outside.text).to.contain('Question 1 of 62');
  });

  it('passes theme, strings and no-persist down; a child setting its own keeps it', async () => {
    const root = await fixture<DjangoQuestionSet>(html`
      <django-question-set src="/__test/fixture/small-set" theme="dark" no-persist lang="de">
        <django-quiz id="inherits"></django-quiz>
        <django-quiz id="own" theme="light"></django-quiz>
      </django-question-set>
    `);
    root.strings = { check: 'Prüfen', questionOf: 'Frage {n} von {total}' };
    const own = root.querySelector<DjangoQuiz>('#own')!;
    own.strings = { check: 'Vérifier' };
    const [inherits, overrides] = await settleAll(root);
    await waitUntil(() => inherits.text.includes('Frage 1 von 3'), 'provided strings not used');

    expect(background(inherits)).to.equal(DARK_BG);
    expect(inherits.primaryButton.textContent!.trim()).to.equal('Prüfen');
    expect(background(overrides)).to.equal(LIGHT_BG);
    expect(overrides.primaryButton.textContent!.trim()).to.equal('Vérifier'); // own string
    expect(overrides.text).to.contain('Frage 1 von 3'); // the rest still inherited
    // lang is the native attribute: the widgets inside are in German for assistive technology.
    expect(inherits.el.closest('[lang]')!.getAttribute('lang')).to.equal('de');

    await inherits.choose(0);
    await inherits.check();
    expect(
      Object.keys(localStorage).filter((k) => k.startsWith('django-quiz-elements:')),
    ).to.deep.equal([]);
    await expect(inherits.el).shadowDom.to.be.accessible();

    // Settings changed on the provider reach the children.
    root.theme = 'light';
    root.noPersist = false;
    await root.updateComplete;
    await inherits.el.updateComplete;
    expect(background(inherits)).to.equal(LIGHT_BG);
  });

  it('keeps progress over a provider-filtered set apart from progress over the whole set', async () => {
    const whole = await fixture<DjangoQuestionSet>(html`
      <django-question-set src="/__test/fixture/small-set"
        ><django-quiz></django-quiz
      ></django-question-set>
    `);
    const [a] = await settleAll(whole);
    await a.choose(0);
    await a.check();
    await a.next();
    expect(a.text).to.contain('Question 2 of 3');
    whole.remove();

    const filtered = await fixture<DjangoQuestionSet>(html`
      <django-question-set src="/__test/fixture/small-set" topics="security,templates"
        ><django-quiz></django-quiz
      ></django-question-set>
    `);
    const [b] = await settleAll(filtered);
    expect(b.text).to.contain('Question 1 of 2');
    filtered.remove();

    const again = await fixture<DjangoQuestionSet>(html`
      <django-question-set src="/__test/fixture/small-set"
        ><django-quiz></django-quiz
      ></django-question-set>
    `);
    const [c] = await settleAll(again);
    expect(c.text).to.contain('Question 2 of 3'); // resumed, not clobbered by the filtered run
  });

  it('shows a load error in every child, fires django-error from each, and retries once for all', async () => {
    const k = key('flaky');
    const root = document.createElement('django-question-set');
    root.src = `/__test/flaky/${k}?fail=1&fixture=small-set`;
    root.innerHTML = '<django-quiz></django-quiz><django-quiz></django-quiz>';
    const errors: string[] = [];
    root.addEventListener('django-error', (e) => errors.push(e.detail.message));
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(root);
    await waitUntil(() => errors.length === 2, 'each child reports the error');
    expect(errors[0]).to.contain('HTTP 503');
    const [a, b] = await settleAll(root);
    expect(a.text).to.contain('This question set could not be loaded');
    expect(b.text).to.contain('HTTP 503');
    expect(a.$('[role="alert"]')).to.not.equal(null);
    await expect(a.el).shadowDom.to.be.accessible();

    const started = oneEvent(b.el, 'django-start');
    a.button('Try again')!.click();
    expect((await started).detail.setId).to.equal('small-set');
    await settleAll(root);
    expect(a.text).to.contain('Question 1 of 3');
    expect(b.text).to.contain('Question 1 of 3');
    expect(await requests(k)).to.equal(2); // one failed request, one retry, shared by both
    expect(errors).to.have.length(2);
  });

  it('publishes a new, frozen value on every change and never mutates an old one', async () => {
    const root = await fixture<DjangoQuestionSet>(html`
      <django-question-set src="/__test/fixture/small-set"
        ><probe-consumer></probe-consumer
      ></django-question-set>
    `);
    const probe = root.querySelector<ProbeConsumer>('probe-consumer')!;
    await waitUntil(() => probe.values.at(-1)?.status === 'ready', 'set not provided');
    const before = probe.values.at(-1)!;
    expect(before.set!.questions).to.have.length(3);
    expect(Object.isFrozen(before)).to.equal(true);
    expect(probe.values[0]!.status).to.equal('loading');

    const count = probe.values.length;
    root.requestUpdate(); // nothing changed: nothing new published
    await root.updateComplete;
    expect(probe.values).to.have.length(count);

    root.topics = 'orm';
    await root.updateComplete;
    const after = probe.values.at(-1)!;
    expect(after).to.not.equal(before);
    expect(after.set).to.not.equal(before.set);
    expect(after.set!.questions.map((q) => q.id)).to.deep.equal(['q3']);
    expect(after.selectionKey).to.be.a('string');
    expect(before.set!.questions).to.have.length(3); // the old value is untouched
    expect(before.selectionKey).to.equal(undefined);
  });

  it('finds widgets that were upgraded before the provider', async () => {
    class LateQuestionSet extends DjangoQuestionSet {}
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML =
      '<late-question-set src="/__test/fixture/small-set"><django-quiz></django-quiz></late-question-set>';
    const quiz = wrapper.querySelector('django-quiz')!;
    await quiz.updateComplete; // the quiz is live and asked for a provider nobody answered yet
    LateQuestionSet.define('late-question-set');
    await settled(quiz);
    await waitUntil(
      () => setTitle(new QuizHarness(quiz)) === 'A small test set',
      'provider not found',
    );
    expect(new QuizHarness(quiz).text).to.contain('Question 1 of 3');
  });
});

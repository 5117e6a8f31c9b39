// Hostile and broken question sets against <django-quiz>: the generic corpus (test/fixtures/bad,
// see test/support/hardening-suites.ts), then quiz screens that only a quiz has.
import { expect } from '@open-wc/testing';
import '../src/components/quiz/django-quiz.js';
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import { badInputSuite, flush } from './support/hardening-suites.js';
import {
  CANARY,
  fixtureText,
  injectedElements,
  mount,
  settled,
  unsafeLinks,
} from './support/hardening.js';
import { QuizHarness } from './support/quiz-harness.js';
import { guardEachTest } from './support/guard.js';

badInputSuite('django-quiz');

async function quizOver(text: string): Promise<QuizHarness> {
  const { el, errors } = await mount('django-quiz', { inline: text });
  await settled(el);
  expect(errors).to.deep.equal([]);
  return new QuizHarness(el as DjangoQuiz);
}

describe('<django-quiz> with hostile but valid content', () => {
  const guard = guardEachTest({ canary: true });

  async function expectInert(quiz: QuizHarness): Promise<void> {
    await flush();
    expect(injectedElements(quiz.el).map((n) => n.outerHTML)).to.deep.equal([]);
    expect(unsafeLinks(quiz.el)).to.deep.equal([]);
    expect(window.__canary).to.equal(CANARY);
    expect(guard.errors).to.deep.equal([]);
  }

  it('shows payloads in every text field as literal text on every screen', async () => {
    const text = await fixtureText('bad/html-payloads-valid.json');
    const set = JSON.parse(text);
    const [q1, q2] = set.questions;
    const quiz = await quizOver(text);
    expect(quiz.$('.eyebrow')!.textContent).to.equal(set.title);
    expect(quiz.prompt).to.equal(q1.prompt);
    expect(quiz.choiceLabels.map((_, i) => quiz.choiceText(i))).to.deep.equal(
      q1.choices.map((c: { text: string }) => c.text),
    );
    expect(quiz.el.shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal(
      `Quiz: ${set.title}`,
    );
    await expectInert(quiz);

    // A wrong answer shows the why, the right answer, the explanation and the docs link.
    await quiz.choose(1);
    await quiz.check();
    const feedback = quiz.feedback!;
    expect(feedback.textContent).to.contain(`${q1.choices[1].text}: ${q1.choices[1].why}`);
    expect(feedback.textContent).to.contain(`Correct answer: ${q1.choices[0].text}`);
    expect(feedback.querySelector('.explanation')!.textContent).to.equal(q1.explanation);
    const link = feedback.querySelector('a')!;
    expect(link.href).to.equal(new URL(q1.docs).href);
    expect(link.getAttribute('href')).to.equal(q1.docs);
    expect(quiz.liveRegion).to.contain(q1.explanation);
    await expectInert(quiz);

    await quiz.next();
    expect(quiz.prompt).to.equal(q2.prompt);
    await quiz.choose(0);
    await quiz.choose(1);
    await quiz.check();
    expect(quiz.feedback!.innerText).to.contain('Correct');
    expect(quiz.feedback!.querySelector('.explanation')!.textContent).to.equal(q2.explanation);
    await quiz.next();

    // The review repeats prompts, answers and explanations.
    for (const details of quiz.$$('details')) (details as HTMLDetailsElement).open = true;
    const review = quiz.$('[part~="review"]')!.textContent!;
    for (const piece of [q1.prompt, q2.prompt, q1.explanation, q2.explanation, q1.choices[1].text])
      expect(review).to.contain(piece);
    await expectInert(quiz);
    await expect(quiz.el).shadowDom.to.be.accessible();
  });

  it('renders Arabic, Hebrew, emoji and combining text exactly, each in its own direction', async () => {
    const text = await fixtureText('bad/unicode-rtl-emoji-valid.json');
    const set = JSON.parse(text);
    const quiz = await quizOver(text);
    expect(quiz.$('.eyebrow')!.textContent).to.equal(set.title);
    expect(quiz.prompt).to.equal(set.questions[0].prompt);
    const prompt = quiz.$('[part~="prompt"]')!;
    expect(getComputedStyle(prompt).direction).to.equal('rtl');
    // The Arabic prompt starts at the right edge of the card.
    const fieldset = quiz.$('fieldset')!.getBoundingClientRect();
    const words = document.createRange();
    words.selectNodeContents(prompt);
    expect(fieldset.right - words.getBoundingClientRect().right).to.be.below(2);
    expect(quiz.choiceLabels.map((_, i) => quiz.choiceText(i))).to.deep.equal(
      set.questions[0].choices.map((c: { text: string }) => c.text),
    );
    const hebrew = quiz.choiceLabels[1].querySelector('.text')!;
    expect(getComputedStyle(hebrew).direction).to.equal('rtl');
    // The widget's own text stays left-to-right in an English page.
    expect(getComputedStyle(quiz.$('.position')!).direction).to.equal('ltr');
    await quiz.choose(0);
    await quiz.check();
    expect(quiz.feedback!.textContent).to.contain(set.questions[0].explanation);
    await quiz.next();
    expect(quiz.prompt).to.equal(set.questions[1].prompt);
    expect(getComputedStyle(quiz.$('[part~="prompt"]')!).direction).to.equal('ltr');
    expect(quiz.choiceLabels.map((_, i) => quiz.choiceText(i))).to.deep.equal(
      set.questions[1].choices.map((c: { text: string }) => c.text),
    );
    expect(guard.errors).to.deep.equal([]);
    await expect(quiz.el).shadowDom.to.be.accessible();
  });

  it('plays a set whose ids are "constructor" and "prototype" without polluting anything', async () => {
    const quiz = await quizOver(await fixtureText('bad/proto-keys-valid.json'));
    expect(quiz.prompt).to.equal("Which id is this question's?");
    await quiz.chooseText('constructor');
    const answered = new Promise<CustomEvent>((r) =>
      quiz.el.addEventListener('django-answer', r as EventListener, { once: true }),
    );
    await quiz.check();
    expect((await answered).detail).to.include({ questionId: 'constructor', correct: true });
    expect(quiz.feedback!.innerText).to.contain('Correct');
    await quiz.next();
    await quiz.chooseText('valueof');
    await quiz.check();
    await quiz.next();
    expect(quiz.text).to.contain('1 of 2 correct');
    expect(quiz.button('Retry missed (1)')).to.not.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
    expect(guard.errors).to.deep.equal([]);
  });

  it('links docs only to http(s), in any letter case', async () => {
    const set = JSON.parse(await fixtureText('small-set.json'));
    set.questions[0].docs = 'HTTP://Docs.DjangoProject.com/en/5.2/ref/csrf/';
    const quiz = await quizOver(JSON.stringify(set));
    await quiz.chooseText('{% csrf_token %}');
    await quiz.check();
    const link = quiz.feedback!.querySelector('a')!;
    expect(link.protocol).to.equal('http:');
    expect(link.getAttribute('href')).to.equal(set.questions[0].docs);
    expect(unsafeLinks(quiz.el)).to.deep.equal([]);
  });
});

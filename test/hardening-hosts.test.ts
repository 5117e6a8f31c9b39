// <django-quiz> in odd host pages: the shared checks, then quiz screens beyond the first.
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import '../src/components/quiz/django-quiz.js';
import {
  HOSTILE_CSS,
  hostSuite,
  hostStyle,
  lookChanges,
  lookOf,
  narrowPage,
  smallTargets,
  still,
} from './support/hardening-suites.js';
import {
  base,
  fixtureText,
  mount,
  overflowing,
  settled,
  guardEachTest,
} from './support/hardening.js';
import { QuizHarness } from './support/quiz-harness.js';

hostSuite('django-quiz', () => fixtureText('small-set.json'));

async function quizIn(parent?: HTMLElement): Promise<QuizHarness> {
  const { el } = await mount('django-quiz', {
    inline: await fixtureText('small-set.json'),
    parent,
  });
  await settled(el);
  return new QuizHarness(el as DjangoQuiz);
}

/** Walk a quiz through its screens: question, feedback (wrong, with a why), summary (review open). */
async function* screens(quiz: QuizHarness): AsyncGenerator<string> {
  yield 'question';
  await quiz.chooseText('{% secure %}');
  await quiz.check();
  yield 'feedback';
  await quiz.next();
  await quiz.chooseText('Mustache');
  await quiz.check();
  await quiz.next();
  await quiz.chooseText('Joins related rows in the same query');
  await quiz.check();
  await quiz.next();
  for (const details of quiz.$$('details')) (details as HTMLDetailsElement).open = true;
  await quiz.el.updateComplete;
  yield 'summary';
}

describe('<django-quiz> screens in odd host pages', function () {
  this.timeout(20_000);
  guardEachTest();

  it('keeps a run through 20 removals mid-question, and fires one event per action after', async () => {
    const quiz = await quizIn();
    await quiz.chooseText('{% csrf_token %}');
    await quiz.check();
    await quiz.next();
    await quiz.chooseText('Jinja2');
    const parent = quiz.el.parentElement!;
    const counts = { 'django-start': 0, 'django-answer': 0 };
    for (const name of Object.keys(counts) as (keyof typeof counts)[])
      quiz.el.addEventListener(name, () => counts[name]++);
    for (let i = 0; i < 20; i++) {
      quiz.el.remove();
      await nextFrame();
      parent.append(quiz.el);
      await quiz.el.updateComplete;
    }
    expect(quiz.text).to.contain('Question 2 of 3');
    expect(quiz.inputs[quiz.indexOf('Jinja2')].checked).to.equal(true);
    await quiz.chooseText('DjangoTemplates');
    await quiz.check();
    expect(quiz.feedback!.innerText).to.contain('Correct');
    // Keyboard too: one Enter moves on once.
    await quiz.press('Enter');
    expect(quiz.text).to.contain('Question 3 of 3');
    expect(counts).to.deep.equal({ 'django-start': 0, 'django-answer': 1 });
  });

  it('50 quizzes on one page: the 50th answers promptly and the others stay put', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const text = await fixtureText('small-set.json');
    const t0 = performance.now();
    const quizzes: QuizHarness[] = [];
    for (let i = 0; i < 50; i++) {
      const { el } = await mount('django-quiz', {
        inline: text.replace('"small-set"', `"set-${i}"`),
        parent: page,
      });
      quizzes.push(new QuizHarness(el as DjangoQuiz));
    }
    for (const q of quizzes) await settled(q.el);
    const renderMs = performance.now() - t0;
    const last = quizzes[49];
    last.el.scrollIntoView();
    const t1 = performance.now();
    await last.chooseText('{% csrf_token %}');
    const answered = oneEvent(last.el, 'django-answer');
    await last.check();
    await answered;
    const answerMs = performance.now() - t1;
    expect(last.feedback!.innerText).to.contain('Correct');
    expect(quizzes[48].feedback).to.equal(null);
    expect(quizzes[48].inputs.some((i) => i.checked)).to.equal(false);
    expect(quizzes.every((q) => q.text.includes('Question 1 of 3'))).to.equal(true);
    expect(renderMs, `render ${Math.round(renderMs)} ms`).to.be.below(5000);
    expect(answerMs, `answer ${Math.round(answerMs)} ms`).to.be.below(250);
  });

  it('keeps its look on every screen under aggressive host CSS', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
    const quiz = await quizIn(page);
    for await (const screen of screens(quiz)) {
      await still(quiz.el); // e.g. the progress panel's storage status, which arrives on its own
      const before = lookOf(quiz.el);
      const remove = hostStyle(HOSTILE_CSS);
      let changes: string[];
      let small: string[];
      try {
        await nextFrame();
        changes = lookChanges(before, lookOf(quiz.el));
        small = smallTargets(quiz.el);
      } finally {
        remove(); // never leave the hostile CSS to the tests after this one
      }
      await nextFrame();
      expect(changes, screen).to.deep.equal([]);
      expect(small, screen).to.deep.equal([]);
    }
  });

  it('mirrors every screen in a right-to-left page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"></div>`);
    const quiz = await quizIn(page);
    // Progress fills from the right; the letter badge sits right of the choice text.
    await quiz.chooseText('{% secure %}');
    const label = quiz.choiceLabels[quiz.indexOf('{% secure %}')];
    const key = label.querySelector('.key')!.getBoundingClientRect();
    const words = label.querySelector('.text')!.getBoundingClientRect();
    expect(key.left).to.be.above(words.right - 1);
    await quiz.check();
    const feedback = getComputedStyle(quiz.feedback!);
    expect(feedback.borderRightWidth).to.equal('5px');
    expect(feedback.borderLeftWidth).to.equal('0px');
    const arrow = quiz.$('.actions .flip')!;
    expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    await quiz.next();
    const track = quiz.$('.progress')!.getBoundingClientRect();
    const bar = quiz.$('.bar')!.getBoundingClientRect();
    // (The bar may still be growing: its right edge is what shows where it starts.)
    expect(track.right - bar.right).to.be.below(2);
    expect(overflowing(quiz.el)).to.deep.equal([]);
    await expect(quiz.el).shadowDom.to.be.accessible();
  });

  it('points Next the reading way in a left-to-right page', async () => {
    const quiz = await quizIn();
    await quiz.chooseText('{% secure %}');
    await quiz.check();
    expect(getComputedStyle(quiz.$('.actions .flip')!).transform).to.equal('none');
  });

  for (const [what, zoom] of [
    ['a 280 px column', false],
    ['200 % zoom in a 640 px wide window', true],
  ] as const) {
    it(`fits ${what} on every screen: no sideways overflow, targets ≥ 24 px`, async () => {
      const quiz = await quizIn(await narrowPage(zoom));
      for await (const screen of screens(quiz)) {
        const b = base(quiz.el);
        expect(b.offsetWidth).to.be.at.most(zoom ? 320 : 280);
        expect(b.scrollWidth, screen).to.be.at.most(b.clientWidth);
        expect(overflowing(quiz.el), screen).to.deep.equal([]);
        expect(smallTargets(quiz.el), screen).to.deep.equal([]);
        // Every button on screen (the closed "Your progress" dialog's are not).
        for (const button of quiz.$$('button').filter((b) => !b.closest('dialog:not([open])')))
          expect(button.getBoundingClientRect().height, screen).to.be.above(0);
      }
    });
  }
});

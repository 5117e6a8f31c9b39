import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/components/quiz/django-quiz.js';
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import { clearMemoryFallback } from '../src/internal/storage.js';
import { QuizHarness, settled } from './support/quiz-harness.js';
import small from './fixtures/small-set.json';
import { guardEachTest } from './support/guard.js';
import { throwingStorage } from './support/hardening.js';

const SMALL = JSON.stringify(small);

/** A quiz over the small fixture set (inline JSON), settled and wrapped in a harness. */
async function smallQuiz(attrs = '', set = SMALL): Promise<QuizHarness> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div><django-quiz ${attrs}><script type="application/json">${set}</script></django-quiz></div>`,
  );
  const el = wrapper.querySelector('django-quiz')!;
  await settled(el);
  return new QuizHarness(el);
}

describe('<django-quiz>', () => {
  guardEachTest();

  it('runs the bundled Django set with no attributes', async () => {
    const el = await fixture<DjangoQuiz>(html`<django-quiz></django-quiz>`);
    await settled(el);
    const quiz = new QuizHarness(el);
    expect(quiz.$('.eyebrow')!.textContent).to.equal('Django interview questions');
    expect(quiz.text).to.contain('Question 1 of 62');
    expect(quiz.choiceLabels).to.have.length(4);
    const bar = quiz.$('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuemax')).to.equal('62');
    expect(bar.getAttribute('aria-valuenow')).to.equal('0');
    await expect(el).shadowDom.to.be.accessible();
  });

  it("shows a question's note (the common misconception) in the feedback, as text", async () => {
    const el = await fixture<DjangoQuiz>(html`<django-quiz no-persist count="1"></django-quiz>`);
    await settled(el);
    const quiz = new QuizHarness(el);
    await quiz.choose(0);
    await quiz.check();
    const note = quiz.feedback!.querySelector('.note')!;
    expect(note.textContent).to.match(/^Common misconception: \S/);
    expect(note.textContent).to.contain('MTV');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('answers right by mouse: icon and text feedback, explanation, docs link, event detail', async () => {
    const quiz = await smallQuiz();
    expect(quiz.prompt).to.equal('Which tag protects a POST form against CSRF?');
    expect(quiz.inputs[0].type).to.equal('radio');
    expect(quiz.text).to.contain('Choose one answer');
    await quiz.chooseText('{% csrf_token %}');
    const answered = oneEvent(quiz.el, 'django-answer');
    await quiz.check();
    const { detail } = await answered;
    expect(detail).to.deep.equal({
      setId: 'small-set',
      questionId: 'q1',
      selected: ['a'],
      correct: true,
      index: 0,
      total: 3,
    });
    const feedback = quiz.feedback!;
    expect(feedback.innerText).to.contain('✓').and.contain('Correct');
    expect(feedback.innerText).to.contain('The tag adds a hidden token');
    const link = feedback.querySelector('a')!;
    expect(link.href).to.equal('https://docs.djangoproject.com/en/5.2/ref/csrf/');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(quiz.liveRegion).to.match(/^Correct\./);
    expect(quiz.focused).to.equal(feedback);
    expect(quiz.inputs.every((i) => i.disabled)).to.equal(true);
    await expect(quiz.el).shadowDom.to.be.accessible();
  });

  it('answers wrong: marks both choices, shows the why and the right answer', async () => {
    const quiz = await smallQuiz();
    await quiz.chooseText('{% secure %}');
    await quiz.check();
    const text = quiz.feedback!.innerText;
    expect(text).to.contain('✗').and.contain('Incorrect');
    expect(text).to.contain('Correct answer: {% csrf_token %}');
    expect(text).to.contain('No such tag.');
    const wrong = quiz.choiceLabels[quiz.indexOf('{% secure %}')];
    const right = quiz.choiceLabels[quiz.indexOf('{% csrf_token %}')];
    expect(wrong.getAttribute('part')).to.contain('choice--incorrect');
    expect(wrong.innerText).to.contain('Incorrect');
    expect(right.getAttribute('part')).to.contain('choice--correct');
    expect(right.innerText).to.contain('Correct');
    expect(quiz.liveRegion).to.match(/^Incorrect\. Correct answer: \{% csrf_token %\}/);
    await expect(quiz.el).shadowDom.to.be.accessible();
  });

  it('asks for a choice before checking', async () => {
    const quiz = await smallQuiz();
    let answered = false;
    quiz.el.addEventListener('django-answer', () => (answered = true));
    await quiz.check();
    expect(quiz.text).to.contain('Choose an answer first.');
    expect(quiz.feedback).to.equal(null);
    expect(answered).to.equal(false);
  });

  it('handles "select all that apply" with checkboxes; partial is wrong, exact is right', async () => {
    const quiz = await smallQuiz();
    await quiz.chooseText('{% csrf_token %}');
    await quiz.check();
    await quiz.next();
    expect(quiz.prompt).to.contain('template engines');
    expect(quiz.text).to.contain('Select all that apply');
    expect(quiz.inputs.every((i) => i.type === 'checkbox')).to.equal(true);
    await quiz.chooseText('DjangoTemplates');
    await quiz.chooseText('Jinja2');
    await quiz.chooseText('Jinja2'); // toggles off again
    const partial = oneEvent(quiz.el, 'django-answer');
    await quiz.check();
    expect((await partial).detail).to.include({ correct: false });
    expect((await partial).detail.selected).to.deep.equal(['a']);
    expect(quiz.feedback!.innerText).to.contain('Correct answers: DjangoTemplates; Jinja2');
  });

  it('works by keyboard alone: digits pick, Enter checks then moves on, focus follows', async () => {
    const quiz = await smallQuiz();
    quiz.inputs[0].focus();
    await quiz.press('2'); // picks the second choice, "{% secure %}"
    expect(quiz.inputs[1].checked).to.equal(true);
    expect(quiz.focused).to.equal(quiz.inputs[1]);
    await quiz.press('ArrowUp'); // native radio roving selects the first
    expect(quiz.inputs[0].checked).to.equal(true);
    const answered = oneEvent(quiz.el, 'django-answer');
    await quiz.press('Enter');
    expect((await answered).detail.correct).to.equal(true);
    expect(quiz.focused).to.equal(quiz.feedback);
    await quiz.press('Enter');
    expect(quiz.prompt).to.contain('template engines');
    expect(quiz.focused).to.equal(quiz.$('[part~="prompt"]'));
    // Tab reaches the first checkbox; arrows move among checkboxes; Space toggles.
    await quiz.press('Tab');
    expect(quiz.focused).to.equal(quiz.inputs[0]);
    await quiz.press('Space');
    await quiz.press('ArrowDown');
    await quiz.press('ArrowDown');
    expect(quiz.focused).to.equal(quiz.inputs[2]);
    await quiz.press('Space');
    expect(quiz.inputs.map((i) => i.checked)).to.deep.equal([true, false, true]);
    await quiz.press('Enter');
    expect(quiz.feedback!.innerText).to.contain('Correct');
  });

  it('reaches the end screen: score, percent, pass/fail, time, review; fires django-complete', async () => {
    let t = 1_000_000;
    const quiz = await smallQuiz('pass-mark="60"');
    quiz.el.now = () => t;
    quiz.el.restart('all');
    await quiz.el.updateComplete;
    await quiz.chooseText('{% csrf_token %}'); // right
    await quiz.check();
    await quiz.next();
    await quiz.chooseText('Mustache'); // wrong
    await quiz.check();
    await quiz.next();
    await quiz.chooseText('Joins related rows in the same query'); // right
    await quiz.check();
    t += 95_000;
    const completed = oneEvent(quiz.el, 'django-complete');
    await quiz.next();
    const { detail } = await completed;
    expect(detail).to.include({
      widget: 'quiz',
      setId: 'small-set',
      score: 2,
      total: 3,
      percent: 67,
      passed: true,
      durationMs: 95_000,
    });
    expect(
      detail.widget === 'quiz' && detail.answers.map((a: { correct: boolean }) => a.correct),
    ).to.deep.equal([true, false, true]);
    const text = quiz.text;
    expect(text).to.contain('2 of 3 correct').and.contain('67%').and.contain('Passed');
    expect(text).to.contain('Pass mark: 60%').and.contain('Time: 1m 35s');
    const review = quiz.$$('[part~="review"] li');
    expect(review).to.have.length(3);
    expect(review[1].textContent).to.contain('Your answer: Mustache');
    expect(review[1].textContent).to.contain('Correct answers: DjangoTemplates; Jinja2');
    review[1].querySelector('summary')!.click();
    expect(review[1].querySelector('details')!.open).to.equal(true);
    expect(quiz.focused).to.equal(quiz.$('.summary-title'));
    expect(quiz.liveRegion).to.contain('Quiz complete. 2 of 3 correct, 67%. Passed.');
    await expect(quiz.el).shadowDom.to.be.accessible();
  });

  it('retries only the missed questions, then all', async () => {
    const quiz = await smallQuiz();
    await quiz.chooseText('{% secure %}');
    await quiz.check();
    await quiz.next();
    await quiz.chooseText('DjangoTemplates');
    await quiz.chooseText('Jinja2');
    await quiz.check();
    await quiz.next();
    await quiz.chooseText('Caches a queryset forever');
    await quiz.check();
    await quiz.next();
    expect(quiz.text).to.contain('1 of 3 correct').and.contain('Not passed yet');
    const started = oneEvent(quiz.el, 'django-start');
    quiz.button('Retry missed (2)')!.click();
    expect((await started).detail.questionIds).to.deep.equal(['q1', 'q3']);
    await quiz.el.updateComplete;
    expect(quiz.text).to.contain('Question 1 of 2');
    expect(quiz.prompt).to.contain('CSRF');
    await quiz.chooseText('{% csrf_token %}');
    await quiz.check();
    await quiz.next();
    await quiz.chooseText('Joins related rows in the same query');
    await quiz.check();
    await quiz.next();
    expect(quiz.text).to.contain('2 of 2 correct');
    expect(quiz.button('Retry missed')).to.equal(undefined);
    quiz.button('Retry all')!.click();
    await quiz.el.updateComplete;
    expect(quiz.text).to.contain('Question 1 of 2');
  });

  it('exam mode gives no feedback until the end', async () => {
    const quiz = await smallQuiz('mode="exam"');
    await quiz.chooseText('{% secure %}');
    expect(quiz.primaryButton.textContent!.trim()).to.equal('Next');
    await quiz.check();
    expect(quiz.feedback).to.equal(null);
    expect(quiz.text).to.contain('Question 2 of 3');
    expect(quiz.text).not.to.contain('Incorrect');
    await quiz.chooseText('Jinja2');
    await quiz.chooseText('DjangoTemplates');
    await quiz.check();
    await quiz.chooseText('Joins related rows in the same query');
    expect(quiz.primaryButton.textContent!.trim()).to.equal('See results');
    const completed = oneEvent(quiz.el, 'django-complete');
    await quiz.check();
    expect((await completed).detail).to.include({ score: 2, total: 3 });
    expect(quiz.text).to.contain('2 of 3 correct');
    expect(quiz.$$('[part~="review"] li')[0].textContent).to.contain('Your answer: {% secure %}');
  });

  it('resumes after a reload at the same question with earlier answers kept', async () => {
    const first = await smallQuiz();
    await first.chooseText('{% csrf_token %}');
    await first.check();
    await first.next();
    await first.chooseText('Jinja2');
    first.el.remove(); // the page goes away

    const second = await smallQuiz(); // same storage, new element
    expect(second.text).to.contain('Question 2 of 3');
    expect(second.inputs[second.indexOf('Jinja2')].checked).to.equal(true);
    expect(second.liveRegion).to.contain('Welcome back');
    await second.chooseText('DjangoTemplates');
    await second.check();
    await second.next();
    await second.chooseText('Joins related rows in the same query');
    await second.check();
    const completed = oneEvent(second.el, 'django-complete');
    await second.next();
    expect((await completed).detail).to.include({ score: 3, total: 3 });
  });

  it('keeps nothing with no-persist', async () => {
    const first = await smallQuiz('no-persist');
    await first.chooseText('{% csrf_token %}');
    await first.check();
    await first.next();
    first.el.remove();
    expect(
      Object.keys(localStorage).filter((k) => k.startsWith('django-quiz-elements:')),
    ).to.deep.equal([]);
    const second = await smallQuiz('no-persist');
    expect(second.text).to.contain('Question 1 of 3');
  });

  it('stores progress namespaced and versioned', async () => {
    const quiz = await smallQuiz();
    await quiz.chooseText('{% csrf_token %}');
    const keys = Object.keys(localStorage);
    expect(keys).to.have.length(1);
    expect(keys[0]).to.match(/^django-quiz-elements:quiz:v1:small-set:1:/);
  });

  it('still works in memory when storage throws, and says so once', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('django-quiz');
    el.storage = throwingStorage;
    el.innerHTML = `<script type="application/json">${SMALL}</script>`;
    const errored = oneEvent(el, 'django-error');
    wrapper.append(el);
    expect((await errored).detail.kind).to.equal('storage');
    await settled(el);
    const quiz = new QuizHarness(el);
    expect(quiz.text).to.contain('Progress is kept only until this page is closed');
    await quiz.chooseText('{% csrf_token %}');
    await quiz.check();
    expect(quiz.feedback!.innerText).to.contain('Correct');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('restarts with the new selection when an attribute changes', async () => {
    const quiz = await smallQuiz();
    await quiz.chooseText('{% csrf_token %}');
    await quiz.check();
    await quiz.next();
    const started = oneEvent(quiz.el, 'django-start');
    quiz.el.setAttribute('topics', 'orm');
    const { detail } = await started;
    expect(detail.questionIds).to.deep.equal(['q3']);
    await quiz.el.updateComplete;
    expect(quiz.text).to.contain('Question 1 of 1');
    expect(quiz.prompt).to.equal('What does select_related() do?');
    quiz.el.setAttribute('difficulty', 'easy');
    await quiz.el.updateComplete;
    expect(quiz.text).to.contain('No questions match');
  });

  it('filters by topics, difficulty and count', async () => {
    const quiz = await smallQuiz('topics="security, templates" difficulty="easy,medium" count="1"');
    expect(quiz.text).to.contain('Question 1 of 1');
    expect(quiz.prompt).to.contain('CSRF');
  });

  it('shuffles reproducibly with a seed (questions and choices)', async () => {
    const a = await smallQuiz('seed="42"');
    const orderA = [a.prompt, a.choiceText(0), a.choiceText(1), a.choiceText(2)];
    a.el.remove();
    localStorage.clear();
    clearMemoryFallback();
    const b = await smallQuiz('seed="42"');
    expect([b.prompt, b.choiceText(0), b.choiceText(1), b.choiceText(2)]).to.deep.equal(orderA);
    const orders = new Set<string>();
    for (const seed of ['1', '2', '3', '4', '5', '6']) {
      b.el.seed = seed;
      await b.el.updateComplete;
      orders.add(`${b.prompt}|${b.choiceText(0)}`);
    }
    expect(orders.size).to.be.greaterThan(1);
  });

  it('shows a friendly empty state for a filter that matches nothing, not an error', async () => {
    let errored = false;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div @django-error=${() => (errored = true)}>
        <django-quiz topics="no-such-topic"></django-quiz>
      </div>`,
    );
    const el = wrapper.querySelector('django-quiz')!;
    await settled(el);
    const quiz = new QuizHarness(el);
    expect(quiz.text).to.contain('No questions match');
    expect(errored).to.equal(false);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows a bad src in the widget, fires django-error, and retries', async () => {
    const el = document.createElement('django-quiz');
    el.src = '/__test/status/404';
    const errored = oneEvent(el, 'django-error');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const { detail } = await errored;
    expect(detail.kind).to.equal('http');
    expect(detail.message).to.contain('HTTP 404');
    await settled(el);
    const quiz = new QuizHarness(el);
    expect(quiz.text).to.contain('This question set could not be loaded');
    expect(quiz.text).to.contain('HTTP 404');
    expect(quiz.$('[role="alert"]')).to.not.equal(null);
    await expect(el).shadowDom.to.be.accessible();
    const started = oneEvent(el, 'django-start');
    el.src = '/__test/fixture/small-set';
    expect((await started).detail.setId).to.equal('small-set');
    await el.updateComplete;
    expect(quiz.text).to.contain('Question 1 of 3');
  });

  it('names the schema problem of a bad inline set', async () => {
    const bad = structuredClone(small);
    bad.questions[0].choices.forEach((c: { correct?: boolean }) => delete c.correct);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('django-quiz');
    el.innerHTML = `<script type="application/json">${JSON.stringify(bad)}</script>`;
    const errored = oneEvent(el, 'django-error');
    wrapper.append(el);
    expect((await errored).detail.message).to.equal(
      'questions[0].choices: expected at least one choice with "correct": true',
    );
    await settled(el);
    expect(new QuizHarness(el).text).to.contain('questions[0].choices');
  });

  it('renders set content as text, never as HTML', async () => {
    const evil = structuredClone(small);
    evil.questions[0].prompt = '<img src=x onerror="window.__pwned=1">Which?';
    evil.questions[0].choices[0].text = '<b>bold</b>';
    const quiz = await smallQuiz('', JSON.stringify(evil));
    expect(quiz.prompt).to.equal('<img src=x onerror="window.__pwned=1">Which?');
    expect(quiz.$('img')).to.equal(null);
    expect(quiz.$('b')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('lets a host translate every string', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('django-quiz');
    el.strings = { check: 'Prüfen', questionOf: 'Frage {n} von {total}' };
    el.innerHTML = `<script type="application/json">${SMALL}</script>`;
    wrapper.append(el);
    await settled(el);
    const quiz = new QuizHarness(el);
    expect(quiz.text).to.contain('Frage 1 von 3');
    expect(quiz.primaryButton.textContent!.trim()).to.equal('Prüfen');
  });

  it('has choice targets of at least 24×24 px and an accessible name per choice', async () => {
    const quiz = await smallQuiz();
    for (const label of quiz.choiceLabels) {
      const box = label.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.at.least(24);
    }
    // Every button on screen (the closed "Your progress" dialog's are not on screen).
    for (const button of quiz.$$('button').filter((b) => !b.closest('dialog:not([open])'))) {
      const box = button.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
    }
    expect(quiz.inputs[0].labels![0].textContent).to.contain('{% csrf_token %}');
  });

  it('follows theme="dark" and reads --django-accent', async () => {
    const quiz = await smallQuiz('theme="dark" style="--django-accent: rgb(255, 0, 128)"');
    const base = quiz.$('[part~="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(18, 26, 22)');
    await quiz.chooseText('{% csrf_token %}');
    const key = quiz.choiceLabels[quiz.indexOf('{% csrf_token %}')].querySelector('.key')!;
    expect(getComputedStyle(key).backgroundColor).to.equal('rgb(255, 0, 128)');
    await expect(quiz.el).shadowDom.to.be.accessible();
  });

  it('never loses focus to <body> across a whole run by keyboard', async () => {
    const quiz = await smallQuiz();
    quiz.inputs[0].focus();
    for (const key of ['1', 'Enter', 'Enter', '1', '3', 'Enter', 'Enter', '2', 'Enter', 'Enter']) {
      await sendKeys({ press: key });
      await quiz.el.updateComplete;
      expect(document.activeElement, `after ${key}`).to.equal(quiz.el);
      expect(quiz.focused, `after ${key}`).to.not.equal(null);
    }
    expect(quiz.text).to.contain('3 of 3 correct');
  });
  it('keeps code in its own order on a right-to-left page, and mirrors the arrows', async () => {
    const set = {
      id: 'rtl',
      title: 'שאלות על Django',
      questions: [
        {
          id: 'q1',
          prompt: 'מה מוודא שמשימה תרוץ אחרי ה־commit?',
          answer: 'transaction.on_commit()',
          explanation: 'on_commit() דוחה את הקריאה.',
          choices: [
            { id: 'a', text: 'transaction.on_commit()', correct: true },
            { id: 'b', text: 'select_for_update()', why: 'נועלת שורות בלבד.' },
          ],
          docs: 'https://docs.djangoproject.com/en/5.2/topics/db/transactions/',
        },
      ],
    };
    const wrapper = await fixture<HTMLDivElement>(
      `<div dir="rtl" lang="he"><django-quiz no-persist><script type="application/json">${JSON.stringify(set)}</script></django-quiz></div>`,
    );
    const el = wrapper.querySelector('django-quiz')!;
    await settled(el);
    const quiz = new QuizHarness(el);
    await quiz.chooseText('select_for_update()');
    await quiz.check();
    // Every piece of the set's text is isolated (<bdi> or dir="auto": its direction from its own first letter).
    const isolated = quiz.$$('bdi, [dir="auto"]').map((b) => b.textContent!.trim());
    for (const text of [
      set.title,
      set.questions[0].prompt,
      'transaction.on_commit()',
      'select_for_update()',
      'נועלת שורות בלבד.',
      'on_commit() דוחה את הקריאה.',
    ]) {
      expect(isolated).to.include(text);
    }
    // "select_for_update()" reads left to right: the "(" is drawn right of the "s", not left of it.
    const code = quiz
      .$$('.text bdi, .text[dir="auto"]')
      .find((b) => b.textContent!.trim() === 'select_for_update()')!;
    const textNode = [...code.childNodes].find(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
    )!;
    const x = (offset: number) => {
      const range = document.createRange();
      range.setStart(textNode, offset);
      range.setEnd(textNode, offset + 1);
      return range.getBoundingClientRect().left;
    };
    expect(x('select_for_update'.length)).to.be.greaterThan(x(0));
    const arrow = quiz.$('.actions .flip')!;
    expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('draws the arrows unmirrored on a left-to-right page', async () => {
    const quiz = await smallQuiz('no-persist');
    await quiz.choose(0);
    await quiz.check();
    expect(getComputedStyle(quiz.$('.actions .flip')!).transform).to.equal('none');
  });
  it('drops its animations and transitions when the reader asks for reduced motion', async () => {
    const animationOf = async () => {
      const quiz = await smallQuiz('no-persist');
      await quiz.choose(0);
      await quiz.check();
      const feedback = getComputedStyle(quiz.feedback!);
      const bar = getComputedStyle(quiz.$('.bar')!);
      return { animation: feedback.animationName, transition: bar.transitionDuration };
    };
    expect(await animationOf()).to.deep.equal({ animation: 'rise', transition: '0.3s' });
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(await animationOf()).to.deep.equal({ animation: 'none', transition: '0s' });
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

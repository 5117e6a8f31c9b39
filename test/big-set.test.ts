// A large `src` set: the quiz shows its first question from the first part of the response (a
// preview), starts once the whole set is validated, and still ends in the load error when a
// later question is invalid. The response is a stream the test hands out chunk by chunk, so "before
// the rest arrived" is a fact of the test, not a matter of timing.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/quiz/django-quiz.js';
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import { CHUNKED_FROM } from '../src/data/load.js';
import { SLICED_JSON_FROM } from '../src/data/json-slices.js';
import { QuizHarness, settled } from './support/quiz-harness.js';
import { guardEachTest } from './support/guard.js';

const URL_PATH = '/__big/set.json';
const N = 2000;

function question(i: number, difficulty = i % 3 === 0 ? 'hard' : 'easy') {
  return {
    id: `q-${i}`,
    prompt: `Big question ${i}: which of these statements about the ORM holds?`,
    answer: `The answer to question ${i}, as a short paragraph for the back of a card.`,
    explanation: `Why question ${i} has the answer it has, read after checking.`,
    choices: ['a', 'b', 'c', 'd'].map((id, k) => ({
      id,
      text: `Choice ${id} for question ${i}, a plausible statement`,
      ...(k === 0 ? { correct: true } : {}),
    })),
    topics: ['orm'],
    difficulty,
  };
}

function bigSet(broken?: number): string {
  const questions = Array.from({ length: N }, (_, i) =>
    i === broken ? question(i, 'impossible') : question(i),
  );
  return JSON.stringify({ id: 'big', title: 'A big set', questions });
}

/**
 * `fetch` answering `URL_PATH` with `text` as a stream whose first 64 KB come at once and whose rest
 * comes when `release()` is called. `previewed` resolves when the reader asks for more after the
 * first chunk, i.e. once the widget has looked at it.
 */
function streamedFetch(text: string) {
  const bytes = new TextEncoder().encode(text);
  const first = 64 * 1024;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let afterFirst!: () => void;
  const previewed = new Promise<void>((resolve) => (afterFirst = resolve));
  let pulls = 0;
  const original = window.fetch;
  window.fetch = (input, init) => {
    if (String(input) !== URL_PATH) return original(input, init);
    const body = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          pulls++;
          if (pulls === 1) {
            controller.enqueue(bytes.slice(0, first));
            return;
          }
          afterFirst();
          await released;
          controller.enqueue(bytes.slice(first));
          controller.close();
        },
      },
      // Pulled only when the reader asks: the second pull means the first chunk was dealt with.
      { highWaterMark: 0 },
    );
    return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
  };
  return { previewed, release, restore: () => (window.fetch = original) };
}

async function quizFor(attrs: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<django-quiz src="${URL_PATH}" ${attrs}></django-quiz>`;
  return wrapper.querySelector('django-quiz') as DjangoQuiz;
}

describe('a large src set', () => {
  guardEachTest();
  let restore = () => {};
  afterEach(() => restore());

  it('is large enough for the sliced paths', () => {
    expect(bigSet().length).to.be.greaterThan(SLICED_JSON_FROM);
    expect(N).to.be.greaterThan(CHUNKED_FROM);
  });

  it('shows the first question before the rest of the set has arrived, then starts', async () => {
    const stream = streamedFetch(bigSet());
    restore = stream.restore;
    const el = await quizFor('difficulty="hard" no-persist');
    let started = 0;
    el.addEventListener('django-start', () => started++);
    await stream.previewed;
    await el.updateComplete;
    const quiz = new QuizHarness(el);
    expect(quiz.text).to.contain('Big question 0:');
    expect(quiz.text).to.contain('Question 1 of …');
    expect(quiz.$('[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(started).to.equal(0);
    await expect(el).shadowDom.to.be.accessible();

    const start = oneEvent(el, 'django-start');
    stream.release();
    const { detail } = await start;
    expect(detail.questionIds).to.have.length(Math.ceil(N / 3));
    await settled(el);
    expect(started).to.equal(1);
    expect(quiz.text).to.contain(`Question 1 of ${Math.ceil(N / 3)}`);
    expect(quiz.text).to.contain('Big question 0:');
    await quiz.choose(0);
    await quiz.check();
    expect(quiz.feedback!.innerText).to.contain('Correct');
  });

  it('keeps a choice and a Check made on the preview, and checks it once the set is there', async () => {
    const stream = streamedFetch(bigSet());
    restore = stream.restore;
    const el = await quizFor('no-persist');
    const answers: unknown[] = [];
    el.addEventListener('django-answer', (e) => answers.push((e as CustomEvent).detail));
    await stream.previewed;
    await el.updateComplete;
    const quiz = new QuizHarness(el);
    await quiz.choose(0);
    await quiz.check();
    expect(quiz.feedback).to.equal(null);
    expect(answers).to.have.length(0);

    const answered = oneEvent(el, 'django-answer');
    stream.release();
    const { detail } = await answered;
    expect(detail).to.include({ questionId: 'q-0', correct: true, index: 0, total: N });
    await settled(el);
    expect(quiz.feedback!.innerText).to.contain('Correct');
  });

  it('ends in the load error, with one django-error naming the question, when a later one is invalid', async () => {
    const stream = streamedFetch(bigSet(1500));
    restore = stream.restore;
    const el = await quizFor('no-persist');
    const errors: { kind: string; message: string }[] = [];
    el.addEventListener('django-error', (e) => errors.push((e as CustomEvent).detail));
    await stream.previewed;
    await el.updateComplete;
    const quiz = new QuizHarness(el);
    expect(quiz.text).to.contain('Big question 0:');
    let answered = false;
    el.addEventListener('django-answer', () => (answered = true));
    await quiz.choose(0);
    await quiz.check();

    const errored = oneEvent(el, 'django-error');
    stream.release();
    await errored;
    await settled(el);
    expect(errors).to.have.length(1);
    expect(errors[0].kind).to.equal('schema');
    expect(errors[0].message).to.contain('questions[1500].difficulty');
    expect(quiz.text).not.to.contain('Big question 0:');
    expect(answered, 'no answer from a set that turned out broken').to.equal(false);
    expect(quiz.$('.state.error .message')!.textContent).to.contain('questions[1500].difficulty');
  });

  it('shows no preview when the order needs the whole set (shuffle)', async () => {
    const stream = streamedFetch(bigSet());
    restore = stream.restore;
    const el = await quizFor('shuffle no-persist');
    await stream.previewed;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="prompt"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.skeleton')).not.to.equal(null);
    const start = oneEvent(el, 'django-start');
    stream.release();
    await start;
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part~="prompt"]')).not.to.equal(null);
  });
});

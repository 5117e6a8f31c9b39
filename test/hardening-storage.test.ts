// Storage faults against <django-quiz>: the shared checks, then quiz runs where storage fails midway.
// The rule throughout: progress already saved is never deleted or overwritten by a fault.
import { expect } from '@open-wc/testing';
import '../src/components/quiz/django-quiz.js';
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import { clearMemoryFallback } from '../src/internal/storage.js';
import { storageSuite } from './support/hardening-suites.js';
import {
  FaultyStorage,
  NOT_OURS,
  fixtureText,
  mount,
  settled,
  guardEachTest,
} from './support/hardening.js';
import { QuizHarness } from './support/quiz-harness.js';

storageSuite('django-quiz', () => fixtureText('small-set.json'));

const NOTICE = 'Progress is kept only until this page is closed';
const KEY = /^django-quiz-elements:quiz:v1:small-set:1:/;

interface Run {
  quiz: QuizHarness;
  errors: { kind: string; message: string }[];
}

async function quizOn(storage: Storage, set?: string): Promise<Run> {
  const { el, errors } = await mount('django-quiz', {
    inline: set ?? (await fixtureText('small-set.json')),
    props: { storage },
  });
  await settled(el);
  return { quiz: new QuizHarness(el as DjangoQuiz), errors };
}

/** The quiz's own key in `storage` (after a quiz has saved there). */
function quizKey(storage: FaultyStorage): string {
  const keys = [...storage.data.keys()].filter((k) => KEY.test(k));
  expect(keys).to.have.length(1);
  return keys[0];
}

/** Answer the first question right and move on to question 2. */
async function reachQuestion2(quiz: QuizHarness): Promise<void> {
  await quiz.chooseText('{% csrf_token %}');
  await quiz.check();
  await quiz.next();
  expect(quiz.text).to.contain('Question 2 of 3');
}

/** A run saved at question 2 in a fresh FaultyStorage, then the page reloaded. */
async function savedAtQuestion2() {
  const storage = new FaultyStorage();
  const first = await quizOn(storage);
  await reachQuestion2(first.quiz);
  const key = quizKey(storage);
  const saved = storage.data.get(key);
  reload(first);
  return { storage, key, saved };
}

/** A page reload: the element goes, and so does the in-memory fallback. */
function reload(run: Run): void {
  run.quiz.el.remove();
  clearMemoryFallback();
}

describe('<django-quiz> progress under storage faults', () => {
  guardEachTest();

  it('storage that throws on read: starts afresh in memory and never overwrites saved progress', async () => {
    const { storage, key, saved } = await savedAtQuestion2();

    storage.failReads = true;
    const blind = await quizOn(storage);
    expect(blind.quiz.text).to.contain('Question 1 of 3').and.contain(NOTICE);
    expect(blind.errors.map((e) => e.kind)).to.deep.equal(['storage']);
    await blind.quiz.chooseText('{% secure %}');
    await blind.quiz.check();
    await blind.quiz.next();
    expect(storage.data.get(key)).to.equal(saved);
    reload(blind);

    storage.failReads = false;
    const back = await quizOn(storage);
    expect(back.quiz.text).to.contain('Question 2 of 3');
    expect(back.quiz.liveRegion).to.contain('Welcome back');
    expect(back.errors).to.deep.equal([]);
  });

  it('storage that throws on write: keeps going in memory, keeps what was saved before', async () => {
    const { storage, key, saved } = await savedAtQuestion2();

    storage.writesLeft = 0;
    const run = await quizOn(storage);
    expect(run.quiz.text).to.contain('Question 2 of 3'); // reads still work
    await run.quiz.chooseText('DjangoTemplates');
    await run.quiz.chooseText('Jinja2');
    await run.quiz.check();
    await run.quiz.next();
    expect(run.quiz.text).to.contain('Question 3 of 3').and.contain(NOTICE);
    expect(run.errors.map((e) => e.kind)).to.deep.equal(['storage']);
    expect(storage.data.get(key)).to.equal(saved);

    // Navigating away and back within the page (SPA): the newer progress in memory wins.
    run.quiz.el.remove();
    const again = await quizOn(storage);
    expect(again.quiz.text).to.contain('Question 3 of 3');

    // After a real reload, what storage kept is still there.
    reload(again);
    const later = await quizOn(storage);
    expect(later.quiz.text).to.contain('Question 2 of 3');
  });

  it('quota exceeded mid-session: says so once, the run goes on, the last saved state stays', async () => {
    const storage = new FaultyStorage();
    const run = await quizOn(storage);
    const key = quizKey(storage);
    storage.writesLeft = 2; // the pick and the check still fit; moving on does not
    await run.quiz.chooseText('{% csrf_token %}');
    await run.quiz.check();
    const lastSaved = storage.data.get(key)!;
    expect(JSON.parse(lastSaved).state.phase).to.equal('feedback');
    expect(run.quiz.text).to.not.contain(NOTICE);
    await run.quiz.next();
    expect(run.quiz.text).to.contain('Question 2 of 3').and.contain(NOTICE);
    for (const text of ['DjangoTemplates', 'Jinja2']) await run.quiz.chooseText(text);
    await run.quiz.check();
    await run.quiz.next();
    await run.quiz.chooseText('Joins related rows in the same query');
    await run.quiz.check();
    await run.quiz.next();
    expect(run.quiz.text).to.contain('3 of 3 correct');
    expect(run.errors.map((e) => e.kind)).to.deep.equal(['storage']);
    expect(storage.data.get(key)).to.equal(lastSaved);
    expect(storage.removed).to.deep.equal([]);
    await expect(run.quiz.el).shadowDom.to.be.accessible();
  });

  const snapshot = (state: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      state: {
        order: ['q1', 'q2', 'q3'],
        index: 1,
        selected: [],
        answers: { q1: { questionId: 'q1', selected: ['a'], correct: true } },
        phase: 'question',
        startedAt: 1,
        ...state,
      },
      ...extra,
    });
  const HAND_EDITED: Record<string, string> = {
    'index out of range': snapshot({ index: 7 }),
    'index as a string': snapshot({ index: '1' }),
    'a repeated question id': snapshot({ order: ['q1', 'q1', 'q2'] }),
    'order of numbers': snapshot({ order: [1, 2, 3] }),
    'feedback without its answer': snapshot({ phase: 'feedback' }),
    'an answer without choices': snapshot({ answers: { q1: { correct: true } } }),
    'an unknown phase': snapshot({ phase: 'paused' }),
    'a newer version, otherwise fine': snapshot({}, { v: 2 }),
    'a numeric seed': snapshot({}, { seed: 42 }),
  };

  for (const [what, entry] of Object.entries(HAND_EDITED)) {
    it(`an entry hand-edited to have ${what}: starts afresh and leaves it untouched`, async () => {
      const storage = new FaultyStorage();
      reload(await quizOn(storage));
      const key = quizKey(storage);
      storage.data.set(key, entry);
      const run = await quizOn(storage);
      expect(run.quiz.text).to.contain('Question 1 of 3').and.contain(NOTICE);
      expect(run.quiz.liveRegion).to.not.contain('Welcome back');
      await reachQuestion2(run.quiz);
      expect(storage.data.get(key)).to.equal(entry);
      expect(run.errors.map((e) => e.kind)).to.deep.equal(['storage']);
    });
  }

  it('the control: the same entry unedited resumes at question 2', async () => {
    const storage = new FaultyStorage();
    reload(await quizOn(storage));
    storage.data.set(quizKey(storage), snapshot({}));
    const run = await quizOn(storage);
    expect(run.quiz.text).to.contain('Question 2 of 3').and.not.contain(NOTICE);
  });

  it('an entry of ours for questions the set no longer has: starts afresh and replaces it', async () => {
    const storage = new FaultyStorage();
    reload(await quizOn(storage));
    const key = quizKey(storage);
    const stale = snapshot({ order: ['old-1', 'old-2'] });
    storage.data.set(key, stale);
    const run = await quizOn(storage);
    expect(run.quiz.text).to.contain('Question 1 of 3').and.not.contain(NOTICE);
    await reachQuestion2(run.quiz);
    expect(JSON.parse(storage.data.get(key)!).state.index).to.equal(1);
    expect(run.errors).to.deep.equal([]);
  });

  it('resumes a finished run whose unanswered question has the id "constructor"', async () => {
    const set = await fixtureText('bad/proto-keys-valid.json');
    const storage = new FaultyStorage();
    reload(await quizOn(storage, set));
    const key = [...storage.data.keys()].find((k) => k.includes(':proto-set:'))!;
    storage.data.set(
      key,
      JSON.stringify({
        state: {
          order: ['constructor', 'tostring'],
          index: 1,
          selected: [],
          answers: { tostring: { questionId: 'tostring', selected: ['a'], correct: true } },
          phase: 'done',
          startedAt: 1,
          finishedAt: 2,
        },
      }),
    );
    const { quiz } = await quizOn(storage, set);
    expect(quiz.text).to.contain('1 of 2 correct');
    for (const details of quiz.$$('details')) (details as HTMLDetailsElement).open = true;
    await quiz.el.updateComplete;
    expect(quiz.$$('[part~="review"] li')[0].innerText).to.contain('Your answer: no answer');
  });

  it('a whole run leaves every entry that is not its own as it was', async () => {
    const storage = new FaultyStorage(NOT_OURS);
    const { quiz } = await quizOn(storage);
    await reachQuestion2(quiz);
    for (const text of ['DjangoTemplates', 'Jinja2']) await quiz.chooseText(text);
    await quiz.check();
    await quiz.next();
    await quiz.chooseText('Joins related rows in the same query');
    await quiz.check();
    await quiz.next();
    quiz.button('Retry all')!.click();
    await quiz.el.updateComplete;
    const after = storage.snapshot();
    for (const [key, value] of Object.entries(NOT_OURS)) expect(after[key], key).to.equal(value);
    expect(storage.removed).to.deep.equal([]);
  });
});

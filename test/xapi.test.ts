// The xAPI reporter's wiring in a real page: widget events → `django-xapi` events → POSTs to an LRS
// (a recording route of the test server). The statements themselves are validated against the xAPI
// spec in test/node/xapi.test.mjs (the validator is CommonJS and runs in Node only).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/components/quiz/django-quiz.js';
import { XapiReporter, type XapiStatement } from '../src/xapi/index.js';
import type { DjangoXapiEvent } from '../src/events/django-xapi.js';
import { QuizHarness, settled } from './support/quiz-harness.js';
import { mountFlashcard } from './support/flashcard-harness.js';
import small from './fixtures/small-set.json';
import { guardEachTest } from './support/guard.js';

interface Recorded {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: XapiStatement[];
}

const ACTOR = { mbox: 'mailto:ada@example.com', name: 'Ada' } as const;
const BASE = 'https://courses.example.com/xapi';
const AUTH = 'Basic c2VjcmV0LXRva2VuOng=';

const key = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;
async function lrsLog(k: string): Promise<Recorded[]> {
  return (await (await fetch(`/__test/lrs/${k}`)).json()) as Recorded[];
}

/** Deterministic ids and clock, so statements are reproducible. */
function injected() {
  let n = 0;
  return {
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    now: () => Date.UTC(2025, 0, 2, 3, 4, 5),
  };
}

async function smallQuiz(): Promise<QuizHarness> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div><django-quiz pass-mark="60"><script type="application/json">${JSON.stringify(small)}</script></django-quiz></div>`,
  );
  const el = wrapper.querySelector('django-quiz')!;
  await settled(el);
  return new QuizHarness(el);
}

/** Answer the current question right (every correct choice) or wrong (the first wrong one). */
async function answer(quiz: QuizHarness, right: boolean): Promise<void> {
  const q = small.questions.find((x) => x.prompt === quiz.prompt)!;
  const picks = right ? q.choices.filter((c) => c.correct) : [q.choices.find((c) => !c.correct)!];
  for (const c of picks) await quiz.chooseText(c.text);
  await quiz.check();
}

describe('xAPI reporter', () => {
  let reporter: XapiReporter | undefined;
  guardEachTest();
  beforeEach(() => sessionStorage.clear());
  afterEach(() => reporter?.disconnect());

  it('fires django-xapi for an answer and POSTs it to the LRS with the version and auth headers', async () => {
    const k = key('lrs');
    reporter = new XapiReporter({
      actor: ACTOR,
      activityBase: BASE,
      endpoint: `/__test/lrs/${k}/0`,
      auth: AUTH,
      ...injected(),
    }).connect();
    const quiz = await smallQuiz();
    const fired = oneEvent(quiz.el, 'django-xapi');
    await answer(quiz, true);
    const { detail } = (await fired) as DjangoXapiEvent;
    expect(detail.cause).to.equal('django-answer');
    const st = detail.statement;
    expect(st.verb.id).to.equal('http://adlnet.gov/expapi/verbs/answered');
    expect(st.object.id).to.equal(`${BASE}/sets/small-set/questions/q1`);
    expect(st.result).to.deep.equal({ success: true, response: 'a' });
    expect(st.actor).to.deep.equal(ACTOR);
    expect(st.timestamp).to.equal('2025-01-02T03:04:05.000Z');
    expect(st.context!.registration).to.match(/^00000000-/); // the run's id, from django-start

    await waitUntil(async () => (await lrsLog(k)).length === 1, 'no POST reached the LRS');
    const [req] = await lrsLog(k);
    expect(req.method).to.equal('POST');
    expect(req.path).to.equal(`/__test/lrs/${k}/0/statements`);
    expect(req.headers['x-experience-api-version']).to.equal('1.0.3');
    expect(req.headers.authorization).to.equal(AUTH);
    expect(req.headers['content-type']).to.equal('application/json');
    expect(req.headers.cookie).to.equal(''); // credentials are the host's header, not cookies
    expect(req.body).to.deep.equal([st]);
    expect(reporter.pending).to.have.length(0);
  });

  it('ends a quiz with completed + passed/failed, scaled score and duration, in one request', async () => {
    const k = key('lrs');
    const seen: DjangoXapiEvent[] = [];
    document.addEventListener('django-xapi', (e) => seen.push(e));
    reporter = new XapiReporter({
      actor: ACTOR,
      activityBase: BASE,
      endpoint: `/__test/lrs/${k}/0/`,
      ...injected(),
    }).connect();
    const quiz = await smallQuiz();
    await answer(quiz, true);
    await quiz.next();
    await answer(quiz, true);
    await quiz.next();
    await answer(quiz, false);
    const completed = oneEvent(quiz.el, 'django-complete');
    await quiz.next();
    await completed;
    const sent = async () => (await lrsLog(k)).flatMap((r) => r.body);
    await waitUntil(async () => (await sent()).length === 5, 'expected 5 statements');
    const log = await lrsLog(k);
    const last = log.at(-1)!.body.slice(-2); // completed + passed: sent together
    expect(log.at(-1)!.body.length).to.be.at.least(2);
    expect(last.map((s) => s.verb.id)).to.deep.equal([
      'http://adlnet.gov/expapi/verbs/completed',
      'http://adlnet.gov/expapi/verbs/passed',
    ]);
    expect(last[0].object.id).to.equal(`${BASE}/sets/small-set`);
    expect(last[0].result!.score).to.deep.equal({ scaled: 0.6667, raw: 2, min: 0, max: 3 });
    expect(last[0].result!.success).to.equal(true);
    expect(last[0].result!.duration).to.match(/^PT\d+(\.\d+)?S$/);
    expect(log.every((r) => r.headers.authorization === '')).to.equal(true); // none given, none sent
    expect(seen.map((e) => e.detail.cause)).to.deep.equal([
      'django-answer',
      'django-answer',
      'django-answer',
      'django-complete',
      'django-complete',
    ]);
    // All statements of one run share its registration; every statement id is unique.
    const all = log.flatMap((r) => r.body);
    expect(new Set(all.map((s) => s.context!.registration)).size).to.equal(1);
    expect(new Set(all.map((s) => s.id)).size).to.equal(all.length);
  });

  it('does not send a statement whose django-xapi event was cancelled', async () => {
    const k = key('lrs');
    reporter = new XapiReporter({ actor: ACTOR, endpoint: `/__test/lrs/${k}/0/` }).connect();
    const quiz = await smallQuiz();
    const veto = (e: Event) => e.preventDefault();
    quiz.el.addEventListener('django-xapi', veto);
    await answer(quiz, false);
    quiz.el.removeEventListener('django-xapi', veto);
    await quiz.next();
    const fired = oneEvent(quiz.el, 'django-xapi');
    await answer(quiz, true);
    const { detail } = (await fired) as DjangoXapiEvent;
    expect(detail.statement.object.id).to.equal(
      `${location.origin}/django-quiz-elements/sets/small-set/questions/q2`,
    ); // the default activity base
    await waitUntil(async () => (await lrsLog(k)).length === 1);
    const log = await lrsLog(k);
    expect(log[0].body.map((s) => s.object.id.split('/').at(-1))).to.deep.equal(['q2']);
    expect(log[0].body[0].result!.success).to.equal(true);
  });

  it('keeps statements queued when the LRS fails, reports it, and sends them with the next try', async () => {
    const k = key('lrs');
    const failures: string[] = [];
    let calls = 0;
    reporter = new XapiReporter({
      actor: { account: { homePage: 'https://lms.example.com', name: 'learner-42' } },
      endpoint: `/__test/lrs/${k}/1/`,
      auth: () => {
        calls++;
        return Promise.resolve(AUTH);
      },
      onSendError: (error, statements) => failures.push(`${error.message} (${statements.length})`),
    }).connect();
    const quiz = await smallQuiz();
    await answer(quiz, true);
    await waitUntil(() => failures.length === 1, 'failure not reported');
    expect(failures[0]).to.equal('The LRS answered HTTP 503 (1)');
    expect(reporter.pending).to.have.length(1);
    await quiz.next();
    await answer(quiz, true);
    await waitUntil(async () => (await lrsLog(k)).length === 2);
    const log = await lrsLog(k);
    expect(log[1].body).to.have.length(2); // the queued statement went along with the new one
    expect(log[1].body[0].id).to.equal(log[0].body[0].id); // same statement id: idempotent at the LRS
    expect(reporter.pending).to.have.length(0);
    expect(calls).to.equal(2); // the auth callback is asked per request, not cached
    // The credential is never written anywhere the page keeps.
    const kept = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    expect(kept).to.not.contain('c2VjcmV0');
    expect(document.cookie).to.not.contain('c2VjcmV0');
  });

  it('turns flashcard grades and session ends into statements', async () => {
    reporter = new XapiReporter({
      actor: ACTOR,
      activityBase: `${BASE}/`,
      ...injected(),
    }).connect();
    const t0 = new Date(2025, 0, 6, 9).getTime();
    const fc = await mountFlashcard({ set: JSON.stringify(small), now: () => t0 });
    const seen: XapiStatement[] = [];
    fc.el.addEventListener('django-xapi', (e) => seen.push(e.detail.statement));
    await fc.grade('again');
    await fc.grade('easy');
    await fc.grade('easy');
    const completed = oneEvent(fc.el, 'django-complete');
    await fc.grade('easy'); // the "again" card comes back in this session
    await completed;
    expect(seen.map((s) => [s.verb.display['en-US'], s.result])).to.deep.equal([
      ['answered', { success: false, response: 'again' }],
      ['answered', { success: true, response: 'easy' }],
      ['answered', { success: true, response: 'easy' }],
      ['answered', { success: true, response: 'easy' }],
      ['completed', { completion: true }],
    ]);
    expect(seen[0].object.id).to.equal(`${BASE}/sets/small-set/questions/q1`);
    expect(seen[4].object.id).to.equal(`${BASE}/sets/small-set`);
    expect(new Set(seen.map((s) => s.context!.registration)).size).to.equal(1);

    reporter.disconnect();
    fc.el.dispatchEvent(
      new CustomEvent('django-grade', {
        detail: { setId: 'small-set', questionId: 'q3', rating: 'easy', due: '' },
        bubbles: true,
        composed: true,
      }),
    );
    expect(seen).to.have.length(5); // disconnected: no more statements
  });

  it('reports events that embed-parent.js re-dispatches on an iframe', async () => {
    reporter = new XapiReporter({ actor: ACTOR, activityBase: BASE, ...injected() }).connect();
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="quiz"></iframe>`);
    const fired = oneEvent(frame, 'django-xapi');
    frame.dispatchEvent(
      new CustomEvent('django-answer', {
        detail: {
          setId: 's',
          questionId: 'q',
          selected: ['b'],
          correct: false,
          index: 0,
          total: 1,
        },
        bubbles: true,
        composed: true,
      }),
    );
    const { detail } = (await fired) as DjangoXapiEvent;
    expect(detail.statement.result).to.deep.equal({ success: false, response: 'b' });
  });

  it('refuses to start without an actor', () => {
    expect(() => new XapiReporter({} as never)).to.throw(/actor is required/);
  });
});

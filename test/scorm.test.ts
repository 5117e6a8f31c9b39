// The SCORM packages the build writes (dist/packages/*.zip), launched the way an LMS launches them:
// unzipped (served from inside the zip by test/support/test-server.mjs) in a frame whose parent holds
// scorm-again's real SCORM 1.2 / 2004 runtime as `window.API` / `window.API_1484_11`. The learner takes
// the 10-question quiz; the test asserts what the runtime had committed, then relaunches with the CMI an
// LMS would hand back and asserts the resume.
import { expect, waitUntil } from '@open-wc/testing';
// The package's main entry: its typings name both classes there (the per-standard entries' typings
// declare a default export their ES modules do not have).
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { QuestionSet } from '../src/data/schema.js';
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import { QuizHarness } from './support/quiz-harness.js';
import { shown } from '../stories/quiz-driver.js';
import { loadLexer } from '../src/markdown/index.js';

// `shown()` renders a field here as the package shows it: Markdown needs the lexer in this page too.
before(loadLexer);

type Cmi = Record<string, unknown>;
type Api = InstanceType<typeof Scorm12API> | InstanceType<typeof Scorm2004API>;

interface Run {
  api: Api;
  /** The flattened CMI at each Commit, in order. */
  commits: Record<string, string>[];
  errors: string[];
}

const settings = { lmsCommitUrl: false, autocommit: false, logLevel: 5 } as const;

function installApi(standard: '1.2' | '2004', load?: Cmi): Run {
  const api =
    standard === '1.2' ? new Scorm12API({ ...settings }) : new Scorm2004API({ ...settings });
  if (load) api.loadFromJSON(load, '');
  const run: Run = { api, commits: [], errors: [] };
  const snapshot = () => {
    run.commits.push(cmiOf(api));
  };
  api.on(standard === '1.2' ? 'LMSCommit' : 'Commit', snapshot);
  const w = window as unknown as Record<string, unknown>;
  delete w.API;
  delete w.API_1484_11;
  w[standard === '1.2' ? 'API' : 'API_1484_11'] = api;
  return run;
}

/** What the runtime holds, flattened to `cmi.x.y` keys (all of it, not just the commit's delta). */
function cmiOf(api: Api): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    } else out[path] = String(value ?? '');
  };
  walk((api.renderCMIToJSONObject() as { cmi: unknown }).cmi, 'cmi');
  return out;
}

let frame: HTMLIFrameElement | undefined;

async function launch(pkg: string): Promise<QuizHarness> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.title = 'SCO';
  frame.style.cssText = 'width: 800px; height: 900px; border: 0';
  frame.src = `/__test/scorm/${pkg}/index.html`;
  document.body.append(frame);
  await new Promise((r) => frame!.addEventListener('load', r, { once: true }));
  let quiz: DjangoQuiz | null = null;
  await waitUntil(
    () => {
      quiz = frame!.contentDocument!.querySelector('django-quiz') as DjangoQuiz | null;
      return !!quiz?.shadowRoot?.querySelector('legend, .summary');
    },
    'the quiz did not render in the package',
    { timeout: 4000 },
  );
  return new QuizHarness(quiz!);
}

/** axe over the whole launch page (status line, landmarks, the widget's shadow DOM), inside the frame. */
async function expectPageAccessible(): Promise<void> {
  const win = frame!.contentWindow as Window & {
    axe?: { run: (ctx: Document) => Promise<{ violations: { id: string; help: string }[] }> };
  };
  if (!win.axe) {
    const script = frame!.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js'; // same origin: the package's CSP lets it in
    const loaded = new Promise((r) => script.addEventListener('load', r, { once: true }));
    frame!.contentDocument!.head.append(script);
    await loaded;
  }
  const result = await win.axe!.run(frame!.contentDocument!);
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
}

/** Whether the launch page's status line shows an LMS error. */
function lmsProblem(): string {
  const line = frame?.contentDocument?.querySelector<HTMLElement>('.lms-status');
  return line?.dataset.state === 'problem' ? (line.textContent ?? '') : '';
}

/** Leave the SCO as a learner does (close it): the frame unloads, its pagehide finishes the session. */
function leave(): void {
  const problem = lmsProblem();
  frame?.remove();
  frame = undefined;
  if (problem) throw new Error(`the LMS refused a call: ${problem}`);
}

async function setOf(pkg: string): Promise<QuestionSet> {
  return (await (await fetch(`/__test/scorm/${pkg}/questions.json`)).json()) as QuestionSet;
}

/** Answer the question on screen right or wrong (by choice id, whatever the display order). */
async function answer(quiz: QuizHarness, set: QuestionSet, right: boolean): Promise<void> {
  const prompt = quiz.prompt; // the words shown: the set's prompt may hold Markdown
  const q = set.questions.find((x) => shown(x.prompt) === prompt)!;
  const ids = right
    ? q.choices.filter((c) => c.correct).map((c) => c.id)
    : [q.choices.find((c) => !c.correct)!.id];
  for (const choice of ids) {
    (quiz.root.querySelector(`input[data-id="${choice}"]`) as HTMLInputElement).click();
    await quiz.el.updateComplete;
  }
  await quiz.check(); // Check
  await quiz.next(); // Next / Finish
}

const PLAN_PASS = [true, true, false, true, true, true, false, true, true, true]; // 8/10 = 80 %
const PLAN_FAIL = [true, false, false, true, false, true, false, true, false, false]; // 4/10 = 40 %

afterEach(() => leave());

for (const standard of ['1.2', '2004'] as const) {
  const pkg = `django-quiz-scorm${standard}`;
  const v = (k12: string, k2004: string) => (standard === '1.2' ? k12 : k2004);
  const STATUS = v('cmi.core.lesson_status', 'cmi.completion_status');
  const RAW = v('cmi.core.score.raw', 'cmi.score.raw');
  const LOCATION = v('cmi.core.lesson_location', 'cmi.location');
  const EXIT = v('cmi.core.exit', 'cmi.exit');
  const SESSION = v('cmi.core.session_time', 'cmi.session_time');
  const RESPONSE = v('student_response', 'learner_response');
  const WRONG = v('wrong', 'incorrect');

  describe(`SCORM ${standard} package in scorm-again`, function () {
    this.timeout(20_000);

    it('launch: initializes, marks the attempt incomplete and shows it is connected', async () => {
      const run = installApi(standard);
      const quiz = await launch(pkg);
      expect(run.api.isInitialized()).to.equal(true);
      expect(cmiOf(run.api)[STATUS]).to.equal('incomplete');
      expect(run.commits.length).to.be.greaterThan(0);
      const line = frame!.contentDocument!.querySelector('.lms-status')!;
      expect(line.getAttribute('role')).to.equal('status');
      expect(line.textContent).to.contain(`SCORM ${standard}`);
      expect(quiz.text).to.contain('Question 1 of 10');
      await expectPageAccessible();
    });

    it('a passing run: interactions as answered, no verdict before the end, then passed and Finish', async () => {
      const run = installApi(standard);
      const set = await setOf(pkg);
      const quiz = await launch(pkg);
      await answer(quiz, set, PLAN_PASS[0]);
      // After the first question: committed, but no score and no verdict yet.
      const first = cmiOf(run.api);
      expect(first[STATUS]).to.equal('incomplete');
      expect(first[RAW]).to.equal('');
      if (standard === '2004') expect(first['cmi.success_status']).to.equal('unknown');
      expect(first[LOCATION]).to.equal('2');
      expect(first['cmi.interactions.0.id']).to.equal(set.questions[0].id);
      for (const right of PLAN_PASS.slice(1)) await answer(quiz, set, right);
      expect(quiz.text).to.contain('8 of 10');

      const done = cmiOf(run.api);
      expect(done[RAW]).to.equal('80');
      expect(done[v('cmi.core.score.min', 'cmi.score.min')]).to.equal('0');
      expect(done[v('cmi.core.score.max', 'cmi.score.max')]).to.equal('100');
      if (standard === '1.2') {
        expect(done['cmi.core.lesson_status']).to.equal('passed');
      } else {
        expect(done['cmi.score.scaled']).to.equal('0.8');
        expect(done['cmi.completion_status']).to.equal('completed');
        expect(done['cmi.success_status']).to.equal('passed');
      }
      for (let i = 0; i < 10; i++) {
        const q = set.questions[i];
        const p = `cmi.interactions.${i}.`;
        expect(done[`${p}id`], `interaction ${i}`).to.equal(q.id);
        expect(done[`${p}type`]).to.equal('choice');
        expect(done[`${p}result`]).to.equal(PLAN_PASS[i] ? 'correct' : WRONG);
        expect(done[`${p}${RESPONSE}`]).to.not.equal('');
        expect(done[`${p}correct_responses.0.pattern`]).to.not.equal('');
      }
      // A right answer's response is its correct pattern.
      expect(done[`cmi.interactions.0.${RESPONSE}`]).to.equal(
        done['cmi.interactions.0.correct_responses.0.pattern'],
      );
      expect(done[SESSION]).to.match(standard === '1.2' ? /^\d{2,4}:\d\d:\d\d(\.\d\d?)?$/ : /^PT/);
      // The last Commit carried the result (an LMS that reads commits saw it).
      expect(run.commits.at(-1)![RAW]).to.equal('80');

      leave();
      expect(run.api.isTerminated()).to.equal(true);
      const final = cmiOf(run.api);
      expect(final[v('cmi.interactions.0.time', 'cmi.interactions.0.timestamp')]).to.match(
        standard === '1.2' ? /^\d\d:\d\d:\d\d$/ : /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d\dZ$/,
      );
      expect(final[EXIT]).to.equal(standard === '1.2' ? '' : 'normal');
      console.log(`SCORM ${standard} pass run committed:`, JSON.stringify(pick(final)));
    });

    it('a failing run: failed, every answer an interaction', async () => {
      const run = installApi(standard);
      const set = await setOf(pkg);
      const quiz = await launch(pkg);
      for (const right of PLAN_FAIL) await answer(quiz, set, right);
      expect(quiz.text).to.contain('4 of 10');
      leave();
      const final = cmiOf(run.api);
      expect(final[RAW]).to.equal('40');
      if (standard === '1.2') expect(final['cmi.core.lesson_status']).to.equal('failed');
      else {
        expect(final['cmi.completion_status']).to.equal('completed');
        expect(final['cmi.success_status']).to.equal('failed');
        expect(final['cmi.score.scaled']).to.equal('0.4');
      }
      expect(final['cmi.interactions._count'] ?? String(countInteractions(final))).to.equal('10');
      console.log(`SCORM ${standard} fail run committed:`, JSON.stringify(pick(final)));
    });

    it('leave after 4 questions, relaunch with the stored CMI: resumes at question 5 and scores all 10', async () => {
      const run = installApi(standard);
      const set = await setOf(pkg);
      let quiz = await launch(pkg);
      for (const right of PLAN_PASS.slice(0, 4)) await answer(quiz, set, right);
      leave();
      expect(run.api.isTerminated()).to.equal(true);
      const saved = cmiOf(run.api);
      expect(saved[EXIT]).to.equal('suspend');
      expect(saved[STATUS]).to.equal('incomplete');
      expect(saved[LOCATION]).to.equal('5');
      expect(saved['cmi.suspend_data'].length).to.be.greaterThan(0);
      expect(saved['cmi.suspend_data'].length).to.be.lessThan(4096);

      // What an LMS hands back on the next launch of a suspended attempt.
      const back =
        standard === '1.2'
          ? {
              core: {
                entry: 'resume',
                lesson_status: saved['cmi.core.lesson_status'],
                lesson_location: saved['cmi.core.lesson_location'],
              },
              suspend_data: saved['cmi.suspend_data'],
              student_data: { mastery_score: '70' },
            }
          : {
              entry: 'resume',
              completion_status: saved['cmi.completion_status'],
              location: saved['cmi.location'],
              suspend_data: saved['cmi.suspend_data'],
              scaled_passing_score: '0.7',
            };
      const again = installApi(standard, back);
      quiz = await launch(pkg);
      expect(quiz.text).to.contain('Question 5 of 10');
      expect(quiz.liveRegion).to.match(/resum|question 5/i);
      for (const right of PLAN_PASS.slice(4)) await answer(quiz, set, right);
      expect(quiz.text).to.contain('8 of 10');
      const done = cmiOf(again.api);
      expect(done[RAW]).to.equal('80');
      expect(done[v('cmi.core.lesson_status', 'cmi.success_status')]).to.equal('passed');
      expect(done['cmi.interactions.0.id']).to.equal(set.questions[4].id);
    });

    it("the LMS's own pass mark wins over the package's", async () => {
      const load =
        standard === '1.2'
          ? { student_data: { mastery_score: '90' } }
          : { scaled_passing_score: '0.9' };
      const run = installApi(standard, load);
      const set = await setOf(pkg);
      const quiz = await launch(pkg);
      for (const right of PLAN_PASS) await answer(quiz, set, right);
      const done = cmiOf(run.api);
      expect(done[RAW]).to.equal('80');
      expect(done[v('cmi.core.lesson_status', 'cmi.success_status')]).to.equal('failed');
      expect(quiz.text).to.contain('90');
    });
  });
}

describe('SCORM package without an LMS', () => {
  it('is a plain quiz and says its score is not sent anywhere', async () => {
    const w = window as unknown as Record<string, unknown>;
    delete w.API;
    delete w.API_1484_11;
    const quiz = await launch('django-quiz-scorm1.2');
    const line = frame!.contentDocument!.querySelector('.lms-status')!;
    expect(line.textContent).to.contain('not sent anywhere');
    const set = await setOf('django-quiz-scorm1.2');
    await answer(quiz, set, true);
    expect(quiz.text).to.contain('Question 2 of 10');
  });
});

describe('SCORM 2004 flashcard package', () => {
  it('reports completed when the due cards are done', async function () {
    this.timeout(20_000);
    const run = installApi('2004');
    frame?.remove();
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 900px; border: 0';
    frame.src = '/__test/scorm/django-flashcards-scorm2004/index.html';
    document.body.append(frame);
    await new Promise((r) => frame!.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument!;
    const card = () =>
      doc.querySelector('django-flashcard') as HTMLElement & { updateComplete: Promise<boolean> };
    await waitUntil(() => card()?.shadowRoot?.querySelector('[part~="card"]'), 'no card', {
      timeout: 4000,
    });
    expect(cmiOf(run.api)['cmi.completion_status']).to.equal('incomplete');
    // Grade every card Easy until the session is done.
    for (let i = 0; i < 40 && cmiOf(run.api)['cmi.completion_status'] !== 'completed'; i++) {
      const root = card().shadowRoot!;
      const flip = root.querySelector<HTMLElement>('[part~="card"]');
      const easy = [...root.querySelectorAll<HTMLButtonElement>('[part~="grades"] button')].find(
        (b) => /easy/i.test(b.textContent ?? ''),
      );
      if (easy) easy.click();
      else flip?.click();
      await card().updateComplete;
    }
    expect(cmiOf(run.api)['cmi.completion_status']).to.equal('completed');
    expect(cmiOf(run.api)['cmi.success_status']).to.equal('unknown');
  });
});

function countInteractions(cmi: Record<string, string>): number {
  return new Set(
    Object.keys(cmi)
      .map((k) => /^cmi\.interactions\.(\d+)\./.exec(k)?.[1])
      .filter(Boolean),
  ).size;
}

/** The values the closing note reports (no interaction details). */
function pick(cmi: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(cmi).filter(
      ([k, v]) =>
        v !== '' &&
        /(lesson_status|completion_status|success_status|score\.|session_time|exit|location|^cmi\.interactions\.0\.)/.test(
          k,
        ),
    ),
  );
}

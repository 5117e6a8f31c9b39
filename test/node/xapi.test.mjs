// The xAPI statements the reporter sends, checked against the spec with Learning Locker's
// conformance-tested validator (`xapi-validation`, CommonJS: Node only, hence here and not in the
// browser runner). Runs on the built, pure builder: dist/xapi/statements.js (`npm test` builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import {
  statementsFor,
  isoDuration,
  questionActivityId,
  setActivityId,
} from '../../dist/xapi/statements.js';

const require = createRequire(import.meta.url);
const validate = require('xapi-validation').default;

function ctx(overrides = {}) {
  let n = 0;
  return {
    actor: { mbox: 'mailto:ada@example.com', name: 'Ada', objectType: 'Agent' },
    activityBase: 'https://courses.example.com/xapi/',
    uuid: () => `6f1c1d2e-8a4b-4c3d-9e2f-${String(++n).padStart(12, '0')}`,
    timestamp: '2025-01-02T03:04:05.000Z',
    registration: '0b8e2c1a-5d6f-4e7a-8b9c-0d1e2f3a4b5c',
    language: 'en-US',
    ...overrides,
  };
}

/** Fail with the validator's own words if a statement is not valid xAPI. */
function assertValid(statement) {
  const warnings = validate(statement);
  assert.deepEqual(
    warnings.map(
      (w) => `${w.path.join('.')}: ${w.typeName ?? w.message} (${JSON.stringify(w.data)})`,
    ),
    [],
    JSON.stringify(statement, null, 2),
  );
}

const quizAnswer = {
  setId: 'django-interview',
  questionId: 'queryset-evaluation',
  selected: ['a', 'c'],
  correct: true,
  index: 1,
  total: 10,
};

test('the validator is live: it rejects a broken statement', () => {
  const [good] = statementsFor('django-answer', quizAnswer, ctx());
  assertValid(good);
  const broken = { ...good, actor: { mbox: 'ada@example.com' }, result: { score: { scaled: 2 } } };
  const paths = validate(broken).map((w) => w.path.join('.'));
  assert.ok(paths.includes('statement.actor.mbox'), paths.join());
  assert.ok(paths.includes('statement.result.score.scaled'), paths.join());
});

test('a quiz answer: answered, choice interaction, success and response', () => {
  const [s] = statementsFor('django-answer', quizAnswer, ctx());
  assertValid(s);
  assert.equal(s.verb.id, 'http://adlnet.gov/expapi/verbs/answered');
  assert.equal(
    s.object.id,
    'https://courses.example.com/xapi/sets/django-interview/questions/queryset-evaluation',
  );
  assert.equal(s.object.definition.interactionType, 'choice');
  assert.equal(s.object.definition.type, 'http://adlnet.gov/expapi/activities/cmi.interaction');
  assert.deepEqual(s.result, { success: true, response: 'a[,]c' });
  assert.deepEqual(s.context.contextActivities.parent, [
    { objectType: 'Activity', id: 'https://courses.example.com/xapi/sets/django-interview' },
  ]);
  assert.equal(s.context.registration, '0b8e2c1a-5d6f-4e7a-8b9c-0d1e2f3a4b5c');
  assert.equal(s.context.platform, 'django-quiz-elements');
  assertValid(
    statementsFor('django-answer', { ...quizAnswer, correct: false, selected: ['b'] }, ctx())[0],
  );
});

test('a finished quiz: completed, then passed or failed, with scaled score and duration', () => {
  const detail = {
    widget: 'quiz',
    setId: 'django-interview',
    score: 7,
    total: 10,
    percent: 70,
    passed: true,
    durationMs: 83_456,
    answers: [],
  };
  const [completed, passed] = statementsFor('django-complete', detail, ctx());
  assertValid(completed);
  assertValid(passed);
  assert.equal(completed.verb.id, 'http://adlnet.gov/expapi/verbs/completed');
  assert.equal(passed.verb.id, 'http://adlnet.gov/expapi/verbs/passed');
  assert.notEqual(completed.id, passed.id);
  assert.equal(completed.object.definition.type, 'http://adlnet.gov/expapi/activities/assessment');
  assert.deepEqual(completed.result, {
    completion: true,
    success: true,
    score: { scaled: 0.7, raw: 7, min: 0, max: 10 },
    duration: 'PT83.46S',
  });

  const [, failed] = statementsFor(
    'django-complete',
    { ...detail, score: 1, total: 3, passed: false },
    ctx(),
  );
  assertValid(failed);
  assert.equal(failed.verb.id, 'http://adlnet.gov/expapi/verbs/failed');
  assert.equal(failed.result.score.scaled, 0.3333);
  assert.equal(failed.result.success, false);

  // A run with no questions still makes valid statements.
  for (const s of statementsFor(
    'django-complete',
    { ...detail, score: 0, total: 0, durationMs: 0 },
    ctx(),
  ))
    assertValid(s);
});

test('flashcards: a grade is answered (again = no success), a session end is completed', () => {
  for (const rating of ['again', 'hard', 'good', 'easy']) {
    const [s] = statementsFor(
      'django-grade',
      { setId: 'small set', questionId: 'q/1', rating, due: '2025-01-03T00:00:00.000Z' },
      ctx(),
    );
    assertValid(s);
    assert.equal(s.result.success, rating !== 'again');
    assert.equal(s.result.response, rating);
    assert.equal(s.object.id, 'https://courses.example.com/xapi/sets/small%20set/questions/q%2F1');
  }
  const [done, ...rest] = statementsFor(
    'django-complete',
    {
      widget: 'flashcard',
      setId: 'small-set',
      reviewed: 3,
      ratings: { again: 1, hard: 0, good: 2, easy: 0 },
      counts: { new: 0, learning: 1, review: 2 },
    },
    ctx(),
  );
  assertValid(done);
  assert.equal(rest.length, 0);
  assert.equal(done.verb.id, 'http://adlnet.gov/expapi/verbs/completed');
  assert.deepEqual(done.result, { completion: true });
});

test('every kind of actor a host may give validates; optional context stays out when unset', () => {
  const actors = [
    { mbox: 'mailto:ada@example.com' },
    { mbox_sha1sum: 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9' },
    { openid: 'https://openid.example.org/ada' },
    { account: { homePage: 'https://canvas.example.edu', name: '12345' }, name: 'Ada L.' },
  ];
  for (const actor of actors) {
    const [s] = statementsFor(
      'django-answer',
      quizAnswer,
      ctx({ actor, registration: undefined, language: undefined }),
    );
    assertValid(s);
    assert.equal('registration' in s.context, false);
    assert.equal('language' in s.context, false);
  }
});

test('helpers: ids from base IRI + set + question, durations, unknown events', () => {
  assert.equal(setActivityId('https://x.example/a//', 'b'), 'https://x.example/a/sets/b');
  assert.equal(
    questionActivityId('https://x.example', 's', 'q 1'),
    'https://x.example/sets/s/questions/q%201',
  );
  assert.equal(isoDuration(0), 'PT0S');
  assert.equal(isoDuration(1234), 'PT1.23S');
  assert.equal(isoDuration(3_600_000), 'PT3600S');
  assert.deepEqual(statementsFor('django-flip', {}, ctx()), []);
  // Pure: the same input gives the same statements.
  assert.deepEqual(
    statementsFor('django-answer', quizAnswer, ctx()),
    statementsFor('django-answer', quizAnswer, ctx()),
  );
});

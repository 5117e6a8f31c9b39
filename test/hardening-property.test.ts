// Property-based tests of the loader (fast-check, fixed seed): whatever it is given, it returns a set
// that keeps every rule of the schema, or throws a QuestionSetError that names the place. Nothing else.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { QuestionSetError, parseQuestionSet, parseQuestionSetJson } from '../src/data/load.js';
import type { QuestionSet } from '../src/data/schema.js';
import small from './fixtures/small-set.json';

const RUNS = { seed: 42, numRuns: 300 };
const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** The rules, checked independently of the schema that enforces them. */
function expectValidSet(set: QuestionSet): void {
  expect(set.id).to.match(SLUG);
  expect(set.title.trim()).to.not.equal('');
  expect(set.version).to.be.a('string');
  expect(new Set(set.questions.map((q) => q.id)).size).to.equal(set.questions.length);
  for (const q of set.questions) {
    expect(q.id).to.match(SLUG);
    for (const text of [q.prompt, q.answer]) expect(text.trim()).to.not.equal('');
    expect(q.choices.length).to.be.within(2, 9);
    expect(new Set(q.choices.map((c) => c.id)).size).to.equal(q.choices.length);
    expect(q.choices.some((c) => c.correct === true)).to.equal(true);
    for (const c of q.choices) {
      expect(c.text).to.be.a('string');
      expect(c.correct === undefined || typeof c.correct === 'boolean').to.equal(true);
    }
    if (q.docs !== undefined) expect(q.docs).to.match(/^https?:\/\/\S+$/i);
    expect(['easy', 'medium', 'hard']).to.include(q.difficulty);
    expect(q.topics.every((t) => SLUG.test(t))).to.equal(true);
  }
  // Validating the output again changes nothing.
  expect(parseQuestionSet(set)).to.deep.equal(set);
}

/** Runs the loader; passes when it returns a valid set or throws a well-formed QuestionSetError. */
function expectSetOrTypedError(load: () => QuestionSet): 'ok' | 'error' {
  let set: QuestionSet;
  try {
    set = load();
  } catch (e) {
    expect(e, String(e)).to.be.instanceOf(QuestionSetError);
    const error = e as QuestionSetError;
    expect(['parse', 'schema']).to.include(error.kind);
    expect(error.message.length).to.be.within(1, 1000);
    if (error.kind === 'schema') expect(error.message.startsWith(`${error.path}: `)).to.equal(true);
    return 'error';
  }
  expectValidSet(set);
  return 'ok';
}

type Json = unknown;
type Path = (string | number)[];

/** Every path into the small fixture, e.g. `['questions', 0, 'choices', 1, 'correct']`. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}
const PATHS = pathsOf(small).filter((p) => p.length > 0);
/** Paths of containers, where keys can be added. */
const CONTAINERS = pathsOf(small).filter((p) => {
  const v = at(small, p);
  return !!v && typeof v === 'object';
});

function at(value: Json, path: Path): Json {
  return path.reduce<Json>((v, k) => (v as Record<string | number, Json>)?.[k], value);
}

const nasty = fc.constantFrom<Json>(
  null,
  '',
  '   ',
  0,
  -1,
  1.5,
  true,
  '1',
  'true',
  [],
  {},
  'x'.repeat(9000),
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  'Q1',
);

type Mutation =
  | { op: 'set'; path: Path; value: Json }
  | { op: 'delete'; path: Path }
  | { op: 'add'; path: Path; key: string; value: Json }
  | { op: 'duplicate'; path: Path };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('set' as const),
    path: fc.constantFrom(...PATHS),
    value: fc.oneof(nasty, fc.jsonValue({ maxDepth: 3 })),
  }),
  fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...PATHS) }),
  fc.record({
    op: fc.constant('add' as const),
    path: fc.constantFrom(...CONTAINERS),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'correct'), fc.string()),
    value: fc.oneof(fc.constant({ correct: true, polluted: true }), fc.jsonValue({ maxDepth: 2 })),
  }),
  fc.record({ op: fc.constant('duplicate' as const), path: fc.constantFrom(...PATHS) }),
);

/** Apply mutations to a copy, making keys own properties the way JSON.parse does (`__proto__` too). */
function mutate(mutations: Mutation[]): Json {
  const copy = structuredClone(small) as Json;
  for (const m of mutations) {
    const parent = at(copy, m.path.slice(0, -1)) as Record<string | number, Json> | undefined;
    const key = m.path[m.path.length - 1];
    if (m.op === 'add') {
      const target = at(copy, m.path);
      if (target && typeof target === 'object')
        Object.defineProperty(target, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      continue;
    }
    if (!parent || typeof parent !== 'object') continue;
    if (m.op === 'set') parent[key] = m.value;
    else if (m.op === 'delete') {
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete parent[key];
    } else if (Array.isArray(parent) && typeof key === 'number') {
      parent.splice(key, 0, structuredClone(parent[key])); // a duplicate id, right next to it
    }
  }
  return copy;
}

describe('question set loader, property-based', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).correct).to.equal(undefined);
  });

  it('any JSON value: a valid set or a QuestionSetError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectSetOrTypedError(() => parseQuestionSet(value));
      }),
      RUNS,
    );
  });

  it('any text, and any JSON value as text: a valid set or a QuestionSetError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.jsonValue().map(String)),
        (text) => {
          expectSetOrTypedError(() => parseQuestionSetJson(text));
        },
      ),
      RUNS,
    );
  });

  it('the small set cut off anywhere: a parse error naming the source, or a valid set', () => {
    const text = JSON.stringify(small, null, 2);
    fc.assert(
      fc.property(fc.nat({ max: text.length }), (end) => {
        const outcome = expectSetOrTypedError(() => parseQuestionSetJson(text.slice(0, end), 'X'));
        expect(outcome).to.equal(end === text.length ? 'ok' : 'error');
      }),
      RUNS,
    );
  });

  it('the small set with 1–4 fields mutated, deleted, added or duplicated', () => {
    const outcomes = { ok: 0, error: 0 };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const value = mutate(mutations);
        outcomes[expectSetOrTypedError(() => parseQuestionSet(value))]++;
        // The same value through JSON text gives the same outcome.
        let text: string | undefined;
        try {
          text = JSON.stringify(value);
        } catch {
          // (a mutation cannot make a cycle, but be safe)
        }
        if (text !== undefined) expectSetOrTypedError(() => parseQuestionSetJson(text));
      }),
      RUNS,
    );
    // Both outcomes were exercised: the mutations are neither all harmless nor all fatal.
    expect(outcomes.ok).to.be.above(10);
    expect(outcomes.error).to.be.above(10);
  });

  it('a value nested 100 000 deep, handed over in code: a QuestionSetError', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => parseQuestionSet({ id: 'x', title: 'T', questions: deep }))
      .to.throw(QuestionSetError)
      .with.property('message', 'questions[0]: expected an object, got a list');
  });

  it('a JSON text with a byte order mark loads', () => {
    const set = parseQuestionSetJson(`\uFEFF${JSON.stringify(small)}`);
    expect(set.id).to.equal('small-set');
  });
});

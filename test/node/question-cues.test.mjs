// The bundled question set as an assessment: a test-wise guesser (pick the longest choice, avoid
// absolute words, trust hedges, assume "all but one" in select-all questions) should score near
// chance. This computes those cue figures over data/django-questions.json and fails past the bounds
// of issue 17; it also checks the set's size, ids, topics, docs links and code-reading questions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const set = JSON.parse(readFileSync('data/django-questions.json', 'utf8'));
const vocabulary = Object.keys(JSON.parse(readFileSync('data/topics.json', 'utf8')).topics);
const corrections = readFileSync('data/CORRECTIONS.md', 'utf8');

/** Words that make a statement absolute; test-wise guessers treat them as marks of a wrong choice. */
const ABSOLUTE =
  /\b(only|never|always|automatically|must|every|all|none|nothing|cannot|can't|impossible|entirely|completely|guaranteed?s?)\b/i;
/** Hedges; test-wise guessers treat them as marks of the right choice. */
const HEDGE =
  /\b(usually|generally|typically|often|mostly|normally|sometimes|may|might|could|likely|largely|by default|in most cases|tends? to)\b/i;
/** Code is not prose: `only()` or `all()` in backticks is an API name, not an absolute claim. */
const prose = (s) => s.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`]*`/g, ' ');

/** The 30 ids of version 1 of the set: learners' stored progress points at them. */
const V1_IDS = [
  'what-is-django',
  'queryset-evaluation',
  'what-is-a-model',
  'template-language',
  'project-vs-app',
  'middleware-order',
  'url-dispatch',
  'migrations-commands',
  'built-in-signals',
  'django-rest-framework',
  'session-storage',
  'built-in-security-protections',
  'csrf-protection',
  'auth-built-in-views',
  'cache-backends',
  'allowed-hosts',
  'select-related-vs-prefetch-related',
  'context-processors',
  'generic-editing-views',
  'static-files-production',
  'gunicorn',
  'celery-on-commit',
  'request-factory',
  'form-cleaned-data',
  'class-based-view-as-view',
  'url-reversing',
  'json-response',
  'django-testcase',
  'password-hashing',
  'middleware-mixin',
];

/** The cue figures of a set of questions. */
export function cueFigures(questions) {
  const f = {
    single: 0,
    keyLongest: 0,
    keyShortest: 0,
    keys: 0,
    distractors: 0,
    keyAbsolute: 0,
    distractorAbsolute: 0,
    keyHedge: 0,
    distractorHedge: 0,
    selectAll: 0,
    selectAllBad: [],
    positions: [],
  };
  for (const q of questions) {
    const keys = q.choices.filter((c) => c.correct);
    for (const c of q.choices) {
      const text = prose(c.text);
      if (c.correct) {
        f.keys++;
        f.keyAbsolute += ABSOLUTE.test(text);
        f.keyHedge += HEDGE.test(text);
      } else {
        f.distractors++;
        f.distractorAbsolute += ABSOLUTE.test(text);
        f.distractorHedge += HEDGE.test(text);
      }
    }
    if (keys.length === 1) {
      f.single++;
      const key = keys[0];
      const others = q.choices.filter((c) => c !== key).map((c) => c.text.length);
      if (others.every((n) => n < key.text.length)) f.keyLongest++;
      if (others.every((n) => n > key.text.length)) f.keyShortest++;
      const at = q.choices.indexOf(key);
      f.positions[at] = (f.positions[at] ?? 0) + 1;
    } else {
      f.selectAll++;
      const wrong = q.choices.length - keys.length;
      if (q.choices.length < 4 || q.choices.length > 5 || keys.length > 3 || wrong < 2)
        f.selectAllBad.push(q.id);
    }
  }
  const pct = (a, b) => (b ? (100 * a) / b : 0);
  return {
    ...f,
    longestPct: pct(f.keyLongest, f.single),
    shortestPct: pct(f.keyShortest, f.single),
    keyAbsolutePct: pct(f.keyAbsolute, f.keys),
    distractorAbsolutePct: pct(f.distractorAbsolute, f.distractors),
    keyHedgePct: pct(f.keyHedge, f.keys),
    distractorHedgePct: pct(f.distractorHedge, f.distractors),
    topPositionPct: pct(Math.max(0, ...f.positions.map((n) => n ?? 0)), f.single),
  };
}

/** The bounds of issue 17 (and two more of the same kind: shortest key, key position). */
function cueProblems(f) {
  const problems = [];
  if (f.longestPct > 35)
    problems.push(
      `the key is the longest choice in ${f.longestPct.toFixed(1)}% of single-answer questions (bound 35%)`,
    );
  if (f.shortestPct > 35)
    problems.push(`the key is the shortest choice in ${f.shortestPct.toFixed(1)}% (bound 35%)`);
  const gap = Math.abs(f.keyAbsolutePct - f.distractorAbsolutePct);
  if (gap > 10)
    problems.push(
      `absolute words: keys ${f.keyAbsolutePct.toFixed(1)}% vs distractors ${f.distractorAbsolutePct.toFixed(1)}% (gap bound 10 points)`,
    );
  if (f.keyHedge > 0 && f.distractorHedge === 0) problems.push('hedges appear only in keys');
  if (f.keyHedgePct - f.distractorHedgePct > 10)
    problems.push(
      `hedges: keys ${f.keyHedgePct.toFixed(1)}% vs distractors ${f.distractorHedgePct.toFixed(1)}% (bound 10 points)`,
    );
  if (f.selectAllBad.length)
    problems.push(
      `select-all questions without 4–5 choices, 1–3 correct and 2+ wrong: ${f.selectAllBad.join(', ')}`,
    );
  if (f.topPositionPct > 40)
    problems.push(
      `one answer position holds ${f.topPositionPct.toFixed(1)}% of the keys (bound 40%)`,
    );
  return problems;
}

test('cue figures of the bundled set are within the bounds', (t) => {
  const f = cueFigures(set.questions);
  t.diagnostic(
    `single-answer ${f.single}: key longest ${f.keyLongest} (${f.longestPct.toFixed(1)}%), shortest ${f.keyShortest} (${f.shortestPct.toFixed(1)}%), positions ${f.positions.join('/')}; ` +
      `absolute words: keys ${f.keyAbsolute}/${f.keys} (${f.keyAbsolutePct.toFixed(1)}%), distractors ${f.distractorAbsolute}/${f.distractors} (${f.distractorAbsolutePct.toFixed(1)}%); ` +
      `hedges: keys ${f.keyHedge}/${f.keys}, distractors ${f.distractorHedge}/${f.distractors}; select-all ${f.selectAll}`,
  );
  assert.deepEqual(cueProblems(f), []);
});

test('the cue check fails on a cued set (keys made longest, absolute distractors, all-but-one select-all)', () => {
  const cued = structuredClone(set.questions).map((q) => ({
    ...q,
    choices: q.choices.map((c) =>
      c.correct
        ? { ...c, text: `${c.text}, as the Django documentation explains in detail` }
        : { ...c, text: `It always ${c.text}` },
    ),
  }));
  cued.push({
    id: 'x',
    choices: [
      { text: 'a', correct: true },
      { text: 'b', correct: true },
      { text: 'c', correct: true },
      { text: 'd' },
    ],
  });
  const problems = cueProblems(cueFigures(cued)).join('\n');
  assert.match(problems, /longest choice/);
  assert.match(problems, /absolute words/);
  assert.match(problems, /select-all questions .*: x/);
});

test('the set keeps every version-1 id and has at least 60 questions', () => {
  const ids = set.questions.map((q) => q.id);
  assert.ok(ids.length >= 60, `${ids.length} questions`);
  for (const id of V1_IDS) assert.ok(ids.includes(id), `question "${id}" is missing`);
  assert.match(set.description, new RegExp(`^${ids.length} `), 'the description states the count');
});

test('topics come from data/topics.json, including sessions and transactions', () => {
  const used = new Set(set.questions.flatMap((q) => q.topics));
  for (const t of used)
    assert.ok(vocabulary.includes(t), `topic "${t}" is not in data/topics.json`);
  for (const t of ['sessions', 'transactions']) assert.ok(used.has(t), `no question is about ${t}`);
  for (const q of set.questions) assert.ok(q.topics?.length, `${q.id} has no topic`);
});

test('every question links a Django 5.2 docs anchor that CORRECTIONS.md lists as checked', () => {
  for (const q of set.questions) {
    assert.match(
      q.docs ?? '',
      /^https:\/\/docs\.djangoproject\.com\/en\/5\.2\/[a-z0-9/_-]+\/#[\w.-]+$/,
      `${q.id}: ${q.docs}`,
    );
    const path = q.docs.replace('https://docs.djangoproject.com/en/5.2/', '');
    assert.ok(
      corrections.includes(`\`${path}\``),
      `${q.id}: ${path} is not in CORRECTIONS.md's anchor table`,
    );
  }
});

test('at least 8 code-reading questions show a fenced code block with a language', () => {
  const code = set.questions.filter((q) =>
    /```(python|django|html|sql)\n[\s\S]+?\n```/.test(q.prompt),
  );
  assert.ok(code.length >= 8, `${code.length} code-reading questions`);
  for (const q of set.questions) {
    const fences = q.prompt.match(/```/g)?.length ?? 0;
    assert.equal(fences % 2, 0, `${q.id} has an unterminated code fence`);
  }
});

test('code is marked as code: no bare snake_case API names or template tags in prose', () => {
  const bare = [];
  for (const q of set.questions) {
    const texts = [
      q.prompt,
      q.answer,
      q.explanation ?? '',
      q.note ?? '',
      ...q.choices.flatMap((c) => [c.text, c.why ?? '']),
    ];
    for (const s of texts) {
      const m = prose(s).match(
        /\{%[^%]*%\}|\{\{[^}]*\}\}|\b[a-z]+_[a-z_]+\(\)|\b[a-z]+\.[a-z_]+\(\)/,
      );
      if (m) bare.push(`${q.id}: ${m[0]}`);
    }
  }
  assert.deepEqual(bare, []);
});

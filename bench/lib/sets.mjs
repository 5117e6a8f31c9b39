// Synthetic question sets for the scale runs, generated at run time into bench/.sets/ (gitignored).
// Deterministic: the same size always gives the same file. About 0.6 KB of JSON per question (the
// bundled Django questions average 1.5 KB; smaller keeps the 50,000 set at a size a page might load).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOPICS = ['orm', 'views', 'templates', 'forms', 'security', 'admin', 'testing', 'cache'];
const LEVELS = ['easy', 'medium', 'hard'];
const GENERATOR_VERSION = 1;

/** The filter the scale runs apply (keeps about two thirds of a set), as attributes and as a Selection. */
export const SCALE_FILTER = {
  attribute: 'easy,medium',
  selection: { difficulty: ['easy', 'medium'] },
};

function question(i) {
  const topic = TOPICS[i % TOPICS.length];
  const difficulty = LEVELS[i % LEVELS.length];
  const multi = i % 5 === 0;
  const choices = ['a', 'b', 'c', 'd'].map((id, k) => ({
    id,
    text: `Choice ${id.toUpperCase()} for question ${i}: a plausible answer about ${topic}`,
    ...(k === i % 4 || (multi && k === (i + 1) % 4) ? { correct: true } : {}),
    ...(k === 0 ? { why: `Why choice A is or is not right for question ${i}.` } : {}),
  }));
  return {
    id: `q-${i}`,
    prompt: `Synthetic question ${i} about ${topic}: which of these statements holds in Django?`,
    answer: `The answer to question ${i}, written out as a short paragraph for the back of a card.`,
    explanation: `An explanation for question ${i} that a learner reads after checking the answer.`,
    choices,
    topics: [topic, TOPICS[(i + 3) % TOPICS.length]],
    difficulty,
    docs: `https://docs.djangoproject.com/en/5.2/topics/${topic}/#q-${i}`,
  };
}

/** Writes (once) and returns the URL path and facts of a set of `n` questions. */
export function ensureSet(root, n) {
  const dir = join(root, 'bench/.sets');
  mkdirSync(dir, { recursive: true });
  const name = `set-${n}-v${GENERATOR_VERSION}.json`;
  const file = join(dir, name);
  const questions = Array.from({ length: n }, (_, i) => question(i + 1));
  if (!existsSync(file)) {
    const set = { id: `synthetic-${n}`, title: `Synthetic set of ${n}`, version: '1', questions };
    writeFileSync(file, JSON.stringify(set));
  }
  const keep = new Set(SCALE_FILTER.selection.difficulty);
  const first = questions.find((q) => keep.has(q.difficulty));
  return { path: `/bench/.sets/${name}`, file, n, firstPrompt: first.prompt };
}

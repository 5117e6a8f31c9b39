// The quiz must not pull in the scheduler: ts-fsrs is reachable only from the flashcard's modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

async function moduleGraph(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    format: 'esm',
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  const inputs = result.metafile.inputs;
  const importersOf = (name) =>
    Object.entries(inputs)
      .filter(([, i]) => i.imports.some((x) => x.external && x.path === name))
      .map(([file]) => file);
  return {
    files: Object.keys(inputs),
    packages: new Set(
      Object.values(inputs).flatMap((i) => i.imports.filter((x) => x.external).map((x) => x.path)),
    ),
    importersOf,
  };
}

test('the quiz does not import ts-fsrs or the flashcard state', async () => {
  const quiz = await moduleGraph('src/components/quiz/django-quiz.ts');
  assert.ok(quiz.packages.has('lit'), 'graph should see lit (the check itself works)');
  assert.ok(!quiz.packages.has('ts-fsrs'), 'quiz graph imports ts-fsrs');
  assert.ok(!quiz.files.some((f) => f.includes('flashcard')), 'quiz graph reaches flashcard code');
});

test('the flashcard uses ts-fsrs through src/state/flashcard-state.ts only', async () => {
  const card = await moduleGraph('src/components/flashcard/django-flashcard.ts');
  assert.deepEqual(card.importersOf('ts-fsrs'), ['src/state/flashcard-state.ts']);
});

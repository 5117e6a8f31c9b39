// ts-fsrs is reachable only through src/state/flashcard-state.ts, and the quiz never reaches the flashcard element.
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

test('the quiz reaches the scheduler only through the progress module, never the flashcard element', async () => {
  // A quiz mistake is an Again review of that question's card (src/progress/cards.ts), so the
  // scheduler's state module is in the quiz's graph since issue 15; the flashcard element is not.
  const quiz = await moduleGraph('src/components/quiz/django-quiz.ts');
  assert.ok(quiz.packages.has('lit'), 'graph should see lit (the check itself works)');
  assert.deepEqual(quiz.importersOf('ts-fsrs'), ['src/state/flashcard-state.ts']);
  assert.ok(
    !quiz.files.some((f) => f.includes('components/flashcard')),
    'quiz graph reaches the flashcard element',
  );
});

test('the flashcard uses ts-fsrs through src/state/flashcard-state.ts only', async () => {
  const card = await moduleGraph('src/components/flashcard/django-flashcard.ts');
  assert.deepEqual(card.importersOf('ts-fsrs'), ['src/state/flashcard-state.ts']);
});

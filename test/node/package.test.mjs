// The package as npm users consume it: `sideEffects` names exactly the modules that register
// elements, and the published .d.ts give typed tags and events through the `exports` map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { SCRIPT_TAG_FILES } from '../../scripts/script-tag-files.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** package.json `sideEffects` globs (`*` within one path segment) as regular expressions. */
const sideEffectPatterns = pkg.sideEffects.map(
  (glob) =>
    new RegExp(
      `^${glob
        .replace(/^\.\//, '')
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')}$`,
    ),
);
const declaredSideEffect = (path) => sideEffectPatterns.some((re) => re.test(path));

test('sideEffects lists every built module that registers an element, and no class module', () => {
  const esm = files(join(ROOT, 'dist'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => relative(ROOT, f))
    .filter((f) => !/^dist\/(django-quiz-elements[\w.-]*|embed|embed-parent)\.js$/.test(f));
  assert.ok(esm.length > 20, `${esm.length} modules`);
  const registering = [];
  for (const file of esm) {
    const code = readFileSync(join(ROOT, file), 'utf8');
    // A top-level `X.define('tag')` or customElements.define call, or an import of such a module.
    const registers =
      /^\w+\.define\(['"]/m.test(code) ||
      /customElements\.define\(/.test(code) ||
      /^import ['"]\.[^'"]*\/django-[\w-]+\.js['"]/m.test(code);
    if (registers) registering.push(file);
    assert.equal(
      declaredSideEffect(file),
      registers,
      `${file}: registers=${registers}, listed in sideEffects=${declaredSideEffect(file)}`,
    );
  }
  assert.deepEqual(registering.sort(), [
    'dist/components/flashcard/django-flashcard.js',
    'dist/components/question-set/django-question-set.js',
    'dist/components/quiz/django-quiz.js',
    'dist/define-flashcard.js',
    'dist/define-quiz.js',
    'dist/define.js',
  ]);
  // The classic scripts run for their effect when imported, too.
  const scriptTags = SCRIPT_TAG_FILES.map((f) => f.file);
  for (const file of [...scriptTags, 'dist/embed.js', 'dist/embed-parent.js'])
    assert.ok(declaredSideEffect(file), `${file} is not listed in sideEffects`);
});

test('a TypeScript consumer gets typed tags, events and the xAPI module through the exports map', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dqe-consumer-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'django-quiz-elements'), 'dir');
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(dir, 'consumer.ts'),
      `import 'django-quiz-elements/define.js';
import { DjangoQuiz } from 'django-quiz-elements/quiz.js';
import { DjangoQuestionSet } from 'django-quiz-elements/question-set.js';
import { XapiReporter, type XapiStatement } from 'django-quiz-elements/xapi.js';
import { MESSAGE_PREFIX, type EmbedMessage } from 'django-quiz-elements';

const quiz: DjangoQuiz = document.createElement('django-quiz');
const set: DjangoQuestionSet = document.createElement('django-question-set');
set.topics = 'orm';
quiz.passMark = 80;
quiz.addEventListener('django-complete', (e) => {
  if (e.detail.widget === 'quiz') {
    const percent: number = e.detail.percent;
    console.log(percent);
  }
});
quiz.addEventListener('django-answer', (e) => {
  // @ts-expect-error questionId is a string
  const wrong: number = e.detail.questionId;
  console.log(wrong);
});
document.addEventListener('django-xapi', (e) => {
  const statement: XapiStatement = e.detail.statement;
  console.log(statement.verb.id);
});
new XapiReporter({ actor: { mbox: 'mailto:a@example.com' }, endpoint: 'https://lrs.example.com/xapi/' });
// @ts-expect-error an actor needs an identifier
new XapiReporter({ actor: { name: 'nobody' } });
const message: EmbedMessage = { type: \`\${MESSAGE_PREFIX}resize\` as 'django-quiz-elements:resize', height: 10 };
console.log(message);
`,
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { stdio: 'pipe' });
    } catch (e) {
      assert.fail(`the consumer did not type-check:\n${e.stdout}${e.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

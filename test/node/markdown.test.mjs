// Markdown support seen from outside the browser: the lexer (marked) and the highlighter stay out of
// the quiz's static import graph, and the Markdown ⇄ JSON CLI (run on the built dist/, as `npm test`
// does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { SCRIPT_TAG_FILES } from '../../scripts/script-tag-files.mjs';

/** Files reachable from `entry` by static imports only, and those reached by dynamic ones. */
async function graph(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    splitting: true,
    outdir: 'out',
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  const inputs = result.metafile.inputs;
  const seen = new Set();
  const dynamic = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of inputs[file]?.imports ?? []) {
      if (i.kind === 'dynamic-import') dynamic.add(i.path);
      else if (i.kind === 'import-statement') walk(i.path);
    }
  };
  walk(entry);
  return { statics: [...seen], dynamic: [...dynamic] };
}

test('the quiz and the flashcard import the lexer and the highlighter only dynamically', async () => {
  for (const entry of [
    'src/components/quiz/django-quiz.ts',
    'src/components/flashcard/django-flashcard.ts',
  ]) {
    const { statics, dynamic } = await graph(entry);
    for (const [name, module, pkg] of [
      ['lexer', 'src/markdown/lexer.ts', 'node_modules/marked/'],
      ['highlighter', 'src/markdown/highlight.ts', 'node_modules/refractor/'],
    ]) {
      assert.ok(!statics.some((f) => f.includes(pkg)), `${entry} statically reaches ${pkg}`);
      assert.ok(!statics.includes(module), `${entry} statically imports ${module}`);
      assert.ok(dynamic.includes(module), `${entry}: no dynamic import of the ${name}`);
    }
  }
});

test('the script-tag files fetch the lexer and the highlighter from files of their own', () => {
  for (const { file } of SCRIPT_TAG_FILES) {
    const iife = readFileSync(file, 'utf8');
    assert.match(iife, /django-quiz-markdown\.js/, file);
    assert.match(iife, /django-quiz-highlight\.js/, file);
    assert.doesNotMatch(iife, /marked\(\)|refractor|Prism/, `${file} carries marked or refractor`);
  }
  for (const part of ['dist/django-quiz-markdown.js', 'dist/django-quiz-highlight.js']) {
    assert.doesNotMatch(readFileSync(part, 'utf8'), /lit-html|customElements/, `${part}: Lit`);
  }
  assert.match(readFileSync('dist/django-quiz-markdown.js', 'utf8'), /export\s*\{[^}]*\blex\b/);
});

const CLI = 'bin/django-quiz-md.mjs';
const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

test('the CLI turns Markdown into a valid JSON set', () => {
  const out = execFileSync(process.execPath, [CLI, 'test/fixtures/markdown/orm.md'], {
    encoding: 'utf8',
  });
  const set = JSON.parse(out);
  assert.equal(set.id, 'orm-code');
  assert.equal(set.questions.length, 2);
  assert.equal(set.questions[0].id, 'n-plus-one');
  assert.deepEqual(
    set.questions[0].choices.map((c) => [c.id, c.correct === true]),
    [
      ['one', false],
      ['two', false],
      ['eleven', true],
      ['twenty', false],
    ],
  );
  assert.match(set.questions[0].prompt, /```python\nfor book in Book\.objects\.all\(\):/);
  assert.equal(set.questions[0].choices[0].why, '`Book.objects.all()` does not fetch the authors.');
});

test('the CLI round-trips the bundled set: JSON → Markdown → JSON is the same set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quiz-md-'));
  const md = join(dir, 'django.md');
  const back = join(dir, 'django.json');
  assert.equal(run('data/django-questions.json', '-o', md).status, 0);
  assert.match(readFileSync(md, 'utf8'), /^---\nid: /);
  assert.equal(run(md, '-o', back).status, 0);
  const original = JSON.parse(execFileSync(process.execPath, [CLI, md], { encoding: 'utf8' }));
  assert.deepEqual(JSON.parse(readFileSync(back, 'utf8')), original);
  const source = JSON.parse(readFileSync('data/django-questions.json', 'utf8'));
  assert.deepEqual(
    original.questions.map((q) => q.id),
    source.questions.map((q) => q.id),
  );
});

test('the CLI names the file and line of a mistake, and exits 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quiz-md-'));
  const file = join(dir, 'orm.md');
  writeFileSync(
    file,
    readFileSync('test/fixtures/markdown/orm.md', 'utf8').replace('- [x] 11', '- [ ] 11'),
  );
  const result = run('--check', file);
  assert.equal(result.status, 1);
  assert.equal(
    result.stderr.trim(),
    'orm.md:8: question "How many queries does this loop run for 10 books?" has no correct choice (mark one "- [x]")',
  );
  assert.equal(run('--check', 'test/fixtures/markdown/orm.md').status, 0);
  const usage = run();
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /Usage: django-quiz-md/);
});

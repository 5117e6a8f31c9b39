// Node-side checks of generated and built files (run by `npm test` after `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';

test('generated files (JSON Schema, default-set module) are fresh', () => {
  execFileSync(process.execPath, ['scripts/gen.mjs', '--check'], { stdio: 'pipe' });
});

test('the script-tag bundle is one file with no import/export statements', () => {
  const code = readFileSync('dist/django-quiz-elements.js', 'utf8');
  assert.doesNotMatch(code, /(^|[;}\n])\s*(import\s*[{*\w'"]|export\s*[{*\w])/);
  assert.match(code, /django-quiz/);
});

test('every package.json export points to a built file', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const [name, target] of Object.entries(pkg.exports)) {
    if (name.includes('*')) continue;
    const files = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of files) assert.ok(existsSync(file), `${name} → ${file} is missing`);
  }
});

test('published ESM has no bare JSON imports and keeps lit external', () => {
  const files = execFileSync('find', [
    'dist',
    '-name',
    '*.js',
    '-not',
    '-name',
    'django-quiz-elements.js',
    '-not',
    '-name',
    'embed*',
  ])
    .toString()
    .trim()
    .split('\n');
  assert.ok(files.length > 5);
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /from\s+['"][^'"]+\.json['"]/, file);
  }
  assert.match(readFileSync('dist/components/quiz/quiz.js', 'utf8'), /from 'lit'/);
});

test('custom-elements.json describes the elements', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .map((d) => d.tagName)
    .filter(Boolean);
  assert.ok(tags.includes('django-quiz'), `tags: ${tags}`);
});

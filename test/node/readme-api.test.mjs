// The README's API tables are generated from custom-elements.json (scripts/readme-api.mjs) and must
// be fresh: `npm run docs` rewrites them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { END, START, elements, renderApi, updateReadme } from '../../scripts/readme-api.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');

test('README.md API tables are fresh (scripts/readme-api.mjs --check)', () => {
  execFileSync(process.execPath, ['scripts/readme-api.mjs', '--check'], { stdio: 'pipe' });
});

test('the check fails when the manifest says something the README does not', () => {
  const changed = structuredClone(manifest);
  elements(changed)[0].attributes[0].description = 'A description the README does not have.';
  assert.notEqual(updateReadme(readme, renderApi(changed)), readme);
});

test('every element, attribute, event, part and custom property is in the README', () => {
  for (const d of elements(manifest)) {
    assert.ok(readme.includes(`### \`<${d.tagName}>\``), d.tagName);
    for (const item of [
      ...(d.attributes ?? []),
      ...(d.events ?? []),
      ...(d.cssParts ?? []),
      ...(d.cssProperties ?? []),
    ]) {
      assert.ok(readme.includes(`| \`${item.name}\` |`), `${d.tagName}: ${item.name}`);
    }
  }
});

test('every documented item has a description (the class JSDoc is complete)', () => {
  for (const d of elements(manifest)) {
    assert.ok(d.summary, `${d.tagName} has a @summary`);
    const items = [
      ...(d.attributes ?? []),
      ...(d.events ?? []),
      ...(d.cssParts ?? []),
      ...(d.cssProperties ?? []),
      ...(d.slots ?? []),
    ];
    for (const item of items) assert.ok(item.description?.trim(), `${d.tagName}: ${item.name}`);
  }
});

test('a README without the markers is refused, not silently appended to', () => {
  assert.throws(() => updateReadme('# no markers\n', renderApi(manifest)), /api:start/);
  assert.ok(readme.indexOf(START) < readme.indexOf(END));
});

// Size budgets (package.json "sizeBudget": { "<built file>": <max gzip bytes> }), checked after
// `npm run build`. Sizes are deterministic, so this is exact; times are not, so they are only
// reported by `npm run bench`, never tested. Raise a budget on purpose, with a note in the commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SCRIPT_TAG_FILES } from '../../scripts/script-tag-files.mjs';

const { sizeBudget } = JSON.parse(readFileSync('package.json', 'utf8'));

test('package.json sets a gzip budget for every script-tag file', () => {
  for (const { file } of SCRIPT_TAG_FILES) assert.equal(typeof sizeBudget?.[file], 'number', file);
});

for (const [file, budget] of Object.entries(sizeBudget ?? {})) {
  test(`${file} is within its gzip budget of ${budget} bytes`, () => {
    const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
    assert.ok(
      gzip <= budget,
      `${file} is ${gzip} bytes gzip, over its budget of ${budget} (${gzip - budget} bytes over). ` +
        'Run `npm run bench` to see what grew; raise "sizeBudget" in package.json only on purpose.',
    );
  });
}

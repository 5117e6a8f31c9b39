// A fresh `git clone` must pass `npm test` with nothing run before it: no step may read a file that
// only an earlier, separate command (a build, `npm run analyze`) would have made. This clones HEAD into
// a temp folder, installs from the lock (`npm ci`, as .ci/run and a new user do) and runs every step of
// the `test` script except the two runners that are running this very test (node --test, the browser
// suite), in order, exactly as package.json gives them. It also checks that .ci/run runs the
// README's commands and builds nothing by hand before them.
//
// It tests what is committed (HEAD), not the working tree: commit first, then run it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

test('.ci/run runs the README commands (npm ci, npm test) and builds nothing before them', () => {
  const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
  const commands = ci
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => /^npm\b/.test(l));
  assert.deepEqual(
    commands.map((c) => c.replace(/\s+--no-(audit|fund)/g, '')),
    ['npm ci', 'npm test'],
  );
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.match(readme, /npm install && npm start/);
  assert.match(readme, /^npm test\b/m);
});

test(
  'a fresh clone of HEAD passes every build step of `npm test` with nothing run before',
  {
    timeout: 8 * 60_000,
  },
  () => {
    if (!existsSync(join(ROOT, '.git'))) return; // an unpacked tarball has no history to clone
    const dir = mkdtempSync(join(tmpdir(), 'dqe-fresh-'));
    try {
      execFileSync('git', ['clone', '--quiet', '--no-local', ROOT, dir], { stdio: 'pipe' });
      execSync('npm ci --no-audit --no-fund --prefer-offline', {
        cwd: dir,
        stdio: 'pipe',
        env: { ...process.env, npm_config_loglevel: 'error' },
      });
      for (const f of ['custom-elements.json', 'dist', 'storybook-static']) {
        assert.ok(!existsSync(join(dir, f)), `${f} is generated and must not be committed`);
      }
      const steps = pkg.scripts.test
        .split('&&')
        .map((s) => s.trim())
        .filter((s) => !/^node --test\b/.test(s) && !/^web-test-runner\b/.test(s));
      assert.ok(steps.length >= 4, steps.join(' | '));
      for (const step of steps) {
        try {
          execSync(step, { cwd: dir, stdio: 'pipe', env: { ...process.env, CI: 'true' } });
        } catch (error) {
          const out = `${error.stdout ?? ''}${error.stderr ?? ''}`.slice(-4000);
          assert.fail(`fresh clone: \`${step}\` failed:\n${out}`);
        }
      }
      assert.ok(existsSync(join(dir, 'custom-elements.json')));
      assert.ok(existsSync(join(dir, 'dist/django-quiz-elements.js')));
      assert.ok(existsSync(join(dir, 'storybook-static/index.html')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

// The README's embedding recipes, in the real hosts. Each folder under test/hosts/ is a small project
// of one host (React 19 + Vite, Vue 3 + Vite, Hugo, MkDocs Material, Eleventy, Docusaurus) that uses
// the package the way a user would: the npm ones install the tarball `npm pack` makes of this build
// (locked, with `npm ci`), the others copy the script-tag file out of that same tarball. Each is built
// by its own toolchain, served on loopback and opened in Chromium; a question is answered and the
// host's own code (a React state, a Vue ref, a listener in a Hugo layout, …) must show the
// `django-answer` event it received.
//
// The tarball is packed once per run into test/hosts/.cache/ (git-ignored). A fixture's node_modules
// is kept between runs and reinstalled (`npm ci --prefer-offline`, from npm's cache) only when its
// lockfile or the tarball changed. The fixture lockfiles carry no `integrity` for the tarball: npm
// caches by integrity and would otherwise install a stale build without a word.
//
// HOSTS=react,hugo node --test test/node/hosts.test.mjs runs only those hosts.
//
// Hugo and MkDocs come from Debian (.ci/run installs them). Where one is missing outside CI the host
// is skipped with a note; in CI (CI=true) a missing tool fails.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import { SIBLING_FILES } from '../../bin/sibling-files.mjs';
import { chromium } from 'playwright-core';

const ROOT = new URL('../../', import.meta.url).pathname;
const HOSTS = join(ROOT, 'test/hosts');
const CACHE = join(HOSTS, '.cache');
const TARBALL = join(CACHE, 'django-quiz-elements.tgz');
const SCRIPT = join(CACHE, 'package/dist/django-quiz-elements.js');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const TIMES = [];

const sha = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const run = (cmd, args, cwd, env = {}) => {
  try {
    return execFileSync(cmd, args, {
      cwd,
      stdio: 'pipe',
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'error', ...env },
    });
  } catch (error) {
    const out = `${error.stdout ?? ''}${error.stderr ?? ''}`.slice(-4000);
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed:\n${out}`);
  }
};
const has = (tool) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
};

/** `npm ci` in a fixture unless its node_modules already holds this lockfile and this tarball. */
function npmInstall(dir) {
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  const entry = lock.packages['node_modules/django-quiz-elements'];
  assert.equal(entry?.resolved, 'file:../.cache/django-quiz-elements.tgz', `${dir}: lock entry`);
  assert.equal(
    entry.integrity,
    undefined,
    `${dir}/package-lock.json: drop the tarball's "integrity" (npm would install a stale cached build)`,
  );
  const stamp = join(dir, 'node_modules/.django-quiz-elements-stamp');
  const want = `${sha(join(dir, 'package-lock.json'))} ${sha(TARBALL)}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return 'cached';
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], dir);
  writeFileSync(stamp, want);
  return 'npm ci';
}

/** Copy the script-tag file and its sibling files (from the packed tarball) into a static host's asset folder. */
function copyScript(toDir) {
  mkdirSync(toDir, { recursive: true });
  copyFileSync(SCRIPT, join(toDir, 'django-quiz-elements.js'));
  for (const f of SIBLING_FILES) copyFileSync(join(dirname(SCRIPT), f), join(toDir, f));
}

/** The part of a fixture file the README must carry word for word (between recipe markers, or all). */
function recipeText(file) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes('recipe-start'));
  if (start < 0) return text.trim();
  const end = lines.findIndex((l, i) => i > start && l.includes('recipe-end'));
  const body = lines.slice(start + 1, end);
  const indent = Math.min(...body.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return body
    .map((l) => l.slice(indent))
    .join('\n')
    .trim();
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static server over one folder on an ephemeral loopback port. */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path.includes('..')) return res.writeHead(400).end();
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = await readFile(join(dir, path));
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      try {
        const body = await readFile(join(dir, path, 'index.html'));
        res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

let browser;

/**
 * Open a built page, answer the first question of its <django-quiz> and return what the host's own
 * code shows in `#host-log`, with the quiz's properties as the page sees them.
 */
async function answerOnPage(url, { check = 'Check' } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  try {
    await page.goto(url);
    const quiz = page.locator('django-quiz').first();
    const choice = quiz.locator('label[part~="choice"]').first();
    await choice.waitFor({ timeout: 15_000 });
    await choice.click();
    const button = quiz.locator('.actions button.primary');
    assert.equal((await button.textContent()).trim(), check, 'the primary button');
    await button.click();
    await page.waitForFunction(
      () => /: (right|wrong)/.test(document.querySelector('#host-log')?.textContent ?? ''),
      null,
      { timeout: 10_000 },
    );
    const state = await page.evaluate(() => {
      const el = document.querySelector('django-quiz');
      return {
        log: document.querySelector('#host-log').textContent.trim(),
        count: el.count,
        passMark: el.passMark,
        feedback: el.shadowRoot.querySelector('[part~="feedback"]')?.textContent ?? '',
        defined: customElements.get('django-quiz') === el.constructor,
      };
    });
    assert.deepEqual(errors, [], 'no page errors');
    return state;
  } finally {
    await page.close();
  }
}

/**
 * Each host: `prepare(dir)` installs and builds, returns the folder to serve and the page path;
 * `expect(state)` checks what the page showed. `recipes` are fixture files the README carries verbatim.
 */
const ONLY = process.env.HOSTS?.split(',');
const HOST_LIST = [
  {
    name: 'react',
    title: 'React 19 + Vite',
    recipes: ['src/OrmPractice.tsx', 'src/custom-elements.d.ts'],
    prepare(dir) {
      const install = npmInstall(dir);
      run('npm', ['run', 'build'], dir); // tsc --noEmit (the README's JSX declarations), vite build
      return { install, out: join(dir, 'dist'), path: '/' };
    },
    check: 'Prüfen',
    expect(state) {
      assert.equal(state.count, 3, 'count={3} reached the element as a number property');
      assert.equal(state.passMark, 80);
    },
  },
  {
    name: 'vue',
    title: 'Vue 3 + Vite',
    recipes: ['vite.config.ts', 'src/OrmPractice.vue'],
    prepare(dir) {
      const install = npmInstall(dir);
      run('npm', ['run', 'build'], dir); // vue-tsc --noEmit, vite build
      return { install, out: join(dir, 'dist'), path: '/' };
    },
    check: 'Prüfen',
    expect(state) {
      assert.equal(state.count, 3, ':count="3" reached the element as a number property');
      assert.equal(state.passMark, 80);
    },
  },
  {
    name: 'hugo',
    title: 'Hugo (Markdown, goldmark)',
    tools: ['hugo'],
    recipes: ['hugo.toml', 'content/posts/orm-quiz.md'],
    prepare(dir) {
      copyScript(join(dir, 'static/js'));
      const out = join(dir, 'public');
      rmSync(out, { recursive: true, force: true });
      run('hugo', ['--quiet', '--destination', out], dir);
      // Without the README's setting, goldmark drops the tags: the setting is what makes it work.
      const safe = join(CACHE, 'hugo-safe');
      run('hugo', ['--quiet', '--destination', safe], dir, {
        HUGO_MARKUP_GOLDMARK_RENDERER_UNSAFE: 'false',
      });
      const page = readFileSync(join(safe, 'posts/orm-quiz/index.html'), 'utf8');
      assert.match(page, /raw HTML omitted/);
      assert.doesNotMatch(page, /<django-quiz/);
      return { install: 'Debian hugo', out, path: '/posts/orm-quiz/' };
    },
    expect: (state) => assert.equal(state.count, 3),
  },
  {
    name: 'mkdocs',
    title: 'MkDocs + Material (Markdown)',
    tools: ['mkdocs'],
    recipes: ['mkdocs.yml', 'docs/orm-quiz.md'],
    prepare(dir) {
      copyScript(join(dir, 'docs/js'));
      const out = join(dir, 'site');
      run('mkdocs', ['build', '--quiet', '--strict', '--site-dir', out], dir);
      assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /assets\/stylesheets\/main/);
      return { install: 'Debian mkdocs, mkdocs-material', out, path: '/orm-quiz/' };
    },
    expect: (state) => assert.equal(state.count, 3),
  },
  {
    name: 'eleventy',
    title: 'Eleventy (Markdown)',
    recipes: ['eleventy.config.js', '_includes/post.njk', 'posts/orm-quiz.md'],
    prepare(dir) {
      const install = npmInstall(dir);
      const out = join(dir, '_site');
      rmSync(out, { recursive: true, force: true });
      run('npm', ['run', 'build'], dir);
      return { install, out, path: '/posts/orm-quiz/' };
    },
    expect: (state) => assert.equal(state.count, 3),
  },
  {
    name: 'docusaurus',
    title: 'Docusaurus (MDX)',
    recipes: ['docusaurus.config.js', 'src/django-quiz-elements.js', 'docs/orm-quiz.mdx'],
    prepare(dir) {
      const install = npmInstall(dir);
      const out = join(dir, 'build');
      run('npm', ['run', 'build'], dir, { DOCUSAURUS_TELEMETRY_DISABLED: '1' });
      return { install, out, path: '/orm-quiz' };
    },
    check: 'Prüfen',
    expect: (state) => assert.equal(state.count, 3, 'count={3} reached the element as a number'),
    // The home page: a plain-attribute tag in Markdown, server-rendered and hydrated as it is.
    more: [{ path: '/', check: 'Check', expect: (state) => assert.equal(state.count, 2) }],
  },
];

describe(
  'real hosts build the README recipes and receive django-answer',
  { concurrency: 1 },
  () => {
    before(() => {
      assert.ok(
        existsSync(join(ROOT, 'dist/django-quiz-elements.js')),
        'run `npm run build` first',
      );
      mkdirSync(CACHE, { recursive: true });
      const name = run('npm', ['pack', '--silent', '--pack-destination', CACHE], ROOT).trim();
      const packed = join(CACHE, name.split('\n').pop());
      rmSync(TARBALL, { force: true });
      cpSync(packed, TARBALL);
      rmSync(packed);
      rmSync(join(CACHE, 'package'), { recursive: true, force: true });
      run('tar', ['xzf', TARBALL], CACHE);
    });
    before(async () => {
      browser = await chromium.launch({
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'],
      });
    });
    after(async () => {
      await browser?.close();
      if (TIMES.length) console.log(TIMES.map((t) => `host ${t}`).join('\n'));
    });

    for (const host of HOST_LIST.filter((h) => !ONLY || ONLY.includes(h.name))) {
      const dir = join(HOSTS, host.name);
      it(`${host.title}: the README carries the fixture's recipe word for word`, () => {
        for (const file of host.recipes) {
          const text = recipeText(join(dir, file));
          assert.ok(
            README.includes(text),
            `README.md lacks test/hosts/${host.name}/${file}:\n${text}`,
          );
        }
      });
      it(
        `${host.title}: built by its toolchain, a question answered, the host sees django-answer`,
        {
          timeout: 10 * 60_000,
        },
        async (t) => {
          const missing = (host.tools ?? []).filter((tool) => !has(tool));
          if (missing.length) {
            assert.ok(!process.env.CI, `${missing.join(', ')} missing (.ci/run installs it)`);
            t.skip(`${missing.join(', ')} not installed`);
            return;
          }
          const t0 = Date.now();
          const { install, out, path } = host.prepare(dir);
          const t1 = Date.now();
          const server = await serve(out);
          try {
            const state = await answerOnPage(server.url + path, { check: host.check });
            assert.ok(state.defined, 'the page registered <django-quiz>');
            assert.match(state.log, /^[\w-]+: (right|wrong)$/, `host log: ${state.log}`);
            assert.match(state.feedback, /Correct|Incorrect/, 'the quiz shows its feedback');
            host.expect?.(state);
            for (const extra of host.more ?? []) {
              const more = await answerOnPage(server.url + extra.path, { check: extra.check });
              assert.match(more.log, /^[\w-]+: (right|wrong)$/, `${extra.path}: log: ${more.log}`);
              extra.expect(more);
            }
          } finally {
            server.close();
          }
          const t2 = Date.now();
          TIMES.push(
            `${host.name}: install (${install}) + build ${((t1 - t0) / 1000).toFixed(1)} s, browser ${((t2 - t1) / 1000).toFixed(1)} s`,
          );
        },
      );
    }
  },
);

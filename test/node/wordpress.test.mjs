// The WordPress plugin in real WordPress: WordPress 6.5 in WordPress Playground (PHP in WebAssembly,
// started by test/hosts/wordpress/playground.mjs, offline), driven in Chromium as people use it:
//   - an administrator uploads dist/django-quiz-elements-wordpress.zip (`npm run wp-plugin`) on
//     Plugins → Add New → Upload Plugin and activates it;
//   - an Author (no unfiltered_html) saves posts through the REST API, as the block editor does: one
//     with the README's shortcodes (plus attributes that must be dropped), one with the blocks, one with
//     the raw <script> + <django-quiz> snippet — which WordPress strips, while an administrator's copy
//     of the same snippet is kept (the control);
//   - a visitor opens each post: the quiz answers a question (`django-answer` fires), the flashcards
//     turn, the script-tag file is on the page exactly once, and only allowed attributes reach the
//     elements;
//   - the Author opens the block post in the block editor: both blocks load with their settings panel
//     and a live preview.
// The first run installs Playground (~1 GB in test/hosts/wordpress/node_modules) and assembles
// WordPress; later runs reuse both. A screenshot of the post is left in test/hosts/.cache/wordpress/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildPlugin } from '../../scripts/wp-plugin.mjs';
import { CACHE, prepare, startPlayground } from '../hosts/wordpress/playground.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const PORT = Number(process.env.WP_TEST_PORT ?? 5861);
const ZIP_PORT = Number(process.env.WP_TEST_ZIP_PORT ?? 5860);
const AUTHOR = { login: 'ada', password: 'ada-writes-about-django', name: 'Ada Author' };
const ADMIN = { login: 'admin', password: 'password' }; // Playground's default administrator
const SCRIPT = 'django-quiz-elements/assets/django-quiz-elements.js';

/** The shortcodes of the README's "WordPress" section, exactly as written there. */
function readmeShortcodes() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /^### WordPress\n([\s\S]*?)^##/m.exec(readme)?.[1] ?? '';
  const block = /```text\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const codes = block.split('\n').filter((l) => l.startsWith('[django_'));
  assert.ok(codes.length >= 2, 'the README WordPress section shows the shortcodes in a text block');
  return codes;
}

const blueprint = {
  steps: [
    {
      step: 'runPHP',
      code: `<?php
require_once '/wordpress/wp-load.php';
update_option('blogname', 'Django Notes');
update_option('blogdescription', 'Practice for your next Django interview');
$id = wp_insert_user(array(
  'user_login' => '${AUTHOR.login}', 'user_pass' => '${AUTHOR.password}',
  'display_name' => '${AUTHOR.name}', 'user_email' => 'ada@example.com', 'role' => 'author',
));
if (is_wp_error($id)) { throw new Exception($id->get_error_message()); }
`,
    },
  ],
};

let wp;
let browser;
const timings = {};
/** Post ids by name, saved by the Author (and one by the admin). */
const posts = {};

/**
 * A browser context that reaches only the Playground site: requests elsewhere (Gravatar, fonts,
 * wordpress.org) are aborted at once, as this machine has no internet and would leave them hanging.
 */
async function newPage(viewport) {
  const context = await browser.newContext({ viewport });
  await context.route(
    (url) => url.origin !== wp.url,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  // WordPress in WebAssembly on a busy 2-core machine: a wp-admin page can take tens of seconds.
  page.setDefaultTimeout(120_000);
  return page;
}

/**
 * Logs in on wp-login.php and lands on `to` (not the dashboard, which is slow to load). Once in a CI
 * run on a loaded machine the Author's login never reached wp-admin (120 s): the form is sent again
 * from a fresh login page (up to three times), and what WordPress said is logged.
 */
async function login(who, to = '/wp-admin/profile.php') {
  const page = await newPage({ width: 1280, height: 1000 });
  const url = `${wp.url}/wp-login.php?redirect_to=${encodeURIComponent(wp.url + to)}`;
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.fill('#user_login', who.login);
    await page.fill('#user_pass', who.password);
    await page.click('#wp-submit', { noWaitAfter: true });
    const outcome = await Promise.race([
      // The path, not the whole URL: the login page's own `redirect_to=…/wp-admin/…` would match at
      // once, before the login went through (then the REST calls after it had no cookie: a 403).
      page
        .waitForURL((u) => u.pathname.startsWith('/wp-admin/'), {
          waitUntil: 'domcontentloaded',
          timeout: 90_000,
        })
        .then(
          () => 'in',
          () => 'no answer in 90 s',
        ),
      page
        .locator('#login_error')
        .waitFor({ timeout: 90_000 })
        .then(
          () => 'refused',
          () => 'no answer in 90 s',
        ),
    ]);
    if (outcome === 'in') return page;
    const said = outcome === 'refused' ? await page.locator('#login_error').innerText() : outcome;
    console.log(`# login as ${who.login}, attempt ${attempt}: ${said.trim()} (${page.url()})`);
  }
  throw new Error(`could not log in as ${who.login}`);
}

/** Saves a post through the REST API with the user's cookie and nonce, as the block editor does. */
async function savePost(page, title, content) {
  return page.evaluate(
    async ([root, title, content]) => {
      const nonce = await (await fetch(`${root}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
      const res = await fetch(`${root}/index.php?rest_route=/wp/v2/posts`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce },
        body: JSON.stringify({ title, content, status: 'publish' }),
      });
      const body = await res.json();
      return { status: res.status, id: body.id, raw: body.content?.raw, author: body.author };
    },
    [wp.url, title, content],
  );
}

async function visit(id) {
  const page = await newPage({ width: 1280, height: 1400 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${wp.url}/?p=${id}`, { waitUntil: 'domcontentloaded' });
  return { page, errors };
}

const scriptCount = (page) =>
  page.evaluate(
    (file) =>
      [...document.querySelectorAll('script[src]')].filter((s) => s.src.includes(file)).length,
    SCRIPT,
  );

/**
 * The attributes of each matching element in the HTML WordPress sent (parsed inert with DOMParser:
 * once upgraded, the elements reflect some properties back, such as `mode`).
 */
const attributesOf = (page, selector) =>
  page.evaluate(async (s) => {
    const html = await (await fetch(location.href)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return [...doc.querySelectorAll(s)].map((el) =>
      Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    );
  }, selector);

/**
 * Answers the quiz's first question with its first choice and presses the primary button (Check in
 * practice mode, which shows feedback; Next in exam mode, which does not). Returns the
 * `django-answer` events seen.
 */
async function answerFirst(page, selector, { feedback = true } = {}) {
  await page.evaluate((s) => {
    window.__answers = [];
    document
      .querySelector(s)
      .addEventListener('django-answer', (e) => window.__answers.push(e.detail));
  }, selector);
  await page.locator(`${selector} label[part~="choice"] input:not([disabled])`).first().waitFor();
  await page.locator(`${selector} label[part~="choice"]`).first().click();
  await page.locator(`${selector} .actions button.primary`).click();
  if (feedback) await page.locator(`${selector} [part~="feedback"]`).waitFor();
  await page.waitForFunction(() => window.__answers.length > 0);
  return page.evaluate(() => window.__answers);
}

it('the block editor suggests exactly the topics of the bundled set', () => {
  const editor = readFileSync(
    join(ROOT, 'wordpress/django-quiz-elements/blocks/editor.js'),
    'utf8',
  );
  const listed = JSON.parse(
    /const TOPICS = (\[[^\]]*\]);/
      .exec(editor)[1]
      .replace(/'/g, '"')
      .replace(/,\s*\]/, ']'),
  );
  const set = JSON.parse(readFileSync(join(ROOT, 'data/django-questions.json'), 'utf8'));
  const topics = [...new Set(set.questions.flatMap((q) => q.topics))].sort();
  assert.deepEqual(listed, topics);
});

describe('WordPress plugin in WordPress Playground', { timeout: 900_000 }, () => {
  before(async () => {
    let t = Date.now();
    const prepared = prepare((line) => console.log(`# ${line}`));
    timings.prepare = Date.now() - t;
    const built = buildPlugin();
    console.log(`# plugin zip: ${built.bytes} bytes, ${built.files} files`);
    t = Date.now();
    wp = await startPlayground({ port: PORT, zipPort: ZIP_PORT, blueprint });
    timings.boot = Date.now() - t;
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless=new',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
      ],
    });
    console.log(
      `# prepare ${timings.prepare} ms (${JSON.stringify(prepared)}), boot ${timings.boot} ms`,
    );
  });

  after(async () => {
    await browser?.close();
    await wp?.stop();
  });

  it('an administrator installs the zip from Plugins → Add New → Upload Plugin and activates it', async () => {
    const page = await login(ADMIN, '/wp-admin/plugin-install.php?tab=upload');
    await page.setInputFiles(
      '#pluginzip',
      join(ROOT, 'dist', 'django-quiz-elements-wordpress.zip'),
    );
    await Promise.all([
      page.waitForURL(/update\.php/, { waitUntil: 'domcontentloaded' }),
      page.click('#install-plugin-submit'),
    ]);
    assert.match(
      await page.locator('#wpbody-content').innerText(),
      /Plugin installed successfully/,
    );
    await Promise.all([
      page.waitForURL(/plugins\.php/, { waitUntil: 'domcontentloaded' }),
      page.getByRole('link', { name: 'Activate Plugin' }).click(),
    ]);
    const row = page.locator('tr[data-slug="django-quiz-elements"]');
    assert.match(await row.innerText(), /Django Quiz Elements[\s\S]*Deactivate/);
    assert.match(await row.innerText(), /Version 0\.1\.0/);

    // The control for the test below: an administrator has unfiltered_html, so WordPress keeps the
    // raw snippet (this is the README's "Custom HTML" recipe).
    const raw = `<script src="${wp.url}/wp-content/plugins/${SCRIPT}"></script>\n<django-quiz topics="orm" count="2"></django-quiz>`;
    const saved = await savePost(page, 'Admin: raw snippet', raw);
    assert.equal(saved.status, 201);
    assert.match(saved.raw, /<script src=/);
    assert.match(saved.raw, /<django-quiz topics="orm" count="2">/);
    posts.adminRaw = saved.id;
    await page.context().close();
  });

  it('an Author saves posts: the shortcodes and blocks are kept, a raw <script> and <django-quiz> are stripped', async () => {
    const page = await login(AUTHOR);
    const shortcodes = readmeShortcodes();
    const content = [
      '<!-- wp:paragraph --><p>Ten minutes on the ORM before your interview. Answer, then read why.</p><!-- /wp:paragraph -->',
      `<!-- wp:shortcode -->${shortcodes[0]}<!-- /wp:shortcode -->`,
      '<!-- wp:paragraph --><p>Then keep the answers with flashcards:</p><!-- /wp:paragraph -->',
      `<!-- wp:shortcode -->${shortcodes[1]}<!-- /wp:shortcode -->`,
      // Not allowed: an event handler, an unknown attribute, a script URL, a bad value.
      '<!-- wp:shortcode -->[django_quiz topics="security" count="2" onclick="alert(1)" data-x="1" src="javascript:alert(1)" mode="hack" theme="dark"]<!-- /wp:shortcode -->',
      // A bare flag, another spelling of a name; out of range, not a colour, a "no".
      '<!-- wp:shortcode -->[django_flashcard shuffle new_per_day="5" count="5000" accent="red" lang="de-CH" no-persist="no"]<!-- /wp:shortcode -->',
    ].join('\n\n');
    const shortcodePost = await savePost(page, 'Django ORM: a quick quiz', content);
    assert.equal(shortcodePost.status, 201, JSON.stringify(shortcodePost));
    assert.ok(shortcodePost.raw.includes(shortcodes[0]), 'the shortcode is saved as written');
    posts.shortcodes = shortcodePost.id;

    const blocks = await savePost(
      page,
      'Django security, with blocks',
      [
        '<!-- wp:django-quiz-elements/quiz {"topics":"security","count":2,"seed":"blocks","mode":"exam","passMark":50,"accent":"#1d4ed8"} /-->',
        '<!-- wp:django-quiz-elements/flashcard {"topics":"orm","mode":"browse","theme":"dark"} /-->',
      ].join('\n\n'),
    );
    assert.equal(blocks.status, 201);
    assert.match(blocks.raw, /wp:django-quiz-elements\/quiz \{"topics":"security"/);
    posts.blocks = blocks.id;

    // What the Custom HTML recipe does for an Author: WordPress removes the script and the tag.
    const raw = `<script src="${wp.url}/wp-content/plugins/${SCRIPT}"></script>\n<django-quiz topics="orm" count="2"></django-quiz>`;
    const stripped = await savePost(page, 'Author: raw snippet', raw);
    assert.equal(stripped.status, 201);
    assert.doesNotMatch(stripped.raw, /<script/i);
    assert.doesNotMatch(stripped.raw, /<django-quiz/i);
    posts.authorRaw = stripped.id;

    const author = await page.evaluate(
      async (root) =>
        (
          await (
            await fetch(`${root}/index.php?rest_route=/wp/v2/users/me`, {
              headers: {
                'X-WP-Nonce': await (
                  await fetch(`${root}/wp-admin/admin-ajax.php?action=rest-nonce`)
                ).text(),
              },
            })
          ).json()
        ).id,
      wp.url,
    );
    assert.equal(shortcodePost.author, author, 'the posts are the Author’s');
    await page.context().close();
  });

  it('a visitor answers the shortcode quiz; the script is on the page once; only allowed attributes arrive', async () => {
    const { page, errors } = await visit(posts.shortcodes);
    assert.equal(await scriptCount(page), 1, 'one <script> for four widgets');
    const quizzes = await attributesOf(page, 'django-quiz');
    assert.equal(quizzes.length, 2);
    assert.deepEqual(quizzes[0], { topics: 'orm,models', count: '3', seed: 'wordpress' });
    assert.deepEqual(
      quizzes[1],
      { topics: 'security', count: '2', theme: 'dark' },
      'onclick, data-x, a javascript: src and mode="hack" are dropped',
    );
    assert.deepEqual(await attributesOf(page, 'django-flashcard'), [
      { topics: 'orm', mode: 'browse' },
      { shuffle: '', lang: 'de-CH', 'new-per-day': '5' },
    ]);

    const first = 'django-quiz[seed="wordpress"]';
    const answers = await answerFirst(page, first);
    assert.equal(answers.length, 1);
    assert.equal(answers[0].index, 0);
    assert.equal(answers[0].total, 3);
    const feedback = await page.locator(`${first} [part~="feedback"]`).innerText();
    assert.match(feedback, /Correct|Not quite|Incorrect/i);

    // Focus is inside the quiz now: the theme's focus outline must not frame the whole widget.
    assert.equal(
      await page.locator(first).evaluate((el) => getComputedStyle(el).outlineStyle),
      'none',
    );

    const card = page.locator('django-flashcard button[part~="card"]').first();
    await card.click();
    await page.waitForFunction(() => {
      const root = document.querySelector('django-flashcard').shadowRoot;
      // Turned, and the turn finished (the screenshot below would catch it mid-way).
      return root.querySelector('.card.flipped') && root.getAnimations().length === 0;
    });

    await page.screenshot({ path: join(CACHE, 'post-shortcode.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('a visitor sees the blocks with their settings (exam mode, accent, dark flashcards)', async () => {
    const { page, errors } = await visit(posts.blocks);
    assert.equal(await scriptCount(page), 1);
    assert.deepEqual(await attributesOf(page, 'django-quiz'), [
      {
        topics: 'security',
        count: '2',
        seed: 'blocks',
        mode: 'exam',
        'pass-mark': '50',
        style: '--django-accent: #1d4ed8',
      },
    ]);
    assert.deepEqual(await attributesOf(page, 'django-flashcard'), [
      { topics: 'orm', mode: 'browse', theme: 'dark' },
    ]);
    // Exam mode: no feedback after an answer, the event and the next question are the proof.
    const answers = await answerFirst(page, 'django-quiz', { feedback: false });
    assert.equal(answers.length, 1);
    assert.equal(answers[0].total, 2);
    assert.equal(await page.locator('django-quiz [part~="feedback"]').count(), 0);
    await page.screenshot({ path: join(CACHE, 'post-blocks.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('the Author’s raw snippet shows nothing (stripped), the administrator’s works', async () => {
    const authorRaw = await visit(posts.authorRaw);
    assert.equal(await authorRaw.page.locator('django-quiz').count(), 0);
    assert.equal(await scriptCount(authorRaw.page), 0);
    await authorRaw.page.context().close();
    const adminRaw = await visit(posts.adminRaw);
    const answers = await answerFirst(adminRaw.page, 'django-quiz');
    assert.equal(answers.length, 1);
    await adminRaw.page.context().close();
  });

  it('the Author edits the block post in the block editor: live previews and the settings sidebar', async () => {
    const page = await login(AUTHOR, `/wp-admin/post.php?post=${posts.blocks}&action=edit`);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const types = await page.waitForFunction(() => {
      const select = window.wp?.data?.select('core/blocks');
      const quiz = select?.getBlockType('django-quiz-elements/quiz');
      const card = select?.getBlockType('django-quiz-elements/flashcard');
      return quiz && card && [quiz.title, card.title];
    });
    assert.deepEqual(await types.jsonValue(), ['Django quiz', 'Django flashcards']);
    // The canvas is an iframe (every block is apiVersion 3); the previews are rendered by the server
    // and the script-tag file, loaded into the canvas too, brings them to life.
    const canvas = page.frameLocator('iframe[name="editor-canvas"]');
    await canvas.locator('django-quiz [part~="prompt"]').waitFor();
    await canvas.locator('django-flashcard button[part~="card"]').waitFor();
    assert.equal(await canvas.getByText('doesn’t include support').count(), 0);

    // Select the quiz block: its sidebar shows the saved settings.
    await page.evaluate(() => {
      const { dispatch, select } = window.wp.data;
      const quiz = select('core/block-editor')
        .getBlocks()
        .find((b) => b.name === 'django-quiz-elements/quiz');
      dispatch('core/block-editor').selectBlock(quiz.clientId);
      dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      dispatch('core/preferences').set('core/edit-post', 'welcomeGuide', false);
    });
    const sidebar = page.locator('.interface-complementary-area');
    await sidebar.getByRole('button', { name: 'Questions' }).waitFor();
    assert.match(await sidebar.innerText(), /security/);
    assert.equal(await sidebar.getByLabel('Mode').first().inputValue(), 'exam');
    await page.screenshot({ path: join(CACHE, 'editor.png') });
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});

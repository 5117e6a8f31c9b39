// dist/embed.html at the fixed heights the README's iframe snippets give (Canvas and other hosts that
// strip scripts, so nothing can resize the frame), in Chromium (playwright-core, the system browser).
// The LMS page is http://localhost:PORT, the quiz host http://127.0.0.1:PORT: a cross-site iframe.
//   - At the README's height and a course page's width, no screen of the bundled set needs the frame
//     to scroll (every question with its longest feedback, the results): the page scrolls, the frame
//     never does, so there is never a second scrollbar.
//   - At a phone's width the frame does scroll, and then it is the only scroller: nothing inside it
//     scrolls on its own, nothing overflows sideways.
//   - Cross-site, the learner is told progress may not be kept (storage partitioned); same-site no
//     notice; in a sandboxed frame (no storage) the notice says progress is lost.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = new URL('../../', import.meta.url).pathname;
/** The heights the README gives (section "Canvas, Moodle, Blackboard, Notion: an iframe"). */
export const README_HEIGHTS = { quiz: 1700, quizCompact: 960, flashcard: 800 };
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };

let server;
let browser;
let A; // the quiz host
let B; // the LMS

before(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = normalize(decodeURIComponent(url.pathname));
    if (path === '/lms.html') {
      const { w, h, q, sandbox } = Object.fromEntries(url.searchParams);
      const host = url.searchParams.get('same') ? B : A;
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(`<!doctype html><html lang="en"><title>LMS</title><body style="margin:0">
<iframe id="f" title="Quiz" style="border:0;width:${w}px;height:${h}px" ${sandbox ? `sandbox="${sandbox}"` : ''}
  src="${host}/dist/embed.html?${q}&height=${h}"></iframe>`);
      return;
    }
    const file = /^\/dist\/([\w.-]+)$/.exec(path);
    if (!file) return res.writeHead(404).end();
    try {
      const body = await readFile(join(ROOT, 'dist', file[1]));
      res.writeHead(200, { 'Content-Type': TYPES[extname(file[1])] ?? 'text/plain' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  A = `http://127.0.0.1:${port}`;
  B = `http://localhost:${port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openFrame({ width, height, query, same = false, sandbox = '' }) {
  const page = await browser.newPage({
    viewport: { width: Math.max(width, 400) + 40, height: 900 },
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const params = new URLSearchParams({ w: width, h: height, q: query });
  if (same) params.set('same', '1');
  if (sandbox) params.set('sandbox', sandbox);
  // Wait for the embed to answer: the lms page loads at B but its frame's server differs by host name.
  await page.goto(`${same ? B : B}/lms.html?${params}`);
  const frame = await (await page.waitForSelector('#f')).contentFrame();
  await frame.waitForFunction(() => {
    const el = document.querySelector('django-quiz, django-flashcard');
    return el?.shadowRoot?.querySelector('legend, [part~="card"]');
  });
  return { page, frame, errors };
}

/** Every scroll container in the frame (light and shadow DOM), and the document's own overflow. */
function scrollers() {
  const found = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const s = getComputedStyle(el);
      const y = /(auto|scroll)/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
      // A code block scrolls sideways by design (long lines stay lines); anything else may not.
      const x =
        /(auto|scroll)/.test(s.overflowX) &&
        el.scrollWidth > el.clientWidth + 1 &&
        !el.matches('pre.md-pre');
      if ((y || x) && el !== document.documentElement && el !== document.body) {
        found.push(el.localName + (el.className ? `.${el.className}` : ''));
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  const doc = document.scrollingElement;
  return {
    inner: found,
    vertical: doc.scrollHeight > doc.clientHeight + 1,
    sideways: doc.scrollWidth > doc.clientWidth + 1,
    height: Math.ceil(document.querySelector('main').getBoundingClientRect().bottom),
  };
}

/** Walk the whole bundled set: each question, then its feedback after the wrong answer(s) with the most text. */
async function everyScreen(frame, onScreen) {
  for (let i = 0; i < 100; i++) {
    const done = await frame.evaluate(async () => {
      const quiz = document.querySelector('django-quiz');
      const root = quiz.shadowRoot;
      if (root.querySelector('.summary')) return true;
      return false;
    });
    if (done) return onScreen('summary');
    await onScreen(`question ${i + 1}`);
    await frame.evaluate(async () => {
      const quiz = document.querySelector('django-quiz');
      const root = quiz.shadowRoot;
      const inputs = [...root.querySelectorAll('input[name="choice"]')];
      // Worst case for the feedback's length: every choice picked on a multi-answer question (each
      // wrong one's "why" shows), the first choice on a single-answer one.
      const pick = inputs[0].type === 'checkbox' ? inputs : [inputs[0]];
      for (const input of pick) {
        input.click();
        await quiz.updateComplete;
      }
      root.querySelector('.actions button.primary').click();
      await quiz.updateComplete;
    });
    await onScreen(`feedback ${i + 1}`);
    await frame.evaluate(async () => {
      const quiz = document.querySelector('django-quiz');
      quiz.shadowRoot.querySelector('.actions button.primary').click();
      await quiz.updateComplete;
    });
  }
}

describe('embed.html at a fixed height (iframe-only hosts)', () => {
  for (const width of [720, 1000]) {
    it(`quiz at height ${README_HEIGHTS.quiz}, ${width} px wide: no screen scrolls inside the frame`, async () => {
      const { page, frame, errors } = await openFrame({
        width,
        height: README_HEIGHTS.quiz,
        query: 'widget=quiz&count=10&no-persist',
      });
      // All 30 questions, in three runs of 10 (the results screen is that of a 10-question quiz).
      let tallest = 0;
      for (const topicsRun of ['', 'seed=b', 'seed=c']) {
        if (topicsRun) {
          await frame.goto(
            `${A}/dist/embed.html?widget=quiz&count=10&shuffle&${topicsRun}&height=${README_HEIGHTS.quiz}`,
          );
          await frame.waitForFunction(() =>
            document.querySelector('django-quiz')?.shadowRoot?.querySelector('legend'),
          );
        }
        await everyScreen(frame, async (name) => {
          const s = await frame.evaluate(scrollers);
          tallest = Math.max(tallest, s.height);
          assert.deepEqual(s.inner, [], `${name}: nothing scrolls inside the frame`);
          assert.equal(s.sideways, false, `${name}: no sideways overflow`);
          assert.equal(s.vertical, false, `${name} is ${s.height} px: taller than the frame`);
        });
      }
      console.log(`quiz, ${width} px wide: tallest screen ${tallest} px of ${README_HEIGHTS.quiz}`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it(`quiz at the compact height ${README_HEIGHTS.quizCompact}, 720 px wide: every question fits, longer screens scroll in one scroller`, async () => {
    const { page, frame } = await openFrame({
      width: 720,
      height: README_HEIGHTS.quizCompact,
      query: 'widget=quiz&no-persist',
    });
    let tallestQuestion = 0;
    await everyScreen(frame, async (name) => {
      const s = await frame.evaluate(scrollers);
      assert.deepEqual(s.inner, [], `${name}: nothing scrolls inside the frame`);
      assert.equal(s.sideways, false, `${name}: no sideways overflow`);
      if (name.startsWith('question')) {
        tallestQuestion = Math.max(tallestQuestion, s.height);
        assert.equal(s.vertical, false, `${name} is ${s.height} px`);
      }
    });
    console.log(`compact: tallest question ${tallestQuestion} px of ${README_HEIGHTS.quizCompact}`);
    await page.close();
  });

  it('quiz on a phone (360 px): the frame scrolls, and it is the only scroller', async () => {
    const { page, frame } = await openFrame({
      width: 360,
      height: README_HEIGHTS.quiz,
      query: 'widget=quiz&count=3',
    });
    let scrolled = false;
    await everyScreen(frame, async (name) => {
      const s = await frame.evaluate(scrollers);
      scrolled ||= s.vertical;
      assert.deepEqual(s.inner, [], `${name}: nothing scrolls inside the frame`);
      assert.equal(s.sideways, false, `${name}: no sideways overflow`);
    });
    assert.ok(
      scrolled,
      'at 360 px some screen is taller than the frame (so this test can see a scroller)',
    );
    await page.close();
  });

  it(`flashcards at height ${README_HEIGHTS.flashcard}, 720 px wide: front and back fit`, async () => {
    const { page, frame } = await openFrame({
      width: 720,
      height: README_HEIGHTS.flashcard,
      query: 'widget=flashcard&mode=browse',
    });
    let tallest = 0;
    for (let i = 0; i < 30; i++) {
      for (const side of ['front', 'back']) {
        const s = await frame.evaluate(scrollers);
        tallest = Math.max(tallest, s.height);
        assert.deepEqual(s.inner, [], `card ${i + 1} ${side}: nothing scrolls inside`);
        assert.equal(s.vertical, false, `card ${i + 1} ${side} is ${s.height} px`);
        await frame.evaluate(async (flipToBack) => {
          const card = document.querySelector('django-flashcard');
          const root = card.shadowRoot;
          if (flipToBack) root.querySelector('[part~="card"]').click();
          else
            [...root.querySelectorAll('button')].find((b) => /next/i.test(b.textContent))?.click();
          await card.updateComplete;
        }, side === 'front');
      }
    }
    console.log(
      `flashcards, 720 px wide: tallest screen ${tallest} px of ${README_HEIGHTS.flashcard}`,
    );
    await page.close();
  });
});

describe('embed.html tells the learner when progress may not be kept', () => {
  const note = (frame) =>
    frame.evaluate(() => document.querySelector('.storage-note')?.textContent ?? '');

  it('cross-site (LMS on localhost, quiz on 127.0.0.1): says it, links to a tab of its own', async () => {
    const { page, frame } = await openFrame({
      width: 720,
      height: 900,
      query: 'widget=quiz&count=2',
    });
    await frame.waitForSelector('.storage-note');
    // Chromium here blocks third-party storage outright (unavailable); with it allowed, it partitions
    // (partitioned). Either way the learner is told; test/storage-check.test.ts covers each answer.
    const text = await note(frame);
    assert.match(
      text,
      /embedded from another site.*may not keep your progress|does not let this embedded quiz save progress/,
    );
    assert.match(text, /Open it in a new tab to keep your progress/);
    console.log(`cross-site notice: ${text}`);
    const href = await frame.evaluate(() => document.querySelector('.storage-note a').href);
    assert.ok(href.startsWith(`${A}/dist/embed.html?`) && !href.includes('height='), href);
    assert.equal(
      await frame.evaluate(() => document.querySelector('.storage-note').getAttribute('role')),
      'note',
    );
    await page.close();
  });

  it('same site: no notice', async () => {
    const { page, frame } = await openFrame({
      width: 720,
      height: 900,
      query: 'widget=quiz&count=2',
      same: true,
    });
    await frame.evaluate(() => new Promise((r) => setTimeout(r, 300))); // the check is async: give it time to (not) speak
    assert.equal(await note(frame), '');
    await page.close();
  });

  it('sandboxed without storage: says progress is lost when leaving', async () => {
    const { page, frame } = await openFrame({
      width: 720,
      height: 900,
      query: 'widget=quiz&count=2',
      sandbox: 'allow-scripts allow-popups',
    });
    await frame.waitForSelector('.storage-note');
    assert.match(await note(frame), /does not let this embedded quiz save progress/);
    await page.close();
  });
});

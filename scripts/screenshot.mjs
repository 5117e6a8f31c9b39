#!/usr/bin/env node
// `npm run screenshot`: the README pictures, taken from the demo page (index.html) in headless
// Chromium. Starts Vite on 127.0.0.1, opens the page with a seeded Math.random (so the shuffles
// deal the same questions every time, and the snippets on the page stay as a reader would copy
// them), answers the quiz's first question right (so the picture shows the feedback a learner
// gets) and turns the first flashcard (its answer and the grade buttons with their intervals),
// then writes
//   docs/screenshot.png         1280 px wide: the hero and both widgets, side by side
//   docs/screenshot-mobile.png  390 px wide at 2× (780 px): the hero and the quiz, as on a phone
// Set CHROME_PATH to use another Chrome/Chromium; SCREENSHOT_PORT to pick Vite's first port.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const CHROMES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

// `until`: the widget whose bottom ends the picture. On a phone the widgets are stacked, and both
// would make a picture five screens tall: it shows the quiz, the first thing a reader meets.
const SHOTS = [
  { file: 'docs/screenshot.png', width: 1280, height: 900, scale: 1, until: ['#quiz', '#cards'] },
  { file: 'docs/screenshot-mobile.png', width: 390, height: 844, scale: 2, until: ['#quiz'] },
];

/** Picks the questions in the pictures (one with a short explanation, a card with a short answer). */
const RANDOM_SEED = Number(process.env.SCREENSHOT_SEED ?? 4);

const executablePath = CHROMES.find((p) => existsSync(p));
if (!executablePath) {
  console.error('No Chrome/Chromium found: install one or set CHROME_PATH.');
  process.exit(1);
}

const set = JSON.parse(readFileSync('data/django-questions.json', 'utf8'));

const server = await createServer({
  logLevel: 'warn',
  server: {
    host: '127.0.0.1',
    port: Number(process.env.SCREENSHOT_PORT ?? 5190),
    strictPort: false,
    open: false,
  },
});
await server.listen();
const url = server.resolvedUrls.local[0];

const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--headless=new',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

try {
  mkdirSync('docs', { recursive: true });
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: shot.scale,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.status() >= 400 && path !== '/favicon.ico') problems.push(`${r.status()} ${path}`);
    });
    await page.addInitScript((seed) => {
      // mulberry32, as src/internal/random.ts: the widgets' unseeded shuffles become reproducible.
      let a = seed >>> 0;
      Math.random = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }, RANDOM_SEED);
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);

    // Wait for the quiz, then answer its first question right, as a learner would (mouse).
    const quiz = page.locator('#quiz');
    await quiz.locator('[part~="prompt"]').waitFor();
    const prompt = (await quiz.locator('[part~="prompt"]').textContent()).trim();
    // The set's prompts may hold Markdown: compare the words, without its marks and spacing.
    const words = (text) => text.replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();
    // A prompt with a code block shows its language and a Copy button too: match its first line.
    const question = set.questions.find((q) =>
      words(prompt).startsWith(words(q.prompt.split('\n')[0])),
    );
    if (!question)
      throw new Error(`The demo's first question is not in the bundled set: ${prompt}`);
    for (const choice of question.choices.filter((c) => c.correct)) {
      await quiz.locator(`input[data-id="${choice.id}"]`).click();
    }
    await quiz.locator('.actions button.primary').click();
    await quiz.locator('[part~="feedback"]').waitFor();

    // Turn the first flashcard: its answer, and the four grades with the intervals FSRS gives.
    const cards = page.locator('#cards');
    await cards.locator('button[part~="card"]').click();
    await cards.locator('[part~="grades"]').waitFor();
    await page.mouse.move(0, 0); // no hover state in the picture
    // Nothing moving, nothing focused-looking: transitions done, focus off the widgets.
    await page.evaluate(async () => {
      for (const el of document.querySelectorAll('django-quiz, django-flashcard')) {
        await Promise.all(el.shadowRoot.getAnimations().map((a) => a.finished.catch(() => {})));
      }
      document.activeElement?.blur();
    });

    // Crop: from the top of the page to just below the lowest of the widgets (in page
    // coordinates: moving focus to the feedback may have scrolled the window).
    const bottom = await page.evaluate(
      (selectors) =>
        Math.max(
          ...selectors.map(
            (s) => document.querySelector(s).getBoundingClientRect().bottom + window.scrollY,
          ),
        ),
      shot.until,
    );
    const height = Math.ceil(bottom + 16); // (the snippet under a widget starts 20 px below it)
    await page.screenshot({
      path: shot.file,
      clip: { x: 0, y: 0, width: shot.width, height },
      fullPage: true,
    });
    console.log(`${shot.file}: ${shot.width * shot.scale}×${height * shot.scale} px`);
    if (problems.length) throw new Error(`The demo page reported errors:\n${problems.join('\n')}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

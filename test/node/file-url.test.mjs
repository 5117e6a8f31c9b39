// The script-tag file from a file:// page: Chromium refuses module scripts there, so the classic
// script must carry everything (Lit, the elements, the bundled set) and work on its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

let browser;
let dir;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dqe-file-'));
  copyFileSync(resolve('dist/django-quiz-elements.js'), join(dir, 'django-quiz-elements.js'));
  writeFileSync(
    join(dir, 'page.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>file page</title>
<script src="django-quiz-elements.js"></script></head>
<body><django-quiz count="3"></django-quiz><django-flashcard no-persist></django-flashcard></body></html>`,
  );
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
    ],
  });
});

after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a file:// page with a classic <script src> renders both widgets', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(join(dir, 'page.html')).href);
  await page.waitForFunction(
    () =>
      document.querySelector('django-quiz')?.shadowRoot?.textContent?.includes('Question 1 of 3') &&
      (document.querySelector('django-flashcard')?.shadowRoot?.textContent?.length ?? 0) > 50,
    null,
    { timeout: 15_000 },
  );
  // Answer one question to prove it is alive, not just painted.
  await page.locator('django-quiz label[part~="choice"]').first().dispatchEvent('click');
  await page.locator('django-quiz .actions button.primary').dispatchEvent('click');
  await page.locator('django-quiz [part~="feedback"]').waitFor({ timeout: 10_000 });
  assert.deepEqual(errors, []);
  await page.close();
});

#!/usr/bin/env node
// The README's picture of a SCORM package's launch page (section "Grades in your LMS"), in headless
// Chromium: dist/packages/django-quiz-scorm1.2.zip (`npm run build`) served unzipped inside a host page
// that installs scorm-again's SCORM 1.2 runtime as `window.API`, as an LMS would. The learner has
// answered the first question right, so the picture shows the "connected" line and the feedback.
// Writes docs/scorm-launch.png (900 px wide, 2×). CHROME_PATH picks another browser; SCREENSHOT_PORT
// the port (default 5812).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { unzipSync } from 'fflate';

const port = Number(process.env.SCREENSHOT_PORT ?? 5812);
const files = unzipSync(new Uint8Array(readFileSync('dist/packages/django-quiz-scorm1.2.zip')));
const runtime = readFileSync('node_modules/scorm-again/dist/scorm12.min.js');
const TYPES = {
  html: 'text/html',
  js: 'text/javascript',
  json: 'application/json',
  xml: 'text/xml',
};

const HOST = `<!doctype html><html lang="en"><title>LMS</title>
<style>body{margin:0;background:#e9edf0}iframe{display:block;border:0;width:900px;height:1100px}</style>
<script src="/scorm-again.js"></script>
<script>window.API = new Scorm12API({ lmsCommitUrl: false, logLevel: 5 });</script>
<iframe id="sco" title="SCO" src="/sco/index.html"></iframe>`;

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { 'Content-Type': 'text/html' }).end(HOST);
  if (path === '/scorm-again.js')
    return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(runtime);
  const name = path.replace(/^\/sco\//, '');
  if (path.startsWith('/sco/') && Object.hasOwn(files, name)) {
    res.writeHead(200, { 'Content-Type': TYPES[name.split('.').pop()] ?? 'text/plain' });
    return res.end(Buffer.from(files[name]));
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(port, '127.0.0.1', r));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--hide-scrollbars'],
});
try {
  const page = await browser.newPage({
    viewport: { width: 900, height: 1100 },
    deviceScaleFactor: 2,
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  const frame = await (await page.waitForSelector('#sco')).contentFrame();
  await frame.waitForFunction(() =>
    document.querySelector('django-quiz')?.shadowRoot?.querySelector('legend'),
  );
  const set = JSON.parse(Buffer.from(files['questions.json']).toString('utf8'));
  const right = set.questions[0].choices.filter((c) => c.correct).map((c) => c.id);
  await frame.evaluate(async (ids) => {
    const quiz = document.querySelector('django-quiz');
    for (const id of ids) quiz.shadowRoot.querySelector(`input[data-id="${id}"]`).click();
    await quiz.updateComplete;
    quiz.shadowRoot.querySelector('.actions button.primary').click();
    await quiz.updateComplete;
    quiz.shadowRoot.activeElement?.blur();
  }, right);
  const status = await page.evaluate(() => window.API.cmi.core.lesson_status);
  const height = await frame.evaluate(() =>
    Math.ceil(document.querySelector('main').getBoundingClientRect().bottom + 24),
  );
  const box = await (await page.$('#sco')).boundingBox();
  await page.screenshot({
    path: 'docs/scorm-launch.png',
    clip: { x: 0, y: 0, width: box.width, height: Math.min(height, box.height) },
  });
  console.log(`docs/scorm-launch.png (lesson_status in the LMS: ${status})`);
} finally {
  await browser.close();
  server.close();
}

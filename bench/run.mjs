#!/usr/bin/env node
// `npm run bench`: sizes, first render, interaction and scale of our elements in headless Chromium,
// next to two floors (static HTML, a bare Lit element). Prints tables and writes bench/results.json.
//
//   BENCH_RUNS=15          cold loads per page for first render (use 5 for a quick check)
//   BENCH_THROTTLE_RUNS=7  cold loads per page with 4× CPU throttling (0 to skip)
//   BENCH_SCALE=100,1000,10000,50000   synthetic set sizes
//   BENCH_SCALE_RUNS=3     loads per set size
//   BENCH_PORT=8811        port of the local server (127.0.0.1)
//   CHROME_PATH=/usr/bin/chromium
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE, ELEMENTS, buildAll, ensureBuild } from './lib/build.mjs';
import { SCALE_FILTER, ensureSet } from './lib/sets.mjs';
import { startServer } from './lib/server.mjs';
import { FLASHCARD, answerQuiz, coldLoad, gradeCards, launch } from './lib/measure.mjs';
import { printReport } from './lib/report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = (name, fallback) => process.env[name] || fallback;
const RUNS = Math.max(1, Number(env('BENCH_RUNS', 15)));
const THROTTLE_RUNS = Math.max(0, Number(env('BENCH_THROTTLE_RUNS', 7)));
const THROTTLE = 4;
const SCALE = env('BENCH_SCALE', '100,1000,10000,50000').split(',').map(Number).filter(Boolean);
const SCALE_RUNS = Math.max(1, Number(env('BENCH_SCALE_RUNS', 3)));
const PORT = Number(env('BENCH_PORT', 8811));
const INTERACT_LOADS = Math.min(RUNS, 5);
const QUESTIONS_PER_LOAD = 10;
const CARDS_TO_GRADE = 100;

const started = performance.now();
const log = (msg) =>
  process.stderr.write(`bench: [${((performance.now() - started) / 1000).toFixed(0)} s] ${msg}\n`);

const stats = (xs) => {
  const v = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return {
    n: v.length,
    min: v[0],
    median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2,
    max: v[v.length - 1],
  };
};

ensureBuild(root, log);
log('bundling pages…');
const built = await buildAll(root);
const set = JSON.parse(readFileSync(join(root, 'data/django-questions.json'), 'utf8'));
const firstPrompt = set.questions[0].prompt;

const server = await startServer(root, PORT);
const base = `http://127.0.0.1:${PORT}`;
const browser = await launch();
const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    node: process.version,
    chromium: browser.version(),
    loadBefore: loadavg()[0],
  },
  runs: RUNS,
  sizes: built.sizes,
  contributors: built.contributors,
  elements: {},
  firstRender: {},
  interaction: {},
  scale: [],
};

try {
  // Which elements the script-tag bundle defines.
  for (const [key, el] of Object.entries(ELEMENTS)) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${base}/p/static?text=x`);
    await page.addScriptTag({ url: `/${BUNDLE}` });
    results.elements[key] = {
      scriptTag: await page.evaluate((tag) => !!customElements.get(tag), el.tag),
      npm: built.present[key],
    };
    await ctx.close();
  }
  const has = (key) => results.elements[key].scriptTag;
  log(
    `elements in the bundle: ${Object.keys(ELEMENTS)
      .map((k) => `${ELEMENTS[k].tag}=${has(k) ? 'yes' : 'no'}`)
      .join(', ')}`,
  );

  // ----- first render -----
  const text = encodeURIComponent(firstPrompt);
  const quizReady = { host: 'django-quiz', ready: '[part~="prompt"]', text: firstPrompt };
  const cardReady = { host: 'django-flashcard', ready: FLASHCARD.ready };
  const hax = built.sizes.hax;
  const q0 = set.questions[0];
  const rows = [
    {
      id: 'static',
      label: 'Static HTML (floor)',
      url: `/p/static?text=${text}`,
      cfg: { ready: '[part~="prompt"]', text: firstPrompt },
    },
    {
      id: 'lit',
      label: 'Bare Lit element (floor)',
      url: `/p/lit?text=${text}`,
      cfg: { host: 'bare-lit', ready: '[part~="prompt"]', text: firstPrompt },
      throttled: true,
    },
    {
      id: 'quiz',
      label: '<django-quiz>, `django-quiz-elements-quiz.js`',
      url: '/p/widget?tag=django-quiz&load=iife&bundle=/dist/django-quiz-elements-quiz.js',
      cfg: quizReady,
      when: has('quiz'),
      throttled: true,
    },
    {
      id: 'quiz-all',
      label: '<django-quiz>, `django-quiz-elements.js` (everything)',
      url: '/p/widget?tag=django-quiz&load=iife',
      cfg: quizReady,
      when: has('quiz'),
    },
    {
      id: 'quiz-npm',
      label: '<django-quiz>, npm page',
      url: '/p/widget?tag=django-quiz&load=npm',
      cfg: quizReady,
      when: built.present.quiz,
    },
    {
      id: 'flashcard',
      label: '<django-flashcard>, `django-quiz-elements-flashcard.js`',
      url: '/p/widget?tag=django-flashcard&load=iife&bundle=/dist/django-quiz-elements-flashcard.js',
      cfg: cardReady,
      when: has('flashcard'),
      throttled: true,
    },
    {
      id: 'flashcard-all',
      label: '<django-flashcard>, `django-quiz-elements.js` (everything)',
      url: '/p/widget?tag=django-flashcard&load=iife',
      cfg: cardReady,
      when: has('flashcard'),
    },
    {
      id: 'flashcard-npm',
      label: '<django-flashcard>, npm page',
      url: '/p/widget?tag=django-flashcard&load=npm',
      cfg: cardReady,
      when: built.present.flashcard,
    },
    {
      id: 'hax',
      label: `HAX <flash-card> ${hax ? hax.version : ''} (peer), npm page`,
      url: `/p/hax?front=${encodeURIComponent(q0.prompt)}&back=${encodeURIComponent(q0.answer)}`,
      // Ready when its shadow DOM is painted: the answer box with its "Check answer" button.
      cfg: { host: 'flash-card', inner: 'flash-card-answer-box', ready: '#check' },
      when: !!hax,
      throttled: true,
    },
  ];
  const active = rows.filter((r) => r.when !== false);
  const samples = Object.fromEntries(rows.map((r) => [r.id, []]));
  const throttled = Object.fromEntries(rows.map((r) => [r.id, []]));
  log(`first render: ${RUNS} cold loads of ${active.length} pages…`);
  for (let i = 0; i < RUNS; i++) {
    for (const row of active)
      samples[row.id].push(await coldLoad(browser, base + row.url, row.cfg));
  }
  if (THROTTLE_RUNS) {
    const slow = active.filter((r) => r.throttled);
    log(
      `first render at ${THROTTLE}× CPU throttling: ${THROTTLE_RUNS} cold loads of ${slow.length} pages…`,
    );
    for (let i = 0; i < THROTTLE_RUNS; i++) {
      for (const row of slow) {
        throttled[row.id].push(
          await coldLoad(browser, base + row.url, row.cfg, { throttle: THROTTLE, timeout: 120000 }),
        );
      }
    }
  }
  const summary = (row, s) => ({
    label: row.label,
    ms: stats(s.map((x) => x.firstRender)),
    longTasks: s.reduce((a, x) => a + (x.longTasks ?? 0), 0),
    loads: s.length,
    heap: stats(s.map((x) => x.heap)),
  });
  results.throttle = THROTTLE;
  results.firstRenderThrottled = {};
  for (const row of rows) {
    results.firstRender[row.id] =
      row.when === false ? { label: row.label, na: true } : summary(row, samples[row.id]);
    if (throttled[row.id].length) {
      results.firstRenderThrottled[row.id] = summary(row, throttled[row.id]);
    }
  }
  for (const group of [results.firstRender, results.firstRenderThrottled]) {
    const lit = group.lit?.ms?.median;
    for (const r of Object.values(group)) if (r.ms && lit) r.ratioToLit = r.ms.median / lit;
  }

  // ----- interaction -----
  if (has('quiz')) {
    log(`interaction: ${INTERACT_LOADS} loads × ${QUESTIONS_PER_LOAD} quiz questions…`);
    const runs = [];
    for (let i = 0; i < INTERACT_LOADS; i++) {
      runs.push(
        await coldLoad(browser, `${base}/p/widget?tag=django-quiz&load=iife`, quizReady, {
          after: answerQuiz(QUESTIONS_PER_LOAD),
        }),
      );
    }
    results.interaction.quiz = {
      choose: stats(runs.flatMap((r) => r.after.choose)),
      check: stats(runs.flatMap((r) => r.after.check)),
      next: stats(runs.flatMap((r) => r.after.next)),
      longTasks: runs.reduce((a, r) => a + r.afterLongTasks, 0),
    };
  }
  if (has('flashcard')) {
    log(`interaction: ${INTERACT_LOADS} loads × ${QUESTIONS_PER_LOAD} flashcards…`);
    const runs = [];
    for (let i = 0; i < INTERACT_LOADS; i++) {
      runs.push(
        await coldLoad(browser, `${base}/p/widget?tag=django-flashcard&load=iife`, cardReady, {
          after: gradeCards(QUESTIONS_PER_LOAD),
        }),
      );
    }
    results.interaction.flashcard = {
      flip: stats(runs.flatMap((r) => r.after.flip)),
      grade: stats(runs.flatMap((r) => r.after.grade)),
      longTasks: runs.reduce((a, r) => a + r.afterLongTasks, 0),
      stopped: runs.map((r) => r.after.stopped).find(Boolean) ?? null,
    };
  }

  // ----- scale -----
  for (const n of SCALE) {
    const s = ensureSet(root, n);
    log(`scale: ${n} questions…`);
    const row = { n, jsonBytes: readFileSync(s.file).length };
    const breakdowns = [];
    for (let i = 0; i < SCALE_RUNS; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(`${base}/p/scale-tools`);
      await page.waitForFunction(() => window.__scaleTools);
      breakdowns.push(
        await page.evaluate(({ url, selection }) => window.__scaleTools.breakdown(url, selection), {
          url: s.path,
          selection: SCALE_FILTER.selection,
        }),
      );
      await ctx.close();
    }
    for (const k of ['fetchMs', 'jsonParseMs', 'validateMs', 'filterMs']) {
      row[k] = stats(breakdowns.map((b) => b[k]));
    }
    row.shown = breakdowns[0].shown;
    const src = `&src=${encodeURIComponent(s.path)}&difficulty=${SCALE_FILTER.attribute}`;
    if (has('quiz')) {
      const loads = [];
      for (let i = 0; i < SCALE_RUNS; i++) {
        loads.push(
          await coldLoad(
            browser,
            `${base}/p/widget?tag=django-quiz&load=iife&bundle=/dist/django-quiz-elements-quiz.no-set.js${src}`,
            { ...quizReady, text: s.firstPrompt },
            { after: answerQuiz(QUESTIONS_PER_LOAD), timeout: 120000 },
          ),
        );
      }
      row.quiz = {
        firstRender: stats(loads.map((l) => l.firstRender)),
        heap: stats(loads.map((l) => l.heap)),
        loads: loads.length,
        longTasksLoad: loads.reduce((a, l) => a + (l.longTasks ?? 0), 0),
        longestTask: Math.max(0, ...loads.map((l) => l.longest ?? 0)),
        choose: stats(loads.flatMap((l) => l.after.choose)),
        check: stats(loads.flatMap((l) => l.after.check)),
        next: stats(loads.flatMap((l) => l.after.next)),
        // One whole answer (choice, Check, Next), click to paint: what grows with the set, if anything.
        answer: stats(
          loads.flatMap((l) =>
            l.after.check.map((c, k) => c + l.after.choose[k] + l.after.next[k]),
          ),
        ),
        longTasksAnswering: loads.reduce((a, l) => a + l.afterLongTasks, 0),
      };
    }
    if (has('flashcard')) {
      const loads = [];
      for (let i = 0; i < SCALE_RUNS; i++) {
        loads.push(
          await coldLoad(
            browser,
            `${base}/p/widget?tag=django-flashcard&load=iife&bundle=/dist/django-quiz-elements-flashcard.no-set.js${src}`,
            cardReady,
            // Grading 100 cards takes a while: once per size is enough (200 samples).
            { after: i === 0 ? gradeCards(CARDS_TO_GRADE) : undefined, timeout: 120000 },
          ),
        );
      }
      const graded = loads[0].after;
      row.flashcard = {
        firstRender: stats(loads.map((l) => l.firstRender)),
        heap: stats(loads.map((l) => l.heap)),
        longTasksLoad: loads.reduce((a, l) => a + (l.longTasks ?? 0), 0),
        graded: graded.graded,
        grade100Ms: stats([graded.totalMs]),
        flip: stats(graded.flip),
        grade: stats(graded.grade),
        longTasksAnswering: loads[0].afterLongTasks,
        stopped: graded.stopped,
      };
    }
    results.scale.push(row);
  }
} finally {
  await browser.close();
  server.close();
}

results.seconds = (performance.now() - started) / 1000;
results.machine.loadAfter = loadavg()[0];
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
printReport(results, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')));
log(`done in ${results.seconds.toFixed(0)} s; wrote bench/results.json`);

// Driving headless Chromium: cold loads with an injected probe, rAF-aligned interactions, heap.
import { chromium } from 'playwright-core';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROME_ARGS,
  });
}

/**
 * How the bench finds things inside <django-flashcard>, which is built in parallel: the lead adjusts
 * these if its markup differs. Each is a list tried in order (CSS selectors inside the shadow root;
 * `text:` entries match a button's text).
 */
export const FLASHCARD = {
  ready: '[part~="front"], [part~="prompt"]',
  flip: ['[part~="flip"]', 'text:^(flip|show answer|reveal|turn)', '[part~="card"]'],
  back: '[part~="back"]',
  grade: ['[data-rating="good"]', '[part~="grade-good"]', 'text:^good\\b'],
};

/**
 * Injected before any page script. Polls on each animation frame for the ready element (visible, with
 * text); once found, the frame it is in is the one that paints it, and a message posted from that
 * frame runs right after the paint: that time is "first render". Also records long tasks, and offers
 * `step(act, done)`: runs `act` at the start of a frame and resolves with the time until `done()`
 * holds and is painted.
 */
function probe(cfg) {
  const b = { cfg, longTasks: [], firstRender: null, detected: null };
  window.__bench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    b.longTasks = null;
  }
  const afterPaint = (cb) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(performance.now());
    ch.port2.postMessage(null);
  };
  const vis = { opacityProperty: true, visibilityProperty: true };
  // The shadow root to look in: the host's, or (`inner`) that of an element inside it.
  b.root = () => {
    if (!cfg.host) return document;
    const host = document.querySelector(cfg.host);
    const root = (host && host.shadowRoot) || null;
    if (!root || !cfg.inner) return root;
    return root.querySelector(cfg.inner)?.shadowRoot ?? null;
  };
  b.visible = (el) => !!el && el.checkVisibility(vis);
  b.find = (specs) => {
    const root = b.root();
    if (!root) return null;
    for (const spec of [].concat(specs)) {
      if (spec.startsWith('text:')) {
        const re = new RegExp(spec.slice(5), 'i');
        const hit = [...root.querySelectorAll('button')].find(
          (el) => b.visible(el) && re.test(el.textContent.trim()),
        );
        if (hit) return hit;
      } else {
        const hit = [...root.querySelectorAll(spec)].find((el) => b.visible(el));
        if (hit) return hit;
      }
    }
    return null;
  };
  b.ready = () => {
    const el = b.find(cfg.ready);
    if (!el) return false;
    const text = el.textContent.trim();
    return text.length > 0 && (!cfg.text || text.includes(cfg.text));
  };
  const tick = () => {
    if (b.ready()) {
      b.detected = performance.now();
      afterPaint((t) => {
        b.firstRender = t;
      });
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  b.step = (act, done, timeout = 10000) =>
    new Promise((resolve, reject) => {
      requestAnimationFrame(() => {
        const t0 = performance.now();
        const timer = setTimeout(() => reject(new Error('step timed out')), timeout);
        const finish = (t) => {
          clearTimeout(timer);
          resolve(t - t0);
        };
        try {
          act();
        } catch (e) {
          clearTimeout(timer);
          reject(e);
          return;
        }
        const poll = () => (done() ? afterPaint(finish) : requestAnimationFrame(poll));
        afterPaint((t) => (done() ? finish(t) : requestAnimationFrame(poll)));
      });
    });
}

/**
 * One cold load in a fresh context with the cache disabled. Resolves with first render, long tasks
 * during load (until first render plus `settleMs`), the JS heap after load (after a GC), and whatever
 * `after(page)` returns. `throttle` > 1 slows the page's CPU that many times (CDP, like DevTools).
 */
export async function coldLoad(
  browser,
  url,
  cfg,
  { after, settleMs = 300, timeout = 60000, throttle = 1 } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(probe, cfg);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url, { waitUntil: 'load', timeout });
    await page.waitForFunction(() => window.__bench.firstRender !== null, null, {
      polling: 50,
      timeout,
    });
    await page.waitForTimeout(settleMs);
    const load = await page.evaluate(() => {
      const b = window.__bench;
      return {
        firstRender: b.firstRender,
        detected: b.detected,
        longTasks: b.longTasks && b.longTasks.length,
        longest: b.longTasks ? Math.max(0, ...b.longTasks.map((t) => t[1])) : null,
      };
    });
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    load.heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
    if (after) {
      const before = await page.evaluate(() => window.__bench.longTasks?.length ?? 0);
      load.after = await after(page);
      load.afterLongTasks =
        (await page.evaluate(() => window.__bench.longTasks?.length ?? 0)) - before;
    }
    return load;
  } finally {
    await context.close();
  }
}

/** Answers `n` quiz questions: choice, Check, Next; each step timed from its click to its paint. */
export function answerQuiz(n) {
  return (page) =>
    page.evaluate(async (n) => {
      const b = window.__bench;
      const q = (s) => b.root().querySelector(s);
      const out = { choose: [], check: [], next: [] };
      for (let i = 0; i < n; i++) {
        const label = q('label[part~="choice"]');
        if (!label) break;
        out.choose.push(
          await b.step(
            () => label.click(),
            () => !!q('[part~="choice--selected"]'),
          ),
        );
        out.check.push(
          await b.step(
            () => q('.actions button.primary').click(),
            () => b.visible(q('[part~="feedback"]')),
          ),
        );
        const prompt = q('[part~="prompt"]').textContent;
        out.next.push(
          await b.step(
            () => q('.actions button.primary').click(),
            () => !q('[part~="feedback"]') && q('[part~="prompt"]')?.textContent !== prompt,
          ),
        );
      }
      return out;
    }, n);
}

/** Flips and grades ("good") up to `n` cards; each step timed from its click to its paint. */
export function gradeCards(n) {
  return (page) =>
    page.evaluate(
      async ({ n, sel }) => {
        const b = window.__bench;
        // totalMs: the sum of the click → painted times (not wall time, which the wait for each
        // next frame would dominate).
        const out = { flip: [], grade: [], graded: 0, totalMs: 0, stopped: null };
        // The next card is dealt with a short slide-in (opacity from 0): wait for its flip control
        // (up to a second) before taking its absence for the end of the deck.
        const findSoon = async (spec) => {
          const until = performance.now() + 1000;
          for (;;) {
            const hit = b.find(spec);
            if (hit || performance.now() > until) return hit;
            await new Promise((r) => requestAnimationFrame(r));
          }
        };
        for (let i = 0; i < n; i++) {
          const flip = await findSoon(sel.flip);
          if (!flip) {
            out.stopped = i === 0 ? 'no flip control found' : 'no more cards';
            break;
          }
          out.flip.push(
            await b.step(
              () => flip.click(),
              () => !!b.find(sel.back),
            ),
          );
          const grade = await findSoon(sel.grade);
          if (!grade) {
            out.stopped = 'no "good" grade button found';
            break;
          }
          out.grade.push(
            await b.step(
              () => grade.click(),
              () => !b.find(sel.back),
            ),
          );
          out.graded++;
        }
        out.totalMs = [...out.flip, ...out.grade].reduce((a, b) => a + b, 0);
        return out;
      },
      { n, sel: FLASHCARD },
    );
}

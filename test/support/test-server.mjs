import { readFile, readdir } from 'node:fs/promises';
import { unzipSync } from 'fflate';

// Dev-server middleware for browser tests: server-side faults the loader must survive, and request
// counting (so a test can prove N widgets share one fetch).
const counts = new Map();
/** `?mark=<name>` on any route: the name is recorded once that response has been sent (after `delay`). */
const served = new Set();
/** `?mark=<name>`: the name is recorded as soon as the request arrives (before any `delay`). */
const received = new Set();

const lrsLog = new Map();

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

export function testServer() {
  return async function testRoutes(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    if (!url.pathname.startsWith('/__test/')) return next();
    const [, , route, ...rest] = url.pathname.split('/');
    const params = url.searchParams;
    if (params.has('mark')) received.add(params.get('mark'));
    const delay = Number(params.get('delay') ?? 0);
    if (delay) await new Promise((r) => setTimeout(r, Math.min(delay, 10_000)));
    if (params.has('mark')) served.add(params.get('mark'));
    switch (route) {
      case 'status': // /__test/status/500
        ctx.status = Number(rest[0]);
        ctx.body = 'test status';
        return;
      case 'fixture': {
        // /__test/fixture/small-set → test/fixtures/small-set.json as JSON, untransformed
        const name = rest.join('/');
        if (!/^[\w/-]+$/.test(name)) return next();
        try {
          ctx.body = await readFile(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8');
          ctx.type = params.get('type') ?? 'application/json';
        } catch {
          ctx.status = 404;
        }
        return;
      }
      case 'alone': {
        // /__test/alone/django-quiz-elements.js → a script-tag file from dist/ in a folder of its own:
        // the files it fetches from beside itself (django-quiz-markdown.js, …) are 404 here.
        const name = rest.join('/');
        if (!/^django-quiz-elements[\w.-]*\.js$/.test(name)) {
          ctx.status = 404;
          return;
        }
        ctx.body = await readFile(new URL(`../../dist/${name}`, import.meta.url), 'utf8');
        ctx.type = 'text/javascript';
        return;
      }
      case 'text': // /__test/text → 200 text/html that is not JSON
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><p>Not JSON</p>';
        return;
      case 'counted': {
        // /__test/counted/<key>?fixture=small-set
        const key = rest[0];
        counts.set(key, (counts.get(key) ?? 0) + 1);
        ctx.redirect(`/__test/fixture/${params.get('fixture') ?? 'small-set'}`);
        return;
      }
      case 'stories': {
        // /__test/stories → ["quiz.stories.ts", …]: every stories module, for test/stories.test.ts
        const files = await readdir(new URL('../../stories/', import.meta.url));
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(files.filter((f) => f.endsWith('.stories.ts')).sort());
        return;
      }
      case 'count': // /__test/count/<key> → how many times /__test/counted/<key> (or flaky) was asked
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ count: counts.get(rest[0]) ?? 0 });
        return;
      case 'raw': {
        // /__test/raw/bad/truncated.txt → any file under test/fixtures, bytes as they are (bad JSON too)
        const name = rest.join('/');
        if (!/^[\w-]+(?:\/[\w-]+)*\.(?:json|txt|md)$/.test(name)) return next();
        try {
          ctx.body = await readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
          ctx.type = params.get('type') ?? 'application/json';
        } catch {
          ctx.status = 404;
        }
        return;
      }
      case 'flaky': {
        // /__test/flaky/<key>?fail=1&status=503&fixture=small-set → fails the first `fail` times, then serves
        const key = rest[0];
        const n = (counts.get(key) ?? 0) + 1;
        counts.set(key, n);
        if (n <= Number(params.get('fail') ?? 1)) {
          ctx.status = Number(params.get('status') ?? 503);
          ctx.body = 'try again later';
          return;
        }
        ctx.redirect(`/__test/fixture/${params.get('fixture') ?? 'small-set'}`);
        return;
      }
      case 'lrs': {
        // A stand-in LRS: POST /__test/lrs/<key>/<fail>/statements records the request and answers 200
        // (the first <fail> requests get 503); GET /__test/lrs/<key> lists what was recorded.
        const key = rest[0];
        const log = lrsLog.get(key) ?? [];
        lrsLog.set(key, log);
        if (ctx.method === 'GET' && rest.length === 1) {
          ctx.type = 'application/json';
          ctx.body = JSON.stringify(log);
          return;
        }
        if (ctx.method === 'OPTIONS') {
          ctx.status = 204;
          return;
        }
        const body = await readBody(ctx.req);
        log.push({
          method: ctx.method,
          path: url.pathname,
          headers: {
            authorization: ctx.get('authorization'),
            'x-experience-api-version': ctx.get('x-experience-api-version'),
            'content-type': ctx.get('content-type'),
            cookie: ctx.get('cookie'),
          },
          body: body ? JSON.parse(body) : null,
        });
        if (log.length <= Number(rest[1] ?? 0)) {
          ctx.status = 503;
          ctx.body = 'LRS unavailable';
          return;
        }
        ctx.type = 'application/json';
        ctx.body = JSON.stringify((JSON.parse(body) ?? []).map((st) => st.id));
        return;
      }
      case 'scorm': {
        // /__test/scorm/<zip>/<file> → <file> from inside dist/packages/<zip>.zip, as an LMS serves an
        // unzipped package (the bytes the build wrote, not a copy of the sources).
        const [zipName, ...path] = rest;
        if (!/^[\w.-]+$/.test(zipName)) return next();
        let entries;
        try {
          const zip = await readFile(
            new URL(`../../dist/packages/${zipName}.zip`, import.meta.url),
          );
          entries = unzipSync(new Uint8Array(zip));
        } catch {
          ctx.status = 404;
          return;
        }
        const name = path.join('/');
        if (!Object.hasOwn(entries, name)) {
          ctx.status = 404;
          return;
        }
        const types = {
          html: 'text/html',
          js: 'text/javascript',
          json: 'application/json',
          xml: 'application/xml',
        };
        ctx.type = types[name.split('.').pop()] ?? 'application/octet-stream';
        ctx.body = Buffer.from(entries[name]);
        return;
      }
      case 'received': // /__test/received/<mark> → whether a request marked `?mark=<mark>` has arrived
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ received: received.has(rest[0]) });
        return;
      case 'served': // /__test/served/<mark> → whether a response marked `?mark=<mark>` has been sent
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ served: served.has(rest[0]) });
        return;
      default:
        return next();
    }
  };
}

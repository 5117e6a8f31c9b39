import { readFile, readdir } from 'node:fs/promises';

// Dev-server middleware for browser tests: server-side faults the loader must survive, and request
// counting (so a test can prove N widgets share one fetch).
const counts = new Map();

export function testServer() {
  return async function testRoutes(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    if (!url.pathname.startsWith('/__test/')) return next();
    const [, , route, ...rest] = url.pathname.split('/');
    const params = url.searchParams;
    const delay = Number(params.get('delay') ?? 0);
    if (delay) await new Promise((r) => setTimeout(r, Math.min(delay, 10_000)));
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
      case 'count': // /__test/count/<key> → how many times /__test/counted/<key> was asked
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ count: counts.get(rest[0]) ?? 0 });
        return;
      default:
        return next();
    }
  };
}

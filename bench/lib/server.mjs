// A small static server for the bench pages, on 127.0.0.1, with caching off. It serves the worktree
// (dist/, bench/.out/, bench/.sets/) and generates the bench pages under /p/.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function layout(body, head = '') {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench</title>
${head}
</head>
<body style="margin:0;font:16px/1.5 system-ui,sans-serif">
<main style="max-width:44rem;margin:2rem auto;padding:0 1rem">
${body}
</main>
</body>
</html>`;
}

/**
 * Pages (query parameters in brackets):
 *   /p/static?text=…                   the floor: the text as static HTML
 *   /p/lit?text=…                      the floor: a bare Lit element (bench/.out/bare-lit.js)
 *   /p/widget?tag=…&load=iife|npm[&src=…&difficulty=…&bundle=/dist/….js]
 *                                      one of our elements, from the script-tag bundle (iife) or
 *                                      from a page bundled from the npm ESM (npm)
 *   /p/hax?front=…&back=…              the peer: HAX's <flash-card> with that front and back
 *   /p/scale-tools                     the validation/filter breakdown page
 */
function page(url) {
  const q = url.searchParams;
  switch (url.pathname) {
    case '/p/static':
      return layout(`<p part="prompt">${escapeHtml(q.get('text') ?? '')}</p>`);
    case '/p/lit':
      return layout(
        `<bare-lit text="${escapeHtml(q.get('text') ?? '')}"></bare-lit>
<script src="/bench/.out/bare-lit.js"></script>`,
      );
    case '/p/widget': {
      const tag = q.get('tag');
      if (!/^django-[a-z]+$/.test(tag ?? '')) return null;
      const attrs = ['src', 'difficulty', 'topics', 'count']
        .filter((a) => q.has(a))
        .map((a) => ` ${a}="${escapeHtml(q.get(a))}"`)
        .join('');
      // `bundle=` picks another script-tag file (`/dist/django-quiz-elements*.js`, or a build under
      // /bench/.out/ for A/B comparisons).
      const bundle = /^\/(?:bench\/\.out\/[\w./-]+|dist\/django-quiz-elements[\w.-]*)\.js$/.test(
        q.get('bundle') ?? '',
      )
        ? q.get('bundle')
        : '/dist/django-quiz-elements.js';
      const script =
        q.get('load') === 'npm'
          ? `<script type="module" src="/bench/.out/npm/${tag.slice('django-'.length)}.js"></script>`
          : `<script src="${escapeHtml(bundle)}"></script>`;
      return layout(`<${tag}${attrs}></${tag}>\n${script}`);
    }
    case '/p/hax':
      // The peer: HAX's <flash-card> (npm @haxtheweb/flash-card), front and back in its slots,
      // bundled as the ES module it is (it reads import.meta.url), bench/.out/peer/hax.js.
      return layout(
        `<flash-card><p slot="front">${escapeHtml(q.get('front') ?? '')}</p><p slot="back">${escapeHtml(q.get('back') ?? '')}</p></flash-card>
<script type="module" src="/bench/.out/peer/hax.js"></script>`,
      );
    case '/p/scale-tools':
      return layout(
        '<p>scale tools</p>',
        '<script type="module" src="/bench/.out/npm/scale-tools.js"></script>',
      );
    default:
      return null;
  }
}

export function startServer(root, port) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const headers = { 'Cache-Control': 'no-store' };
    const html = page(url);
    if (html !== null) {
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
      res.end(html);
      return;
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    let stat;
    try {
      stat = statSync(file);
    } catch {
      stat = null;
    }
    if (!stat?.isFile()) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

#!/usr/bin/env node
// Minifies the static text of Lit's css`` and html`` templates (rules in template-minifier.mjs):
// source indentation, comments and the spaces CSS does not need. vite.config.ts uses the plugin for
// the script-tag bundle; `node scripts/minify-templates.mjs dist` runs over the tsc output (keeping
// every line, for its source maps) so npm users' bundles get the same saving.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';
import { minifyCss, minifyHtml } from './template-minifier.mjs';

const TAGS = new Set(['css', 'html', 'svg']);

function* taggedTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (
    node.type === 'TaggedTemplateExpression' &&
    node.tag?.type === 'Identifier' &&
    TAGS.has(node.tag.name)
  ) {
    yield node;
  }
  for (const key in node) {
    if (key !== 'parent' && typeof node[key] === 'object') yield* taggedTemplates(node[key]);
  }
}

/**
 * The code with its css``/html``/svg`` templates minified, or null when nothing changed. `lang` is
 * `ts` or `js`.
 */
export function minifyTemplates(code, { lang = 'js', keepLines = false } = {}) {
  if (!/\b(css|html|svg)\s*`/.test(code)) return null;
  const edits = [];
  for (const node of taggedTemplates(parseAst(code, { lang }))) {
    // The parser gives UTF-16 offsets; for TypeScript a quasi's range includes its delimiters (` ${ }),
    // for JavaScript it does not. Find the raw text either way, and leave the template alone if not.
    const quasis = node.quasi.quasis.map((q) => {
      const raw = q.value.raw;
      const start = [q.start, q.start + 1].find((at) => code.startsWith(raw, at)) ?? -1;
      return { start, end: start + raw.length, raw };
    });
    if (quasis.some((q) => q.start < 0)) continue;
    const raws = quasis.map((q) => q.raw);
    const minified =
      node.tag.name === 'css' ? minifyCss(raws, keepLines) : minifyHtml(raws, keepLines);
    quasis.forEach((q, k) => edits.push({ ...q, text: minified[k] }));
  }
  if (!edits.length) return null;
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out === code ? null : out;
}

/** Vite/rolldown plugin: minifies the templates of our own TypeScript sources. */
export function minifyTemplatesPlugin() {
  return {
    name: 'django-minify-templates',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || id.includes('node_modules')) return null;
      const out = minifyTemplates(code, { lang: 'ts' });
      return out === null ? null : { code: out, map: null };
    },
  };
}

// CLI: minify the templates of every .js file under the given folders, in place, keeping lines.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : path.endsWith('.js') ? [path] : [];
    });
  let count = 0;
  for (const dir of process.argv.slice(2)) {
    for (const file of walk(dir)) {
      if (file.endsWith('django-quiz-elements.js')) continue; // the bundle is minified by Vite
      const out = minifyTemplates(readFileSync(file, 'utf8'), { keepLines: true });
      if (out !== null) {
        writeFileSync(file, out);
        count++;
      }
    }
  }
  console.log(`minify-templates: ${count} files`);
}

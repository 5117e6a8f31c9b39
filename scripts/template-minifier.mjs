// The rules of scripts/minify-templates.mjs, with no dependencies (a browser test imports them too).
// Each function takes a template's static strings (the parts between its ${} expressions) and
// returns them minified. Conservative by design; the rendered result is the same:
// - html: whitespace runs become one space, or one newline when they held a newline (a browser
//   renders both the same with `white-space: normal|nowrap`); quoted attribute values, comments and
//   <pre>/<textarea>/<script>/<style> content are left as they are.
// - css: comments go; whitespace goes next to `{ } ; , > :` (after a colon only: before one it can
//   be a descendant combinator) and before `) !`; elsewhere it becomes one space. Strings are left
//   as they are; `;}` becomes `}`.
// With `keepLines`, every newline is kept, so each line of code stays on its line (for source maps).
const RAW_ELEMENTS = new Set(['pre', 'textarea', 'script', 'style']);
const isSpace = (c) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/** A whitespace run's replacement: `none` (drop it), or one space/newline, or all of its newlines. */
function gap(run, keepLines, drop) {
  const lines = run.split('\n').length - 1;
  if (keepLines && lines) return '\n'.repeat(lines);
  if (drop) return '';
  return lines ? '\n' : ' ';
}

export function minifyHtml(quasis, keepLines = false) {
  let state = 'text'; // text | tag | quote | comment | raw
  let quote = '';
  let tagName = '';
  let rawUntil = '';
  return quasis.map((src) => {
    let out = '';
    let i = 0;
    while (i < src.length) {
      const c = src[i];
      if (state === 'comment') {
        const end = src.indexOf('-->', i);
        const stop = end < 0 ? src.length : end + 3;
        out += src.slice(i, stop);
        i = stop;
        if (end >= 0) state = 'text';
        continue;
      }
      if (state === 'raw') {
        const end = src.toLowerCase().indexOf(rawUntil, i);
        const stop = end < 0 ? src.length : end;
        out += src.slice(i, stop);
        i = stop;
        if (end >= 0) state = 'text';
        continue;
      }
      if (state === 'quote') {
        out += c;
        i++;
        if (c === '\\' && i < src.length) out += src[i++];
        else if (c === quote) state = 'tag';
        continue;
      }
      if (c === '\\') {
        out += c + (src[i + 1] ?? '');
        i += 2;
        continue;
      }
      if (isSpace(c)) {
        let j = i;
        while (j < src.length && isSpace(src[j])) j++;
        out += gap(src.slice(i, j), keepLines, false);
        i = j;
        continue;
      }
      if (state === 'text' && c === '<') {
        if (src.startsWith('<!--', i)) {
          state = 'comment';
          out += '<!--';
          i += 4;
          continue;
        }
        const m = /^<(\/?)([a-zA-Z][\w-]*)/.exec(src.slice(i, i + 40));
        if (m) {
          state = 'tag';
          tagName = m[1] ? '' : m[2].toLowerCase();
        }
      } else if (state === 'tag' && (c === '"' || c === "'")) {
        state = 'quote';
        quote = c;
      } else if (state === 'tag' && c === '>') {
        state = RAW_ELEMENTS.has(tagName) ? 'raw' : 'text';
        rawUntil = `</${tagName}`;
      }
      out += c;
      i++;
    }
    return out;
  });
}

const DROP_AFTER = new Set(['{', '}', ';', ',', ':', '>', '(']);
const DROP_BEFORE = new Set(['{', '}', ';', ',', '>', ')', '!']);
const EXPR = '\u0000'; // stands for a ${} expression: never dropped next to

export function minifyCss(quasis, keepLines = false) {
  return quasis.map((src, q) => {
    let out = '';
    let last = q === 0 ? '{' : EXPR; // the start of the template behaves like the start of a block
    let i = 0;
    while (i < src.length) {
      const c = src[i];
      if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < src.length && src[j] !== c) j += src[j] === '\\' ? 2 : 1;
        out += src.slice(i, j + 1);
        last = c;
        i = j + 1;
        continue;
      }
      if (isSpace(c) || src.startsWith('/*', i)) {
        let j = i;
        let run = '';
        while (j < src.length) {
          if (isSpace(src[j])) run += src[j++];
          else if (src.startsWith('/*', j)) {
            const end = src.indexOf('*/', j + 2);
            const stop = end < 0 ? src.length : end + 2;
            run += src.slice(j, stop).replace(/[^\n]/g, '') || ' ';
            j = stop;
          } else break;
        }
        const next = j < src.length ? src[j] : q === quasis.length - 1 ? '}' : EXPR;
        out += gap(run, keepLines, DROP_AFTER.has(last) || DROP_BEFORE.has(next));
        i = j;
        continue;
      }
      if (c === '}' && last === ';') out = out.replace(/;(\n*)$/, '$1');
      out += c;
      if (c === '\\' && i + 1 < src.length) out += src[++i];
      last = c;
      i++;
    }
    return out;
  });
}

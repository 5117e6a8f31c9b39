// Encodes marked's tokens of a text field in the compact form src/markdown/prelexed.ts decodes (the
// format is described there). scripts/gen.mjs lexes each field of the bundled set, encodes it, and
// keeps the encoding only if it decodes to the same tokens; otherwise the field is stored as its
// tokens, as JSON.

/** The token properties render.ts reads: what "the same tokens" means for the check. */
const KEYS = [
  'type',
  'raw',
  'text',
  'href',
  'title',
  'lang',
  'ordered',
  'start',
  'loose',
  'task',
  'checked',
];

/** `token` with only the properties that rendering reads (children and list items too). */
export function project(token) {
  const out = {};
  for (const key of KEYS) if (token[key] !== undefined) out[key] = token[key];
  if (token.tokens) out.tokens = token.tokens.map(project);
  if (token.items) out.items = token.items.map(project);
  return out;
}

const sum = (tokens) => tokens.reduce((n, t) => n + t.raw.length, 0);

function inline(token) {
  switch (token.type) {
    case 'text':
      if (!token.tokens && token.text === token.raw && token.raw.length > 0)
        return token.raw.length;
      break;
    case 'codespan':
      if (token.raw.length > 0) return -token.raw.length;
      break;
    case 'escape':
      if (token.raw.length === 2) return [6];
      break;
    case 'em':
    case 'strong': {
      const d = (token.raw.length - sum(token.tokens)) / 2;
      if (Number.isInteger(d) && d > 0)
        return [token.type === 'em' ? 4 : 5, d, ...token.tokens.map(inline)];
      break;
    }
  }
  return project(token);
}

function block(token) {
  switch (token.type) {
    case 'space':
      return [0, token.raw.length];
    case 'paragraph':
      return [1, token.raw.length - token.text.length, ...token.tokens.map(inline)];
    case 'code': {
      const at = token.raw.indexOf(token.text);
      const lang = token.lang ?? '';
      return at >= 0
        ? [2, token.raw.length, lang, at, token.text.length]
        : [2, token.raw.length, lang, token.text];
    }
  }
  return project(token);
}

/** The encoding of `tokens`, marked's tokens of the whole of `source`. */
export function encode(source, tokens) {
  const sole = tokens.length === 1 && tokens[0].type === 'paragraph' ? tokens[0] : undefined;
  if (sole && sole.raw === source && sole.text === source) return sole.tokens.map(inline);
  return { b: tokens.map(block) };
}

/** Deep equality of two JSON-like values (key order ignored). */
export function same(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => same(a[k], b[k]));
}

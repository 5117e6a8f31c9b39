/**
 * Decodes the bundled set's build-time tokens (the format is described in `prelexed.ts`). Only the
 * generated set module (src/data/default-set.ts) imports it, and hands it to `registerPrelexed`.
 */
import type { Token } from 'marked';
import type { Block, Inline, PrelexedField } from './prelexed.js';

const isToken = (value: unknown): value is Token =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Decodes one field; undefined when the encoding does not fit the text (then the lexer is used). */
export function decodeField(source: string, encoded: PrelexedField): Token[] | undefined {
  if (encoded === 0) return undefined;
  if (encoded === 1) encoded = spans(source);
  let at = 0;
  const take = (n: number) => {
    const s = source.slice(at, at + n);
    at += n;
    return s;
  };
  const inline = (list: readonly Inline[]): Token[] =>
    list.map((e): Token => {
      if (typeof e === 'number') {
        if (e > 0) {
          const text = take(e);
          return { type: 'text', raw: text, text };
        }
        const raw = take(-e);
        return { type: 'codespan', raw, text: codeSpanText(raw) };
      }
      if (isToken(e)) {
        at += e.raw.length;
        return e;
      }
      if (e[0] === 6) {
        const raw = take(2);
        return { type: 'escape', raw, text: raw[1] };
      }
      const [kind, d, ...children] = e;
      const start = at;
      at += d;
      const tokens = inline(children);
      const text = source.slice(start + d, at);
      at += d;
      return { type: kind === 4 ? 'em' : 'strong', raw: source.slice(start, at), text, tokens };
    });
  const block = (e: Block): Token => {
    if (isToken(e)) {
      at += e.raw.length;
      return e;
    }
    if (e[0] === 0) return { type: 'space', raw: take(e[1]) };
    if (e[0] === 1) {
      const [, trailing, ...children] = e;
      const start = at;
      const tokens = inline(children);
      const text = source.slice(start, at);
      at += trailing;
      return { type: 'paragraph', raw: source.slice(start, at), text, tokens };
    }
    const [, n, lang, from, length] = e;
    const raw = take(n);
    const text = typeof from === 'string' ? from : raw.slice(from, from + (length ?? 0));
    return { type: 'code', raw, lang, text };
  };
  try {
    const tokens = Array.isArray(encoded)
      ? [{ type: 'paragraph', raw: source, text: source, tokens: inline(encoded) } as Token]
      : encoded.b.map(block);
    return at === source.length ? tokens : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The inline encoding of a paragraph of text and code spans: the lengths of the texts between code
 * spans (n) and of the spans (-n), a span being a run of backticks closed by a run of the same
 * length (marked's rule). Used for fields encoded `1`; the build keeps `1` only where this gives
 * marked's own tokens.
 */
function spans(source: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of source.matchAll(/(`+)([^`]|[^`][^]*?[^`])\1(?!`)/g)) {
    if (m.index > last) out.push(m.index - last);
    out.push(-m[0].length);
    last = m.index + m[0].length;
  }
  if (last < source.length) out.push(source.length - last);
  return out;
}

/** A code span's text as marked gives it: inside the backticks, one space trimmed each side if both have one. */
function codeSpanText(raw: string): string {
  const ticks = /^`+/.exec(raw)?.[0].length ?? 0;
  let text = raw.slice(ticks, raw.length - ticks).replace(/\n/g, ' ');
  if (/^ [^]* $/.test(text) && !/^ *$/.test(text)) text = text.slice(1, -1);
  return text;
}

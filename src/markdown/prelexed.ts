/**
 * The bundled set's Markdown, lexed at build time (scripts/gen.mjs, with the same marked and options
 * as `lexer.ts`) and shipped as a compact encoding beside the set, so that a page showing the bundled
 * set never loads the lexer (15 kB and about 13 ms of start-up). `render.ts` looks a field up here
 * before it asks the lexer.
 *
 * The encoding leans on a property of marked's tokens: the `raw` texts of a token list add up to the
 * text they were lexed from (a field, or a paragraph's `text`). So a token needs its type and the
 * length of its `raw` only, and the decoder slices the field as it goes:
 *
 * - a field is `1` when it is one paragraph of text and code spans only, found as marked finds them
 *   (the usual case: the decoder splits it at its code spans, see `spans`), or its inline tokens
 *   (one paragraph that is the whole field), or `{ b: blocks }`, or `0` for a field without
 *   Markdown syntax;
 * - inline: `n` > 0 a text of n characters, `-n` a code span of n characters, `[4, d, ...inline]` em
 *   and `[5, d, ...inline]` strong with delimiters d characters long, `[6]` an escape (two characters);
 * - blocks: `[0, n]` space, `[1, trailing, ...inline]` a paragraph whose `raw` has `trailing` more
 *   characters than its `text`, `[2, n, lang, start, length]` a code block (its text a slice of its
 *   raw) or `[2, n, lang, text]`;
 * - anything else is the token itself, as JSON (a list, a link: rare in the bundled set).
 *
 * gen.mjs checks that every field decodes to the tokens marked gives; test/markdown-prelexed.test.ts
 * renders every field both ways and compares the DOM.
 *
 * This module is the table `render.ts` reads; the decoder is `prelexed-decode.ts`, which only the
 * generated set module imports, so the `*.no-set.js` script-tag files carry neither it nor the tokens.
 */
import type { Token } from 'marked';
import type { QuestionSet } from '../data/schema.js';

export type Inline = number | [4 | 5, number, ...Inline[]] | [6] | Token;
export type Block =
  | [0, number]
  | [1, number, ...Inline[]]
  | [2, number, string, number, number]
  | [2, number, string, string]
  | Token;
/** One text field, encoded (see above). */
export type PrelexedField = 0 | 1 | Inline[] | { b: Block[] };

/** The text fields of a set that `renderText` formats, in the order the encoding lists them. */
export function textFields(set: QuestionSet): string[] {
  const out: string[] = [];
  const add = (field: string | undefined) => field !== undefined && out.push(field);
  for (const q of set.questions) {
    add(q.prompt);
    add(q.answer);
    add(q.explanation);
    add(q.note);
    for (const c of q.choices) {
      add(c.text);
      add(c.why);
    }
  }
  return out;
}

/** Decodes one field given its text; undefined when the encoding does not fit the text. */
export type PrelexedDecoder = (source: string, encoded: PrelexedField) => Token[] | undefined;

/** Field text → its encoding (decoded when rendered; `render.ts` keeps the tokens it uses). */
const encodedFields = new Map<string, PrelexedField>();
let decoder: PrelexedDecoder | undefined;
/** Sets registered whole: every field with Markdown syntax has its tokens (gen.mjs makes sure). */
const lexedSets = new WeakSet<QuestionSet>();

/**
 * Makes `encoded` (one entry per `textFields(set)`) the tokens of those fields, decoded by `decode`
 * when rendered. A mismatch in length registers nothing.
 */
export function registerPrelexed(
  set: QuestionSet,
  encoded: readonly PrelexedField[] | undefined,
  decode: PrelexedDecoder | undefined,
): void {
  if (!encoded || !decode || lexedSets.has(set)) return;
  const fields = textFields(set);
  if (fields.length !== encoded.length) return;
  lexedSets.add(set);
  decoder = decode;
  fields.forEach((field, i) => {
    if (encoded[i] !== 0) encodedFields.set(field, encoded[i]);
  });
}

/** Whether `set` came with build-time tokens for all its Markdown (so it never needs the lexer). */
export const isPrelexedSet = (set: QuestionSet): boolean => lexedSets.has(set);

/** Whether `text` has tokens from the build (and so needs no lexer). */
export const isPrelexed = (text: string): boolean => encodedFields.has(text);

/** The build-time tokens of `text`, or undefined (not registered, or not decodable). */
export function prelexedTokens(text: string): Token[] | undefined {
  const entry = encodedFields.get(text);
  return entry === undefined ? undefined : decoder?.(text, entry);
}

/**
 * Whether a text field goes through the Markdown parser at all: a field without any of these
 * characters renders as the plain string it is. Its own module so that scripts/gen.mjs, which lexes
 * the bundled set at build time (see `prelexed.ts`), picks the same fields without loading Lit.
 */
/** Characters without which a string has no Markdown we render (the fast path's test). */
const SYNTAX = /[`*_[\\\n<]|https?:|www\.|^\s*(?:[-+]|\d{1,9}[.)])\s/i;

/** Whether a string goes through the parser at all. */
export function hasMarkdown(text: string): boolean {
  return SYNTAX.test(text);
}

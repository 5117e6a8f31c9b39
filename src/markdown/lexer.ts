/**
 * marked's lexer with the options `render.ts` renders from, loaded on demand (see `lexer-loader.ts`):
 * only a set whose text has Markdown syntax needs it. This module has no Lit in it, so the script-tag
 * build ships it as a file of its own (dist/django-quiz-markdown.js).
 */
import { Lexer, getDefaults, type MarkedOptions, type Token } from 'marked';

const OPTIONS: MarkedOptions = {
  ...getDefaults(),
  gfm: true,
  breaks: false,
  pedantic: false,
  extensions: null,
  tokenizer: null,
  hooks: null,
  walkTokens: null,
};

/** The tokens of `text`; throws when marked gives up (e.g. a nesting bomb deeper than its stack). */
export function lex(text: string): Token[] {
  return new Lexer(OPTIONS).lex(text);
}

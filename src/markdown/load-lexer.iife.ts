/**
 * The script-tag build's way to fetch the Markdown lexer (vite.config.ts puts this file in place of
 * `load-lexer.ts`): an IIFE cannot split code, so the lexer is its own module,
 * dist/django-quiz-markdown.js, next to the script. Where modules cannot load (a `file://` page),
 * Markdown shows as the text that was written. The bundled set never needs it: its Markdown is
 * lexed at build time (see `prelexed.ts`); a set of the page's own fetches it when its text has
 * Markdown syntax.
 */
import { besideScript } from './beside-script.js';

type LexerModule = typeof import('./lexer.js');

export const importLexer = (): Promise<LexerModule> =>
  import(/* @vite-ignore */ besideScript('django-quiz-markdown.js'));

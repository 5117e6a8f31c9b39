/**
 * The script-tag build's way to fetch the Markdown lexer (vite.config.ts puts this file in place of
 * `load-lexer.ts`): an IIFE cannot split code, so the lexer is its own module,
 * dist/django-quiz-markdown.js, next to the script. Where modules cannot load (a `file://` page),
 * Markdown shows as the text that was written.
 */
import bundledSet from '../data/default-set.js';
import { besideScript } from './beside-script.js';

type LexerModule = typeof import('./lexer.js');

const load = (): Promise<LexerModule> =>
  import(/* @vite-ignore */ besideScript('django-quiz-markdown.js'));

/**
 * A file with the bundled set (whose text has Markdown) starts the fetch as it runs, in parallel with
 * the elements' start-up; the `*.no-set.js` files (the set left out) fetch it only for a set that needs it.
 */
const early = bundledSet ? load() : undefined;
// A failure is reported by the caller of importLexer (lexer-loader.ts), if there ever is one.
early?.catch(() => undefined);

export const importLexer = (): Promise<LexerModule> => early ?? load();

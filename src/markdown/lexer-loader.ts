/**
 * The Markdown lexer (`lexer.ts`, marked) is imported the first time a text with Markdown syntax
 * needs it, so a set of plain text never loads it. The set's loading path waits for it (see
 * `set-ready.ts`), so a widget's first screen is formatted; a field rendered before it is in shows as
 * plain text, and its element renders again when it arrives (`DjangoElement.update`).
 */
import { importLexer } from './load-lexer.js';

type LexerModule = typeof import('./lexer.js');

let loaded: LexerModule | undefined;
let loading: Promise<boolean> | undefined;
let failed = false;
/** How many times a field was rendered without the lexer while it could still arrive. */
let misses = 0;

/** Import the lexer once; resolves false when it cannot be loaded (Markdown then stays plain text). */
export function loadLexer(): Promise<boolean> {
  loading ??= importLexer().then(
    (m) => {
      loaded = m;
      return true;
    },
    (e) => {
      failed = true;
      console.warn('django-quiz-elements: Markdown formatting is unavailable', e);
      return false;
    },
  );
  return loading;
}

/** The lexer if it is in; otherwise starts loading it, counts a miss and returns undefined. */
export function lexerNow(): LexerModule | undefined {
  if (loaded || failed) return loaded;
  misses++;
  void loadLexer();
  return undefined;
}

/** The miss count (see `lexerNow`): an element compares it before and after it renders. */
export const lexerMisses = (): number => misses;

/** Whether the lexer has been loaded by this page (for tests and measurements). */
export function lexerLoaded(): boolean {
  return loaded !== undefined;
}

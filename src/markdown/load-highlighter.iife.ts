/**
 * The script-tag build's way to fetch the highlighter (vite.config.ts puts this file in place of
 * `load-highlighter.ts`): an IIFE cannot split code, so the highlighter is its own module,
 * dist/django-quiz-highlight.js, next to the script, imported only when a code block is shown.
 * Where modules cannot load (a `file://` page), code stays plain text.
 */
import { besideScript } from './beside-script.js';

export const importHighlighter = (): Promise<typeof import('./highlight.js')> =>
  import(/* @vite-ignore */ besideScript('django-quiz-highlight.js'));

/**
 * The script-tag build's way to fetch the progress tools (vite.config.ts puts this file in place of
 * `load-tools.ts`): an IIFE cannot split code, so they are their own module,
 * dist/django-quiz-progress.js, next to the script, imported when the panel opens or a quiz is idle.
 */
import { besideScript } from '../markdown/beside-script.js';

export const importProgressTools = (): Promise<typeof import('./tools.js')> =>
  import(/* @vite-ignore */ besideScript('django-quiz-progress.js'));

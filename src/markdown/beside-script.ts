/**
 * For the script-tag build's on-demand files (`load-highlighter.iife.ts`, `load-lexer.iife.ts`,
 * `progress/load-tools.iife.ts`): the URL of a file next to the running script. Read while the script runs, when `currentScript` is set.
 */
const script =
  (document.currentScript as HTMLScriptElement | null)?.src ||
  document.querySelector<HTMLScriptElement>('script[src*="django-quiz-elements"]')?.src ||
  location.href;

export const besideScript = (file: string): string => new URL(file, script).href;

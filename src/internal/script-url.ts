/**
 * Where the script-tag file was loaded from, read while it first runs (`document.currentScript` is
 * only set then): its sibling files (highlighter, progress tools) are fetched from the same folder.
 */
export const scriptUrl =
  (document.currentScript as HTMLScriptElement | null)?.src ||
  document.querySelector<HTMLScriptElement>('script[src*="django-quiz-elements"]')?.src ||
  location.href;

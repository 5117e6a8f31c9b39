/** How the highlighter is fetched: a plain dynamic import (npm build, tests, Storybook). */
export const importHighlighter = (): Promise<typeof import('./highlight.js')> =>
  import('./highlight.js');

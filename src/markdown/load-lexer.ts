/** How the Markdown lexer is fetched: a plain dynamic import (npm build, tests, Storybook). */
export const importLexer = (): Promise<typeof import('./lexer.js')> => import('./lexer.js');

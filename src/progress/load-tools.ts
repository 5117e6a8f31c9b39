/** How the progress tools are fetched: a plain dynamic import (npm build, tests, Storybook). */
export const importProgressTools = (): Promise<typeof import('./tools.js')> => import('./tools.js');

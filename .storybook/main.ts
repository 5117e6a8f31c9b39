// Storybook, configured by hand (`storybook init` cannot run here; see ../shared/TOOLCHAIN.md).
// `npm run storybook` serves it on :6006; `npm run build-storybook` writes storybook-static/.
// Both first regenerate custom-elements.json, which the controls and docs pages are built from.
import { createRequire } from 'node:module';
import type { StorybookConfig } from '@storybook/web-components-vite';

// Autodocs pages need @storybook/addon-docs (in Storybook 10 controls, actions, backgrounds and
// viewport are part of core; docs is not). Use it when it is installed, so the build never breaks
// for want of it.
function installed(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: installed('@storybook/addon-docs') ? ['@storybook/addon-docs'] : [],
  core: { disableTelemetry: true },
  // Storybook's own preview runtime is one ~930 kB chunk; only our code is held to a size budget.
  viteFinal: (config) => ({
    ...config,
    build: { ...config.build, chunkSizeWarningLimit: 1500 },
  }),
};

export default config;

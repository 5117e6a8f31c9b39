// @web/test-runner in Debian's headless Chromium (see scripts/find-chrome.mjs and ../shared/TOOLCHAIN.md).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { testServer } from './test/support/test-server.mjs';
import { countReporter } from './test/support/count-reporter.mjs';

const port = Number(process.env.WTR_PORT ?? 8765);

export default {
  files: ['test/**/*.test.ts', '!test/hosts/**'],
  nodeResolve: true,
  port,
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 5000 } },
  testsFinishTimeout: 5 * 60_000,
  browserStartTimeout: 60_000,
  middleware: [testServer()],
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  reporters: [defaultReporter(), countReporter()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};

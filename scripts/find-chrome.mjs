#!/usr/bin/env node
// Pre-test step: make sure a Chrome/Chromium exists for @web/test-runner. Order: $CHROME_PATH, the
// usual install paths; on Debian/Ubuntu as root with none found, install Debian's chromium with apt-get;
// anywhere else, stop with one line saying what to run. Prints the path it found.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

const found = () => candidates.find((p) => existsSync(p));
let path = found();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log(
      "No Chrome/Chromium found: installing Debian's chromium with apt-get (about a minute)…",
    );
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      {
        stdio: 'inherit',
      },
    );
    path = found();
  }
}
if (!path) {
  console.error(
    'No Chrome/Chromium found for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH.',
  );
  process.exit(1);
}
console.log(`Browser for tests: ${path}`);

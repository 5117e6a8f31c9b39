// WordPress, offline, for test/node/wordpress.test.mjs: WordPress Playground's CLI (WordPress in Node,
// PHP compiled to WebAssembly, SQLite for the database) booted on a WordPress release that comes from
// npm, never from wordpress.org.
//
// - prepare(): installs this folder's package.json (Playground's CLI and @wp-playground/wordpress-builds)
//   when node_modules is missing or older than package-lock.json, and assembles a complete WordPress
//   6.5.5 zip from the builds package once (its wp-6.5.zip holds the PHP; its public/wp-6.5/ the CSS,
//   JS and images that Playground's web app would fetch from its own site). Both are kept in ignored
//   folders (node_modules/ here, test/hosts/.cache/wordpress/) for the next run.
// - startPlayground(): serves that zip from a loopback HTTP server and starts `wp-playground-cli server`
//   with `--wp=<that URL>` (a URL is used as is: no version lookup at api.wordpress.org) and HOME in the
//   cache folder, where the CLI keeps its download cache. Each start is a fresh site.
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync, zipSync } from 'fflate';

const HERE = new URL('./', import.meta.url).pathname;
export const CACHE = join(HERE, '..', '.cache', 'wordpress');
const WP_VERSION = '6.5';
const WP_ZIP = join(CACHE, `wordpress-${WP_VERSION}.zip`);
const CLI = join(HERE, 'node_modules', '@wp-playground', 'cli', 'wp-playground.js');
const BUILDS = join(HERE, 'node_modules', '@wp-playground', 'wordpress-builds');

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

function installPlayground(log) {
  const stamp = join(HERE, 'node_modules', '.package-lock.json');
  if (
    existsSync(CLI) &&
    existsSync(BUILDS) &&
    mtime(stamp) >= mtime(join(HERE, 'package-lock.json'))
  )
    return false;
  log('Installing WordPress Playground into test/hosts/wordpress/node_modules (about 1 GB, once)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: HERE,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return true;
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** One zip with everything a WordPress release zip has, under `wordpress/` as wordpress.org's are. */
function assembleWordPress(log) {
  if (existsSync(WP_ZIP) && mtime(WP_ZIP) >= mtime(join(BUILDS, 'package.json'))) return false;
  log(`Assembling WordPress ${WP_VERSION} from @wp-playground/wordpress-builds…`);
  const php = unzipSync(readFileSync(join(BUILDS, 'src', 'wordpress', `wp-${WP_VERSION}.zip`)));
  const entries = {};
  for (const [name, data] of Object.entries(php)) {
    // The build is an installed site; Playground installs its own (wp-config.php, SQLite database).
    if (name.endsWith('/') || name === 'wp-config.php' || name.endsWith('.ht.sqlite')) continue;
    entries[`wordpress/${name}`] = data;
  }
  const assets = join(BUILDS, 'public', `wp-${WP_VERSION}`);
  for (const file of files(assets)) {
    const name = relative(assets, file);
    if (name === 'wordpress-remote-asset-paths') continue;
    entries[`wordpress/${name}`] ??= readFileSync(file);
  }
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(WP_ZIP, zipSync(entries, { level: 1 }));
  return true;
}

export function prepare(log = console.log) {
  const started = Date.now();
  const installed = installPlayground(log);
  const assembled = assembleWordPress(log);
  return { installed, assembled, ms: Date.now() - started };
}

/**
 * Boots WordPress on http://127.0.0.1:<port>. Resolves with { url, stop(), output() } once the CLI
 * says it is ready; rejects with the CLI's output if it exits or takes longer than `timeoutMs`.
 */
export async function startPlayground({ port, zipPort, blueprint, timeoutMs = 180_000 }) {
  const zipServer = createServer((req, res) => {
    if (req.url !== '/wordpress.zip') return res.writeHead(404).end();
    res.writeHead(200, {
      'Content-Type': 'application/zip',
      'Content-Length': statSync(WP_ZIP).size,
    });
    createReadStream(WP_ZIP).pipe(res);
  });
  await new Promise((resolve, reject) =>
    zipServer.once('error', reject).listen(zipPort, '127.0.0.1', resolve),
  );
  const home = join(CACHE, 'home');
  mkdirSync(home, { recursive: true });
  const blueprintFile = join(CACHE, 'blueprint.json');
  const wpUrl = `http://127.0.0.1:${zipPort}/wordpress.zip`;
  // A blueprint's preferredVersions win over --wp, and its default ("latest") is looked up at
  // api.wordpress.org: name the zip in both places.
  writeFileSync(
    blueprintFile,
    JSON.stringify({ ...blueprint, preferredVersions: { php: '8.3', wp: wpUrl } }, null, 2),
  );
  const child = spawn(
    process.execPath,
    [
      CLI,
      'server',
      `--port=${port}`,
      `--wp=${wpUrl}`,
      '--php=8.3',
      '--workers=1',
      `--blueprint=${blueprintFile}`,
    ],
    // Its own process group, so stop() ends the CLI and its workers together.
    {
      cwd: CACHE,
      env: { ...process.env, HOME: home },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const stop = async () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            /* gone */
          }
          resolve();
        }, 5000);
        child.once('exit', () => (clearTimeout(timer), resolve()));
      });
    }
    await new Promise((resolve) => zipServer.close(resolve));
  };
  const url = `http://127.0.0.1:${port}`;
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Playground not ready after ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk) => {
      output += chunk;
      if (/Ready! WordPress is running/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Playground exited (${code}) before it was ready:\n${output}`));
    });
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  return { url, stop, output: () => output };
}

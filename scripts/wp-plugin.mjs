#!/usr/bin/env node
// `npm run wp-plugin`: the installable WordPress plugin, dist/django-quiz-elements-wordpress.zip
// (Plugins → Add New → Upload Plugin). The zip holds wordpress/django-quiz-elements/ under one
// top-level folder, plus the script-tag file from the build (dist/django-quiz-elements.js) and the
// Markdown lexer it fetches from beside itself (dist/django-quiz-markdown.js) in assets/. Run
// `npm run build` first. Entries are sorted and dated
// 2000-01-01, so the same inputs give the same bytes.
//
// It refuses to build when a version in the plugin (header, constant, readme.txt's Stable tag,
// block.json, editor.asset.php) differs from package.json's.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { SIBLING_FILES } from '../bin/sibling-files.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const SLUG = 'django-quiz-elements';
const PLUGIN = join(ROOT, 'wordpress', SLUG);
/** The build's files the plugin ships in assets/: the script-tag file and the lexer beside it. */
// The script-tag file and the files it fetches from beside itself.
const ASSETS = ['django-quiz-elements.js', ...SIBLING_FILES];
export const ZIP = join(ROOT, 'dist', 'django-quiz-elements-wordpress.zip');
const MTIME = new Date('2000-01-01T00:00:00Z');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'assets' ? [] : files(path);
    return [path];
  });
}

function checkVersions() {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const read = (file) => readFileSync(join(PLUGIN, file), 'utf8');
  const found = {
    'plugin header': /^\s*\*\s*Version:\s*(\S+)/m.exec(read(`${SLUG}.php`))?.[1],
    DJANGO_QUIZ_ELEMENTS_VERSION: /'DJANGO_QUIZ_ELEMENTS_VERSION',\s*'([^']+)'/.exec(
      read(`${SLUG}.php`),
    )?.[1],
    'readme.txt Stable tag': /^Stable tag:\s*(\S+)/m.exec(read('readme.txt'))?.[1],
    'blocks/quiz/block.json': JSON.parse(read('blocks/quiz/block.json')).version,
    'blocks/flashcard/block.json': JSON.parse(read('blocks/flashcard/block.json')).version,
    'blocks/editor.asset.php': /'version'\s*=>\s*'([^']+)'/.exec(
      read('blocks/editor.asset.php'),
    )?.[1],
  };
  const wrong = Object.entries(found).filter(([, v]) => v !== version);
  if (wrong.length) {
    throw new Error(
      `wp-plugin: package.json is ${version}, but ` +
        wrong.map(([where, v]) => `${where} says ${v ?? 'nothing'}`).join(', '),
    );
  }
  return version;
}

export function buildPlugin() {
  const version = checkVersions();
  const assets = ASSETS.map((file) => {
    try {
      return [file, readFileSync(join(ROOT, 'dist', file))];
    } catch {
      throw new Error(`wp-plugin: dist/${file} is missing: run \`npm run build\` first`);
    }
  });
  // A copy beside the PHP too, so the folder itself works when linked into a WordPress install.
  mkdirSync(join(PLUGIN, 'assets'), { recursive: true });
  for (const [file, bytes] of assets) writeFileSync(join(PLUGIN, 'assets', file), bytes);

  const entries = {};
  for (const file of files(PLUGIN).sort()) {
    const name = `${SLUG}/${relative(PLUGIN, file)}`;
    if (statSync(file).isFile()) entries[name] = [readFileSync(file), { mtime: MTIME }];
  }
  for (const [file, bytes] of assets) entries[`${SLUG}/assets/${file}`] = [bytes, { mtime: MTIME }];
  const zip = zipSync(entries, { level: 9 });
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  writeFileSync(ZIP, zip);
  return { zip: ZIP, bytes: zip.length, files: Object.keys(entries).length, version };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { zip, bytes, files: count, version } = buildPlugin();
  console.log(
    `${relative(ROOT, zip)}: ${count} files, ${(bytes / 1000).toFixed(1)} kB (plugin ${version})`,
  );
}

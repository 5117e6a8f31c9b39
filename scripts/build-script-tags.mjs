#!/usr/bin/env node
// Part of `npm run build`: every script-tag file in scripts/script-tag-files.mjs, each a Vite library
// build (vite.config.ts: IIFE, minified, templates minified) of its own entry, with or without the
// bundled set. Prints each file's gzip size.
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { SCRIPT_TAG_FILES, withoutSetPlugin } from './script-tag-files.mjs';

for (const f of SCRIPT_TAG_FILES) {
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    plugins: f.set ? [] : [withoutSetPlugin()],
    build: {
      outDir: dirname(f.file),
      emptyOutDir: false,
      lib: {
        entry: f.entry,
        name: 'DjangoQuizElements',
        formats: ['iife'],
        fileName: () => basename(f.file),
      },
    },
  });
  const gzip = gzipSync(readFileSync(f.file), { level: 9 }).length;
  console.log(`${f.file.padEnd(38)} ${(gzip / 1000).toFixed(1)} kB gzip`);
}

#!/usr/bin/env node
// Part of `npm run build`, after build-embed.mjs (which makes dist/scorm-launch.js from
// src/scorm/launch.ts, the launch page's glue): one 10-question quiz package of each standard from the
// bundled set, dist/packages/django-quiz-scorm1.2.zip and …2004.zip, which test/scorm.test.ts takes
// through scorm-again and test/node/scorm.test.mjs validates.
import { mkdir, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';

await mkdir('dist/packages', { recursive: true });
for (const standard of ['1.2', '2004']) {
  const out = `dist/packages/django-quiz-scorm${standard}.zip`;
  const log = execFileSync(process.execPath, [
    'bin/django-quiz-elements.mjs',
    'scorm',
    '--standard',
    standard,
    '--count',
    '10',
    '--title',
    'Django interview quiz',
    '-o',
    out,
  ]);
  process.stdout.write(log);
}
const cards = 'dist/packages/django-flashcards-scorm2004.zip';
process.stdout.write(
  execFileSync(process.execPath, [
    'bin/django-quiz-elements.mjs',
    'scorm',
    '--standard',
    '2004',
    '--element',
    'flashcard',
    '--topics',
    'orm',
    '-o',
    cards,
  ]),
);
await writeFile('dist/packages/README.txt', 'Sample SCORM packages made by `npm run build`.\n');

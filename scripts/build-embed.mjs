#!/usr/bin/env node
// Part of `npm run build`, after the main script-tag build (vite.config.ts, unchanged): the iframe page
// for LMSs that strip scripts. Emits dist/embed.html (copied), dist/embed.js (its glue) and
// dist/embed-parent.js (the host page's auto-size + event relay), both classic IIFE scripts.
import { copyFile } from 'node:fs/promises';
import { build } from 'vite';

const scripts = [
  ['src/embed/embed.ts', 'embed.js'],
  ['src/embed/embed-parent.ts', 'embed-parent.js'],
  // The launch page glue of a SCORM package (scripts/build-scorm.mjs packs it as scorm.js).
  ['src/scorm/launch.ts', 'scorm-launch.js'],
  // The script-tag file's on-demand parts, ES modules beside it: the Markdown lexer, imported for a
  // set with Markdown (src/markdown/load-lexer.iife.ts), and the syntax highlighter, imported only
  // when a code block is on screen (src/markdown/load-highlighter.iife.ts).
  ['src/markdown/lexer.ts', 'django-quiz-markdown.js', 'es'],
  ['src/markdown/highlight.ts', 'django-quiz-highlight.js', 'es'],
  // The progress panel's exports and import, and the quiz's mistakes-to-cards step (FSRS): an ES
  // module beside the script, imported when the panel opens or a quiz is idle after its first screen
  // (see src/progress/load-tools.iife.ts).
  ['src/progress/tools.ts', 'django-quiz-progress.js', 'es'],
];

for (const [entry, file, format = 'iife'] of scripts) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      sourcemap: false,
      lib: { entry, name: 'DjangoQuizEmbed', formats: [format], fileName: () => file },
      rolldownOptions: { output: { minify: true } },
    },
  });
}
await copyFile('src/embed/embed.html', 'dist/embed.html');
console.log(
  'dist/embed.html, dist/embed.js, dist/embed-parent.js, dist/scorm-launch.js, dist/django-quiz-markdown.js, dist/django-quiz-highlight.js, dist/django-quiz-progress.js',
);

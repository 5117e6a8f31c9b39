import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

// `npm start` serves index.html (the demo). `vite build` makes the script-tag file: one self-contained
// IIFE (Lit, our code and the bundled set inside, no import/export) that defines every element.
// The unbundled ESM for npm comes from `tsc -p tsconfig.build.json` into the same dist/ folder.
export default defineConfig(({ command }) => ({
  // Strips indentation and comments from css`` / html`` templates (see scripts/minify-templates.mjs).
  plugins: [minifyTemplatesPlugin()],
  resolve: {
    // The IIFE cannot split code: it fetches its on-demand parts as files of their own beside it,
    // dist/django-quiz-markdown.js (the Markdown lexer), dist/django-quiz-highlight.js and
    // dist/django-quiz-progress.js (built by scripts/build-embed.mjs), instead of inlining them:
    // `./load-lexer.js` → `load-lexer.iife.ts`, `./load-highlighter.js` → `load-highlighter.iife.ts`,
    // `../progress/load-tools.js` → `load-tools.iife.ts`. The dev server (`npm start`) serves
    // modules, so there all are plain dynamic imports.
    alias:
      command === 'build'
        ? [
            {
              find: /^\.\/(load-lexer|load-highlighter)\.js$/,
              replacement: fileURLToPath(new URL('./src/markdown/$1.iife.ts', import.meta.url)),
            },
            {
              find: /^\.\.\/progress\/load-tools\.js$/,
              replacement: fileURLToPath(
                new URL('./src/progress/load-tools.iife.ts', import.meta.url),
              ),
            },
          ]
        : [],
  },
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2021',
    sourcemap: false,
    lib: {
      entry: 'src/define.ts',
      name: 'DjangoQuizElements',
      formats: ['iife'],
      fileName: () => 'django-quiz-elements.js',
    },
    rolldownOptions: {
      output: { minify: true },
    },
  },
}));

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
    // The IIFE cannot split code: it fetches the highlighter as dist/django-quiz-highlight.js and
    // the progress tools as dist/django-quiz-progress.js (built by scripts/build-embed.mjs) instead
    // of inlining them. The dev server (`npm start`) serves
    // modules, so there the highlighter is a plain dynamic import.
    alias:
      command === 'build'
        ? [
            {
              find: /^\.\/load-highlighter\.js$/,
              replacement: fileURLToPath(
                new URL('./src/markdown/load-highlighter.iife.ts', import.meta.url),
              ),
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

// Builds what the bench measures: the package (if dist is missing or stale, with every script-tag
// file), the floor element, pages bundled from the npm ESM (one per element) and the HAX peer. Also the
// size numbers and the contributors to the bundle.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build as esbuild, transform } from 'esbuild';
import { SCRIPT_TAG_FILES } from '../../scripts/script-tag-files.mjs';

export const BUNDLE = 'dist/django-quiz-elements.js';
/** The elements we know of: `file` is the npm module that registers the tag. */
export const ELEMENTS = {
  quiz: { tag: 'django-quiz', file: 'dist/components/quiz/django-quiz.js' },
  flashcard: { tag: 'django-flashcard', file: 'dist/components/flashcard/django-flashcard.js' },
};

export function sizes(buf) {
  const data = typeof buf === 'string' ? Buffer.from(buf) : buf;
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length,
  };
}

const sum = (list) =>
  list.reduce(
    (a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  );

function newestMtime(root, paths) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const f of readdirSync(p)) visit(join(p, f));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) visit(join(root, p));
  return newest;
}

/** Runs `npm run build` when the script-tag bundle or the npm ESM is missing or older than its sources. */
export function ensureBuild(root, log) {
  const outputs = [
    ...SCRIPT_TAG_FILES.map((f) => f.file),
    ELEMENTS.quiz.file,
    'dist/define.js',
  ].map((f) => join(root, f));
  const built = outputs.every(existsSync)
    ? Math.min(...outputs.map((f) => statSync(f).mtimeMs))
    : 0;
  const sources = newestMtime(root, [
    'src',
    'data',
    'scripts',
    'vite.config.ts',
    'package.json',
    'tsconfig.json',
    'tsconfig.build.json',
  ]);
  if (built > sources) return false;
  log(built ? 'dist is older than its sources: building…' : 'dist is missing: building…');
  execSync('npm run build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return true;
}

/** The bare-Lit floor element as a classic script, bundled and minified like our pages. */
async function buildBareLit(root) {
  await esbuild({
    absWorkingDir: root,
    entryPoints: ['bench/pages/bare-lit.js'],
    outfile: 'bench/.out/bare-lit.js',
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2021',
    legalComments: 'none',
    logLevel: 'error',
  });
  return sizes(readFileSync(join(root, 'bench/.out/bare-lit.js')));
}

/**
 * A page that imports one npm module, bundled like an app would (minified, lit included, code
 * splitting so the bundled set stays a lazily loaded chunk). Returns the page's total JavaScript
 * "with set" and "code only" (without the chunk holding the bundled set), and the metafile.
 */
async function buildNpmPage(root, name, modules) {
  const srcDir = join(root, 'bench/.out/npm-src');
  mkdirSync(srcDir, { recursive: true });
  const entry = join(srcDir, `${name}.js`);
  writeFileSync(
    entry,
    modules
      .map((m) => `import '${relative(srcDir, join(root, m)).replaceAll('\\', '/')}';\n`)
      .join(''),
  );
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: { [name]: entry },
    outdir: 'bench/.out/npm',
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    legalComments: 'none',
    metafile: true,
    logLevel: 'error',
  });
  const outputs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
  const isSet = ([, o]) => Object.keys(o.inputs).some((i) => i.endsWith('data/default-set.js'));
  const measure = (list) => sum(list.map(([f]) => sizes(readFileSync(join(root, f)))));
  // What a page loads at once: the entry chunk and its static imports. The set chunk (with its own
  // static imports) comes for the bundled set; the other dynamic chunks (the Markdown lexer, the
  // highlighter, the progress tools) only when wanted, so they are "on demand", not "code".
  const closure = (start) => {
    const seen = new Set();
    const visit = (f) => {
      if (seen.has(f)) return;
      seen.add(f);
      for (const i of result.metafile.outputs[f]?.imports ?? [])
        if (i.kind === 'import-statement') visit(i.path);
    };
    start.forEach(([f]) => visit(f));
    return seen;
  };
  // (esbuild gives every dynamically imported chunk an entryPoint too: start from the page's own.)
  const eager = closure(outputs.filter(([, o]) => o.entryPoint?.endsWith(`npm-src/${name}.js`)));
  const setChunk = outputs.find(isSet);
  const withSetFiles = closure(setChunk ? [setChunk] : []);
  eager.forEach((f) => withSetFiles.add(f));
  return {
    withSet: measure(outputs.filter(([f]) => withSetFiles.has(f))),
    codeOnly: measure(outputs.filter(([f]) => eager.has(f))),
    onDemand: measure(outputs.filter(([f]) => !withSetFiles.has(f))),
    set: setChunk ? measure([setChunk]) : null,
    loadedFiles: withSetFiles,
    files: outputs.length,
    metafile: result.metafile,
  };
}

/**
 * The peer: HAX's <flash-card> (devDependency @haxtheweb/flash-card), bundled and minified like our
 * pages, as an ES module (it reads import.meta.url). Its confetti (a dynamic import of a package it
 * does not depend on, loaded after a correct answer) stays out. Null when the package is missing.
 */
async function buildHaxPeer(root) {
  const entry = join(root, 'node_modules/@haxtheweb/flash-card/flash-card.js');
  if (!existsSync(entry)) return null;
  const pkg = JSON.parse(
    readFileSync(join(root, 'node_modules/@haxtheweb/flash-card/package.json'), 'utf8'),
  );
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: { hax: entry },
    outdir: 'bench/.out/peer',
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    legalComments: 'none',
    external: ['@haxtheweb/multiple-choice/*'],
    logLevel: 'error',
  });
  void result;
  return {
    version: pkg.version,
    ...sizes(readFileSync(join(root, 'bench/.out/peer/hax.js'))),
  };
}

function groupOf(input) {
  const nm = input.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = input.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  return input.replace(/^.*?dist\//, 'dist/');
}

/**
 * What each of our modules, and each package, adds to a page that imports every element from the npm
 * ESM: its minified bytes in the bundle (esbuild's metafile), and the gzip size of its tree-shaken
 * code alone (cut from an unminified build along esbuild's `// path` module markers, then minified and
 * gzipped on its own — an estimate: gzip of a whole bundle is less than the sum of its parts).
 */
async function contributors(root, metafile, entry, loadedFiles) {
  const groups = new Map();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (!bytesInOutput) continue;
      const g = groupOf(input);
      const entry = groups.get(g) ?? {
        name: g,
        minified: 0,
        gzipAlone: 0,
        code: '',
        onDemand: true,
      };
      entry.minified += bytesInOutput;
      // Only in chunks a page fetches when wanted (the lexer, the highlighter, the progress tools).
      if (loadedFiles.has(file)) entry.onDemand = false;
      groups.set(g, entry);
    }
  }
  const plain = await esbuild({
    absWorkingDir: root,
    entryPoints: [entry],
    outdir: 'bench/.out/plain',
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2021',
    minifySyntax: true,
    write: false,
    logLevel: 'error',
  });
  for (const file of plain.outputFiles) {
    const parts = file.text.split(/^\/\/ (\S+\.(?:m?js|ts))$/m);
    for (let i = 1; i < parts.length; i += 2) {
      const g = groups.get(groupOf(parts[i]));
      if (g) g.code += parts[i + 1];
    }
  }
  for (const g of groups.values()) {
    const code = g.code.replace(/^\s*(import|export)\b[^;]*;/gm, '');
    const min = await transform(code, {
      minify: true,
      treeShaking: false,
      format: 'esm',
      target: 'es2021',
      legalComments: 'none',
      logLevel: 'silent',
    }).catch(() => ({ code }));
    g.gzipAlone = sizes(min.code).gzip;
    delete g.code;
  }
  return [...groups.values()].sort((a, b) => b.minified - a.minified);
}

export async function buildAll(root) {
  mkdirSync(join(root, 'bench/.out'), { recursive: true });
  const present = Object.fromEntries(
    Object.entries(ELEMENTS).map(([k, e]) => [k, existsSync(join(root, e.file))]),
  );
  const bareLit = await buildBareLit(root);
  const pages = {};
  for (const [key, element] of Object.entries(ELEMENTS)) {
    pages[key] = present[key] ? await buildNpmPage(root, key, [element.file]) : null;
  }
  const all = await buildNpmPage(root, 'all', ['dist/define.js']);
  await esbuild({
    absWorkingDir: root,
    entryPoints: { 'scale-tools': 'bench/pages/scale-tools.js' },
    outdir: 'bench/.out/npm',
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    logLevel: 'error',
  });
  return {
    present,
    sizes: {
      files: SCRIPT_TAG_FILES.map((f) => ({
        ...f,
        ...(existsSync(join(root, f.file)) ? sizes(readFileSync(join(root, f.file))) : {}),
      })),
      hax: await buildHaxPeer(root),
      scriptTag: sizes(readFileSync(join(root, BUNDLE))),
      scriptTagCodeOnly: sizes(readFileSync(join(root, 'dist/django-quiz-elements.no-set.js'))),
      set: all.set,
      pages: Object.fromEntries(
        Object.entries(pages).map(([k, p]) => [
          k,
          p && { withSet: p.withSet, codeOnly: p.codeOnly, onDemand: p.onDemand },
        ]),
      ),
      allNpm: { withSet: all.withSet, codeOnly: all.codeOnly, onDemand: all.onDemand },
      bareLit,
    },
    contributors: await contributors(
      root,
      all.metafile,
      'bench/.out/npm-src/all.js',
      all.loadedFiles,
    ),
  };
}

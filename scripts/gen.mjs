#!/usr/bin/env node
// Generates files derived from the single sources of truth:
//   src/data/schema.ts          → data/question-set.schema.json (JSON Schema for authors' editors)
//   src/progress/schema.ts      → data/progress.schema.json     (JSON Schema of an exported progress file)
//   data/django-questions.json  → src/data/default-set.ts       (a JS module: published code has no bare JSON imports)
// `node scripts/gen.mjs --check` writes nothing and exits 1 when a generated file is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

/** The schema's own parser, set by jsonSchema(): the bundled set is validated here, at build time. */
let parseSet;
/** The progress file's JSON Schema, set by jsonSchema(). */
let progressSchema;

async function jsonSchema() {
  const out = join(tmpdir(), `django-quiz-schema-${process.pid}.mjs`);
  await build({
    stdin: {
      contents: `
        import { toJsonSchema } from '@valibot/to-json-schema';
        import * as v from 'valibot';
        import { QuestionSetSchema } from './src/data/schema.ts';
        import { ProgressFileSchema } from './src/progress/schema.ts';
        export const parse = (value) => v.parse(QuestionSetSchema, value);
        const warnings = [];
        const origWarn = console.warn; console.warn = (m) => warnings.push(String(m));
        export const schema = toJsonSchema(QuestionSetSchema, { errorMode: 'warn', typeMode: 'input' });
        export const progress = toJsonSchema(ProgressFileSchema, { errorMode: 'warn', typeMode: 'input' });
        console.warn = origWarn;
        export { warnings };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'error',
  });
  const { schema, parse, progress } = await import(pathToFileURL(out).href);
  parseSet = parse;
  progressSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://unpkg.com/django-quiz-elements/data/progress.schema.json',
    title: 'django-quiz-elements progress file',
    description:
      "A learner's progress exported from <django-quiz> and <django-flashcard>: quiz runs, FSRS card states and the full review log, per set. Generated from src/progress/schema.ts by scripts/gen.mjs: do not edit by hand.",
    ...Object.fromEntries(Object.entries(progress).filter(([k]) => k !== '$schema')),
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://unpkg.com/django-quiz-elements/data/question-set.schema.json',
    title: 'django-quiz-elements question set',
    description:
      'A set of multiple-choice questions for <django-quiz> and <django-flashcard>. Generated from src/data/schema.ts by scripts/gen.mjs: do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

function defaultSetModule(set) {
  return `// Generated from data/django-questions.json by scripts/gen.mjs: do not edit by hand.
// Already validated (and defaults applied) at build time, so pages do not pay for it at run time.
import type { QuestionSet } from './schema.js';

const set: QuestionSet = ${JSON.stringify(parseSet(set), null, 2)};

export default set;
`;
}

const set = JSON.parse(readFileSync(join(root, 'data/django-questions.json'), 'utf8'));
const schemaText = JSON.stringify(await jsonSchema(), null, 2) + '\n';
const outputs = [
  ['data/question-set.schema.json', schemaText],
  ['data/progress.schema.json', JSON.stringify(progressSchema, null, 2) + '\n'],
  ['src/data/default-set.ts', defaultSetModule(set)],
];

let stale = 0;
for (const [rel, content] of outputs) {
  const file = join(root, rel);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === content) continue;
  if (check) {
    console.error(`${rel} is stale: run \`npm run gen\` and commit the result.`);
    stale++;
  } else {
    writeFileSync(file, content);
    console.log(`wrote ${rel}`);
  }
}
process.exit(stale ? 1 : 0);

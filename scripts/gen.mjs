#!/usr/bin/env node
// Generates files derived from the single sources of truth:
//   src/data/schema.ts          → data/question-set.schema.json (JSON Schema for authors' editors)
//   src/progress/schema.ts      → data/progress.schema.json     (JSON Schema of an exported progress file)
//   data/django-questions.json  → src/data/default-set.ts       (a JS module: published code has no bare JSON imports;
//                                                                with its Markdown lexed, see src/markdown/prelexed.ts)
// `node scripts/gen.mjs --check` writes nothing and exits 1 when a generated file is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { encode, project, same } from './prelex.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

/** The schema's own parser, set by jsonSchema(): the bundled set is validated here, at build time. */
let parseSet;
/** The progress file's JSON Schema, set by jsonSchema(). */
let progressSchema;
/** marked's lexer as the widgets use it, and the decoder of prelexed fields, set by jsonSchema(). */
let markdown;

async function jsonSchema() {
  const out = join(tmpdir(), `django-quiz-schema-${process.pid}.mjs`);
  await build({
    stdin: {
      contents: `
        import { toJsonSchema } from '@valibot/to-json-schema';
        import * as v from 'valibot';
        import { QuestionSetSchema } from './src/data/schema.ts';
        import { ProgressFileSchema } from './src/progress/schema.ts';
        export { lex } from './src/markdown/lexer.ts';
        export { textFields } from './src/markdown/prelexed.ts';
        export { decodeField } from './src/markdown/prelexed-decode.ts';
        export { hasMarkdown } from './src/markdown/syntax.ts';
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
  const { schema, parse, progress, lex, decodeField, textFields, hasMarkdown } = await import(
    pathToFileURL(out).href
  );
  parseSet = parse;
  markdown = { lex, decodeField, textFields, hasMarkdown };
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

/**
 * Each text field of `set` lexed by marked and encoded (src/markdown/prelexed.ts), 0 for a field
 * without Markdown syntax, 1 for one that is text and code spans as the decoder splits them. An
 * encoding that does not decode to marked's tokens is replaced by the tokens themselves; one that
 * still does not is a build error.
 */
function prelex(set) {
  const { lex, decodeField, textFields, hasMarkdown } = markdown;
  return textFields(set).map((field) => {
    if (!hasMarkdown(field)) return 0;
    const tokens = lex(field);
    const want = tokens.map(project);
    const decodes = (encoded) => same(decodeField(field, encoded)?.map(project), want);
    if (decodes(1)) return 1;
    const encoded = encode(field, tokens);
    if (decodes(encoded)) return encoded;
    const literal = { b: want };
    if (decodes(literal)) return literal;
    throw new Error(`cannot store the tokens of ${JSON.stringify(field.slice(0, 60))}`);
  });
}

/** `text` as a single-quoted JavaScript string literal (JSON has few apostrophes to escape). */
function jsString(text) {
  return `'${text
    .replace(/[\\']/g, '\\$&')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
}

function defaultSetModule(set) {
  const parsed = parseSet(set);
  return `// Generated from data/django-questions.json by scripts/gen.mjs: do not edit by hand.
// Already validated (and defaults applied) at build time, so pages do not pay for it at run time.
import type { PrelexedField } from '../markdown/prelexed.js';
import type { QuestionSet } from './schema.js';

export { decodeField as decodePrelexed } from '../markdown/prelexed-decode.js';

// JSON.parse of a string: V8 parses and builds a large set faster from JSON than from an object literal.
const set: QuestionSet = JSON.parse(${jsString(JSON.stringify(parsed))});

export default set;

/** Its text fields lexed at build time (see src/markdown/prelexed.ts): the set never needs the lexer. */
export const prelexed: readonly PrelexedField[] = ${JSON.stringify(prelex(parsed))};
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

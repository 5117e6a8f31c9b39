#!/usr/bin/env node
// Convert a question set between Markdown and JSON (see README, "Write a set in Markdown").
//   django-quiz-md orm.md              → the set as JSON on stdout
//   django-quiz-md orm.json            → the set as Markdown on stdout
//   django-quiz-md orm.md -o orm.json  → written to a file
//   django-quiz-md --check orm.md      → only validate; errors name the line
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseQuestionSetJson } from '../dist/data/load.js';
import { parseMarkdownSet, questionSetToMarkdown } from '../dist/data/markdown-set.js';

const USAGE = `Usage: django-quiz-md [--check] <set.md | set.json> [-o <output>]
  .md   → JSON      .json → Markdown      --check: validate only`;

function main(argv) {
  const args = [...argv];
  const check = args.includes('--check');
  const outAt = args.findIndex((a) => a === '-o' || a === '--output');
  const output = outAt >= 0 ? args[outAt + 1] : undefined;
  const files = args.filter((a, i) => !a.startsWith('-') && (outAt < 0 || i !== outAt + 1));
  if (args.includes('-h') || args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  if (files.length !== 1 || (outAt >= 0 && !output)) {
    console.error(USAGE);
    return 2;
  }
  const [file] = files;
  const name = basename(file);
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    return 1;
  }
  const fromMarkdown = /\.(md|markdown)$/i.test(file);
  let result;
  try {
    if (fromMarkdown) {
      const set = parseMarkdownSet(text, name);
      result = `${JSON.stringify(set, null, 2)}\n`;
    } else {
      const set = parseQuestionSetJson(text, name);
      result = questionSetToMarkdown(set);
      // The Markdown must read back as the same set, or it is not written.
      const again = parseMarkdownSet(result, `${name} as Markdown`);
      if (JSON.stringify(again) !== JSON.stringify(set)) {
        throw new Error(`${name}: the Markdown would not read back as the same set`);
      }
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // Markdown errors already start with "file:line:"; JSON ones get the file name.
    console.error(message.startsWith(name) ? message : `${name}: ${message}`);
    return 1;
  }
  if (check) {
    console.error(`${name}: ok`);
    return 0;
  }
  if (output) writeFileSync(output, result);
  else process.stdout.write(result);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

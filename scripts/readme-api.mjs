#!/usr/bin/env node
// Writes the API reference of every element into README.md, between `<!-- api:start -->` and
// `<!-- api:end -->`, from custom-elements.json (which `npm run analyze` generates from the classes'
// JSDoc). `npm run docs` runs it; `--check` only compares and exits 1 when the README is stale
// (test/node/readme-api.test.mjs runs that).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

/** Text for a Markdown table cell: one line, pipes escaped. */
function cell(text = '') {
  return String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** `code` for a cell (empty stays empty). */
function code(text) {
  return text === undefined || text === '' ? '' : `\`${cell(text)}\``;
}

function table(head, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

const isPublic = (m) => (m.privacy ?? 'public') === 'public' && !m.name.startsWith('_');

/** Every declaration with a tag name, ordered by tag. */
export function elements(manifest) {
  return manifest.modules
    .flatMap((mod) => (mod.declarations ?? []).filter((d) => d.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

function signature(method, d) {
  const params = (method.parameters ?? [])
    .map((p) => `${p.name}${p.default !== undefined ? ` = ${p.default}` : ''}`)
    .join(', ');
  return `\`${method.static ? `${d.name}.` : ''}${method.name}(${cell(params)})\``;
}

/** The Markdown reference for one element. */
export function renderElement(d) {
  const out = [`### \`<${d.tagName}>\``, ''];
  if (d.summary) out.push(`**${cell(d.summary)}**`, '');
  // The class description, its paragraphs kept.
  if (d.description) out.push(d.description.replace(/([^\n])\n(?!\n)/g, '$1 '), '');

  const attributes = d.attributes ?? [];
  out.push(
    '**Attributes**',
    '',
    table(
      ['attribute', 'property', 'type', 'default', 'description'],
      attributes.map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        cell(a.description),
      ]),
    ) || 'None.',
    '',
  );

  const members = (d.members ?? []).filter(isPublic);
  const withAttribute = new Set(attributes.map((a) => a.fieldName));
  const properties = members.filter(
    (m) => m.kind === 'field' && !m.static && !withAttribute.has(m.name),
  );
  out.push(
    '**Properties** (JavaScript only; every attribute above is also a property)',
    '',
    table(
      ['property', 'type', 'default', 'description'],
      properties.map((p) => [
        code(p.name),
        code(p.type?.text),
        code(p.default),
        cell(p.description),
      ]),
    ) || 'None.',
    '',
  );

  const methods = members.filter((m) => m.kind === 'method');
  if (methods.length) {
    out.push(
      '**Methods**',
      '',
      table(
        ['method', 'description'],
        methods.map((m) => [signature(m, d), cell(m.description)]),
      ),
      '',
    );
  }

  out.push(
    '**Events** (bubbling, composed `CustomEvent`s)',
    '',
    table(
      ['event', 'when, and `detail`'],
      (d.events ?? []).filter((e) => e.name).map((e) => [code(e.name), cell(e.description)]),
    ) || 'None.',
    '',
    '**CSS parts** (style with `::part(name)`)',
    '',
    table(
      ['part', 'description'],
      (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ) || 'None.',
    '',
    '**CSS custom properties**',
    '',
    table(
      ['property', 'default', 'description'],
      (d.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ) || 'None.',
    '',
    '**Slots**',
    '',
    table(
      ['slot', 'description'],
      (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ) || 'None.',
    '',
  );
  return out.join('\n');
}

/** The whole generated block, markers included. */
export function renderApi(manifest) {
  const body = elements(manifest).map(renderElement).join('\n');
  return [
    START,
    '<!-- Generated from custom-elements.json by `npm run docs` (scripts/readme-api.mjs): edit the',
    "     classes' JSDoc, not this block. -->",
    '',
    body.trimEnd(),
    '',
    END,
  ].join('\n');
}

/** README text with its block replaced by `block`. Throws when the markers are missing. */
export function updateReadme(readme, block) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(`README.md needs the markers ${START} and ${END}, in that order`);
  }
  return readme.slice(0, start) + block + readme.slice(end + END.length);
}

function main() {
  const check = process.argv.includes('--check');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  } catch {
    console.error(
      'custom-elements.json is missing: run `npm run analyze` (or `npm run build`) first.',
    );
    process.exit(1);
  }
  const readme = readFileSync('README.md', 'utf8');
  const next = updateReadme(readme, renderApi(manifest));
  if (check) {
    if (next !== readme) {
      console.error('README.md API tables are stale: run `npm run docs` and commit README.md.');
      process.exit(1);
    }
    console.log('README.md API tables are fresh.');
  } else if (next !== readme) {
    writeFileSync('README.md', next);
    console.log('README.md API tables updated.');
  } else {
    console.log('README.md API tables already fresh.');
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();

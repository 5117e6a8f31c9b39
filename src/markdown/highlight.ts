/**
 * Syntax highlighting, loaded on demand (see `code-block.ts`): refractor runs Prism's grammars
 * without globals and returns a hast tree. This module has no Lit in it, so the script-tag build can
 * ship it as a file of its own (dist/django-quiz-highlight.js) that is fetched only for code.
 */
import { refractor } from 'refractor/core';
import bash from 'refractor/bash';
import django from 'refractor/django';
import markup from 'refractor/markup';
import python from 'refractor/python';
import sql from 'refractor/sql';
import type { Grammar } from './languages.js';

for (const grammar of [markup, python, django, sql, bash]) refractor.register(grammar);

/** A token tree: text, or a span with class names and children. */
export type CodeNode = string | { classes: string[]; children: CodeNode[] };

interface HastNode {
  type: string;
  value?: string;
  properties?: { className?: unknown };
  children?: HastNode[];
}

function simplify(nodes: readonly HastNode[]): CodeNode[] {
  return nodes.map((node) =>
    node.type === 'element'
      ? {
          classes: Array.isArray(node.properties?.className)
            ? node.properties.className.map(String)
            : [],
          children: simplify(node.children ?? []),
        }
      : (node.value ?? ''),
  );
}

/** The tokens of `code` in `grammar`; throws when the grammar is not registered. */
export function highlight(code: string, grammar: Grammar): CodeNode[] {
  return simplify(refractor.highlight(code, grammar).children as HastNode[]);
}

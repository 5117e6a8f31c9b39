/**
 * Syntax highlighting, loaded on demand (see `code-block.ts`): refractor runs Prism's grammars
 * without globals and returns a hast tree, which becomes Lit templates here. No HTML string is ever
 * produced: every token is a `<span class="hl-…">` whose text is bound as text.
 */
import { html, type TemplateResult } from 'lit';
import { refractor } from 'refractor/core';
import bash from 'refractor/bash';
import django from 'refractor/django';
import markup from 'refractor/markup';
import python from 'refractor/python';
import sql from 'refractor/sql';
import type { Grammar } from './languages.js';

for (const grammar of [markup, python, django, sql, bash]) refractor.register(grammar);

/** Code longer than this is shown plain: highlighting it would cost more than it helps. */
export const MAX_HIGHLIGHT_CHARS = 20_000;

interface HastText {
  type: 'text';
  value: string;
}
interface HastElement {
  type: 'element';
  properties?: { className?: unknown };
  children: HastNode[];
}
type HastNode = HastText | HastElement | { type: string };

/** `token keyword` → `hl-keyword`: our own class names, from a fixed alphabet. */
function classesOf(node: HastElement): string {
  const names = Array.isArray(node.properties?.className) ? node.properties.className : [];
  return names
    .map(String)
    .filter((n) => n !== 'token' && /^[a-z][a-z-]{0,40}$/.test(n))
    .map((n) => `hl-${n}`)
    .join(' ');
}

function toTemplate(nodes: readonly HastNode[]): (TemplateResult | string)[] {
  return nodes.map((node) => {
    if (node.type === 'text') return (node as HastText).value;
    if (node.type === 'element') {
      const el = node as HastElement;
      return html`<span class=${classesOf(el)}>${toTemplate(el.children)}</span>`;
    }
    return '';
  });
}

/** The code as highlighted spans; the plain string when the code is too long or cannot be parsed. */
export function highlight(code: string, grammar: Grammar): (TemplateResult | string)[] | string {
  if (code.length > MAX_HIGHLIGHT_CHARS) return code;
  try {
    return toTemplate(refractor.highlight(code, grammar).children as HastNode[]);
  } catch {
    return code;
  }
}

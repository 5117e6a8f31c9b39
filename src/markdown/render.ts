/**
 * Markdown in a set's text fields (prompt, choice text, answer, explanation, why, note), rendered as
 * Lit templates from marked's tokens: paragraphs, emphasis, inline code, lists, fenced code blocks
 * (highlighted, see `code-block.ts`) and http(s) links. Nothing is ever parsed as HTML: raw HTML,
 * images, headings, tables and links to any other scheme show as the text that was written.
 *
 * A field without Markdown syntax never reaches the parser and renders as the plain string it is.
 * The parser (`lexer.ts`) is loaded on demand (see `lexer-loader.ts`); until it is in, a field with
 * Markdown renders as plain text too.
 */
import { html, type TemplateResult } from 'lit';
import type { Token, Tokens } from 'marked';
import { renderCodeBlock } from './code-block.js';
import { lexerNow } from './lexer-loader.js';
import { prelexedTokens } from './prelexed.js';
import { hasMarkdown } from './syntax.js';
import type { StringKey } from '../translations/en.js';

export { hasMarkdown };

export interface TextOptions {
  /** Paragraphs, lists and code blocks as blocks (true), or everything run into one line (false). */
  block?: boolean;
  /** Copy buttons and scrollable code (default); false inside a label or a button. */
  interactive?: boolean;
  /** The element's strings (for "Copy", "Copied", "Python code"); English when absent. */
  t?: (key: StringKey, values?: Record<string, string | number>) => string;
}

/** A field longer than this is shown as plain text (the schema's limits are far below it). */
export const MAX_MARKDOWN_CHARS = 100_000;
/**
 * Input that only a nesting bomb has: a run of 65 emphasis marks, 33 nested quotes, a list item
 * indented 65 columns. marked would recurse until the stack runs out (seconds of work first); such
 * a field shows as its text instead. Linear to test: no nested quantifiers.
 */
const BOMB = /[*_]{65}|^(?:[ \t]{0,3}>){33}|^[ \t]{65,}(?:[-+*]|\d{1,9}[.)])[ \t]/m;
/** Deeper nesting than this (emphasis in lists in lists…) shows as its source text. */
const MAX_DEPTH = 12;

/**
 * The tokens of a field, or undefined when it is plain text (or too big, or the parser gave up, or
 * is not loaded yet).
 */
function tokensOf(text: string): Token[] | undefined {
  if (!text || text.length > MAX_MARKDOWN_CHARS || !hasMarkdown(text) || BOMB.test(text)) {
    return undefined;
  }
  const cached = lexed.get(text);
  if (cached) return cached;
  let tokens = prelexedTokens(text);
  if (!tokens) {
    const lexer = lexerNow();
    if (!lexer) return undefined;
    try {
      tokens = lexer.lex(text);
    } catch {
      return undefined; // e.g. a nesting bomb deeper than the parser's stack: show the source
    }
  }
  if (lexed.size >= LEXED_CACHE) lexed.clear();
  lexed.set(text, tokens);
  return tokens;
}

/**
 * Tokens of the fields rendered lately (lexed, or decoded from the build's), so that a widget
 * rendering again (each pick, each flip) does not lex its text again. Bounded: a big set's fields
 * come and go.
 */
const lexed = new Map<string, Token[]>();
const LEXED_CACHE = 256;

const isHttp = (href: string) => /^https?:\/\/[^\s]/i.test(href);

type Part = TemplateResult | string;

function inline(tokens: readonly Token[] | undefined, depth: number): Part[] {
  if (!tokens) return [];
  if (depth > MAX_DEPTH) return tokens.map((t) => t.raw);
  return tokens.map((token) => {
    switch (token.type) {
      case 'text':
        return 'tokens' in token && token.tokens?.length
          ? html`${inline(token.tokens, depth + 1)}`
          : (token as Tokens.Text).text;
      case 'escape':
        return (token as Tokens.Escape).text;
      case 'codespan':
        return html`<code class="md-inline" dir="ltr">${(token as Tokens.Codespan).text}</code>`;
      case 'em':
        return html`<em>${inline((token as Tokens.Em).tokens, depth + 1)}</em>`;
      case 'strong':
        return html`<strong>${inline((token as Tokens.Strong).tokens, depth + 1)}</strong>`;
      case 'br':
        return html`<br />`;
      case 'link': {
        const link = token as Tokens.Link;
        if (!isHttp(link.href)) return link.raw;
        return html`<a
          class="md-link"
          href=${link.href}
          target="_blank"
          rel="noopener noreferrer"
          title=${link.title ?? ''}
          >${inline(link.tokens, depth + 1)}</a
        >`;
      }
      default:
        // html, image, del and anything newer: the source text, exactly as written.
        return token.raw;
    }
  });
}

function list(token: Tokens.List, options: TextOptions, depth: number): TemplateResult {
  const items = token.items.map(
    (item) => html`<li>${blocks(item.tokens, options, depth + 1, item.loose)}</li>`,
  );
  if (token.ordered) {
    const start = Number(token.start);
    return html`<ol class="md-list" start=${Number.isFinite(start) ? start : 1}>
      ${items}
    </ol>`;
  }
  return html`<ul class="md-list">
    ${items}
  </ul>`;
}

function blocks(
  tokens: readonly Token[],
  options: TextOptions,
  depth: number,
  loose = true,
): Part[] {
  const out: Part[] = [];
  for (const token of tokens) {
    if (depth > MAX_DEPTH) {
      out.push(html`<p class="md-p md-raw">${token.raw}</p>`);
      continue;
    }
    switch (token.type) {
      case 'space':
        break;
      case 'paragraph':
        out.push(html`<p class="md-p">${inline((token as Tokens.Paragraph).tokens, depth)}</p>`);
        break;
      case 'text': {
        // A tight list item's text: no paragraph around it.
        const t = token as Tokens.Text;
        const content = t.tokens ? inline(t.tokens, depth) : [t.text];
        out.push(loose ? html`<p class="md-p">${content}</p>` : html`${content}`);
        break;
      }
      case 'list':
        out.push(list(token as Tokens.List, options, depth));
        break;
      case 'code': {
        const code = token as Tokens.Code;
        out.push(renderCodeBlock(code.text, code.lang ?? '', options));
        break;
      }
      case 'checkbox':
        break; // a task list item's box: its "[x]" is in the item's raw text below
      default:
        // html, heading, blockquote, table, hr, def: the source, as text, keeping its lines.
        out.push(html`<p class="md-p md-raw">${token.raw.replace(/\n+$/, '')}</p>`);
    }
  }
  return out;
}

/** One paragraph and nothing else: its inline content needs no `<p>` around it. */
function soleParagraph(tokens: readonly Token[]): Tokens.Paragraph | undefined {
  const content = tokens.filter((t) => t.type !== 'space');
  return content.length === 1 && content[0].type === 'paragraph'
    ? (content[0] as Tokens.Paragraph)
    : undefined;
}

/**
 * A text field as a template. Plain text comes back as the same string (rendered exactly as
 * before); one paragraph comes back as its inline content; more than that as blocks, or, with
 * `block: false`, as one line (code blocks as inline code, list items separated by "; ").
 */
export function renderText(field: string | undefined, options: TextOptions = {}): unknown {
  if (field === undefined) return '';
  return renderTokens(field, tokensOf(field), options);
}

/** `renderText` from given tokens (those of `field`); for tests that compare two sources of tokens. */
export function renderTokens(
  field: string,
  tokens: readonly Token[] | undefined,
  options: TextOptions = {},
): unknown {
  if (!tokens) return field;
  const sole = soleParagraph(tokens);
  if (sole) {
    const only = sole.tokens?.length === 1 ? sole.tokens[0] : undefined;
    if (only?.type === 'text' && !('tokens' in only && only.tokens?.length)) {
      if ((only as Tokens.Text).text === field) return field;
    }
    return inline(sole.tokens, 0);
  }
  if (options.block === false) return inlineOnly(tokens);
  return blocks(tokens, options, 0);
}

function inlineOnly(tokens: readonly Token[]): Part[] {
  const out: Part[] = [];
  for (const token of tokens) {
    if (token.type === 'space') continue;
    if (out.length) out.push(' ');
    if (token.type === 'paragraph') out.push(...inline((token as Tokens.Paragraph).tokens, 0));
    else if (token.type === 'code')
      out.push(html`<code class="md-inline" dir="ltr">${(token as Tokens.Code).text}</code>`);
    else if (token.type === 'list')
      (token as Tokens.List).items.forEach((item, i) => {
        if (i) out.push('; ');
        out.push(...inlineOnly(item.tokens));
      });
    else if (token.type === 'text') {
      const t = token as Tokens.Text;
      out.push(...(t.tokens ? inline(t.tokens, 0) : [t.text]));
    } else out.push(token.raw.trim());
  }
  return out;
}

function plain(tokens: readonly Token[] | undefined, depth = 0): string {
  if (!tokens) return '';
  return tokens
    .map((token) => {
      if (depth > MAX_DEPTH) return token.raw;
      switch (token.type) {
        case 'space':
          return ' ';
        case 'codespan':
        case 'escape':
        case 'code':
          return (token as Tokens.Codespan).text;
        case 'link':
          return isHttp((token as Tokens.Link).href)
            ? plain((token as Tokens.Link).tokens, depth + 1)
            : token.raw;
        case 'list':
          return (token as Tokens.List).items
            .map((item) => plain(item.tokens, depth + 1))
            .join('; ');
        case 'html':
        case 'image':
        case 'heading':
        case 'blockquote':
        case 'table':
        case 'hr':
        case 'del':
          return token.raw;
        default:
          return 'tokens' in token && token.tokens
            ? plain(token.tokens, depth + 1)
            : 'text' in token
              ? String(token.text)
              : token.raw;
      }
    })
    .join('');
}

/** A field as plain text, for accessible names and live announcements: `` `x` `` → `x`. */
export function plainText(field: string | undefined): string {
  if (field === undefined) return '';
  return plainTokens(field, tokensOf(field));
}

/** `plainText` from given tokens (those of `field`); see `renderTokens`. */
export function plainTokens(field: string, tokens: readonly Token[] | undefined): string {
  if (!tokens) return field;
  return plain(tokens).replace(/\s+/g, ' ').trim();
}

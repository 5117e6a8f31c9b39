import { css } from 'lit';

/**
 * Markdown inside the widgets: paragraphs, lists, inline code and code blocks, plus the highlighter's
 * token colours. Colours use `light-dark()`, so they follow the card's `color-scheme` (set by the
 * `theme` attribute or the reader's preference). Add to each element's `styles`.
 */
export const markdownStyles = css`
  .md-p {
    margin: 0 0 0.55em;
  }
  .md-p:last-child {
    margin-bottom: 0;
  }
  /* A flashcard face centres its one child (.text-body) in a flex row, so inline code stays in the
     line; Markdown blocks stack in a column instead, as wide as the face. */
  .text-body {
    min-width: 0;
  }
  .text:has(> .text-body > :is(.md-p, .md-code, .md-list)) {
    flex-direction: column;
    align-items: stretch;
    justify-content: center;
  }
  .md-raw {
    white-space: pre-line;
  }
  .md-list {
    margin: 0.25em 0 0.6em;
    padding-inline-start: 1.4em;
    text-align: start;
  }
  .md-list:last-child {
    margin-bottom: 0;
  }
  .md-list li + li {
    margin-top: 0.15em;
  }
  .md-link {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .md-link:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  code.md-inline {
    font-family: var(--_mono);
    font-size: 0.875em;
    font-weight: 500;
    padding: 0.08em 0.35em;
    border-radius: 5px;
    background: var(--_surface);
    border: 1px solid color-mix(in srgb, var(--_border) 70%, transparent);
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }

  /* A code block: never wider than the card; long lines scroll inside it. */
  .md-code {
    --_code-bg: light-dark(#f6f8f7, #0b120e);
    display: block;
    contain: inline-size;
    width: 100%;
    margin: 0.6em 0;
    border: 1px solid var(--_border);
    border-radius: 10px;
    background: var(--_code-bg);
    color: var(--_fg);
    font-size: calc(var(--django-font-size, 16px) * 0.875);
    font-weight: 400;
    line-height: 1.55;
    text-align: left;
    overflow: hidden;
  }
  .md-code:last-child {
    margin-bottom: 0;
  }
  .md-code-bar {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: 36px;
    padding: 0 0.35em 0 0.9em;
    border-bottom: 1px solid var(--_border);
    background: color-mix(in srgb, var(--_surface) 80%, var(--_code-bg));
    font-family: var(--_font);
    font-size: 0.9em;
  }
  .md-lang {
    color: var(--_muted);
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  .md-lang-inline {
    display: block;
    padding: 0.35em 0.9em 0;
    font-family: var(--_font);
    font-size: 0.75em;
  }
  .md-status {
    margin-inline-start: auto;
    color: var(--_correct);
    font-weight: 600;
  }
  .md-copy {
    min-height: 30px;
    padding: 0 0.8em;
    border: 1px solid var(--_border);
    border-radius: 7px;
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .md-copy:hover {
    border-color: var(--_accent);
  }
  .md-copy:focus-visible,
  .md-pre:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .md-pre {
    margin: 0;
    padding: 0.8em 0.95em;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    font-family: var(--_mono);
    white-space: pre;
    tab-size: 4;
    text-align: left;
    direction: ltr;
  }
  .md-pre code {
    font: inherit;
  }
  .md-wrap {
    background: color-mix(in srgb, var(--_code-bg) 85%, transparent);
  }
  .md-wrap .md-pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    overflow-x: visible;
    padding: 0.45em 0.9em 0.6em;
  }

  /* Token colours (Prism's token names), AA contrast on the code background in both themes. */
  .hl-keyword,
  .hl-important,
  .hl-atrule {
    color: light-dark(#8a2a9c, #d7a4ff);
  }
  .hl-string,
  .hl-attr-value,
  .hl-char,
  .hl-regex {
    color: light-dark(#0d6b36, #8fe0a8);
  }
  .hl-number,
  .hl-boolean,
  .hl-constant,
  .hl-variable,
  .hl-entity {
    color: light-dark(#a14600, #ffb86b);
  }
  .hl-comment,
  .hl-prolog,
  .hl-doctype {
    color: light-dark(#5d6b63, #9aa9a0);
    font-style: italic;
  }
  .hl-function,
  .hl-decorator,
  .hl-builtin {
    color: light-dark(#1650b4, #8cc2ff);
  }
  .hl-class-name,
  .hl-parameter,
  .hl-attr-name,
  .hl-property {
    color: light-dark(#7a5a00, #f0d37a);
  }
  .hl-tag,
  .hl-selector {
    color: light-dark(#9a3412, #ff9e80);
  }
  .hl-tag.hl-keyword {
    color: light-dark(#8a2a9c, #d7a4ff);
  }
  .hl-punctuation,
  .hl-operator,
  .hl-delimiter {
    color: light-dark(#46524b, #c4d0c8);
  }
`;

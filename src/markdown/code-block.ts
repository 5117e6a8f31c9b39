/**
 * A fenced code block: a labelled, keyboard-scrollable `<pre>` (left-to-right in any page), a Copy
 * button with a polite "Copied" status, and highlighting that arrives on its own. The highlighter
 * (`highlight.ts`, lowlight + five grammars) is imported the first time a block with a known language
 * is rendered, so a set without code never loads it; until it arrives the code shows as plain text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { Grammar } from './languages.js';
import { grammarOf, languageLabel, languageOf } from './languages.js';
import type { TextOptions } from './render.js';
import { en, format, type StringKey } from '../translations/en.js';
import { importHighlighter } from './load-highlighter.js';

type HighlightModule = typeof import('./highlight.js');
type CodeNode = import('./highlight.js').CodeNode;

/** Code longer than this is shown plain: highlighting it would cost more than it helps. */
export const MAX_HIGHLIGHT_CHARS = 20_000;
let loaded: HighlightModule | undefined;
let loading: Promise<HighlightModule | undefined> | undefined;

/**
 * Resolves after the next paint (or 100 ms in a page that does not paint, e.g. a hidden tab): the
 * highlighter's fetch and compile never hold up the first render of the code as plain text.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** Import the highlighter once; resolves undefined when it cannot be loaded (code stays plain). */
export function loadHighlighter(): Promise<HighlightModule | undefined> {
  loading ??= afterFirstPaint()
    .then(importHighlighter)
    .then(
      (m) => (loaded = m),
      (e) => {
        console.warn('django-quiz-elements: syntax highlighting is unavailable', e);
        return undefined;
      },
    );
  return loading;
}

/** Whether the highlighter has been loaded by this page (for tests and measurements). */
export function highlighterLoaded(): boolean {
  return loaded !== undefined;
}

/** `token keyword` → `hl-keyword`: our own class names, from a fixed alphabet. */
function classesOf(names: readonly string[]): string {
  return names
    .filter((n) => n !== 'token' && /^[a-z][a-z-]{0,40}$/.test(n))
    .map((n) => `hl-${n}`)
    .join(' ');
}

function toTemplate(nodes: readonly CodeNode[]): (TemplateResult | string)[] {
  return nodes.map((node) =>
    typeof node === 'string'
      ? node
      : html`<span class=${classesOf(node.classes)}>${toTemplate(node.children)}</span>`,
  );
}

/** Highlighted spans, or the plain code when it is too long or the grammar fails. */
function highlightedCode(m: HighlightModule, code: string, grammar: Grammar): unknown {
  if (code.length > MAX_HIGHLIGHT_CHARS) return code;
  try {
    return toTemplate(m.highlight(code, grammar));
  } catch {
    return code;
  }
}

class HighlightDirective extends AsyncDirective {
  private key?: string;

  render(code: string, grammar: Grammar | undefined): unknown {
    if (!grammar) return code;
    if (loaded) return highlightedCode(loaded, code, grammar);
    const key = `${grammar}\n${code}`;
    this.key = key;
    void loadHighlighter().then((m) => {
      // Still the same code, and still on the page: swap the plain text for the highlighted spans.
      if (m && this.key === key && this.isConnected)
        this.setValue(highlightedCode(m, code, grammar));
    });
    return code;
  }
}

/** `code` highlighted as `grammar` once the highlighter is in; plain text until then. */
const highlighted = directive(HighlightDirective);

function translate(options: TextOptions, key: StringKey, values?: Record<string, string>): string {
  return options.t ? options.t(key, values) : format(en[key], values);
}

const COPIED_FOR_MS = 2500;

async function copy(event: Event, code: string, options: TextOptions): Promise<void> {
  const button = event.currentTarget as HTMLButtonElement;
  const block = button.closest('.md-code');
  const status = block?.querySelector('.md-status');
  let said: string;
  try {
    await navigator.clipboard.writeText(code);
    said = translate(options, 'codeCopied');
  } catch {
    // No clipboard access (an iframe without the permission, an old browser): select the code so
    // that the learner's own copy shortcut takes it.
    const target = block?.querySelector('code');
    const selection = target ? (target.getRootNode() as Document).getSelection?.() : null;
    if (target && selection) selection.selectAllChildren(target);
    else if (target) getSelection()?.selectAllChildren(target);
    said = translate(options, 'codeCopyFailed');
  }
  if (!status) return;
  status.textContent = said;
  setTimeout(() => {
    if (status.textContent === said) status.textContent = '';
  }, COPIED_FOR_MS);
}

/**
 * The template of one code block. `options.interactive` false (inside a choice's label or a
 * flashcard's button) drops the Copy button and the tab stop, and wraps long lines instead.
 */
export function renderCodeBlock(code: string, info: string, options: TextOptions): TemplateResult {
  const lang = languageOf(info);
  const grammar = grammarOf(lang);
  const name = lang ? languageLabel(lang) : '';
  const label = name
    ? translate(options, 'codeLabel', { language: name })
    : translate(options, 'codeLabelPlain');
  const interactive = options.interactive !== false;
  return html`<div class=${interactive ? 'md-code' : 'md-code md-wrap'} dir="ltr" translate="no">
    ${
      interactive
        ? html`<div class="md-code-bar">
            <span class="md-lang" aria-hidden="true">${name}</span>
            <span class="md-status" aria-live="polite"></span>
            <button
              type="button"
              part="button copy"
              class="md-copy"
              aria-label=${`${translate(options, 'codeCopy')}: ${label}`}
              @click=${(e: Event) => copy(e, code, options)}
            >
              ${translate(options, 'codeCopy')}
            </button>
          </div>`
        : nothing // inside a labelled button, visible text must all be in its name (axe)
    }
    <pre
      class="md-pre"
      role="group"
      aria-label=${label}
      tabindex=${interactive ? '0' : nothing}
    ><code class=${grammar ? `md-hl lang-${grammar}` : 'md-plain'}>${highlighted(code, grammar)}</code></pre>
  </div>`;
}

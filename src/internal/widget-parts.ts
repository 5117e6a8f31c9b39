/**
 * Pieces of markup and wording both widgets share: the frame (base, storage notice, live region), the
 * load-error and empty states, the docs link, and the storage `django-error` message. Plain functions
 * rendered inside each element's own `render()`, so they add no element API of their own.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderText } from '../markdown/render.js';
import { classMap } from 'lit/directives/class-map.js';
import type { QuestionSetError } from '../data/load.js';
import type { StringKey } from '../translations/en.js';

export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

/** Why progress is not being saved: storage does not work, or our key holds an entry not ours. */
export type StorageProblem = 'unavailable' | 'foreign';

/** The `django-error` message for a storage problem (`key`: the entry left untouched). */
export function storageProblemMessage(problem: StorageProblem, key: string): string {
  return problem === 'foreign'
    ? `Saved progress at "${key}" is unreadable or from a newer version; it is left untouched, and what replaces it is kept only until the page closes.`
    : 'Progress cannot be saved in this browser; it is kept until the page closes.';
}

export interface FrameOptions {
  t: Translate;
  /** The region's accessible name. */
  label: string;
  theme?: string;
  busy: boolean;
  storageProblem?: StorageProblem;
  /** What the polite live region says now. */
  announcement: string;
  onKeyDown: (e: KeyboardEvent) => void;
}

/** The widget's `part="base"` region: the storage notice, the body, and the polite live region. */
export function renderFrame(o: FrameOptions, body: TemplateResult): TemplateResult {
  return html`<section
    part="base"
    class=${classMap({ base: true, [`theme-${o.theme}`]: !!o.theme })}
    aria-label=${o.label}
    aria-busy=${o.busy ? 'true' : 'false'}
    @keydown=${o.onKeyDown}
  >
    ${
      o.storageProblem
        ? html`<p class="notice" role="note">
            ${o.t(o.storageProblem === 'foreign' ? 'storageForeignNotice' : 'storageNotice')}
          </p>`
        : nothing
    }
    ${body}
    <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${o.announcement}</div>
  </section>`;
}

/** A set that could not be loaded: what went wrong, where, and a way to try again. */
export function renderLoadError(
  t: Translate,
  error: QuestionSetError,
  retry: () => void,
): TemplateResult {
  return html`<div class="state error" role="alert">
    <h2>${t('errorTitle')}</h2>
    <p class="message">${error.message}</p>
    <button part="button" class="secondary" @click=${retry}>${t('retryLoad')}</button>
  </div>`;
}

/** A filter that matches nothing: a friendly state, not an error. */
export function renderEmptyState(t: Translate, title: string): TemplateResult {
  return html`<div class="state empty">
    <p class="eyebrow" dir="auto">${title}</p>
    <h2>${t('emptyTitle')}</h2>
    <p>${t('emptyBody')}</p>
  </div>`;
}

/** The "Django docs ↗" link (new tab, said so to screen readers); nothing without a URL. */
export function renderDocsLink(
  t: Translate,
  href: string | undefined,
): TemplateResult | typeof nothing {
  if (!href) return nothing;
  return html`<a class="docs" href=${href} target="_blank" rel="noopener noreferrer"
    >${t('docsLink')} <span class="flip" aria-hidden="true">↗</span
    ><span class="sr-only">${t('newTab')}</span></a
  >`;
}

/**
 * A translated string whose `{placeholders}` are the set's own text, each in a `<bdi>`: text in the
 * other direction than the page (English code in a Hebrew course) keeps its own order. Several
 * values for one placeholder are joined with "; ".
 */
export function tIsolated(template: string, values: Record<string, string[]>): TemplateResult {
  const parts = template.split(/\{(\w+)\}/);
  return html`${parts.map((part, i) =>
    i % 2 === 0
      ? part
      : Object.hasOwn(values, part)
        ? values[part].map(
            (text, j) => html`${j ? '; ' : ''}<bdi>${renderText(text, { block: false })}</bdi>`,
          )
        : `{${part}}`,
  )}`;
}

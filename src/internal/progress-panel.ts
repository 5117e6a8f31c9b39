/**
 * The "Your progress" panel both widgets show: a button that opens a native modal `<dialog>` with
 * the storage status, the three exports and the import (a file input, then a preview table the
 * learner confirms). Markup only; behaviour is ProgressPanelController. The markup of the stats,
 * the exports and the import is in `progress/panel-view.ts`, loaded with the progress tools. Text
 * from a file (set ids) is rendered as text, never HTML.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ProgressPanelController } from '../controllers/progress-panel-controller.js';
import type { Lit } from '../progress/panel-view.js';
import type { StorageStatus } from './storage-status.js';
import type { StringKey } from '../translations/en.js';

const STATUS_TEXT: Record<StorageStatus, StringKey> = {
  persistent: 'storagePersistent',
  'best-effort': 'storageBestEffort',
  partitioned: 'storagePartitioned',
  'session-only': 'storageSessionOnly',
  unavailable: 'storageUnavailable',
};

/** The storage status sentence (what the panel and an at-risk notice say). */
export function storageStatusText(p: ProgressPanelController): string {
  return p.status ? p.t(STATUS_TEXT[p.status]) : '';
}

/** The button that opens the panel. */
export function renderProgressButton(p: ProgressPanelController): TemplateResult {
  return html`<button
    part="button progress-button"
    class="secondary progress-button"
    aria-haspopup="dialog"
    @click=${(e: Event) => p.show(e.currentTarget as HTMLElement)}
  >
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <path
        d="M8 1.5v8m0 0L4.8 6.3M8 9.5l3.2-3.2M2.5 11v2.5h11V11"
        fill="none"
        stroke="currentColor"
        stroke-width="1.6"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
    ${p.t('progressButton')}
  </button>`;
}

/** This Lit's `html` and `nothing`, for the parts of the panel that come with the progress tools. */
const LIT: Lit = { html, nothing };

/**
 * The dialog (closed until the button opens it). Its stats, exports and import are rendered by the
 * progress tools (`progress/panel-view.ts`), which the panel loads before it opens: no page pays for
 * their markup before the learner asks for it.
 */
export function renderProgressPanel(p: ProgressPanelController): TemplateResult {
  return html`<dialog
    part="progress-panel"
    class="progress-panel"
    aria-labelledby="progress-title"
    @close=${p.onClosed}
  >
    <div class="panel-head">
      <h2 id="progress-title" tabindex="-1">${p.t('progressTitle')}</h2>
      <button part="button" class="secondary close" @click=${() => p.close()}>
        ${p.t('progressClose')}
      </button>
    </div>
    ${p.tools ? p.tools.renderStats(p, LIT) : nothing}
    ${
      p.status
        ? html`<p class="storage-status ${p.atRisk ? 'at-risk' : ''}" role="note">
            ${storageStatusText(p)}
          </p>`
        : nothing
    }
    ${
      p.tools
        ? p.tools.renderTools(p, LIT)
        : html`<p class="panel-error" role="alert" tabindex="-1">${p.error}</p>`
    }
    <p class="panel-message" aria-live="polite" tabindex="-1">${p.message}</p>
  </dialog>`;
}

export const progressPanelStyles = css`
  .progress-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.5em 1em;
    margin-top: 1.25em;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
  }
  .progress-row .keep-notice {
    flex: 1 1 16em;
    margin: 0;
    font-size: 0.875em;
    color: var(--_fg);
  }
  button.progress-button {
    min-height: 36px;
    padding: 0.3em 0.8em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .progress-button svg {
    flex: none;
  }
  dialog.progress-panel {
    width: min(36em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    overflow: auto;
    padding: 1.25em 1.5em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 12px 48px rgb(0 0 0 / 0.25);
    font: inherit;
  }
  dialog.progress-panel::backdrop {
    background: rgb(10 20 15 / 0.45);
  }
  .progress-panel .panel-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
  }
  .progress-panel h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .progress-panel h3 {
    margin: 1.1em 0 0.5em;
    font-size: 0.8em;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
  }
  .progress-panel .preview h3 {
    text-transform: none;
    letter-spacing: normal;
    font-size: 1em;
    color: var(--_fg);
  }
  .progress-panel h2:focus,
  .progress-panel h3:focus,
  .progress-panel [tabindex='-1']:focus {
    outline: none;
  }
  .progress-panel dl.stats {
    display: grid;
    grid-template-columns: repeat(4, 1fr);
    gap: 0.5em;
    margin: 0.9em 0 0;
  }
  .progress-panel dl.stats div {
    display: flex;
    flex-direction: column-reverse;
    padding: 0.5em 0.7em;
    border-radius: 10px;
    background: var(--_surface);
  }
  .progress-panel dl.stats dt {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .progress-panel dl.stats dd {
    margin: 0;
    font-size: 1.35em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .progress-panel .summary-line {
    margin: 0.5em 0;
    color: var(--_muted);
  }
  .progress-panel .storage-status {
    margin: 0.75em 0 0;
    padding: 0.6em 0.8em;
    border-radius: 8px;
    background: var(--_surface);
    border-left: 4px solid var(--_accent);
    font-size: 0.9em;
  }
  .progress-panel .storage-status.at-risk {
    border-left-color: #b45309;
    background: color-mix(in srgb, #f59e0b 14%, var(--_bg));
  }
  .progress-panel ul.exports {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.6em;
  }
  .progress-panel ul.exports li {
    display: grid;
    grid-template-columns: 15em 1fr;
    align-items: center;
    gap: 0.75em;
  }
  .progress-panel ul.exports button {
    justify-content: flex-start;
    width: 100%;
    white-space: nowrap;
  }
  .progress-panel .hint {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  .progress-panel label.file {
    position: relative;
    display: inline-block;
  }
  .progress-panel label.file input {
    position: absolute;
    inset: 0;
    opacity: 0;
    width: 100%;
    cursor: pointer;
  }
  .progress-panel label.file:focus-within .button {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .progress-panel label.file .button {
    background: transparent;
    color: var(--_fg);
    border-color: var(--_border);
  }
  .progress-panel table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
    margin-bottom: 0.5em;
  }
  .progress-panel th,
  .progress-panel td {
    text-align: left;
    padding: 0.4em 0.5em;
    border-bottom: 1px solid var(--_border);
    font-variant-numeric: tabular-nums;
  }
  .progress-panel caption {
    text-align: left;
    font-weight: 700;
    padding: 0.25em 0.5em;
  }
  .progress-panel tbody th {
    width: 40%;
    color: var(--_muted);
    font-weight: 600;
  }
  .progress-panel .row {
    display: flex;
    gap: 0.6em;
    margin-top: 0.75em;
  }
  .progress-panel .panel-error {
    margin: 0.75em 0 0;
    padding: 0.6em 0.8em;
    border-radius: 8px;
    color: var(--_incorrect);
    background: color-mix(in srgb, var(--_incorrect) 10%, var(--_bg));
  }
  .progress-panel .panel-message {
    margin: 0.75em 0 0;
    min-height: 1.2em;
    font-size: 0.9em;
  }
  @media (max-width: 30em) {
    .progress-panel ul.exports li {
      grid-template-columns: 1fr;
      gap: 0.25em;
    }
  }
`;

/**
 * The "Your progress" panel's stats, exports and import (with the import's preview): markup only,
 * loaded with the progress tools (`tools.ts`) when the panel first opens, so no widget carries it
 * before. It renders with the widget's own Lit, handed in as `{ html, nothing }`: the tools file has
 * no Lit of its own. Text from a file (set ids, titles) is rendered as text, never HTML.
 */
import type { TemplateResult, html as litHtml, nothing as litNothing } from 'lit';
import type { ProgressPanelController } from '../controllers/progress-panel-controller.js';
import type { Counts } from './merge.js';

/** The widget's Lit, as the panel hands it in. */
export interface Lit {
  html: typeof litHtml;
  nothing: typeof litNothing;
}

const counts = (p: ProgressPanelController, c: Counts) =>
  p.t('importCounts', { added: c.added, updated: c.updated, kept: c.kept });

function renderPreview(
  p: ProgressPanelController,
  { html, nothing }: Lit,
): TemplateResult | typeof nothing {
  const pending = p.pending;
  if (!pending) return nothing;
  const { plan } = pending;
  const titles = new Map(pending.file.sets.map((s) => [s.id, s.title] as const));
  const blocked = plan.sets.reduce((n, s) => n + s.blocked, 0);
  return html`<div class="preview">
    <h3 tabindex="-1">${p.t('importPreviewTitle', { name: pending.name })}</h3>
    ${
      plan.writes.length === 0
        ? html`<p>${p.t('importNothing')}</p>`
        : html`${plan.sets.map(
              (s) =>
                html`<table>
                  <caption dir="auto">
                    ${titles.get(s.id) ?? s.id}
                  </caption>
                  <tbody>
                    <tr>
                      <th scope="row">${p.t('importCards')}</th>
                      <td>${counts(p, s.cards)}</td>
                    </tr>
                    <tr>
                      <th scope="row">${p.t('importReviews')}</th>
                      <td>${s.reviewsAdded}</td>
                    </tr>
                    <tr>
                      <th scope="row">${p.t('importQuizzes')}</th>
                      <td>${counts(p, s.quizzes)}</td>
                    </tr>
                  </tbody>
                </table>`,
            )}
            <p class="hint">${p.t('importRule')}</p>`
    }
    ${blocked ? html`<p class="hint">${p.t('importBlocked', { count: blocked })}</p>` : nothing}
    <div class="row">
      ${
        plan.writes.length
          ? html`<button part="button" class="primary" @click=${p.confirmImport}>
              ${p.t('importConfirm')}
            </button>`
          : nothing
      }
      <button part="button" class="secondary" @click=${p.cancelImport}>
        ${p.t('importCancel')}
      </button>
    </div>
  </div>`;
}

/** Stored sets, cards, reviews and quiz runs, as tiles. */
export function renderStats(p: ProgressPanelController, { html }: Lit): TemplateResult {
  const s = p.summary;
  return s.cards || s.quizzes
    ? html`<dl class="stats">
        <div>
          <dt>${p.t('progressSets')}</dt>
          <dd>${s.sets}</dd>
        </div>
        <div>
          <dt>${p.t('progressCards')}</dt>
          <dd>${s.cards}</dd>
        </div>
        <div>
          <dt>${p.t('progressReviews')}</dt>
          <dd>${s.reviews}</dd>
        </div>
        <div>
          <dt>${p.t('progressQuizzes')}</dt>
          <dd>${s.quizzes}</dd>
        </div>
      </dl>`
    : html`<p class="summary-line">${p.t('progressNothing')}</p>`;
}

/** One export: its button (the first is the primary one) and the hint that describes it. */
function renderExport(
  p: ProgressPanelController,
  { html }: Lit,
  name: 'Json' | 'Csv' | 'Anki',
  onClick: () => void,
): TemplateResult {
  const id = `export-${name.toLowerCase()}`;
  return html`<li>
    <button
      part="button"
      class="${name === 'Json' ? '' : 'secondary '}${id}"
      @click=${onClick}
      aria-describedby="${id}-hint"
    >
      ${p.t(`export${name}`)}
    </button>
    <span class="hint" id="${id}-hint">${p.t(`export${name}Hint`)}</span>
  </li>`;
}

/** Export and import (once the tools are loaded). */
export function renderTools(p: ProgressPanelController, lit: Lit): TemplateResult {
  const { html, nothing } = lit;
  return html`<section aria-labelledby="export-heading">
      <h3 id="export-heading">${p.t('exportHeading')}</h3>
      <ul class="exports">
        ${renderExport(p, lit, 'Json', p.exportJson)} ${renderExport(p, lit, 'Csv', p.exportCsv)}
        ${p.hasDeck ? renderExport(p, lit, 'Anki', p.exportAnki) : nothing}
      </ul>
    </section>
    <section aria-labelledby="import-heading">
      <h3 id="import-heading">${p.t('importHeading')}</h3>
      ${
        p.pending
          ? renderPreview(p, lit)
          : html`<label class="file">
              <input
                class="import-choose"
                type="file"
                accept=".json,application/json"
                @change=${p.onFileChosen}
              />
              <span class="button secondary" aria-hidden="true">${p.t('importChoose')}</span>
              <span class="sr-only">${p.t('importChoose')}</span>
            </label>`
      }
      ${
        p.error
          ? html`<p class="panel-error" role="alert" tabindex="-1">
              <strong>${p.t('importFailed')}:</strong> ${p.error}
            </p>`
          : nothing
      }
    </section>`;
}

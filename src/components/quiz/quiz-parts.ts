/**
 * Pieces of the quiz's markup that hold no question text: the header with its progress bar, and the
 * score, verdict and retry buttons of the results screen. Plain functions of what they show,
 * rendered inside `DjangoQuiz`'s own render (like internal/widget-parts.ts), so they add no API.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from '../../internal/cssom-style.js';
import type { Translate } from '../../internal/widget-parts.js';
import type { QuizResult } from '../../state/quiz-state.js';

export interface QuizHeaderOptions {
  t: Translate;
  title: string;
  /** Position of the question on screen, from 1. */
  n: number;
  total: number;
  /** Questions answered so far (the progress bar). */
  done: number;
}

/** The set's title, "Question n of total" and the progress bar. */
export function renderQuizHeader(o: QuizHeaderOptions): TemplateResult {
  const position = o.t('questionOf', { n: o.n, total: o.total });
  return html`<header part="header" class="header">
    <div class="header-row">
      <p class="eyebrow" dir="auto">${o.title}</p>
      <p class="position">${position}</p>
    </div>
    <div
      part="progress"
      class="progress"
      role="progressbar"
      aria-label=${position}
      aria-valuemin="0"
      aria-valuemax=${o.total}
      aria-valuenow=${o.done}
    >
      <div class="bar" style=${cssomStyle({ width: `${(o.done / o.total) * 100}%` })}></div>
    </div>
  </header>`;
}

export interface ScoreOptions {
  t: Translate;
  result: QuizResult;
  passMark: number;
  /** How long the run took, as text. */
  time: string;
  /** Questions answered wrong or skipped. */
  missed: number;
  onRetry: (which: 'all' | 'missed') => void;
  /** Shown between the score and the retry buttons (e.g. "3 questions added to your review deck"). */
  afterScore?: unknown;
}

/** The score ring, the verdict, pass mark and time, and Retry missed / Retry all. */
export function renderScore(o: ScoreOptions): TemplateResult {
  const { t, result: r, missed } = o;
  const some = missed > 0 && missed < r.total;
  return html`<div class="score">
      <div class="ring" style=${cssomStyle({ '--p': String(r.percent) })} aria-hidden="true">
        <span>${t('percent', { percent: r.percent })}</span>
      </div>
      <div class="score-text">
        <p class="score-line">${t('scoreLine', { score: r.score, total: r.total })}</p>
        <p class=${r.passed ? 'badge ok' : 'badge bad'}>
          <span aria-hidden="true">${r.passed ? '✓' : '✗'}</span>
          ${t(r.passed ? 'passed' : 'failed')}
          <span class="sr-only">(${t('percent', { percent: r.percent })})</span>
        </p>
        <p class="small">
          ${t('passMarkLine', { passMark: o.passMark })} · ${t('timeTaken', { time: o.time })}
        </p>
      </div>
    </div>
    ${o.afterScore ?? nothing}
    <div class="actions">
      ${
        some
          ? html`<button part="button" class="primary" @click=${() => o.onRetry('missed')}>
              ${t('retryMissed', { count: missed })}
            </button>`
          : nothing
      }
      <button
        part="button"
        class=${some ? 'secondary' : 'primary'}
        @click=${() => o.onRetry('all')}
      >
        ${t('retryAll')}
      </button>
    </div>`;
}

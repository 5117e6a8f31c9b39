/**
 * Pieces of the quiz's markup that hold no question text: the header with its progress bar, the
 * ✓/✗ marks, the "How sure are you?" toggle, and the score, verdict, review-deck note and retry
 * buttons of the results screen. Plain functions of what they show,
 * rendered inside `DjangoQuiz`'s own render (like internal/widget-parts.ts), so they add no API.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { cssomStyle } from '../../internal/cssom-style.js';
import type { Translate } from '../../internal/widget-parts.js';
import type { QuizResult } from '../../state/quiz-state.js';

export interface QuizHeaderOptions {
  t: Translate;
  title: string;
  /** Position of the question on screen, from 1. */
  n: number;
  /** Undefined while it is not known yet (a preview of a set still loading): shown as "…". */
  total: number | undefined;
  /** Questions answered so far (the progress bar). */
  done: number;
}

/** The set's title, "Question n of total" and the progress bar. */
export function renderQuizHeader(o: QuizHeaderOptions): TemplateResult {
  const position = o.t('questionOf', { n: o.n, total: o.total ?? '…' });
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
      aria-valuemax=${o.total ?? 1}
      aria-valuenow=${o.done}
    >
      <div class="bar" style=${cssomStyle({ width: `${(o.done / (o.total ?? 1)) * 100}%` })}></div>
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

/** ✓ Correct / ✗ Incorrect beside a checked choice (icon and text, never colour alone). */
export function renderMark(t: Translate, right: boolean): TemplateResult {
  return html`<span class=${right ? 'mark ok' : 'mark bad'}>
    <span aria-hidden="true">${right ? '✓' : '✗'}</span>${t(right ? 'correct' : 'incorrect')}
  </span>`;
}

/** "How sure are you?" — two radios; "I'm sure" until the learner says otherwise. */
export function renderConfidence(
  t: Translate,
  guessing: boolean,
  onChange: (guess: boolean) => void,
): TemplateResult {
  const option = (guess: boolean, key: 'confidenceSure' | 'confidenceGuess') =>
    html`<label class=${classMap({ option: true, on: guessing === guess })}>
      <input
        type="radio"
        name="confidence"
        value=${guess ? 'guess' : 'sure'}
        .checked=${guessing === guess}
        @change=${() => onChange(guess)}
      />
      ${t(key)}
    </label>`;
  return html`<fieldset part="confidence" class="confidence">
    <legend>${t('confidenceLegend')}</legend>
    ${option(false, 'confidenceSure')} ${option(true, 'confidenceGuess')}
  </fieldset>`;
}

/** The deck icon of the end screen's note (decorative). */
const deckIcon = svg`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><rect x="2.5" y="4" width="9" height="10" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M5 2h8.5v10" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/></svg>`;

/** "3 questions added to your review deck" on the end screen (`count` 0: nothing). */
export function renderAddedToDeck(t: Translate, count: number): TemplateResult | typeof nothing {
  if (!count) return nothing;
  return html`<p class="added-to-deck" role="note">
    ${deckIcon} ${count === 1 ? t('addedToDeckOne') : t('addedToDeck', { count })}
  </p>`;
}

/**
 * Pieces of the flashcard's markup that hold no question text: the queue counts, the grade row, the
 * flip instruction, the browse nav and the "all caught up" screen. Plain functions of what they show, rendered inside
 * `DjangoFlashcard`'s own render (like internal/widget-parts.ts), so they add no element API.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { CardKind } from '../../state/deck-index.js';
import {
  RATINGS,
  type DeckCounts,
  type FlashcardRating,
  type QueueCounts,
} from '../../state/flashcard-state.js';
import type { Translate } from '../../internal/widget-parts.js';

/** "Click the card to see the answer", with the keys that do it. */
export function renderInstruction(t: Translate): TemplateResult {
  return html`<p class="instruction">
    <span class="pointer-fine">${t('flipInstruction')}</span>
    <span class="pointer-touch">${t('flipInstructionTouch')}</span>
    <span class="keys" aria-hidden="true"><kbd>Space</kbd> <kbd>1</kbd>–<kbd>4</kbd></span>
  </p>`;
}

export interface GradeRowOptions {
  t: Translate;
  /** When each grade would bring the card back, as text (`10m`, `3d`). */
  intervals: Record<FlashcardRating, string>;
  onGrade: (rating: FlashcardRating) => void;
}

/** Again / Hard / Good / Easy, each with its interval and its key (1–4). */
export function renderGradeRow(o: GradeRowOptions): TemplateResult {
  const { t } = o;
  return html`<div part="grades" class="grades" role="group" aria-labelledby="grade-prompt">
    <p id="grade-prompt" class="grade-prompt">${t('gradePrompt')}</p>
    <div class="grade-row">
      ${RATINGS.map((rating, i) => {
        const interval = o.intervals[rating];
        return html`<button
          part="button grade grade--${rating}"
          class="grade ${rating}"
          aria-label=${t('gradeLabel', { rating: t(rating), interval })}
          aria-keyshortcuts=${i + 1}
          data-key=${i + 1}
          @click=${() => o.onGrade(rating)}
        >
          <span class="grade-name">${t(rating)}</span>
          <span class="grade-interval">${interval}</span>
        </button>`;
      })}
    </div>
  </div>`;
}

export interface BrowseNavOptions {
  t: Translate;
  /** Position of the card on screen, from 1. */
  n: number;
  total: number;
  onPrevious: () => void;
  onNext: () => void;
  onShuffle: () => void;
}

/** Previous / position / next, and shuffle (browse mode). */
export function renderBrowseNav(o: BrowseNavOptions): TemplateResult {
  const { t, n, total } = o;
  return html`<nav part="nav" class="nav" aria-label=${t('deckNav')}>
    <div class="pager">
      <button
        part="button"
        class="secondary prev"
        aria-disabled=${n === 1 ? 'true' : 'false'}
        @click=${o.onPrevious}
      >
        <span class="icon" aria-hidden="true">←</span><span class="label">${t('previous')}</span>
      </button>
      <p class="position">
        <span aria-hidden="true">${t('position', { n, total })}</span
        ><span class="sr-only">${t('cardOf', { n, total })}</span>
      </p>
      <button
        part="button"
        class="secondary next"
        aria-disabled=${n === total ? 'true' : 'false'}
        @click=${o.onNext}
      >
        <span class="label">${t('nextCard')}</span><span class="icon" aria-hidden="true">→</span>
      </button>
    </div>
    <button part="button" class="secondary shuffle" @click=${o.onShuffle}>
      <span class="icon" aria-hidden="true">⤮</span><span class="label">${t('shuffle')}</span>
    </button>
  </nav>`;
}

/** The new / learning / due chips of review mode; the chip of the card on screen is marked. */
export function renderQueueCounts(
  t: Translate,
  counts: QueueCounts,
  current: CardKind,
): TemplateResult {
  const kind = { new: 'new', learning: 'learning', review: 'due' }[current];
  const chip = (name: 'new' | 'learning' | 'due', key: 'newCount' | 'learningCount' | 'dueCount') =>
    html`<li class=${classMap({ chip: true, [name]: true, current: kind === name })}>
      <span class="dot" aria-hidden="true"></span>${t(key, { count: counts[name] })}
    </li>`;
  return html`<ul part="counts" class="counts" aria-label=${t('sessionCounts')}>
    ${chip('new', 'newCount')} ${chip('learning', 'learningCount')} ${chip('due', 'dueCount')}
  </ul>`;
}

export interface DeckSummaryOptions {
  t: Translate;
  /** The set's title. */
  title: string;
  /** Grades given today. */
  reviewed: number;
  /** The next review, if a card has been graded: when, and how far off (as text, `3d`). */
  next?: { at: Date; in: string };
  /** For the date of the next review. */
  locale?: string;
  counts: DeckCounts;
  /** Whether "Study more" can pull in new cards. */
  more: boolean;
  onStudyMore: () => void;
  /** Shown last (e.g. the site-wide queue's "Next set: …"). */
  after?: unknown;
}

/** The "all caught up" screen: today's reviews, the next one, the deck's counts, "Study more". */
export function renderDeckSummary(o: DeckSummaryOptions): TemplateResult {
  const { t, counts } = o;
  const tile = (n: number, label: string, cls: string) =>
    html`<div class="tile ${cls}">
      <dt>${label}</dt>
      <dd>${n}</dd>
    </div>`;
  return html`<section part="summary" class="summary">
    <p class="eyebrow" dir="auto">${o.title}</p>
    <div class="done-mark" aria-hidden="true">✓</div>
    <h2 class="summary-title" tabindex="-1">${t('doneTitle')}</h2>
    <p class="summary-body">${t('doneBody')}</p>
    <ul class="summary-lines">
      <li>${t('reviewedToday', { count: o.reviewed })}</li>
      <li>
        ${
          o.next
            ? t('nextReview', {
                interval: o.next.in,
                date: new Intl.DateTimeFormat(o.locale, {
                  weekday: 'short',
                  month: 'short',
                  day: 'numeric',
                  hour: 'numeric',
                  minute: '2-digit',
                }).format(o.next.at),
              })
            : t('noNextReview')
        }
      </li>
    </ul>
    <h3 class="tiles-title">${t('deckCounts')}</h3>
    <dl class="tiles">
      ${tile(counts.new, t('stateNew'), 'new')}
      ${tile(counts.learning, t('stateLearning'), 'learning')}
      ${tile(counts.review, t('stateReview'), 'review')}
    </dl>
    ${
      o.more
        ? html`<div class="actions">
            <button part="button" class="primary" @click=${o.onStudyMore}>${t('studyMore')}</button>
          </div>`
        : nothing
    }
    ${o.after ?? nothing}
  </section>`;
}

/** " · set 1 of 3" after the title, in the site-wide queue (`all-sets`) of several sets. */
export function renderSetOf(
  t: Translate,
  at: { n: number; total: number } | undefined,
): TemplateResult | typeof nothing {
  return at ? html`<span class="set-of">${' · '}${t('setOf', at)}</span>` : nothing;
}

/** The site-wide queue's way on: "Next set: … (3 due)", when another set has cards due. */
export function renderNextSet(
  t: Translate,
  next: { set: { title: string }; due: number } | undefined,
  onNext: () => void,
): TemplateResult | typeof nothing {
  if (!next) return nothing;
  return html`<div class="actions">
    <button part="button" class="primary next-set" @click=${onNext}>
      ${t('nextSet', { title: next.set.title, count: next.due })}
    </button>
  </div>`;
}

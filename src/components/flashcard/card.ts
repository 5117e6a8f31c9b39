/**
 * The card and what is read under it: the question's prompt on the front, its answer on the back,
 * difficulty and topics, and the explanation, note and docs link once turned. All the question text
 * the flashcard shows is rendered here. Plain functions rendered inside `DjangoFlashcard`'s render.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { SwipeController } from '../../controllers/swipe.js';
import type { Question } from '../../data/schema.js';
import { plainText, renderText } from '../../markdown/render.js';
import { cssomStyle } from '../../internal/cssom-style.js';
import { renderDocsLink, type Translate } from '../../internal/widget-parts.js';

/** The "turn over" arrow on each side of the card (decorative). */
const turnIcon = svg`<svg class="turn" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M13.5 8A5.5 5.5 0 1 1 11.9 4.1M13.5 2v3.5H10" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

export interface CardOptions {
  t: Translate;
  q: Question;
  /** Whether the answer side is up. */
  flipped: boolean;
  /** Browse mode: the card can be swiped sideways. */
  swipeable: boolean;
  /** How far a swipe in progress has dragged the card (px). */
  dragX: number;
  /** A card dealt after the first: it slides in. */
  dealing: boolean;
  onClick: () => void;
  /** The swipe's pointer handlers. */
  swipe: Pick<SwipeController, 'down' | 'move' | 'up' | 'cancel'>;
}

/** The card: one button that flips, with a face per side, and its tags. */
export function renderCard(o: CardOptions): TemplateResult {
  const { t, q, flipped } = o;
  return html`<div
    class=${classMap({ stage: true, dragging: o.dragX !== 0, dealing: o.dealing })}
    style=${cssomStyle({ '--drag': `${o.dragX}px` })}
  >
    <button
      part="card"
      class=${classMap({ card: true, flipped, swipeable: o.swipeable })}
      aria-label=${
        flipped
          ? `${t('cardBack')}: ${plainText(q.answer)} ${t('flipBackHint')}`
          : `${t('cardFront')}: ${plainText(q.prompt)} ${t('flipHint')}`
      }
      @click=${o.onClick}
      @pointerdown=${o.swipe.down}
      @pointermove=${o.swipe.move}
      @pointerup=${o.swipe.up}
      @pointercancel=${o.swipe.cancel}
    >
      <span class="inner">
        <span part="front" class="face front" aria-hidden=${flipped ? 'true' : 'false'}>
          <span class="side">${t('cardFront')}</span>
          <span class="text prompt" dir="auto"
            ><span class="text-body"
              >${renderText(q.prompt, { block: true, interactive: false, t })}</span
            ></span
          >
          <span class="hint">${turnIcon} ${t('flipHint')}</span>
        </span>
        <span part="back" class="face back" aria-hidden=${flipped ? 'false' : 'true'}>
          <span class="side">${t('cardBack')}</span>
          <span class="text answer" dir="auto"
            ><span class="text-body"
              >${renderText(q.answer, { block: true, interactive: false, t })}</span
            ></span
          >
          <span class="hint">${turnIcon} ${t('flipBackHint')}</span>
        </span>
      </span>
    </button>
    <span class="tags">
      <span class="tag ${q.difficulty}">${q.difficulty}</span>
      ${q.topics.slice(0, 2).map((topic) => html`<span class="tag topic">${topic}</span>`)}
    </span>
  </div>`;
}

/** The "More detail" disclosure under a turned card: explanation, note, docs link. */
export function renderExplanation(t: Translate, q: Question): TemplateResult | typeof nothing {
  if (!q.explanation && !q.docs) return nothing;
  const docs = renderDocsLink(t, q.docs);
  if (!q.explanation) return html`<p class="more plain">${docs}</p>`;
  return html`<details part="explanation" class="more">
    <summary>${t('moreDetail')}</summary>
    <div class="more-body">
      <p dir="auto">${renderText(q.explanation, { block: true, t })}</p>
      ${
        q.note
          ? html`<p class="note">
              <strong>${t('noteLabel')}</strong>
              <span dir="auto">${renderText(q.note, { block: true, t })}</span>
            </p>`
          : nothing
      }
      ${docs}
    </div>
  </details>`;
}

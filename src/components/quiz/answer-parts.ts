/**
 * The quiz's markup for a checked answer, all of it the set's own text: the feedback under a checked
 * question (verdict, right answer, why the picked choices are wrong, explanation, misconception,
 * docs link) and one item of the results' review list. Plain functions rendered inside
 * `DjangoQuiz`'s render, like quiz-parts.ts; every text field goes through the Markdown renderer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { Question } from '../../data/schema.js';
import { renderDocsLink, tIsolated, type Translate } from '../../internal/widget-parts.js';
import { renderText, type TextOptions } from '../../markdown/render.js';
import { correctTexts, type QuizAnswer } from '../../state/quiz-state.js';

/** A text field of the set, as Markdown (blocks unless `{ block: false }`). */
function md(t: Translate, field: string | undefined, options: Omit<TextOptions, 't'> = {}) {
  return renderText(field, { block: true, ...options, t });
}

/** "Correct answer: …" (or "Correct answers: …; …"), each answer isolated in its direction. */
function renderCorrectAnswer(t: Translate, q: Question): TemplateResult {
  const texts = correctTexts(q);
  return tIsolated(t(texts.length > 1 ? 'correctAnswersAre' : 'correctAnswerIs'), {
    answer: texts,
  });
}

/** The feedback under a checked question. */
export function renderFeedback(
  t: Translate,
  q: Question,
  correct: boolean,
  selected: string[],
): TemplateResult {
  const whys = q.choices.filter((c) => selected.includes(c.id) && c.why && !c.correct);
  return html`<div
    part="feedback"
    class=${classMap({ feedback: true, ok: correct, bad: !correct })}
    tabindex="-1"
  >
    <p class="verdict">
      <span class="icon" aria-hidden="true">${correct ? '✓' : '✗'}</span>
      ${t(correct ? 'correct' : 'incorrect')}
    </p>
    ${correct ? nothing : html`<p class="right-answer">${renderCorrectAnswer(t, q)}</p>`}
    ${whys.map(
      (c) =>
        html`<p class="why">
          <strong><bdi>${md(t, c.text, { block: false })}</bdi></strong
          >: <bdi>${md(t, c.why)}</bdi>
        </p>`,
    )}
    ${q.explanation ? html`<p class="explanation"><bdi>${md(t, q.explanation)}</bdi></p>` : nothing}
    ${
      q.note
        ? // One line: no whitespace may open the note ("Common misconception: …").
          // prettier-ignore
          html`<p class="note"><strong>${t('noteLabel')}</strong> <bdi>${md(t, q.note)}</bdi></p>`
        : nothing
    }
    ${renderDocsLink(t, q.docs)}
  </div>`;
}

/** One question of the results' review list: right or wrong, your answer, the right one. */
export function renderReviewItem(
  t: Translate,
  q: Question,
  a: QuizAnswer | undefined,
): TemplateResult {
  const ok = !!a?.correct;
  const yours = a
    ? q.choices.filter((c) => a.selected.includes(c.id)).map((c) => c.text)
    : [t('noAnswer')];
  return html`<li class=${ok ? 'item ok' : 'item bad'}>
    <details>
      <summary class="item-prompt">
        <span class="icon" aria-hidden="true">${ok ? '✓' : '✗'}</span>
        <span class="sr-only">${t(ok ? 'correct' : 'incorrect')}:</span>
        <span dir="auto">${md(t, q.prompt, { block: false })}</span>
      </summary>
      <div class="item-body">
        <p class="small">${tIsolated(t('yourAnswer'), { answer: yours })}</p>
        ${ok ? nothing : html`<p class="small">${renderCorrectAnswer(t, q)}</p>`}
        ${q.explanation ? html`<p class="small muted" dir="auto">${md(t, q.explanation)}</p>` : nothing}
        ${renderDocsLink(t, q.docs)}
      </div>
    </details>
  </li>`;
}

import { css } from 'lit';

/**
 * The look of what both widgets share: the pieces rendered by `widget-parts.ts` (load error and empty
 * states, the storage notice, the docs link) and the small parts quiz and flashcard repeat (the
 * eyebrow title, the loading skeleton, the misconception note, key caps). Each element's styles
 * include it after the tokens (`shared.styles.ts`) and before its own rules.
 */
export const parts = css`
  .eyebrow {
    margin: 0;
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_accent);
  }

  .state {
    display: grid;
    justify-items: start;
    gap: 0.6em;
    padding: 0.5em 0;
  }
  .state h2 {
    margin: 0;
    font-size: 1.15em;
  }
  .state p {
    margin: 0;
    color: var(--_muted);
  }
  .state.error h2 {
    color: var(--_incorrect);
  }
  .state .message {
    font-family: var(--_mono);
    font-size: 0.9em;
    color: var(--_fg);
    background: var(--_surface);
    border-radius: 8px;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_incorrect);
  }

  .skeleton {
    display: grid;
    gap: 0.7em;
  }
  .skeleton span {
    display: block;
    height: 1em;
    border-radius: 6px;
    background: var(--_surface);
  }
  /* Widths here, not in style="" attributes: a strict CSP (no 'unsafe-inline') blocks those. */
  .skeleton span:first-child {
    width: 40%;
  }
  .skeleton span:last-child {
    width: 70%;
  }

  .notice,
  .note {
    padding: 0.5em 0.75em;
    border-radius: 8px;
    font-size: 0.875em;
  }
  .notice {
    margin: 0 0 1em;
    background: var(--_surface);
    color: var(--_muted);
  }
  /* "Common misconception: …" under an explanation. */
  .note {
    background: var(--_bg);
    border: 1px dashed var(--_border);
    font-size: 0.9375em;
  }

  .docs {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    min-height: 24px;
  }
  /* Arrows point the way of the reading direction. */
  .base:dir(rtl) .flip {
    display: inline-block;
    transform: scaleX(-1);
  }
`;

import { css } from 'lit';
import { parts } from '../../internal/widget-parts.styles.js';

const darkTones = css`
  --_hard: var(--django-hard, #f0b057);
  --_easy: var(--django-easy, #9db9ff);
  --_card-shadow: var(
    --django-card-shadow,
    0 1px 1px rgb(0 0 0 / 0.3),
    0 4px 8px rgb(0 0 0 / 0.25),
    0 18px 36px -8px rgb(0 0 0 / 0.5)
  );
`;

/** The flashcard's own rules, after the parts it shares with the quiz. */
export const styles = [
  parts,
  css`
    .base {
      --_hard: var(--django-hard, #8a4b00);
      --_easy: var(--django-easy, #1d4ed8);
      --_card-shadow: var(
        --django-card-shadow,
        0 1px 1px rgb(16 40 28 / 0.05),
        0 2px 4px rgb(16 40 28 / 0.05),
        0 8px 16px rgb(16 40 28 / 0.07),
        0 22px 44px -10px rgb(16 40 28 / 0.16)
      );
      /* The card's padding; the tags outside the button line up with it. */
      --_pad: clamp(18px, 4.5cqi, 34px);
    }
    @media (prefers-color-scheme: dark) {
      .base:not(.theme-light) {
        ${darkTones}
      }
    }
    .base.theme-dark {
      ${darkTones}
    }
    /* The colour of a count, a grade or a tile. */
    .new,
    .easy {
      --_tone: var(--_easy);
    }
    .learning,
    .hard {
      --_tone: var(--_hard);
    }
    .due,
    .review,
    .good {
      --_tone: var(--_correct);
    }
    .again {
      --_tone: var(--_incorrect);
    }

    .header,
    .counts,
    .instruction,
    .nav,
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em;
    }
    .header {
      justify-content: space-between;
      gap: 0.5em 1em;
      margin-bottom: 1.1em;
    }
    .counts {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chip,
    .tag {
      border-radius: 999px;
      border: 1px solid var(--_border);
      font-size: 0.8125em;
      font-weight: 600;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 0.45em;
      padding: 0.15em 0.7em;
      background: var(--_surface);
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .dot {
      width: 0.55em;
      height: 0.55em;
      border-radius: 50%;
      background: var(--_tone);
    }
    .chip.current {
      border-color: var(--_tone);
      box-shadow: inset 0 0 0 1px var(--_tone);
    }

    /* The card: a flat button (its focus ring stays flat) holding a 3D inner that turns over, on
       two cards peeking out under it (the deck). */
    .stage {
      position: relative;
      isolation: isolate;
      padding-bottom: 12px;
    }
    /* Cards after the first slide in; the first is painted at once, fully opaque. */
    .dealing {
      animation: deal 280ms cubic-bezier(0.2, 0.7, 0.2, 1);
    }
    .stage::before,
    .stage::after {
      content: '';
      position: absolute;
      inset-inline: 3%;
      bottom: 6px;
      height: 48px;
      border-radius: var(--_radius);
      border: 1px solid var(--_border);
      background: var(--_bg);
      box-shadow: 0 2px 6px rgb(0 0 0 / 0.06);
    }
    .stage::after {
      inset-inline: 6%;
      bottom: 0;
      z-index: -1;
      opacity: 0.75;
    }
    .card,
    .card:hover {
      all: unset;
      position: relative;
      z-index: 1;
      display: block;
      width: 100%;
      border-radius: var(--_radius);
      cursor: pointer;
      perspective: 1600px;
      -webkit-tap-highlight-color: transparent;
      transform: translateX(var(--drag, 0px));
      transition: transform 220ms ease;
    }
    .card:active {
      transform: translateX(var(--drag, 0px)) scale(0.995);
    }
    .dragging .card {
      transition: none;
    }
    .swipeable {
      touch-action: pan-y;
      user-select: none;
    }
    .card:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 4px;
    }
    .inner {
      display: grid;
      transform-style: preserve-3d;
      transition: transform 560ms cubic-bezier(0.3, 0.7, 0.2, 1);
    }
    .flipped .inner,
    .back {
      transform: rotateY(180deg);
    }
    .face {
      grid-area: 1 / 1;
      display: flex;
      flex-direction: column;
      gap: 0.9em;
      min-height: clamp(200px, 36cqi, 290px);
      padding: var(--_pad);
      border-radius: var(--_radius);
      border: 1px solid var(--_border);
      box-shadow: var(--_card-shadow);
      backface-visibility: hidden;
      /* The side turned away is truly hidden (out of the accessibility tree and of hit testing),
         swapped at the half-turn when the card is edge-on. */
      transition: visibility 0s linear 280ms;
      background: linear-gradient(var(--_bg), color-mix(in srgb, var(--_surface) 75%, var(--_bg)));
    }
    .back,
    .flipped .front {
      visibility: hidden;
    }
    .flipped .back {
      visibility: visible;
    }
    .back {
      border-color: color-mix(in srgb, var(--_accent) 40%, var(--_border));
      border-top: 5px solid var(--_accent);
      background: linear-gradient(
        color-mix(in srgb, var(--_accent) 6%, var(--_bg)),
        color-mix(in srgb, var(--_accent) 12%, var(--_bg))
      );
    }
    .side {
      align-self: flex-start;
      line-height: 1.9;
      font-size: 0.75em;
      font-weight: 800;
      letter-spacing: 0.09em;
      text-transform: uppercase;
      color: var(--_muted);
    }
    .back .side,
    .card:hover .hint {
      color: var(--_accent);
    }
    /* Tags sit on the question side but outside the button, so its name stays "Question: …". */
    .tags {
      position: absolute;
      z-index: 2;
      top: calc(var(--_pad) + 1px);
      inset-inline-end: calc(var(--_pad) + 1px);
      max-width: 60%;
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 0.3em;
      pointer-events: none;
      transform: translateX(var(--drag, 0px));
      transition:
        opacity 150ms ease,
        visibility 0s linear 0s;
    }
    .flipped + .tags {
      opacity: 0;
      visibility: hidden;
      transition-delay: 0s, 150ms;
    }
    .tag {
      padding: 0.05em 0.55em;
      background: var(--_bg);
      color: var(--_muted);
      font-size: 0.75em;
    }
    .text {
      flex: 1;
      display: flex;
      align-items: center;
      justify-content: center;
      text-align: center;
      text-wrap: balance;
      line-height: 1.35;
    }
    .prompt {
      font-size: clamp(1.15em, 3.4cqi, 1.55em);
      font-weight: 700;
      letter-spacing: -0.005em;
    }
    .answer {
      font-size: clamp(1.05em, 2.9cqi, 1.3em);
      font-weight: 500;
    }
    .hint {
      align-self: center;
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      font-size: 0.8125em;
      font-weight: 600;
      color: var(--_muted);
      transition: color 120ms ease;
    }
    .turn {
      flex: none;
    }
    @keyframes deal {
      from {
        opacity: 0;
        transform: translateY(8px);
      }
    }

    /* Before the turn: how to go on */
    .instruction {
      margin: 0.9em 0 0;
      min-height: 44px;
      justify-content: center;
      gap: 0.3em 0.75em;
      text-align: center;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .keys {
      display: inline-flex;
      align-items: center;
      gap: 0.25em;
    }
    kbd,
    .grade::after {
      display: inline-block;
      padding: 0.1em 0.4em;
      border: 1px solid var(--_border);
      border-bottom-width: 2px;
      border-radius: 5px;
      background: var(--_bg);
      color: var(--_muted);
      font: 600 0.75em/1.3 var(--_mono);
    }
    .pointer-touch {
      display: none;
    }
    @media (hover: none) {
      .keys,
      .pointer-fine,
      .grade::after {
        display: none;
      }
      .pointer-touch {
        display: inline;
      }
    }

    /* After the turn: explanation one step away */
    .more {
      margin: 0.9em 0 0;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.7);
      background: var(--_surface);
    }
    .more.plain {
      border: 0;
      background: none;
      padding: 0 0.2em;
    }
    summary {
      display: flex;
      align-items: center;
      gap: 0.6em;
      min-height: 44px;
      padding: 0.4em 0.9em;
      font-weight: 700;
      cursor: pointer;
      list-style: none;
      border-radius: inherit;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    summary::before {
      content: '';
      width: 0.45em;
      height: 0.45em;
      border-inline-end: 2px solid currentColor;
      border-bottom: 2px solid currentColor;
      transform: rotate(-45deg);
      transition: transform 150ms ease;
    }
    [open] summary::before {
      transform: rotate(45deg);
    }
    .more-body {
      display: grid;
      gap: 0.5em;
      padding: 0 0.9em 0.9em;
    }
    .more-body p {
      margin: 0;
    }

    /* Grades */
    .grades {
      margin-top: 1em;
    }
    .grade-prompt {
      margin: 0 0 0.5em;
      text-align: center;
      font-size: 0.875em;
      font-weight: 600;
      color: var(--_muted);
    }
    .grade-row {
      display: grid;
      grid-template-columns: repeat(4, minmax(0, 1fr));
      gap: 0.5em;
    }
    .grade,
    .grade:hover {
      position: relative;
      flex-direction: column;
      gap: 0.1em;
      min-height: 60px;
      padding: 0.5em 0.5em 0.45em;
      background: var(--_bg);
      color: var(--_fg);
      border: 1px solid var(--_border);
      border-bottom: 3px solid var(--_tone);
    }
    .grade:hover {
      background: color-mix(in srgb, var(--_tone) 9%, var(--_bg));
      border-color: var(--_tone);
    }
    .grade-name {
      font-weight: 700;
    }
    .grade-interval {
      font-size: 0.8125em;
      font-weight: 700;
      color: var(--_tone);
      font-variant-numeric: tabular-nums;
    }
    /* The key hint is decoration; the shortcut itself is exposed with aria-keyshortcuts. */
    .grade::after {
      content: attr(data-key);
      position: absolute;
      top: 0.45em;
      inset-inline-end: 0.5em;
      background: none;
      font-size: 0.625em;
    }

    /* Browse */
    .nav,
    .pager {
      justify-content: center;
      gap: 0.5em;
    }
    .nav {
      margin-top: 1em;
      column-gap: 1em;
    }
    .nav .icon,
    .position {
      font-weight: 700;
    }
    .position {
      margin: 0;
      min-width: 4.5em;
      text-align: center;
      font-variant-numeric: tabular-nums;
    }
    button[aria-disabled='true'],
    button[aria-disabled='true']:hover {
      opacity: 0.45;
      cursor: not-allowed;
      background: transparent;
    }

    /* Summary */
    .summary {
      display: grid;
      justify-items: center;
      gap: 0.3em;
      text-align: center;
    }
    .summary .eyebrow {
      justify-self: start;
    }
    .done-mark {
      display: grid;
      place-items: center;
      width: 64px;
      height: 64px;
      margin: 0.4em 0 0.2em;
      border-radius: 50%;
      background: color-mix(in srgb, var(--_correct) 14%, var(--_bg));
      color: var(--_correct);
      font-size: 1.8em;
      font-weight: 800;
    }
    .summary-title,
    .summary-body {
      margin: 0;
    }
    .summary-title {
      font-size: 1.5em;
    }
    .summary-body,
    .tiles-title,
    .tile dt {
      color: var(--_muted);
    }
    .summary-lines {
      display: grid;
      gap: 0.15em;
      margin: 0.6em 0 0;
      padding: 0;
      list-style: none;
      font-weight: 600;
    }
    .tiles-title {
      margin: 1.1em 0 0.3em;
      font-size: 0.8125em;
      font-weight: 700;
      letter-spacing: 0.06em;
      text-transform: uppercase;
    }
    .tiles {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 0.5em;
      width: min(100%, 420px);
      margin: 0;
    }
    .tile {
      display: flex;
      flex-direction: column-reverse;
      align-items: center;
      padding: 0.55em 0.4em;
      border-radius: calc(var(--_radius) * 0.7);
      border: 1px solid var(--_border);
      border-top: 3px solid var(--_tone);
      background: var(--_surface);
    }
    .tile dd {
      margin: 0;
      font-size: 1.6em;
      font-weight: 800;
      line-height: 1.15;
      font-variant-numeric: tabular-nums;
    }
    .tile dt {
      font-size: 0.8125em;
      font-weight: 600;
    }
    .actions {
      margin-top: 1.1em;
    }
    .skeleton .tall {
      height: 200px;
      border-radius: var(--_radius);
    }

    @container (max-width: 480px) {
      .header {
        margin-bottom: 0.9em;
      }
      .counts {
        gap: 0.3em;
      }
      .chip {
        padding: 0.1em 0.5em;
        gap: 0.35em;
        font-size: 0.75em;
      }
      .grade-row {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }
    @container (max-width: 400px) {
      /* Icons only; the words stay as the buttons' accessible names. */
      .nav .label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      .nav button {
        padding-inline: 0.9em;
      }
    }
    @container (max-width: 360px) {
      .topic {
        display: none;
      }
    }
    @container (max-width: 240px) {
      .grade-row {
        grid-template-columns: 1fr;
      }
      .grade,
      .grade:hover {
        flex-direction: row;
        justify-content: space-between;
        min-height: 48px;
        padding-inline: 0.9em 2.2em;
      }
      .grade::after {
        top: 50%;
        transform: translateY(-50%);
      }
    }

    /* Reduced motion: no turn, no deal; the sides cross-fade instead. */
    @media (prefers-reduced-motion: reduce) {
      .flipped .inner,
      .back {
        transform: none;
      }
      .base .face {
        transition:
          opacity 160ms linear,
          visibility 0s linear 0s !important;
      }
      .base .flipped .front,
      .base .card:not(.flipped) .back {
        transition:
          opacity 160ms linear,
          visibility 0s linear 160ms !important;
      }
      .back,
      .flipped .front {
        opacity: 0;
      }
      .flipped .back {
        opacity: 1;
      }
    }
  `,
];

import { css } from 'lit';
import { parts } from '../../internal/widget-parts.styles.js';

/** The quiz's own rules, after the parts it shares with the flashcard. */
export const styles = [
  parts,
  css`
    .header {
      display: grid;
      gap: 0.6em;
      margin-bottom: 1.25em;
    }
    .header-row {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 0.25em 1em;
    }
    .position {
      margin: 0;
      font-size: 0.875em;
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .progress {
      height: 8px;
      border-radius: 999px;
      background: var(--_surface);
      border: 1px solid var(--_border);
      overflow: hidden;
    }
    .bar {
      height: 100%;
      background: var(--_accent);
      border-radius: inherit;
      transition: width 300ms ease;
    }

    .question {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    .prompt {
      display: block;
      /* A rendered legend shrinks to its text; full width lets a right-to-left prompt start on the right. */
      width: 100%;
      padding: 0;
      margin: 0 0 0.4em;
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.35;
      color: var(--_fg);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em;
      margin: 0 0 1em;
      font-size: 0.8125em;
      color: var(--_muted);
    }
    .instruction {
      font-weight: 600;
      margin-inline-end: 0.4em;
    }
    .chip {
      padding: 0.1em 0.6em;
      border-radius: 999px;
      background: var(--_surface);
      border: 1px solid var(--_border);
    }

    .choices {
      display: grid;
      gap: 0.6em;
    }
    .choice {
      position: relative;
      display: grid;
      grid-template-columns: auto 1fr auto;
      align-items: center;
      gap: 0.75em;
      min-height: 48px;
      padding: 0.7em 0.9em;
      border: 2px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_bg);
      cursor: pointer;
      transition:
        border-color 120ms ease,
        background-color 120ms ease;
    }
    .choice:hover {
      border-color: color-mix(in srgb, var(--_accent) 55%, var(--_border));
    }
    .choice.selected {
      border-color: var(--_accent);
      background: var(--_accent-soft);
    }
    .choice.correct {
      border-color: var(--_correct);
      background: color-mix(in srgb, var(--_correct) 10%, var(--_bg));
    }
    .choice.incorrect {
      border-color: var(--_incorrect);
      background: color-mix(in srgb, var(--_incorrect) 9%, var(--_bg));
    }
    .choice:has(input:disabled) {
      cursor: default;
    }
    .choice:has(input:focus-visible) {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .choice input {
      /* The native control stays (keyboard, screen readers); it is drawn over the letter badge. */
      position: absolute;
      opacity: 0;
      inset-inline-start: 0.9em;
      width: 2em;
      height: 2em;
      margin: 0;
      cursor: inherit;
    }
    .key {
      display: inline-grid;
      place-items: center;
      width: 2em;
      height: 2em;
      border-radius: 50%;
      border: 2px solid var(--_border);
      font-size: 0.875em;
      font-weight: 700;
      color: var(--_muted);
      background: var(--_bg);
    }
    .choice input[type='checkbox'] + .key {
      border-radius: 6px;
    }
    .choice.selected .key {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_accent-fg);
    }
    .choice.correct .key {
      background: var(--_correct);
      border-color: var(--_correct);
      color: var(--_bg);
    }
    .choice.incorrect .key {
      background: var(--_incorrect);
      border-color: var(--_incorrect);
      color: var(--_bg);
    }
    .text {
      min-width: 0;
    }
    .mark {
      display: inline-flex;
      align-items: center;
      gap: 0.3em;
      font-size: 0.8125em;
      font-weight: 700;
      white-space: nowrap;
    }
    .mark.ok,
    .ok > .verdict,
    .badge.ok,
    .item.ok .icon {
      color: var(--_correct);
    }
    .mark.bad,
    .bad > .verdict,
    .badge.bad,
    .item.bad .icon {
      color: var(--_incorrect);
    }

    .feedback {
      margin-top: 1.1em;
      padding: 1em 1.1em;
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface);
      border-inline-start: 5px solid var(--_correct);
      display: grid;
      gap: 0.5em;
      animation: rise 200ms ease-out;
    }
    .feedback.bad {
      border-inline-start-color: var(--_incorrect);
    }
    .feedback p {
      margin: 0;
    }
    .verdict {
      display: flex;
      align-items: center;
      gap: 0.4em;
      font-weight: 800;
      font-size: 1.05em;
    }
    .icon {
      font-weight: 800;
    }
    .why strong {
      font-weight: 600;
    }
    @keyframes rise {
      from {
        opacity: 0;
        transform: translateY(4px);
      }
    }

    .confidence {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      margin: 1em 0 0;
      padding: 0;
      border: 0;
    }
    .confidence legend {
      float: left;
      margin-right: 0.5em;
      padding: 0;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .confidence .option {
      position: relative;
      display: inline-flex;
      align-items: center;
      min-height: 36px;
      padding: 0.25em 0.9em;
      border: 1px solid var(--_border);
      border-radius: 999px;
      font-size: 0.875em;
      font-weight: 600;
      cursor: pointer;
    }
    .confidence .option.on {
      border-color: var(--_accent);
      background: var(--_accent-soft);
    }
    .confidence input {
      position: absolute;
      opacity: 0;
      inset: 0;
      margin: 0;
      cursor: pointer;
    }
    .confidence .option:focus-within {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .added-one {
      margin: 0.75em 0 0;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .added-to-deck {
      display: flex;
      align-items: center;
      gap: 0.5em;
      margin: 1em 0 0;
      padding: 0.6em 0.9em;
      border-radius: 10px;
      background: var(--_accent-soft);
      color: var(--_fg);
      font-weight: 600;
    }
    .added-to-deck svg {
      flex: none;
      color: var(--_accent);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: 0.75em;
      margin-top: 1.25em;
    }
    .hint {
      margin: 0;
      margin-inline-end: auto;
      color: var(--_incorrect);
      font-weight: 600;
      font-size: 0.9em;
    }

    .summary h2 {
      margin: 0.15em 0 0.6em;
      font-size: 1.5em;
    }
    .score {
      display: flex;
      align-items: center;
      gap: 1.25em;
      flex-wrap: wrap;
    }
    .ring {
      --p: 0;
      width: 108px;
      height: 108px;
      border-radius: 50%;
      display: grid;
      place-items: center;
      background:
        radial-gradient(closest-side, var(--_bg) 78%, transparent 80% 100%),
        conic-gradient(var(--_accent) calc(var(--p) * 1%), var(--_surface) 0);
      font-size: 1.6em;
      font-weight: 800;
      font-variant-numeric: tabular-nums;
    }
    .score-text p {
      margin: 0 0 0.25em;
    }
    .score-line {
      font-size: 1.2em;
      font-weight: 700;
    }
    .badge {
      display: inline-flex;
      gap: 0.35em;
      font-weight: 800;
    }
    .small {
      font-size: 0.875em;
      margin: 0.2em 0;
    }
    .muted,
    .score-text .small {
      color: var(--_muted);
    }
    .summary .actions {
      justify-content: flex-start;
    }
    .review-title {
      margin: 1.6em 0 0.5em;
      font-size: 1.05em;
    }
    .review {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.6em;
    }
    .item {
      padding: 0;
      border-radius: calc(var(--_radius) * 0.6);
      background: var(--_surface);
      border-inline-start: 4px solid var(--_correct);
    }
    .item.bad {
      border-inline-start-color: var(--_incorrect);
    }
    .item-prompt {
      display: flex;
      gap: 0.5em;
      align-items: baseline;
      padding: 0.65em 0.9em;
      min-height: 44px;
      font-weight: 600;
      cursor: pointer;
      list-style: none;
    }
    .item-prompt::-webkit-details-marker {
      display: none;
    }
    .item-prompt::after {
      content: '+';
      margin-inline-start: auto;
      color: var(--_muted);
      font-weight: 700;
    }
    details[open] > .item-prompt::after {
      content: '−';
    }
    .item-body {
      padding: 0 0.9em 0.75em 2.3em;
    }
    .item .icon {
      margin-inline-end: 0.25em;
    }

    @container (max-width: 420px) {
      .prompt {
        font-size: 1.1em;
      }
      .choice {
        grid-template-columns: auto 1fr;
        padding: 0.6em 0.7em;
      }
      .mark {
        grid-column: 2;
      }
      .actions {
        justify-content: stretch;
      }
      .actions button {
        flex: 1 1 auto;
      }
      .ring {
        width: 84px;
        height: 84px;
        font-size: 1.3em;
      }
    }
  `,
];

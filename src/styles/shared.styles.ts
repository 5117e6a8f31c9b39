import { css } from 'lit';

/**
 * Design tokens and pieces both elements share. Public knobs are `--django-*` custom properties read
 * with fallbacks; private `--_*` copies keep the rules short. The base starts from `all: initial`, so
 * nothing a host page's typography (or an aggressive `*` rule) sets on our host element is inherited;
 * custom properties, `direction`, `visibility` and `pointer-events` still come through.
 */
/** The dark palette, used by `theme="dark"` and by `prefers-color-scheme: dark` unless `theme="light"`. */
const dark = css`
  --_accent: var(--django-accent, #44b78b);
  --_accent-fg: var(--django-accent-fg, #07140e);
  --_bg: var(--django-bg, #121a16);
  --_fg: var(--django-fg, #e7efe9);
  --_muted: var(--django-muted, #a9b8af);
  --_surface: var(--django-surface, #1b2620);
  --_border: var(--django-border, #34453b);
  --_correct: var(--django-correct, #5fd08a);
  --_incorrect: var(--django-incorrect, #ff8a80);
  --_focus: var(--django-focus, #8ab4ff);
  color-scheme: dark;
`;

export const tokens = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    --_accent: var(--django-accent, #0c4b33);
    --_accent-fg: var(--django-accent-fg, #ffffff);
    --_accent-soft: var(--django-accent-soft, color-mix(in srgb, var(--_accent) 10%, var(--_bg)));
    --_bg: var(--django-bg, #ffffff);
    --_fg: var(--django-fg, #17221c);
    --_muted: var(--django-muted, #4f5f56);
    --_surface: var(--django-surface, #f4f7f5);
    --_border: var(--django-border, #ccd8d1);
    --_correct: var(--django-correct, #17733a);
    --_incorrect: var(--django-incorrect, #b3261e);
    --_focus: var(--django-focus, #2563eb);
    --_radius: var(--django-radius, 14px);
    --_font: var(
      --django-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_mono: var(--django-font-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    --_shadow: var(--django-shadow, 0 1px 2px rgb(0 0 0 / 0.06), 0 6px 24px rgb(0 0 0 / 0.06));

    /* Cut inheritance from the host page (custom properties, direction and unicode-bidi are exempt). */
    all: initial;
    display: block;
    visibility: inherit;
    pointer-events: inherit;
    container-type: inline-size;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--django-font-size, 16px);
    line-height: 1.5;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: clamp(16px, 4cqi, 28px);
    overflow-wrap: anywhere;
    color-scheme: light;
  }
  .base *,
  .base *::before,
  .base *::after {
    box-sizing: border-box;
  }
  @media (prefers-color-scheme: dark) {
    .base:not(.theme-light) {
      ${dark}
    }
  }
  .base.theme-dark {
    ${dark}
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
    border-radius: 6px;
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  button,
  .button {
    font: inherit;
    font-weight: 600;
    letter-spacing: normal;
    text-transform: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.55em 1.2em;
    border-radius: calc(var(--_radius) * 0.7);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-fg);
    cursor: pointer;
    text-decoration: none;
    box-shadow: none;
    margin: 0;
    transition:
      background-color 120ms ease,
      transform 120ms ease;
  }
  button:hover {
    background: color-mix(in srgb, var(--_accent) 88%, var(--_fg));
  }
  button:active {
    transform: translateY(1px);
  }
  button.secondary {
    background: transparent;
    color: var(--_fg);
    border-color: var(--_border);
  }
  button.secondary:hover {
    background: var(--_surface);
  }
  button[disabled] {
    opacity: 0.55;
    cursor: not-allowed;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 2px;
    font-weight: 600;
  }

  @media (prefers-reduced-motion: reduce) {
    .base *,
    .base *::before,
    .base *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

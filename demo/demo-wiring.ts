/**
 * The demo page's wiring (index.html): the settings form (theme, accent, topic, each widget's mode)
 * drives both widgets, and the same attribute lists write the snippets next to them, so a snippet
 * always says exactly what the element on screen is. Plus copy buttons and "Reset demo progress".
 * Nothing here registers elements (demo.ts does), so test/demo.test.ts can wire a copy of the page.
 */
import { NAMESPACE } from '../src/internal/storage.js';

export type Theme = '' | 'light' | 'dark';
export type Scheme = 'light' | 'dark';
export type QuizMode = 'practice' | 'exam';
export type CardMode = 'review' | 'browse';

export interface Settings {
  theme: Theme;
  /** A preset's name (`django` is the elements' own colour), or `custom`. */
  accent: string;
  /** The colour picked with the custom colour input (`#rrggbb`). */
  custom: string;
  topics: string;
  quizMode: QuizMode;
  cardMode: CardMode;
}

export const DEFAULTS: Settings = {
  theme: '',
  accent: 'django',
  custom: '#7c3aed',
  topics: '',
  quizMode: 'practice',
  cardMode: 'review',
};

/**
 * Accent presets, one colour per colour scheme. Each keeps the elements' default text-on-accent
 * colour readable (white on the light ones, near-black on the dark ones) and reads as link text on
 * its scheme's background at 4.5:1 or more. `django` is unset: the elements' own green.
 */
export const PRESETS: Record<string, { label: string; light: string; dark: string } | null> = {
  django: null,
  indigo: { label: 'Indigo', light: '#4338ca', dark: '#a5b4fc' },
  rose: { label: 'Rose', light: '#be123c', dark: '#fda4af' },
  ocean: { label: 'Ocean', light: '#0369a1', dark: '#7dd3fc' },
};

/** One attribute: a value, or `true` for a boolean attribute written bare. */
export type Attr = [name: string, value: string | true];

/** The attributes the demo manages on each widget; any other attribute is left alone. */
const MANAGED = ['count', 'shuffle', 'topics', 'mode', 'theme', 'style'];
/** Removing `mode` would make it `null`, not the default: it is set back to the default instead. */
const MODE_DEFAULT: Record<string, string> = {
  'django-quiz': 'practice',
  'django-flashcard': 'review',
};

/** Relative luminance of `#rrggbb` (WCAG 2). */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/** Contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The text colour (white or near-black) that reads better on `accent`. */
export function textOn(accent: string): string {
  return contrast(accent, '#ffffff') >= contrast(accent, '#07140e') ? '#ffffff' : '#07140e';
}

/** The `--django-*` declarations for the chosen accent, or none for the elements' own. */
export function accentStyle(s: Settings, scheme: Scheme): string {
  if (s.accent === 'custom' && /^#[0-9a-f]{6}$/i.test(s.custom)) {
    return `--django-accent: ${s.custom}; --django-accent-fg: ${textOn(s.custom)}`;
  }
  const preset = PRESETS[s.accent];
  return preset ? `--django-accent: ${preset[scheme]}` : '';
}

function common(s: Settings, scheme: Scheme, mode: string, defaultMode: string): Attr[] {
  const attrs: Attr[] = [['shuffle', true]];
  if (s.topics) attrs.push(['topics', s.topics]);
  if (mode !== defaultMode) attrs.push(['mode', mode]);
  if (s.theme) attrs.push(['theme', s.theme]);
  const style = accentStyle(s, scheme);
  if (style) attrs.push(['style', style]);
  return attrs;
}

/** The quiz's attributes: ten shuffled questions, and whatever the settings add. */
export function quizAttributes(s: Settings, scheme: Scheme): Attr[] {
  return [['count', '10'], ...common(s, scheme, s.quizMode, 'practice')];
}

/** The flashcards' attributes: the deck shuffled (the order new cards come in), and the settings. */
export function flashcardAttributes(s: Settings, scheme: Scheme): Attr[] {
  return common(s, scheme, s.cardMode, 'review');
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The element as HTML text: on one line when it fits in `columns`, else one attribute per line (as
 * Prettier writes it). `inner` lines go inside, indented.
 */
export function tagSnippet(tag: string, attrs: Attr[], inner: string[] = [], columns = 72): string {
  const parts = attrs.map(([name, value]) =>
    value === true ? name : `${name}="${escapeAttr(value)}"`,
  );
  const close = `</${tag}>`;
  const oneLine = `<${tag}${parts.map((p) => ` ${p}`).join('')}>`;
  const body = inner.map((line) => `  ${line}`);
  if (oneLine.length + (inner.length ? 0 : close.length) <= columns) {
    return inner.length ? [oneLine, ...body, close].join('\n') : oneLine + close;
  }
  return [`<${tag}`, ...parts.map((p) => `  ${p}`), `>${inner.length ? '' : close}`]
    .concat(inner.length ? [...body, close] : [])
    .join('\n');
}

/** The LMS iframe for the quiz as it is set up: `embed.html` takes the same attributes as query parameters. */
export function iframeSnippet(s: Settings, scheme: Scheme, base: string): string {
  const query = new URLSearchParams({ widget: 'quiz' });
  for (const [name, value] of quizAttributes(s, scheme)) {
    if (name !== 'style') query.set(name, value === true ? '' : value);
  }
  const preset = PRESETS[s.accent];
  const accent = s.accent === 'custom' ? s.custom : preset?.[scheme];
  if (accent) query.set('accent', accent);
  // Bare flags (`shuffle`), and commas left as they are: both read fine in a query string.
  const search = query
    .toString()
    .replace(/=(&|$)/g, '$1')
    .replace(/%2C/gi, ',');
  // A bare `&` is fine inside an attribute value (`&count=` is no character reference).
  const src = `${base}embed.html?${search}`.replace(/"/g, '%22');
  return [
    '<iframe',
    `  src="${src}"`,
    '  title="Django quiz" width="100%" height="720"',
    '  style="border:0" loading="lazy"',
    '></iframe>',
  ].join('\n');
}

/** One `<django-question-set>` for both widgets: the shared settings go on it once. */
export function providerSnippet(s: Settings, scheme: Scheme, columns = 72): string {
  const shared: Attr[] = [];
  if (s.topics) shared.push(['topics', s.topics]);
  if (s.theme) shared.push(['theme', s.theme]);
  const style = accentStyle(s, scheme);
  if (style) shared.push(['style', style]);
  const quiz: Attr[] = [
    ['count', '10'],
    ['shuffle', true],
  ];
  if (s.quizMode !== 'practice') quiz.push(['mode', s.quizMode]);
  const cards: Attr[] = [['shuffle', true]];
  if (s.cardMode !== 'review') cards.push(['mode', s.cardMode]);
  const inner = [tagSnippet('django-quiz', quiz, [], columns - 2)];
  inner.push(tagSnippet('django-flashcard', cards, [], columns - 2));
  return tagSnippet('django-question-set', shared, inner.join('\n').split('\n'), columns);
}

/** Sets exactly `attrs` among the managed attributes of `el` (touching only what changes). */
export function applyAttributes(el: HTMLElement, attrs: Attr[]): void {
  const wanted = new Map(attrs.map(([n, v]) => [n, v === true ? '' : v]));
  for (const name of MANAGED) {
    const value = wanted.get(name) ?? (name === 'mode' ? MODE_DEFAULT[el.localName] : undefined);
    if (value === undefined) el.removeAttribute(name);
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
}

/** Removes every key this project stored (progress of every widget); returns how many. */
export function clearProgress(storage: Storage = localStorage): number {
  const keys = Object.keys(storage).filter((k) => k.startsWith(NAMESPACE));
  for (const key of keys) storage.removeItem(key);
  return keys.length;
}

/**
 * Puts `text` on the clipboard: the async Clipboard API, else a hidden `<textarea>` and
 * `execCommand('copy')` (pages not served over HTTPS, older browsers). Resolves to whether it worked.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    if (doc.defaultView?.navigator.clipboard && doc.defaultView.isSecureContext) {
      await doc.defaultView.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (no permission, not focused): try the old way.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;inset-block-start:0;opacity:0;pointer-events:none';
  const active = doc.activeElement as HTMLElement | null;
  doc.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus({ preventScroll: true });
  return ok;
}

function radioValue(root: ParentNode, name: string): string {
  return root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
}

/** The settings the page's controls show now. */
export function readSettings(root: ParentNode): Settings {
  const topics = root.querySelector<HTMLSelectElement>('select[name="topics"]')?.value ?? '';
  const custom = root.querySelector<HTMLInputElement>('input[name="custom-accent"]')?.value;
  return {
    theme: radioValue(root, 'theme') as Theme,
    // No preset checked: the custom colour input was used last.
    accent: radioValue(root, 'accent') || 'custom',
    custom: custom || DEFAULTS.custom,
    topics,
    quizMode: (radioValue(root, 'quiz-mode') || 'practice') as QuizMode,
    cardMode: (radioValue(root, 'card-mode') || 'review') as CardMode,
  };
}

/** How many characters of code fit on one line of the `<pre>` around `code` (72 when unknown). */
export function columnsOf(code: HTMLElement): number {
  const pre = code.parentElement ?? code;
  const probe = code.ownerDocument.createElement('span');
  probe.textContent = '0'.repeat(20);
  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre';
  code.append(probe);
  const char = probe.getBoundingClientRect().width / 20;
  probe.remove();
  const style = getComputedStyle(pre);
  const inner = pre.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return char > 0 && inner > 0 ? Math.max(20, Math.floor(inner / char)) : 72;
}

/** The script-tag file's home on a public npm CDN (the version is appended). */
export const CDN = 'https://unpkg.com/django-quiz-elements';

/** Where `embed.html` would live in the iframe snippet: your own copy of `dist/`. */
export const EMBED_BASE = 'https://your-site.example/django-quiz-elements/';

/**
 * Wires the page under `root`: the controls drive `#quiz` and `#cards` and the page's own theme
 * (`data-theme` on `<html>`), the snippets follow, the copy buttons copy, and "Reset demo progress"
 * forgets every stored run and reloads.
 */
export function wireDemo(
  root: ParentNode & Node = document,
  options: { version?: string; reload?: () => void } = {},
): { update: () => Settings } {
  const doc = root.ownerDocument ?? (root as Document);
  const win = doc.defaultView!;
  const html = doc.documentElement;
  const dark = win.matchMedia('(prefers-color-scheme: dark)');
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const status = $<HTMLElement>('#demo-status');
  const version = options.version ? `@${options.version}` : '';

  const write = (id: string, text: (columns: number) => string) => {
    const code = $<HTMLElement>(`#${id}`);
    if (code) code.textContent = text(columnsOf(code));
  };

  const update = (): Settings => {
    const s = readSettings(root);
    const scheme: Scheme = s.theme || (dark.matches ? 'dark' : 'light');
    if (s.theme) html.dataset.theme = s.theme;
    else delete html.dataset.theme;
    const quiz = $<HTMLElement>('#quiz');
    const cards = $<HTMLElement>('#cards');
    const quizAttrs = quizAttributes(s, scheme);
    const cardAttrs = flashcardAttributes(s, scheme);
    if (quiz) applyAttributes(quiz, quizAttrs);
    if (cards) applyAttributes(cards, cardAttrs);
    const custom = $<HTMLElement>('.custom-accent');
    custom?.toggleAttribute('data-active', s.accent === 'custom');

    write('quiz-snippet', (c) => tagSnippet('django-quiz', quizAttrs, [], c));
    write('cards-snippet', (c) => tagSnippet('django-flashcard', cardAttrs, [], c));
    write('script-snippet', (c) =>
      [
        tagSnippet('script', [['src', `${CDN}${version}/dist/django-quiz-elements.js`]], [], c),
        '',
        tagSnippet('django-quiz', quizAttrs, [], c),
        tagSnippet('django-flashcard', cardAttrs, [], c),
      ].join('\n'),
    );
    write('iframe-snippet', () => iframeSnippet(s, scheme, EMBED_BASE));
    write('provider-snippet', (c) => providerSnippet(s, scheme, c));
    return s;
  };

  // Snippets break into one attribute per line where a line would not fit (a phone): re-write
  // them when the width of the code blocks changes. (In the next frame: re-writing changes their
  // height, which must not feed back into this same observation.)
  let lastWidth = -1;
  const sample = $<HTMLElement>('#quiz-snippet');
  if (sample && 'ResizeObserver' in win) {
    new win.ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      if (width === lastWidth) return;
      lastWidth = width;
      win.requestAnimationFrame(() => update());
    }).observe(sample.parentElement ?? sample);
  }

  /** The custom colour was used: no preset is checked any more. */
  const useCustom = () => {
    for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="accent"]')) {
      radio.checked = false;
    }
  };
  root.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement;
    if (target.name === 'custom-accent') useCustom();
    if (target.closest?.('[data-demo-setting]')) update();
  });
  // The colour input reports every step of a drag as `input`: follow it live.
  root.addEventListener('input', (e) => {
    if ((e.target as HTMLInputElement).name === 'custom-accent') {
      useCustom();
      update();
    }
  });
  dark.addEventListener('change', () => update());

  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const announce = (text: string) => {
    if (!status) return;
    // Cleared first, so the same words are announced again on a second copy.
    status.textContent = '';
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => (status.textContent = text), 50);
  };

  root.addEventListener('click', async (e) => {
    const button = (e.target as Element).closest?.<HTMLButtonElement>('button[data-copy]');
    if (button) {
      const code = $<HTMLElement>(`#${button.dataset.copy}`);
      if (!code) return;
      const ok = await copyText(code.textContent ?? '', doc);
      const label = button.querySelector<HTMLElement>('.copy-label');
      if (ok) {
        button.dataset.copied = '';
        if (label) label.textContent = 'Copied';
        announce('Copied');
        setTimeout(() => {
          delete button.dataset.copied;
          if (label) label.textContent = 'Copy';
        }, 2000);
      } else {
        // Select the code so that Ctrl+C / ⌘C copies it.
        const range = doc.createRange();
        range.selectNodeContents(code);
        win.getSelection()?.removeAllRanges();
        win.getSelection()?.addRange(range);
        announce('Copying is blocked here: the code is selected, press Ctrl+C or ⌘C.');
      }
      return;
    }
    if ((e.target as Element).closest?.('#reset-progress')) {
      clearProgress(win.localStorage);
      (options.reload ?? (() => win.location.reload()))();
    }
  });

  update();
  return { update };
}

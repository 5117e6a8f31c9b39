/**
 * `dist/embed.js`: the glue of `dist/embed.html`, a page an LMS can iframe when it strips scripts.
 * It renders one widget from the query string (`?widget=quiz&topics=orm&count=5&theme=dark&src=…`),
 * reports the content height to the parent (ResizeObserver) and relays the widget's events, all as
 * `postMessage` to `window.parent` only. No inline script or style: works under a strict CSP.
 * Runs after `dist/django-quiz-elements.js`, which defines the elements.
 */
import { checkStorage, storageNotice } from './storage-check.js';
import {
  MESSAGE_PREFIX,
  RELAYED_EVENTS,
  type EmbedMessage,
  type EmbedReadyMessage,
} from './protocol.js';

const TAGS = { quiz: 'django-quiz', flashcard: 'django-flashcard' } as const;
type Widget = keyof typeof TAGS;

const PAGE_CSS = `
  html { background: transparent; overflow-x: hidden; }
  body { margin: 0; padding: 4px 6px 8px; }
  .problem { font: 16px/1.5 system-ui, sans-serif; color: #b3261e; margin: 0; padding: 12px; }
  /* ?height=: the host gives the iframe a fixed height. The document is the only scroller (never a
     second one inside), and its scrollbar's room is kept, so nothing shifts when content grows past it. */
  html[data-fixed-height] { scrollbar-gutter: stable; }
  .storage-note { font: 14px/1.45 system-ui, sans-serif; color: #4f5f56; background: #fff8e1;
    border: 1px solid #e6c35c; border-radius: 10px; margin: 0 0 8px; padding: 8px 12px; }
  .storage-note a { color: inherit; font-weight: 600; }
  @media (prefers-color-scheme: dark) {
    .problem { color: #ff8a80; }
    .storage-note { color: #e7efe9; background: #2b2410; border-color: #7a6320; }
  }
`;

function post(target: string | null, message: EmbedMessage): void {
  if (target === null || window.parent === window) return;
  window.parent.postMessage(message, target);
}

/** `?parent-origin=` as an exact origin, `'*'` when absent, `null` (send nothing) when unusable. */
function parentOrigin(raw: string | null): string | null {
  if (raw === null || raw === '') return '*';
  try {
    const origin = new URL(raw).origin;
    if (origin !== 'null') return origin;
  } catch {
    // fall through
  }
  console.warn(
    `django-quiz-elements embed: ignoring parent-origin "${raw}" (not an origin); nothing is sent`,
  );
  return null;
}

function showProblem(text: string): void {
  const p = document.createElement('p');
  p.className = 'problem';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  (document.querySelector('main') ?? document.body).append(p);
}

/** Tell the learner up front when this frame's progress may not be kept (see storage-check.ts). */
async function noteStorage(main: Element, widget: Element): Promise<void> {
  const check = await checkStorage({ win: window, doc: document, storage: navigator.storage });
  const text = storageNotice(check);
  if (!text) return;
  const note = document.createElement('p');
  note.className = 'storage-note';
  note.setAttribute('role', 'note');
  note.append(`${text} `);
  const own = new URL(location.href);
  own.searchParams.delete('height');
  const link = document.createElement('a');
  link.href = own.href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'Open it in a new tab to keep your progress';
  note.append(link);
  main.insertBefore(note, widget);
}

function main(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  const params = new URLSearchParams(location.search);
  const target = parentOrigin(params.get('parent-origin'));

  const lang = params.get('lang');
  if (lang && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang)) document.documentElement.lang = lang;

  // Report the content height whenever it changes (the widget loading, feedback opening, …).
  let lastHeight = -1;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    post(target, { type: `${MESSAGE_PREFIX}resize`, height });
  };
  new ResizeObserver(report).observe(document.documentElement);

  const fixed = Number(params.get('height'));
  if (Number.isFinite(fixed) && fixed > 0) {
    document.documentElement.dataset.fixedHeight = String(Math.round(fixed));
  }

  const widget = (params.get('widget') || 'quiz') as Widget;
  const tag = Object.hasOwn(TAGS, widget) ? TAGS[widget] : undefined;
  if (!tag) {
    showProblem(`Unknown widget "${widget}": use widget=quiz or widget=flashcard.`);
    return;
  }
  const ctor = customElements.get(tag) as
    (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  if (!ctor) {
    showProblem(`<${tag}> is not part of this build of django-quiz-elements.`);
    return;
  }

  const el = document.createElement(tag);
  // Only the element's own declared attributes pass through (never `on…`, `style` or anything else).
  const allowed = new Set(ctor.observedAttributes ?? []);
  for (const [name, value] of params) {
    if (!allowed.has(name) || value === 'false') continue;
    el.setAttribute(name, value);
  }
  const accent = params.get('accent');
  if (accent && CSS.supports('color', accent)) el.style.setProperty('--django-accent', accent);
  const title = params.get('title');
  if (title) document.title = title;

  for (const name of RELAYED_EVENTS) {
    el.addEventListener(name, (e) => {
      // Plain JSON data only: the detail crosses a window boundary.
      const detail: unknown = JSON.parse(JSON.stringify((e as CustomEvent).detail ?? null));
      post(target, { type: `${MESSAGE_PREFIX}event`, name, detail });
    });
  }

  const main = document.querySelector('main') ?? document.body;
  main.append(el);
  if (params.get('no-persist') === null || params.get('no-persist') === 'false') {
    void noteStorage(main, el);
  }
  post(target, { type: `${MESSAGE_PREFIX}ready`, widget } satisfies EmbedReadyMessage);
  report();
}

main();

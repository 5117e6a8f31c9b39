/**
 * `dist/embed-parent.js`: a tiny classic script for the page that iframes `embed.html`. For every
 * `<iframe data-django-quiz-embed src="…/embed.html?…">` on the page (also ones added later) it sets
 * the iframe's height to its content and re-dispatches the widget's events (`django-answer`,
 * `django-complete`, …) on the iframe element, bubbling, so `iframe.addEventListener('django-complete', …)`
 * works as on the element itself.
 *
 * It trusts a message only when it comes from the window of one of those iframes (`event.source`)
 * and from the origin of that iframe's `src` (or the origin given as the attribute's value) — a
 * message from any other window, frame or origin is ignored.
 */
import { MESSAGE_PREFIX, RELAYED_EVENTS } from './protocol.js';

const FLAG = Symbol.for('django-quiz-elements.embed-parent');
const MAX_HEIGHT = 100_000;

type Flagged = typeof globalThis & { [FLAG]?: boolean };

function managedFrame(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(
    'iframe[data-django-quiz-embed]',
  )) {
    if (frame.contentWindow === source) return frame;
  }
  return undefined;
}

/** The origin this iframe's messages must come from. */
function expectedOrigin(frame: HTMLIFrameElement): string {
  const given = frame.getAttribute('data-django-quiz-embed');
  try {
    if (given) return new URL(given).origin;
  } catch {
    // not an origin: use the src
  }
  const sandbox = frame.getAttribute('sandbox');
  // A sandbox without allow-same-origin gives the document an opaque origin, serialized as "null".
  if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox)) return 'null';
  try {
    return new URL(frame.src, document.baseURI).origin;
  } catch {
    return '';
  }
}

function onMessage(event: MessageEvent): void {
  const data: unknown = event.data;
  if (!data || typeof data !== 'object') return;
  const message = data as { type?: unknown; height?: unknown; name?: unknown; detail?: unknown };
  if (typeof message.type !== 'string' || !message.type.startsWith(MESSAGE_PREFIX)) return;
  const frame = managedFrame(event.source);
  if (!frame || event.origin !== expectedOrigin(frame)) return;

  const kind = message.type.slice(MESSAGE_PREFIX.length);
  if (kind === 'resize') {
    const h = message.height;
    if (typeof h !== 'number' || !Number.isFinite(h) || h < 0) return;
    frame.style.height = `${Math.min(Math.ceil(h), MAX_HEIGHT)}px`;
  } else if (kind === 'event') {
    const name = message.name;
    if (typeof name !== 'string' || !(RELAYED_EVENTS as readonly string[]).includes(name)) return;
    frame.dispatchEvent(
      new CustomEvent(name, { detail: message.detail, bubbles: true, composed: true }),
    );
  }
}

// Loaded twice (two snippets on one page): listen once.
const scope = globalThis as Flagged;
if (!scope[FLAG]) {
  scope[FLAG] = true;
  window.addEventListener('message', onMessage);
}

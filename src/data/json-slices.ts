/**
 * `JSON.parse` for a large question set without one long task: the text is scanned once (in
 * time-boxed slices) for the top-level `"questions": [ … ]` list and the bounds of its items, then
 * parsed a batch of items at a time, yielding to the page in between. The result is what `JSON.parse`
 * gives; whenever the text is not the plain shape this expects (no such list, a repeated key, a syntax
 * error anywhere), it falls back to one `JSON.parse` of the whole text, so errors read exactly as
 * `JSON.parse` words them.
 */

/** Texts shorter than this are parsed in one go (a few milliseconds at most). */
export const SLICED_JSON_FROM = 1_000_000;
const SLICE_MS = 8;
/** Roughly how many characters of items one `JSON.parse` call takes. */
const BATCH_CHARS = 200_000;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

/** Lets the page paint and handle input: `scheduler.yield()` where there is one, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `step()` until it returns false, yielding to the page every few milliseconds. The clock is
 * read after every step: a step is a whole batch of `JSON.parse` (about 2 ms), and reading it only
 * every thousand steps let all the batches of a 10,000-question set run as one long task.
 */
async function timeBoxed(signal: AbortSignal | undefined, step: () => boolean): Promise<void> {
  for (;;) {
    const start = performance.now();
    for (;;) {
      if (!step()) return;
      if (performance.now() - start > SLICE_MS) break;
    }
    await yieldToPage();
    signal?.throwIfAborted();
  }
}

interface Layout {
  /** Offset of the list's `[` and of its `]`. */
  open: number;
  close: number;
  /** [start, end) of each item. */
  items: [number, number][];
  /** Commas between items (one fewer than the items, or the text is not valid JSON). */
  commas: number;
}

/** The offset of the quote that closes the string opened at `open`, or -1 when it never closes. */
function stringEnd(text: string, open: number): number {
  let end = text.indexOf('"', open + 1);
  for (;;) {
    if (end < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

/**
 * Finds the top-level "questions" list and its items; null when the text is not of that shape.
 * One tight loop (strings are skipped with `indexOf`: most of a set's text is inside them) that
 * looks at the clock every few thousand characters; a callback per character cost more than the scan.
 */
async function scan(text: string, signal?: AbortSignal, partial = false): Promise<Layout | null> {
  let depth = 0;
  /** The last top-level string that ended, when it may be a key. */
  let lastKey = '';
  let expectList = false;
  let found: Layout | null = null;
  let twice = false;
  let itemStart = -1;
  const n = text.length;
  let sliceStart = performance.now();
  let nextCheck = 0;
  for (let i = 0; i < n; i++) {
    if (i >= nextCheck) {
      nextCheck = i + 4096;
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        signal?.throwIfAborted();
        sliceStart = performance.now();
      }
    }
    const c = text.charCodeAt(i);
    const inList = depth === 2 && found !== null && found.close < 0;
    if (c === QUOTE) {
      if (inList && itemStart < 0) itemStart = i;
      const end = stringEnd(text, i);
      if (end < 0) return partial ? found : null;
      if (depth === 1) lastKey = text.slice(i, end + 1);
      i = end;
    } else if (c === COLON) {
      if (depth === 1) expectList = lastKey === '"questions"';
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth === 1 && expectList && c === OPEN_BRACKET) {
        if (found) twice = true;
        found = { open: i, close: -1, items: [], commas: 0 };
      } else if (inList && itemStart < 0) itemStart = i;
      depth++;
      expectList = false;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      if (depth === 1 && found && found.close < 0) {
        if (itemStart >= 0) found.items.push([itemStart, i]);
        itemStart = -1;
        found.close = i;
      }
    } else if (c === COMMA) {
      expectList = false;
      if (inList) {
        found!.commas++;
        if (itemStart >= 0) found!.items.push([itemStart, i]);
        itemStart = -1;
      }
    } else if (c > 32 && depth === 1) {
      expectList = false; // a number, true, false or null: not the list
    } else if (c > 32 && inList && itemStart < 0) {
      itemStart = i;
    }
  }
  const layout = found as Layout | null;
  if (partial) return twice ? null : layout;
  if (twice || !layout || layout.close < 0) return null;
  if (layout.items.length ? layout.commas !== layout.items.length - 1 : layout.commas) return null;
  return layout;
}

/**
 * The value of the JSON `text`, as `JSON.parse(text)` gives it; large texts are parsed in slices.
 * Throws what `JSON.parse` throws; aborting `signal` rethrows its reason between slices.
 */
export async function parseJsonInSlices(text: string, signal?: AbortSignal): Promise<unknown> {
  if (text.length < SLICED_JSON_FROM) return JSON.parse(text);
  const whole = () => JSON.parse(text);
  const layout = await scan(text, signal);
  if (!layout) return whole();
  const placeholder = 0;
  let head: unknown;
  try {
    head = JSON.parse(`${text.slice(0, layout.open)}${placeholder}${text.slice(layout.close + 1)}`);
  } catch {
    return whole();
  }
  if (
    !head ||
    typeof head !== 'object' ||
    (head as { questions?: unknown }).questions !== placeholder
  ) {
    return whole();
  }
  const items: unknown[] = [];
  let k = 0;
  let failed = false;
  await timeBoxed(signal, () => {
    if (k >= layout.items.length || failed) return false;
    const first = layout.items[k][0];
    let last = k;
    while (last + 1 < layout.items.length && layout.items[last + 1][1] - first < BATCH_CHARS)
      last++;
    try {
      const batch = JSON.parse(`[${text.slice(first, layout.items[last][1])}]`) as unknown[];
      if (batch.length !== last - k + 1) failed = true;
      else for (const item of batch) items.push(item);
    } catch {
      failed = true;
    }
    k = last + 1;
    return true;
  });
  if (failed) return whole();
  (head as { questions: unknown }).questions = items;
  return head;
}

/**
 * What the first part of a set's text already says, for showing a first screen while the rest
 * arrives: the set's fields written before its `"questions"` list, with the list's items that are
 * complete so far. Null when the prefix does not have that shape yet (a syntax error, no complete
 * item) and when the whole list is already in it; fields written after the list are not in it. Best
 * effort only: the whole text is parsed again when it is all there.
 */
export async function parseJsonPrefix(prefix: string): Promise<unknown> {
  const layout = await scan(prefix, undefined, true);
  // A list already closed is a set that is (nearly) all there: no preview, the full parse follows.
  if (!layout || layout.close >= 0 || !layout.items.length) return null;
  try {
    const head = JSON.parse(`${prefix.slice(0, layout.open)}0}`) as unknown;
    if (!head || typeof head !== 'object' || (head as { questions?: unknown }).questions !== 0) {
      return null;
    }
    const { items } = layout;
    const questions = JSON.parse(`[${prefix.slice(items[0][0], items[items.length - 1][1])}]`);
    return { ...head, questions };
  } catch {
    return null;
  }
}

import { yieldToPage } from './json-slices.js';

/**
 * A response's body as text, read as it arrives: a large set's first questions can be shown while
 * the rest is still on its way (see `FetchOptions.onPreview`).
 */

/** How long decoding chunks may run before it yields (ms). */
const SLICE_MS = 8;

/**
 * The body of `response` as `response.text()` gives it (UTF-8, a byte order mark dropped, broken
 * bytes replaced), read chunk by chunk. After each chunk, `watch` gets the text so far, until it
 * returns false. Throws what reading the body throws (an abort, a dropped connection).
 */
export async function readText(
  response: Response,
  watch: (soFar: string) => Promise<boolean>,
): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let soFar = '';
  let watching = true;
  let sliceStart = performance.now();
  for (;;) {
    // Chunks already received come one microtask after another: without a yield, a fast server's
    // whole body is decoded in one long task.
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
    const { done, value } = await reader.read();
    if (done) break;
    const part = decoder.decode(value, { stream: true });
    parts.push(part);
    if (watching) {
      soFar += part;
      watching = await watch(soFar);
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Loading a question set from any of its sources: the bundled Django set, a `src` URL, inline JSON in
 * a child `<script type="application/json">`, or a value handed over in code. Every failure becomes a
 * `QuestionSetError` whose message names the place, e.g.
 * `questions[3].choices: expected at least one choice with "correct": true`.
 */
import * as v from 'valibot';
import { parseJsonInSlices, parseJsonPrefix, yieldToPage } from './json-slices.js';
import { readText } from './read-text.js';
import { QuestionSchema, QuestionSetSchema, type QuestionSet } from './schema.js';
import { dedent, parseMarkdownSet } from './markdown-set.js';
import {
  registerPrelexed,
  type PrelexedDecoder,
  type PrelexedField,
} from '../markdown/prelexed.js';

export type QuestionSetErrorKind = 'network' | 'http' | 'parse' | 'schema' | 'missing';

export class QuestionSetError extends Error {
  override name = 'QuestionSetError';
  /**
   * What went wrong: the request failed, the server said no, the text was not JSON, the JSON broke the
   * schema, or there is no set at all (a script-tag file without the bundled set, and no `src`).
   */
  readonly kind: QuestionSetErrorKind;
  /** For `schema` errors: where, as `questions[3].choices`. */
  readonly path?: string;

  constructor(kind: QuestionSetErrorKind, message: string, path?: string) {
    super(message);
    this.kind = kind;
    this.path = path;
  }
}

const MAX_SHOWN_ISSUES = 3;

/** `['questions', 3, 'choices']` → `questions[3].choices` */
export function formatPath(keys: readonly unknown[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** valibot's type names → our words: `Array` is "a list", `Object` "an object". */
const TYPE_WORDS: Record<string, string> = {
  Array: 'a list',
  Object: 'an object',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};

function describeReceived(received: string): string {
  // valibot gives e.g. `"1"`, `5`, `Object`, `Array`, `undefined`; keep it short.
  const word = TYPE_WORDS[received] ?? received;
  return word.length > 40 ? `${word.slice(0, 37)}…` : word;
}

function issueText(issue: v.BaseIssue<unknown>): { path: string; text: string } {
  const keys = issue.path?.map((item) => item.key) ?? [];
  // A missing key is reported by valibot against the key's own path; say it from the parent.
  if (issue.type === 'object' && issue.received === 'undefined' && keys.length > 0) {
    const parent = formatPath(keys.slice(0, -1));
    // valibot takes an array for an object with every key missing: say what it really is.
    if (Array.isArray(issue.path![keys.length - 1].input)) {
      return { path: parent, text: 'expected an object, got a list' };
    }
    return { path: parent, text: `missing required field "${String(keys[keys.length - 1])}"` };
  }
  let text = issue.message;
  if (text.startsWith('Invalid ')) {
    // valibot's default English ("Invalid type: Expected number but received "1"") → our style.
    const expected = issue.expected ?? 'a different value';
    text = `expected ${TYPE_WORDS[expected] ?? expected}, got ${describeReceived(issue.received)}`;
  }
  return { path: formatPath(keys), text };
}

type Issue = v.BaseIssue<unknown>;

/** The `schema` error for a list of issues: up to three distinct lines, the first one's path. */
function schemaError(issues: readonly Issue[]): QuestionSetError {
  // One line per distinct problem (an array taken for an object yields one issue per missing key).
  const lines = [...new Set(issues.map(issueText).map((i) => `${i.path}: ${i.text}`))];
  const firstPath = issueText(issues[0]).path;
  const shown = lines.slice(0, MAX_SHOWN_ISSUES).join('; ');
  const more =
    lines.length > MAX_SHOWN_ISSUES ? ` (and ${lines.length - MAX_SHOWN_ISSUES} more)` : '';
  return new QuestionSetError('schema', `${shown}${more}`, firstPath);
}

const OPTIONS = { abortPipeEarly: true } as const;

/** Validate any value as a question set. Throws `QuestionSetError` (kind `schema`). */
export function parseQuestionSet(value: unknown): QuestionSet {
  const result = v.safeParse(QuestionSetSchema, value, OPTIONS);
  if (result.success) return result.output;
  throw schemaError(result.issues);
}

/** Sets with more questions than this are validated in slices, yielding to the page in between. */
export const CHUNKED_FROM = 1000;
/** How long one slice of validation may run before it yields (ms): well under a 50 ms long task. */
const SLICE_MS = 8;

/**
 * The question list's pipe with its items taken as they are: the items were validated one by one,
 * and the whole schema would validate all of them again, in one long task.
 */
const LIST_CHECKS = v.pipe(
  v.array(v.custom<QuestionSet['questions'][number]>(() => true)),
  ...(QuestionSetSchema.entries.questions.pipe.slice(1) as []),
);

/**
 * `parseQuestionSet` for large sets, the same result and the same messages, without a long task:
 * the set's own fields first, then the questions in time-boxed slices, then the checks over the whole
 * list (length, unique ids). Small sets, or a `questions` that is not a list, take the one-go path.
 * Aborting `signal` rethrows its reason between slices.
 */
export async function parseQuestionSetInSlices(
  value: unknown,
  signal?: AbortSignal,
  slicedFrom = CHUNKED_FROM,
): Promise<QuestionSet> {
  const questions = (value as { questions?: unknown } | null)?.questions;
  if (!Array.isArray(questions) || questions.length <= slicedFrom) {
    return parseQuestionSet(value);
  }
  // The set without its questions, against the set schema: every other field's issues, in order.
  const head = v.safeParse(QuestionSetSchema, { ...(value as object), questions: [] }, OPTIONS);
  const issues: Issue[] = head.success ? [] : [...head.issues];
  const parsed: QuestionSet['questions'] = [];
  const listPath = {
    type: 'object',
    origin: 'value',
    input: value,
    key: 'questions',
    value: questions,
  };
  let sliceStart = performance.now();
  for (let i = 0; i < questions.length; i++) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
    const one = v.safeParse(QuestionSchema, questions[i], OPTIONS);
    if (one.success) parsed.push(one.output);
    else {
      const itemPath = {
        type: 'array',
        origin: 'value',
        input: questions,
        key: i,
        value: questions[i],
      };
      for (const issue of one.issues) {
        issues.push({ ...issue, path: [listPath, itemPath, ...(issue.path ?? [])] } as Issue);
      }
    }
  }
  // The list's own checks (at most 100,000, unique ids) run on a list whose items all passed, as in
  // the schema's pipe; the set's other fields are then taken from the validated head. In a task of
  // their own: the widget builds its run from the result in the same task.
  await yieldToPage();
  signal?.throwIfAborted();
  if (parsed.length === questions.length) {
    const list = v.safeParse(LIST_CHECKS, parsed, OPTIONS);
    if (!list.success) {
      for (const issue of list.issues) {
        issues.push({ ...issue, path: [listPath, ...(issue.path ?? [])] } as Issue);
      }
    }
  }
  if (issues.length || !head.success) throw schemaError(issues);
  return { ...head.output, questions: parsed };
}

/** A byte order mark (Windows editors save one) is not JSON, but it is not the author's mistake either. */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

const notJson = (origin: string, e: unknown) =>
  new QuestionSetError(
    'parse',
    `${origin} is not valid JSON (${e instanceof Error ? e.message : String(e)})`,
  );

function parseJson(text: string, origin: string): unknown {
  try {
    return JSON.parse(withoutBom(text));
  } catch (e) {
    throw notJson(origin, e);
  }
}

/** `parseJson` for a text that may be large: parsed in slices (see json-slices.ts). */
async function parseJsonAsync(
  text: string,
  origin: string,
  signal?: AbortSignal,
): Promise<unknown> {
  try {
    return await parseJsonInSlices(withoutBom(text), signal);
  } catch (e) {
    if (signal?.aborted) throw e;
    throw notJson(origin, e);
  }
}

/** Parse JSON text and validate it. `origin` names where it came from, for the message. */
export function parseQuestionSetJson(text: string, origin = 'inline JSON'): QuestionSet {
  return parseQuestionSet(parseJson(text, origin));
}

/** How long a `src` may take (headers and body) before loading fails as a `network` error. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface FetchOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is given up; `DEFAULT_TIMEOUT_MS` when unset or not positive. */
  timeout?: number;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /**
   * Called, while a large JSON set is still arriving, with the set as far as it has arrived: its
   * fields and its first questions, validated. A preview only: the whole set is validated when it is
   * all there, and that result (or its error) is what the returned promise gives.
   */
  onPreview?: (preview: QuestionSet) => void;
}

/** How much of a set's text may go into a preview: enough for a first screen, about 150 questions. */
export const PREVIEW_CHARS = 128_000;

/**
 * A `readText` watcher that hands `onPreview` the set as far as it has arrived, until the text passes
 * `PREVIEW_CHARS`: once it has questions, and again each time the text has doubled (a filter may
 * need more of them; every try parses and validates the prefix again, so only a few). A prefix whose
 * questions do not all pass the schema gives no preview (the full validation will report them).
 */
function previewWatcher(onPreview: (preview: QuestionSet) => void) {
  let shown = 0;
  let nextTry = 0;
  return async (soFar: string): Promise<boolean> => {
    if (soFar.length < nextTry) return true;
    // The first chunk may be megabytes: only its start is parsed and validated here.
    const prefix = withoutBom(soFar.slice(0, PREVIEW_CHARS));
    const value = (await parseJsonPrefix(prefix)) as { questions?: unknown[] } | null;
    const count = value?.questions?.length ?? 0;
    if (count > shown) {
      // In slices too: the first validation runs valibot cold, and a prefix's hundred-odd questions
      // in one go made a long task (up to 60 ms, with a scavenge of the objects it made).
      const preview = await parseQuestionSetInSlices(value, undefined, 0).catch(() => undefined);
      if (preview) {
        shown = count;
        nextTry = soFar.length * 2;
        // The first screen renders in a task of its own, not after this chunk's decoding and parsing.
        await yieldToPage();
        onPreview(preview);
      }
    }
    return soFar.length < PREVIEW_CHARS;
  };
}

/**
 * Fetch a set from a URL and validate it. Aborting `signal` rethrows the abort reason (an AbortError)
 * as it is; running out of time is a `network` error that says so.
 */
export async function fetchQuestionSet(
  url: string,
  options: FetchOptions = {},
): Promise<QuestionSet> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const ms = options.timeout && options.timeout > 0 ? options.timeout : DEFAULT_TIMEOUT_MS;
  // One signal for the caller's abort and the timeout; the timer and listener go when we are done.
  const outer = options.signal;
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(outer!.reason);
  if (outer?.aborted) forwardAbort();
  else outer?.addEventListener('abort', forwardAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ms);
  const failure = (e: unknown): unknown => {
    if (outer?.aborted) return e;
    if (timedOut) {
      return new QuestionSetError(
        'network',
        `Loading the question set from ${url} timed out after ${Math.round(ms / 100) / 10} s`,
      );
    }
    return new QuestionSetError(
      'network',
      `Could not load the question set from ${url} (network error or blocked by CORS)`,
    );
  };
  try {
    let response: Response;
    try {
      response = await doFetch(url, {
        signal: controller.signal,
        credentials: 'same-origin',
        headers: { Accept: 'application/json, text/markdown;q=0.9' },
      });
    } catch (e) {
      throw failure(e);
    }
    if (!response.ok) {
      throw new QuestionSetError(
        'http',
        `Could not load the question set from ${url} (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''})`,
      );
    }
    const markdown = isMarkdown(url, response);
    let text: string;
    try {
      text =
        options.onPreview && !markdown
          ? await readText(response, previewWatcher(options.onPreview))
          : await response.text();
    } catch (e) {
      throw failure(e);
    }
    if (markdown) return parseMarkdownSet(text, url);
    const origin = `The question set at ${url}`;
    // The time limit is for loading; validating a large set afterwards may take longer.
    clearTimeout(timer);
    try {
      // Parsed and validated in slices: a large set never blocks the page for long.
      return await parseQuestionSetInSlices(await parseJsonAsync(text, origin, outer), outer);
    } catch (e) {
      // The usual cause: a wrong URL answered by a site's HTML page (a 404 page sent with status 200).
      if (e instanceof QuestionSetError && e.kind === 'parse' && isHtml(response, text)) {
        throw new QuestionSetError(
          'parse',
          `${origin} is not valid JSON: the server sent an HTML page (is the URL right?)`,
        );
      }
      throw e;
    }
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forwardAbort);
  }
}

/** A `.md` / `.markdown` URL, or a server that says `text/markdown`. */
function isMarkdown(url: string, response: Response): boolean {
  const path = url.split(/[?#]/)[0];
  return (
    /\.(md|markdown)$/i.test(path) || /markdown/i.test(response.headers.get('content-type') ?? '')
  );
}

function isHtml(response: Response, text: string): boolean {
  return (
    /html/i.test(response.headers.get('content-type') ?? '') || /^\s*<(?:!doctype|html)/i.test(text)
  );
}

export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/** The bundled Django set, loaded lazily so that pages bringing their own set do not pay for it. */
export async function loadBundledSet(): Promise<QuestionSet> {
  // Validated by scripts/gen.mjs when the module is generated (and by test/question-set.test.ts).
  // The script-tag files without the set (`*.no-set.js`) build with this module left empty.
  const {
    default: set,
    prelexed,
    decodePrelexed,
  } = (await import('./default-set.js')) as {
    default?: QuestionSet;
    prelexed?: readonly PrelexedField[];
    decodePrelexed?: PrelexedDecoder;
  };
  if (!set) {
    throw new QuestionSetError(
      'missing',
      'No question set: this script comes without the bundled Django set. Give the widget a src URL or inline JSON, or load the script-tag file with the set.',
    );
  }
  registerPrelexed(set, prelexed, decodePrelexed);
  return set;
}

/** Where a widget or provider takes its set from, in order of precedence. */
export interface SetSource {
  /** A URL to fetch. */
  src?: string;
  /** A set written inside the element, JSON or Markdown (null: none; see `readInlineSource`). */
  inline: InlineSource | null;
  signal?: AbortSignal;
  /** For `src`: milliseconds before giving up. */
  timeout?: number;
  /** For `src`: see `FetchOptions.onPreview`. */
  onPreview?: (preview: QuestionSet) => void;
}

/** Load a set from `src`, else the inline set, else the bundled set: the one loading path. */
export function loadQuestionSet(source: SetSource): Promise<QuestionSet> {
  if (source.src) {
    const { signal, timeout, onPreview } = source;
    return fetchQuestionSet(source.src, { signal, timeout, onPreview });
  }
  const { inline } = source;
  if (inline) return Promise.resolve().then(() => parseInlineSource(inline));
  return loadBundledSet();
}

/** Any failure while loading, as a `QuestionSetError` (what is not one already is a `parse` error). */
export function asQuestionSetError(error: unknown): QuestionSetError {
  return error instanceof QuestionSetError
    ? error
    : new QuestionSetError('parse', error instanceof Error ? error.message : String(error));
}

/** A set written inside an element: JSON or Markdown, as text. */
export interface InlineSource {
  format: 'json' | 'markdown';
  text: string;
}

/**
 * The first child `<script type="application/json">` or `<script type="text/markdown">` of `host`.
 * Markdown is dedented (it is usually indented with the page's HTML) and `<\/` reads as `</`.
 */
export function readInlineSource(host: Element): InlineSource | null {
  for (const child of Array.from(host.children)) {
    if (child.localName !== 'script') continue;
    const type = (child as HTMLScriptElement).type.toLowerCase();
    if (type === 'application/json') return { format: 'json', text: child.textContent ?? '' };
    if (type === 'text/markdown') {
      return {
        format: 'markdown',
        text: dedent((child.textContent ?? '').replace(/<\\\//g, '</')),
      };
    }
  }
  return null;
}

/** Whether the parser is past `host`'s end tag: it, or an ancestor, already has a next sibling. */
function parsedPast(host: Node): boolean {
  for (let n: Node | null = host; n && n.nodeType !== Node.DOCUMENT_NODE; n = n.parentNode) {
    if (n.nextSibling) return true;
  }
  return false;
}

/**
 * The inline source of `host`, once the page's parser has reached it. A script-tag file loaded in
 * `<head>` defines the elements before the body is parsed: an element is then connected before its
 * own children exist, and an inline set written inside it would be missed. While the document is
 * still loading, this waits until the parser has moved past the element's end tag (a node is added
 * after it or after one of its ancestors), or for DOMContentLoaded, whichever comes first: a widget
 * early in a long page does not wait for the rest of the page (or its later scripts) to be parsed.
 */
export async function readInlineSourceWhenParsed(host: Element): Promise<InlineSource | null> {
  const now = readInlineSource(host);
  const doc = host.ownerDocument;
  if (now || doc.readyState !== 'loading' || parsedPast(host)) return now;
  await new Promise<void>((resolve) => {
    const done = () => {
      observer.disconnect();
      doc.removeEventListener('DOMContentLoaded', done);
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (parsedPast(host)) done();
    });
    for (let n: Node | null = host.parentNode; n; n = n.parentNode) {
      observer.observe(n, { childList: true });
    }
    doc.addEventListener('DOMContentLoaded', done);
  });
  return readInlineSource(host);
}

/** Parse an inline source (see `readInlineSource`). */
export function parseInlineSource(inline: InlineSource): QuestionSet {
  return inline.format === 'markdown'
    ? parseMarkdownSet(inline.text, 'inline Markdown')
    : parseQuestionSetJson(inline.text, 'The inline question set');
}

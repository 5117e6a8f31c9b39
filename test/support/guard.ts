// One guard for every describe block: fresh storage per test, nothing uncaught, and (with
// `canary: true`) a check that no payload ran script on the page.
import { expect } from '@open-wc/testing';
import { clearMemoryFallback } from '../../src/internal/storage.js';

/** A global every payload in the hostile corpus tries to overwrite. */
export const CANARY = 'untouched';
declare global {
  interface Window {
    __canary?: string;
  }
}
export function resetCanary(): void {
  window.__canary = CANARY;
}

/**
 * Records what reaches the host page uncaught: `error` events (what window.onerror sees) and unhandled
 * promise rejections. Call `stop()` when done.
 */
export function watchUncaught(): { readonly errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) =>
    errors.push(`unhandledrejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export interface GuardOptions {
  /** Also reset `window.__canary` before each test and fail the test if something changed it. */
  canary?: boolean;
}

/** What a guarded test can look at while it runs. */
export interface Guard {
  /** What reached the page uncaught so far in this test. */
  readonly errors: readonly string[];
}

/**
 * For a describe block: every test starts with empty storage (ours and the memory fallback) and fails
 * if anything reached `window.onerror` or went unhandled while it ran (or, with `canary`, if a
 * payload overwrote the canary).
 */
export function guardEachTest(options: GuardOptions = {}): Guard {
  let uncaught: ReturnType<typeof watchUncaught> | undefined;
  beforeEach(() => {
    localStorage.clear();
    clearMemoryFallback();
    if (options.canary) resetCanary();
    uncaught = watchUncaught();
  });
  afterEach(() => {
    uncaught!.stop();
    expect(uncaught!.errors, 'uncaught on the page').to.deep.equal([]);
    if (options.canary) expect(window.__canary, 'a payload ran script').to.equal(CANARY);
  });
  return {
    get errors() {
      return uncaught?.errors ?? [];
    },
  };
}

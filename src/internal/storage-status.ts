/**
 * Whether progress saved here will last, so a widget can say so, and asking the browser to keep it.
 *
 * - `unavailable`: localStorage is missing or throws (blocked cookies, some sandboxed iframes).
 *   Progress lives in memory until the page closes.
 * - `partitioned`: a third-party frame (an LMS iframe) whose storage is keyed to the embedding site
 *   (`document.hasStorageAccess()` is false): progress is not shared with the same widgets elsewhere
 *   and browsers may clear it sooner.
 * - `session-only`: the storage quota looks like a private window's (Chromium gives those about
 *   100 MB or less): everything goes when the window closes. A heuristic, said as "may".
 * - `best-effort`: ordinary storage the browser may evict (Safari clears script storage after seven
 *   days without a visit).
 * - `persistent`: `navigator.storage.persisted()` is true.
 *
 * Every browser API is injectable (`StorageEnv`) so tests can stand in for each case. Nothing here
 * prompts the learner: `requestPersistence()` is meant to be called from a user action (a grade, an
 * export), since Firefox asks with a permission prompt.
 */

export type StorageStatus =
  'persistent' | 'best-effort' | 'session-only' | 'partitioned' | 'unavailable';

export interface StorageEnv {
  /** Returns the Storage or throws, like `window.localStorage`. */
  localStorage?: () => Storage | null | undefined;
  storageManager?: Pick<StorageManager, 'persisted' | 'persist' | 'estimate'> | undefined;
  /** `document.hasStorageAccess`, when the browser has it. */
  hasStorageAccess?: (() => Promise<boolean>) | undefined;
  /** Whether this document is in a frame. */
  framed?: boolean;
}

/** Below this quota, storage is taken to be a private window's. */
export const SESSION_QUOTA_BYTES = 120 * 1024 * 1024;

function defaultEnv(): Required<Pick<StorageEnv, 'localStorage' | 'framed'>> & StorageEnv {
  let framed = false;
  try {
    framed = globalThis.top !== globalThis.self;
  } catch {
    framed = true; // a cross-origin parent cannot even be compared
  }
  const doc = globalThis.document as
    (Document & { hasStorageAccess?: () => Promise<boolean> }) | undefined;
  return {
    localStorage: () => globalThis.localStorage,
    storageManager: globalThis.navigator?.storage,
    hasStorageAccess: doc?.hasStorageAccess ? () => doc.hasStorageAccess!() : undefined,
    framed,
  };
}

const PROBE = 'django-quiz-elements:probe';

function storageWorks(get: () => Storage | null | undefined): boolean {
  try {
    const s = get();
    if (!s) return false;
    s.setItem(PROBE, '1');
    s.removeItem(PROBE);
    return true;
  } catch {
    return false;
  }
}

async function settle<T>(p: (() => Promise<T>) | undefined, fallback: T): Promise<T> {
  try {
    return p ? await p() : fallback;
  } catch {
    return fallback;
  }
}

/** How long progress saved in this document is likely to last. Never throws. */
export async function storageStatus(env: StorageEnv = {}): Promise<StorageStatus> {
  const e = { ...defaultEnv(), ...env };
  if (!storageWorks(e.localStorage)) return 'unavailable';
  const sm = e.storageManager;
  if (await settle(sm?.persisted?.bind(sm), false)) return 'persistent';
  if (e.framed && !(await settle(e.hasStorageAccess, true))) return 'partitioned';
  const quota = (await settle(sm?.estimate?.bind(sm), {} as StorageEstimate)).quota;
  if (typeof quota === 'number' && quota > 0 && quota < SESSION_QUOTA_BYTES) return 'session-only';
  return 'best-effort';
}

/**
 * Ask the browser to keep this origin's storage (`navigator.storage.persist()`), once it works at
 * all. Resolves to whether it is now persistent. Never throws.
 */
export async function requestPersistence(env: StorageEnv = {}): Promise<boolean> {
  const e = { ...defaultEnv(), ...env };
  const sm = e.storageManager;
  if (!sm || !storageWorks(e.localStorage)) return false;
  if (await settle(sm.persisted?.bind(sm), false)) return true;
  return settle(sm.persist?.bind(sm), false);
}

/** Whether a status warrants a notice (progress may not be kept). */
export const atRisk = (status: StorageStatus): boolean =>
  status === 'unavailable' || status === 'partitioned' || status === 'session-only';

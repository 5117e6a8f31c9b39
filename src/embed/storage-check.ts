/**
 * Will this embedded page keep a learner's progress? In a cross-site iframe (an LMS page embedding a
 * quiz hosted elsewhere) browsers partition storage by the top-level site and may clear it (Safari's
 * tracking prevention, private windows), or deny it altogether (sandboxed frames, some privacy
 * settings). This check tells which, so `embed.html` can say so before the learner invests time.
 * It asks for persistent storage (`navigator.storage.persist()`) where the browser allows it.
 * Everything it touches is passed in, so tests can give it any browser's answers.
 */
export type StorageState =
  /** First-party (or same-site) storage that works. */
  | 'ok'
  /** Works, but as a cross-site iframe's: kept apart per embedding site, and the browser may clear it. */
  | 'partitioned'
  /** localStorage is missing or throws: nothing outlives the page. */
  | 'unavailable';

export interface StorageCheck {
  state: StorageState;
  /** Whether the browser granted persistent storage (not evicted under storage pressure). */
  persisted: boolean;
}

export interface StorageEnv {
  /** This page's window: `localStorage`, `location`, `top`, `location.ancestorOrigins`. */
  win: Window;
  doc: Pick<Document, 'hasStorageAccess'>;
  storage?: Pick<StorageManager, 'persist' | 'persisted'>;
}

const PROBE_KEY = 'django-quiz-elements:probe';

function storageWorks(win: Window): boolean {
  try {
    const s = win.localStorage;
    if (!s) return false;
    s.setItem(PROBE_KEY, '1');
    s.removeItem(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}

/**
 * The site of a host, approximated as its last two labels (`canvas.example.edu` → `example.edu`);
 * IP addresses and `localhost` are their own site. Without the public suffix list this can call two
 * `*.co.uk` hosts one site — a miss that only skips a notice, never breaks anything.
 */
export function siteOf(hostname: string): string {
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':')) return hostname;
  return hostname.split('.').slice(-2).join('.');
}

/** Whether this page is framed by a page of another site (true when that cannot be read: assume so). */
export function isCrossSiteFrame(win: Window): boolean {
  let top: Window | null;
  try {
    top = win.top;
  } catch {
    return true;
  }
  if (!top || top === win) return false;
  const own = siteOf(win.location.hostname);
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length) {
    return [...ancestors].some((origin) => {
      try {
        return siteOf(new URL(origin).hostname) !== own;
      } catch {
        return true; // "null": a sandboxed ancestor
      }
    });
  }
  try {
    return siteOf(top.location.hostname) !== own; // throws across origins
  } catch {
    return true;
  }
}

export async function checkStorage(env: StorageEnv): Promise<StorageCheck> {
  if (!storageWorks(env.win)) return { state: 'unavailable', persisted: false };
  let persisted = false;
  try {
    persisted = (await env.storage?.persisted?.()) ?? false;
    if (!persisted) persisted = (await env.storage?.persist?.()) ?? false;
  } catch {
    persisted = false; // not allowed in this context
  }
  if (!isCrossSiteFrame(env.win)) return { state: 'ok', persisted };
  // Storage access granted (the Storage Access API, or a browser that does not restrict third-party
  // storage): what is kept here stays, if only for this embedding site (Chrome's partitioning).
  let access = false;
  try {
    access = (await env.doc.hasStorageAccess?.()) ?? false;
  } catch {
    access = false;
  }
  return { state: access ? 'ok' : 'partitioned', persisted };
}

/** What to tell the learner, or nothing when progress is safe. */
export function storageNotice(check: StorageCheck): string | undefined {
  if (check.state === 'unavailable') {
    return 'Your browser does not let this embedded quiz save progress: your answers are lost when you leave this page.';
  }
  if (check.state === 'partitioned') {
    return 'This quiz is embedded from another site, so your browser may not keep your progress here: finish it in one sitting.';
  }
  return undefined;
}

/**
 * Finding the LMS's SCORM API and talking to it through one interface for both standards.
 *
 * The search follows the standards' own algorithm: SCORM 1.2 (RTE 3.3.6.1) looks for `window.API`,
 * SCORM 2004 (RTE 3.1.2, ADL's `GetAPI`) for `window.API_1484_11`, first in this window and up its
 * `parent` chain, then in `opener` and its parents. A frame of another origin throws on access: it
 * is skipped, never an error.
 */
export type ScormStandard = '1.2' | '2004';

/** The SCORM 1.2 API object an LMS provides (`window.API`). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

/** The SCORM 2004 API object an LMS provides (`window.API_1484_11`). */
export interface Scorm2004Api {
  Initialize(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

/** ADL's sample `GetAPI` gives up after this many parents (SCORM 1.2's sample used 7). */
const MAX_PARENTS = 500;

const NAMES = { '1.2': 'API', '2004': 'API_1484_11' } as const;

function apiIn(win: Window, standard: ScormStandard): unknown {
  try {
    const api = (win as unknown as Record<string, unknown>)[NAMES[standard]];
    return api && typeof api === 'object' ? api : undefined;
  } catch {
    return undefined; // another origin
  }
}

function parentOf(win: Window): Window | undefined {
  try {
    return win.parent && win.parent !== win ? win.parent : undefined;
  } catch {
    return undefined;
  }
}

function openerOf(win: Window): Window | undefined {
  try {
    return (win.opener as Window | null) ?? undefined;
  } catch {
    return undefined;
  }
}

function searchUp(start: Window, standard: ScormStandard): unknown {
  let win: Window | undefined = start;
  for (let i = 0; win && i <= MAX_PARENTS; i++) {
    const api = apiIn(win, standard);
    if (api) return api;
    win = parentOf(win);
  }
  return undefined;
}

/** The API of `standard` in `start`'s parent chain, then its opener's; undefined when there is none. */
export function findApi(start: Window, standard: ScormStandard): unknown {
  const found = searchUp(start, standard);
  if (found) return found;
  // The top window's opener: an LMS that launched the SCO in a new window.
  let top: Window = start;
  for (let p = parentOf(top); p; p = parentOf(top)) top = p;
  const opener = openerOf(top);
  return opener ? searchUp(opener, standard) : undefined;
}

const truthy = (result: unknown): boolean => result === true || result === 'true';

/** One face for both APIs: the adapter never needs to know which names the LMS uses. */
export interface ScormRuntime {
  readonly standard: ScormStandard;
  initialize(): boolean;
  get(element: string): string;
  /** Sets a value; false (and `lastError()` says why) when the LMS refused it. */
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
  lastError(): string;
}

export function wrapApi(api: unknown, standard: ScormStandard): ScormRuntime {
  if (standard === '1.2') {
    const a = api as Scorm12Api;
    return {
      standard,
      initialize: () => truthy(a.LMSInitialize('')),
      get: (e) => String(a.LMSGetValue(e) ?? ''),
      set: (e, v) => truthy(a.LMSSetValue(e, v)),
      commit: () => truthy(a.LMSCommit('')),
      finish: () => truthy(a.LMSFinish('')),
      lastError: () => {
        const code = String(a.LMSGetLastError());
        return code === '0' ? '' : `${code} ${a.LMSGetErrorString(code)}`;
      },
    };
  }
  const a = api as Scorm2004Api;
  return {
    standard,
    initialize: () => truthy(a.Initialize('')),
    get: (e) => String(a.GetValue(e) ?? ''),
    set: (e, v) => truthy(a.SetValue(e, v)),
    commit: () => truthy(a.Commit('')),
    finish: () => truthy(a.Terminate('')),
    lastError: () => {
      const code = String(a.GetLastError());
      return code === '0' ? '' : `${code} ${a.GetErrorString(code)}`;
    },
  };
}

/**
 * The runtime of the package's standard, or of the other one when only that is there (an LMS that
 * offers 2004 to a 1.2 package is rare but harmless); undefined without an LMS.
 */
export function connectRuntime(start: Window, prefer: ScormStandard): ScormRuntime | undefined {
  for (const standard of [prefer, prefer === '1.2' ? '2004' : '1.2'] as const) {
    const api = findApi(start, standard);
    if (api) return wrapApi(api, standard);
  }
  return undefined;
}

/**
 * Progress storage that never breaks the widget and never destroys what it cannot read. Keys are
 * namespaced (`django-quiz-elements:`) and carry a format version, so an entry written by a future
 * version is never read as ours nor overwritten. When localStorage is missing or throws (Safari private
 * mode, a sandboxed iframe, a full quota), reads and writes go on in memory and `persistent` turns
 * false, so the UI can say so. After a failed read nothing is written to storage (it could overwrite
 * progress that was there), and an entry that is not ours (corrupted, other shape, newer version) is
 * left exactly as it is.
 */
export const NAMESPACE = 'django-quiz-elements:';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> &
  Partial<Pick<Storage, 'key' | 'length'>>;

function defaultStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // accessing localStorage itself throws in some sandboxed iframes
  }
}

/** A process-wide memory fallback, so two widgets on one page still share progress without storage. */
const memory = new Map<string, string>();
/** Keys whose latest value is only in memory (the write to storage failed or was withheld). */
const memoryOnly = new Set<string>();
/** Keys holding an entry that is not ours: never written or removed, for the life of the page. */
const foreign = new Set<string>();

/** What `readEntry` found. */
export type Entry<T> = { status: 'absent' } | { status: 'ok'; value: T } | { status: 'foreign' };

export class ProgressStore {
  /** False once storage has been unavailable or has thrown: progress lives only in memory. */
  persistent: boolean;
  private readonly storage: StorageLike | null;

  constructor(storage: StorageLike | null | undefined = defaultStorage()) {
    this.storage = storage ?? null;
    this.persistent = this.storage !== null;
  }

  static key(...parts: (string | number)[]): string {
    return NAMESPACE + parts.join(':');
  }

  /** The raw text at `key`: this page's own newer value, else storage's, else the memory fallback. */
  read(key: string): string | null {
    if (memoryOnly.has(key)) return memory.get(key) ?? null;
    if (this.storage && this.persistent) {
      try {
        const value = this.storage.getItem(key);
        if (value !== null) return value;
      } catch {
        this.persistent = false;
      }
    }
    return memory.get(key) ?? null;
  }

  /** The JSON at `key`, unchecked (undefined when absent or not JSON): for readers that validate it. */
  readJson<T>(key: string): T | undefined {
    const text = this.read(key);
    if (text === null) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      return undefined;
    }
  }

  /**
   * The entry at `key` if it is ours (`isOurs` checks its shape and version). Anything else there is
   * reported as `foreign` and from then on protected: writes to that key stay in memory.
   */
  readEntry<T>(key: string, isOurs: (value: unknown) => value is T): Entry<T> {
    const text = this.read(key);
    if (text === null) return { status: 'absent' };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (value !== undefined && isOurs(value)) return { status: 'ok', value };
    foreign.add(key);
    return { status: 'foreign' };
  }

  /**
   * Every key of ours this page can read: storage's (when it can be listed) and the memory fallback's,
   * sorted. What an export of all progress walks.
   */
  keys(): string[] {
    const out = new Set<string>();
    const s = this.storage;
    if (s && this.persistent && typeof s.key === 'function') {
      try {
        for (let i = 0; i < (s.length ?? 0); i++) {
          const k = s.key(i);
          if (k?.startsWith(NAMESPACE)) out.add(k);
        }
      } catch {
        this.persistent = false;
      }
    }
    for (const k of memory.keys()) if (k.startsWith(NAMESPACE)) out.add(k);
    return [...out].sort();
  }

  /** Whether `area` is the storage this store uses (a `storage` event's `storageArea`). */
  holds(area: unknown): boolean {
    return area !== null && area === this.storage;
  }

  /** Whether `key` holds an entry that is not ours (see `readEntry`). */
  isForeign(key: string): boolean {
    return foreign.has(key);
  }

  /**
   * Writes to memory always, and to storage while it works, unless a read has failed or the key holds
   * a foreign entry. Returns whether the write persisted.
   */
  write(key: string, value: string): boolean {
    return this.put(key, value, true);
  }

  /**
   * A write that may fail without consequence (a cache): memory always, storage when it takes it. A
   * throw here does not turn `persistent` off, so the widget's own progress goes on being saved.
   */
  writeOptional(key: string, value: string): boolean {
    return this.put(key, value, false);
  }

  private put(key: string, value: string, failureStopsStorage: boolean): boolean {
    memory.set(key, value);
    if (!this.storage || !this.persistent || foreign.has(key)) {
      memoryOnly.add(key);
      return false;
    }
    try {
      this.storage.setItem(key, value);
      memoryOnly.delete(key);
      return true;
    } catch {
      if (failureStopsStorage) this.persistent = false;
      memoryOnly.add(key);
      return false;
    }
  }

  writeJson(key: string, value: unknown): boolean {
    return this.write(key, JSON.stringify(value));
  }

  /**
   * Writes every entry or none: when storage throws part-way (a full quota), the keys already
   * written get their previous values back and nothing changes, memory included. A key holding an
   * entry not ours refuses the whole batch. Without working storage the batch goes to memory only.
   */
  writeAll(entries: readonly (readonly [string, string])[]): 'stored' | 'memory' | 'failed' {
    if (entries.some(([key]) => foreign.has(key))) return 'failed';
    const toMemory = () => {
      for (const [key, value] of entries) memory.set(key, value);
    };
    const storage = this.storage;
    if (!storage || !this.persistent) {
      toMemory();
      for (const [key] of entries) memoryOnly.add(key);
      return 'memory';
    }
    const before: [string, string | null][] = [];
    try {
      for (const [key, value] of entries) {
        before.push([key, storage.getItem(key)]);
        storage.setItem(key, value);
      }
    } catch {
      for (const [key, value] of before.reverse()) {
        try {
          if (value === null) storage.removeItem(key);
          else storage.setItem(key, value);
        } catch {
          // Putting back a value that was there before fits in the space it took.
        }
      }
      return 'failed';
    }
    toMemory();
    for (const [key] of entries) memoryOnly.delete(key);
    return 'stored';
  }

  remove(key: string): void {
    memory.delete(key);
    memoryOnly.delete(key);
    if (foreign.has(key)) return;
    try {
      this.storage?.removeItem(key);
    } catch {
      this.persistent = false;
    }
  }
}

/** For tests: forget the in-memory fallback. */
export function clearMemoryFallback(): void {
  memory.clear();
  memoryOnly.clear();
  foreign.clear();
}

/**
 * Progress storage that never breaks the widget. Keys are namespaced (`django-quiz-elements:`) and
 * carry a format version, so an entry written by a future version is never read as ours nor
 * overwritten. When localStorage is missing or throws (Safari private mode, a sandboxed iframe, a full
 * quota), reads and writes go on in memory and `persistent` turns false, so the UI can say so.
 */
export const NAMESPACE = 'django-quiz-elements:';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // accessing localStorage itself throws in some sandboxed iframes
  }
}

/** A process-wide memory fallback, so two widgets on one page still share progress without storage. */
const memory = new Map<string, string>();

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

  /** The raw text at `key`, from storage or else the memory fallback. */
  read(key: string): string | null {
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

  /** Parsed JSON at `key`, or undefined when absent or unreadable (a corrupted entry is left in place). */
  readJson<T>(key: string): T | undefined {
    const text = this.read(key);
    if (text === null) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      return undefined;
    }
  }

  /** Writes to memory always, and to storage while it works. Returns whether the write persisted. */
  write(key: string, value: string): boolean {
    memory.set(key, value);
    if (!this.storage) return false;
    try {
      this.storage.setItem(key, value);
      return true;
    } catch {
      this.persistent = false;
      return false;
    }
  }

  writeJson(key: string, value: unknown): boolean {
    return this.write(key, JSON.stringify(value));
  }

  remove(key: string): void {
    memory.delete(key);
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
}

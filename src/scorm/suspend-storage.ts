/**
 * A `Storage` kept in the LMS's `cmi.suspend_data`, so a widget's own resume (its snapshot under its
 * storage key) travels with the learner's attempt instead of one browser's localStorage. Pass it as
 * the widget's `storage` property: the widget needs no SCORM code of its own.
 *
 * The whole map is one JSON object: `{"v":1,"d":{"<key>":<value>}}`. A value that is JSON itself is
 * kept as JSON (not as an escaped string: that would double every quote), and read back as the same
 * text. A write that would pass the standard's limit throws `QuotaExceededError`, as localStorage does
 * when full: the widget then keeps going in memory and tells the learner progress is not being saved.
 */
export interface SuspendDataBackend {
  read(): string;
  write(text: string): boolean;
}

const VERSION = 1;

export class SuspendDataStorage implements Storage {
  private entries = new Map<string, unknown>();

  constructor(
    private readonly backend: SuspendDataBackend,
    /** Characters `cmi.suspend_data` may hold. */
    readonly limit: number,
  ) {
    const text = backend.read();
    if (!text) return;
    try {
      const parsed = JSON.parse(text) as { v?: unknown; d?: unknown };
      if (parsed?.v === VERSION && parsed.d && typeof parsed.d === 'object') {
        this.entries = new Map(Object.entries(parsed.d as Record<string, unknown>));
      }
    } catch {
      // Not ours (another SCO's format, or cut short): start empty, and overwrite it on the first save.
    }
  }

  get length(): number {
    return this.entries.size;
  }

  key(index: number): string | null {
    return [...this.entries.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    if (!this.entries.has(key)) return null;
    const value = this.entries.get(key);
    return typeof value === 'string' ? value : JSON.stringify(value);
  }

  setItem(key: string, value: string): void {
    const next = new Map(this.entries);
    next.set(key, asJson(value));
    this.save(next);
  }

  removeItem(key: string): void {
    if (!this.entries.has(key)) return;
    const next = new Map(this.entries);
    next.delete(key);
    this.save(next);
  }

  clear(): void {
    this.save(new Map());
  }

  /** What `cmi.suspend_data` holds now. */
  serialize(entries = this.entries): string {
    return entries.size ? JSON.stringify({ v: VERSION, d: Object.fromEntries(entries) }) : '';
  }

  private save(next: Map<string, unknown>): void {
    const text = this.serialize(next);
    if (text.length > this.limit) {
      throw new DOMException(
        `cmi.suspend_data would hold ${text.length} characters; this LMS standard allows ${this.limit}`,
        'QuotaExceededError',
      );
    }
    if (!this.backend.write(text)) {
      throw new DOMException('The LMS refused cmi.suspend_data', 'QuotaExceededError');
    }
    this.entries = next;
  }
}

/** JSON text is stored parsed (read back as the same text); any other string as a string. */
function asJson(value: string): unknown {
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === 'object' && parsed !== null && JSON.stringify(parsed) === value) {
      return parsed;
    }
  } catch {
    // plain text
  }
  return String(value);
}

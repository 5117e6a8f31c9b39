/**
 * The "Your progress" panel's behaviour, for both widgets: how long storage will keep things, the
 * exports (progress file, FSRS-optimizer CSV, Anki deck) and an import with a preview the learner
 * confirms. The markup is `renderProgressPanel` (internal/progress-panel.ts), a native modal
 * `<dialog>`: focus moves into it, Escape closes it, and focus returns to the button that opened it.
 *
 * @example
 * private progress = new ProgressPanelController(this, {
 *   store: () => this.store, set: () => this.set, now: () => this.now(), t: (k, v) => this.t(k, v),
 * });
 * render() { return html`… ${renderProgressPanel(this.progress)}`; }
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QuestionSet } from '../data/schema.js';
import type { ProgressStore } from '../internal/storage.js';
import {
  requestPersistence,
  storageStatus,
  type StorageEnv,
  type StorageStatus,
} from '../internal/storage-status.js';
import { collectProgress, progressFileName, progressFileText } from '../progress/collect.js';
import { ankiDeckText, reviewLogCsv } from '../progress/formats.js';
import { applyImport, planImport, planTotals, type ImportPlan } from '../progress/merge.js';
import { parseProgressFile, sizeError } from '../progress/parse.js';
import type { ProgressFile } from '../progress/schema.js';
import type { StringKey } from '../translations/en.js';

type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

export type Download = (name: string, type: string, text: string) => void;

export interface ProgressPanelOptions {
  store: () => ProgressStore;
  /** The widget's set (for the Anki export); undefined while loading. */
  set: () => QuestionSet | undefined;
  now: () => number;
  t: Translate;
  /** How a file reaches the learner; a link with `download` by default. Injectable for tests. */
  download?: Download;
  /** Browser APIs for the storage check, injectable for tests. */
  env?: () => StorageEnv | undefined;
}

export interface ProgressSummary {
  sets: number;
  cards: number;
  reviews: number;
  quizzes: number;
}

function defaultDownload(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export class ProgressPanelController implements ReactiveController {
  status?: StorageStatus;
  summary: ProgressSummary = { sets: 0, cards: 0, reviews: 0, quizzes: 0 };
  /** A checked file waiting for the learner's confirmation. */
  pending?: { name: string; file: ProgressFile; plan: ImportPlan };
  /** The last import's problem, said in an alert. */
  error = '';
  /** What the last action did, said in a status line. */
  message = '';
  private opener?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ProgressPanelOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.checkStatus();
  }

  t: Translate = (key, values) => this.options.t(key, values);

  get hasDeck(): boolean {
    return !!this.options.set()?.questions.length;
  }

  /** Whether the widget should show the storage notice outside the panel too. */
  get atRisk(): boolean {
    return (
      this.status === 'unavailable' ||
      this.status === 'partitioned' ||
      this.status === 'session-only'
    );
  }

  private checks = 0;

  async checkStatus(): Promise<void> {
    const check = ++this.checks;
    const status = await storageStatus(this.options.env?.());
    if (check !== this.checks) return; // a later check is under way: its answer is the one to show
    // The store may know better: a write already failed here.
    this.status =
      status !== 'unavailable' && !this.options.store().persistent ? 'unavailable' : status;
    this.host.requestUpdate();
  }

  private get dialog(): HTMLDialogElement | null {
    return (this.host.shadowRoot ?? this.host).querySelector('dialog.progress-panel');
  }

  /** Open the panel (from a click: `opener` gets focus back when it closes). */
  async show(opener?: HTMLElement): Promise<void> {
    this.opener = opener;
    this.error = '';
    this.message = '';
    this.pending = undefined;
    this.refreshSummary();
    void this.checkStatus();
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('h2')?.focus();
  }

  close(): void {
    this.dialog?.close();
  }

  /** The dialog's `close` event (Escape, the Close button, `close()`). */
  onClosed = (): void => {
    this.pending = undefined;
    this.host.requestUpdate();
    this.opener?.focus();
  };

  private refreshSummary(): void {
    const { file } = collectProgress(this.options.store(), this.options.now());
    const s: ProgressSummary = { sets: 0, cards: 0, reviews: 0, quizzes: 0 };
    for (const set of file.sets) {
      if (set.cards.length || set.quizzes.length) s.sets++;
      s.cards += set.cards.length;
      s.quizzes += set.quizzes.length;
      for (const c of set.cards) s.reviews += c.log.length;
    }
    this.summary = s;
  }

  private give(name: string, type: string, text: string): void {
    (this.options.download ?? defaultDownload)(name, type, text);
    this.error = '';
    this.message = this.t('exported', { name });
    void requestPersistence(this.options.env?.());
    this.host.requestUpdate();
  }

  exportJson = (): void => {
    const now = this.options.now();
    const { file } = collectProgress(this.options.store(), now);
    this.give(progressFileName(now), 'application/json', progressFileText(file));
  };

  exportCsv = (): void => {
    const now = this.options.now();
    const { file } = collectProgress(this.options.store(), now);
    this.give(
      progressFileName(now, 'csv').replace('progress', 'reviews'),
      'text/csv',
      reviewLogCsv(file),
    );
  };

  exportAnki = (): void => {
    const set = this.options.set();
    if (!set) return;
    this.give(`${set.id}-anki.txt`, 'text/plain', ankiDeckText(set));
  };

  /** A file chosen in the import input: checked and previewed, nothing written yet. */
  onFileChosen = async (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = '';
    if (chosen) await this.preview(chosen);
  };

  async preview(file: Blob & { name?: string }): Promise<void> {
    this.pending = undefined;
    this.message = '';
    const name = file.name || 'the file';
    const tooBig = sizeError(file.size);
    const text = tooBig ? '' : await file.text().catch(() => '');
    const parsed = tooBig
      ? { ok: false as const, error: tooBig }
      : parseProgressFile(text, this.options.now());
    if (!parsed.ok) {
      this.error = parsed.error;
    } else {
      this.error = '';
      this.pending = {
        name,
        file: parsed.file,
        plan: planImport(this.options.store(), parsed.file),
      };
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.dialog?.querySelector<HTMLElement>(this.error ? '.panel-error' : '.preview h3')?.focus();
  }

  /** Confirmed: merge (planned again against what is stored now), all or nothing. */
  confirmImport = async (): Promise<void> => {
    const pending = this.pending;
    if (!pending) return;
    const store = this.options.store();
    const plan = planImport(store, pending.file);
    const result = applyImport(store, plan);
    this.pending = undefined;
    if (!result.ok) {
      this.error = result.error;
    } else {
      const t = planTotals(plan);
      this.error = '';
      this.message = result.persisted
        ? this.t('imported', { added: t.added, updated: t.updated, kept: t.kept })
        : this.t('importedMemory');
      this.refreshSummary();
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.dialog
      ?.querySelector<HTMLElement>(this.error ? '.panel-error' : '.panel-message')
      ?.focus();
  };

  cancelImport = async (): Promise<void> => {
    this.pending = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.dialog?.querySelector<HTMLElement>('.import-choose')?.focus();
  };
}

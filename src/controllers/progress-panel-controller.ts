/**
 * The "Your progress" panel's behaviour, for both widgets: how long storage will keep things, the
 * exports (progress file, FSRS-optimizer CSV, Anki deck) and an import with a preview the learner
 * confirms. The markup is `renderProgressPanel` (internal/progress-panel.ts), a native modal
 * `<dialog>`: focus moves into it, Escape closes it, and focus returns to the button that opened it.
 * The exports and the import (with their validation) are `progress/tools.ts`, loaded when the panel
 * first opens, so a page that never opens it does not pay for them.
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
import { whenIdle } from '../internal/when-idle.js';
import {
  requestPersistence,
  storageStatus,
  type StorageEnv,
  type StorageStatus,
} from '../internal/storage-status.js';
import type { ImportPlan } from '../progress/merge.js';
import type { ProgressFile } from '../progress/schema.js';
import { importProgressTools } from '../progress/load-tools.js';
import type { ProgressSummary } from '../progress/tools.js';
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

export type { ProgressSummary };
type Tools = Awaited<ReturnType<typeof importProgressTools>>;

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
  /** The loaded tools; undefined until the panel first opens (or when they failed to load). */
  tools?: Tools;
  private opener?: HTMLElement;
  private loading?: Promise<Tools | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ProgressPanelOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // After the first screen is painted: the check writes a probe to localStorage and asks the
    // storage manager twice, none of which the first screen needs (its notice comes a moment later).
    whenIdle(() => {
      if (this.host.isConnected) void this.checkStatus();
    });
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

  /** The tools, loaded once; undefined when they cannot be (a `file://` page, a missing file). */
  loadTools(): Promise<Tools | undefined> {
    this.loading ??= importProgressTools().then(
      (tools) => (this.tools = tools),
      () => {
        this.loading = undefined; // the next opening tries again
        return undefined;
      },
    );
    return this.loading;
  }

  /** Open the panel (from a click: `opener` gets focus back when it closes). */
  async show(opener?: HTMLElement): Promise<void> {
    this.opener = opener;
    this.message = '';
    this.pending = undefined;
    const tools = await this.loadTools();
    this.error = tools ? '' : this.t('progressToolsMissing');
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
    if (this.tools) this.summary = this.tools.summarize(this.options.store(), this.options.now());
  }

  private give(file: { name: string; type: string; text: string } | undefined): void {
    if (!file) return;
    const { name, type, text } = file;
    (this.options.download ?? defaultDownload)(name, type, text);
    this.error = '';
    this.message = this.t('exported', { name });
    void requestPersistence(this.options.env?.());
    this.host.requestUpdate();
  }

  exportJson = (): void => {
    this.give(this.tools?.progressJson(this.options.store(), this.options.now()));
  };

  exportCsv = (): void => {
    this.give(this.tools?.reviewsCsv(this.options.store(), this.options.now()));
  };

  exportAnki = (): void => {
    const set = this.options.set();
    if (set) this.give(this.tools?.ankiDeck(set));
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
    const tools = await this.loadTools();
    if (!tools) return;
    const name = file.name || 'the file';
    const tooBig = tools.sizeError(file.size);
    const text = tooBig ? '' : await file.text().catch(() => '');
    const checked = tooBig
      ? { ok: false as const, error: tooBig }
      : tools.checkImport(this.options.store(), text, this.options.now());
    if (!checked.ok) {
      this.error = checked.error;
    } else {
      this.error = '';
      this.pending = { name, file: checked.file, plan: checked.plan };
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.dialog?.querySelector<HTMLElement>(this.error ? '.panel-error' : '.preview h3')?.focus();
  }

  /** Confirmed: merge (planned again against what is stored now), all or nothing. */
  confirmImport = async (): Promise<void> => {
    const pending = this.pending;
    if (!pending || !this.tools) return;
    const { result, totals: t } = this.tools.importFile(this.options.store(), pending.file);
    this.pending = undefined;
    if (!result.ok) {
      this.error = result.error;
    } else {
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

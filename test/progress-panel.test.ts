// The "Your progress" panel on its own test host (the widgets embed the same controller and markup):
// opens as a modal dialog with focus inside, exports the three files, imports with a preview the
// learner confirms, says why an import failed, says how long storage lasts; axe on each screen.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { createEmptyCard } from 'ts-fsrs';
import { parse as parseCsv } from 'csv-parse/browser/esm/sync';
import { ProgressPanelController } from '../src/controllers/progress-panel-controller.js';
import { parseQuestionSet } from '../src/data/load.js';
import { clearMemoryFallback, ProgressStore } from '../src/internal/storage.js';
import type { StorageEnv } from '../src/internal/storage-status.js';
import {
  progressPanelStyles,
  renderProgressButton,
  renderProgressPanel,
} from '../src/internal/progress-panel.js';
import { recordReview, scheduleFromQuiz } from '../src/progress/cards.js';
import { collectProgress, progressFileText } from '../src/progress/collect.js';
import { MAX_FILE_BYTES } from '../src/progress/schema.js';
import { tokens } from '../src/styles/shared.styles.js';
import { en, format, type StringKey } from '../src/translations/en.js';
import small from './fixtures/small-set.json';

const T0 = new Date(2025, 0, 6, 9, 0, 0).getTime();
const SET = parseQuestionSet(small);

interface Downloaded {
  name: string;
  type: string;
  text: string;
}

class PanelHost extends LitElement {
  static override styles = [tokens, progressPanelStyles];
  store = new ProgressStore(localStorage);
  downloads: Downloaded[] = [];
  env?: StorageEnv;
  progress = new ProgressPanelController(this, {
    store: () => this.store,
    set: () => SET,
    now: () => T0 + 60_000 * 30,
    t: (k: StringKey, v?: Record<string, string | number>) => format(en[k], v),
    download: (name, type, text) => this.downloads.push({ name, type, text }),
    env: () => this.env,
  });
  override render() {
    return html`<section part="base" class="base">
      ${renderProgressButton(this.progress)} ${renderProgressPanel(this.progress)}
    </section>`;
  }
}
customElements.define('test-progress-host', PanelHost);

const file = (text: string, name = 'progress.json') =>
  new File([text], name, { type: 'application/json' });
const seedProgress = (store: ProgressStore) => {
  scheduleFromQuiz(store, SET, SET.questions[1], T0);
  scheduleFromQuiz(store, SET, SET.questions[2], T0 + 1000);
};

async function mount(env?: StorageEnv) {
  const el = await fixture<PanelHost>(html`<test-progress-host></test-progress-host>`);
  el.env = env;
  const root = el.shadowRoot!;
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => root.querySelector<T>(s);
  const open = async () => {
    $('.progress-button')!.click();
    await waitUntil(() => $<HTMLDialogElement>('dialog')!.open, 'the dialog did not open', {
      timeout: 4000,
    });
    await el.updateComplete;
  };
  const choose = async (f: File) => {
    await el.progress.preview(f);
    await el.updateComplete;
  };
  return { el, root, $, open, choose, dialog: () => $<HTMLDialogElement>('dialog')! };
}

describe('Your progress panel', () => {
  beforeEach(() => {
    localStorage.clear();
    clearMemoryFallback();
  });

  it('opens as a modal dialog with focus on its title; Escape closes it and focus returns', async () => {
    const m = await mount();
    seedProgress(m.el.store);
    const button = m.$('.progress-button')!;
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    button.focus();
    await m.open();
    expect(m.dialog().matches(':modal')).to.equal(true);
    expect(m.root.activeElement?.id).to.equal('progress-title');
    expect(m.$('dl.stats')!.innerText.replace(/\s+/g, ' ').trim()).to.equal(
      'Sets 1 Cards 2 Reviews 2 Quiz runs 0',
    );
    await waitUntil(() => m.$('.storage-status'), 'no status', { timeout: 4000 });
    await expect(m.el).shadowDom.to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !m.dialog().open, 'still open', { timeout: 4000 });
    expect(m.root.activeElement).to.equal(button);
  });

  it('Tab moves through the exports and the import, and stays in the dialog', async () => {
    const m = await mount();
    await m.open();
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const a = m.root.activeElement as HTMLElement | null;
      seen.push(a?.className || a?.tagName || 'outside');
    }
    expect(seen.slice(0, 5)).to.deep.equal([
      'secondary close',
      'export-json',
      'secondary export-csv',
      'secondary export-anki',
      'import-choose',
    ]);
  });

  it('exports the progress file, the FSRS CSV and the Anki deck', async () => {
    const m = await mount();
    seedProgress(m.el.store);
    await m.open();
    m.$('.export-json')!.click();
    m.$('.export-csv')!.click();
    m.$('.export-anki')!.click();
    await m.el.updateComplete;
    const [json, csv, anki] = m.el.downloads;
    expect(json.name).to.equal('django-quiz-progress-2025-01-06.json');
    expect(json.type).to.equal('application/json');
    expect(JSON.parse(json.text).sets[0].cards.map((c: { id: string }) => c.id)).to.deep.equal([
      'q2',
      'q3',
    ]);
    expect(csv.name).to.equal('django-quiz-reviews-2025-01-06.csv');
    const rows = parseCsv(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.card_id)).to.deep.equal(['small-set/q2', 'small-set/q3']);
    expect(anki.name).to.equal('small-set-anki.txt');
    expect(anki.text.startsWith('#separator:tab\n#html:false\n#tags column:3\n')).to.equal(true);
    expect(m.$('.panel-message')!.textContent).to.contain('Downloaded small-set-anki.txt.');
  });

  it('import: a preview per set, nothing written until Import is pressed, then merged', async () => {
    // A file from "another device" (memory only, then forgotten): q1 is new here, q2 older there.
    const there = new ProgressStore(null);
    scheduleFromQuiz(there, SET, SET.questions[1], T0 - 5000);
    scheduleFromQuiz(there, SET, SET.questions[0], T0 + 5000);
    const text = progressFileText(collectProgress(there, T0 + 6000).file);
    clearMemoryFallback();
    const m = await mount();
    seedProgress(m.el.store);
    const mine = localStorage.getItem('django-quiz-elements:cards:v1:small-set:q2');
    await m.open();
    const before = JSON.stringify({ ...localStorage });
    await m.choose(file(text, 'phone.json'));
    expect(m.$('.preview h3')!.textContent).to.contain('What importing phone.json would change');
    expect(m.root.activeElement).to.equal(m.$('.preview h3'));
    const cells = [...m.root.querySelectorAll('.preview tbody td')].map((c) =>
      c.textContent!.trim(),
    );
    expect(cells).to.deep.equal(['1 new, 0 newer, 1 kept', '2', '0 new, 0 newer, 0 kept']);
    expect(JSON.stringify({ ...localStorage })).to.equal(before);
    await expect(m.el).shadowDom.to.be.accessible();
    const imported = oneEvent(window, 'django-quiz-elements:progress-imported');
    (m.root.querySelector('.preview button.primary') as HTMLButtonElement).click();
    await imported;
    await m.el.updateComplete;
    expect(m.$('.panel-message')!.textContent).to.match(
      /^Imported: \d+ added, 0 updated, \d+ kept\.$/,
    );
    expect(localStorage.getItem('django-quiz-elements:cards:v1:small-set:q1')).to.not.equal(null);
    // q2 was reviewed later here: its state stays, and the older review from there joins its log.
    const q2 = JSON.parse(localStorage.getItem('django-quiz-elements:cards:v1:small-set:q2')!);
    const { log, ...state } = JSON.parse(mine!);
    expect({ ...q2, log: undefined }).to.deep.equal({ ...state, log: undefined });
    expect(q2.log.map((r: { at: number }) => r.at)).to.deep.equal([T0 - 5000, log[0].at]);
  });

  it('a bad file: an alert says why, focus on it, storage unchanged; Cancel on a preview writes nothing', async () => {
    const m = await mount();
    seedProgress(m.el.store);
    await m.open();
    const before = JSON.stringify({ ...localStorage });
    await m.choose(file('{"format":"django-quiz-elements/progress","version":9}'));
    const alert = m.$('.panel-error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('newer version (format 9)');
    expect(m.root.activeElement).to.equal(alert);
    await expect(m.el).shadowDom.to.be.accessible();
    await m.choose(new File(['x'.repeat(MAX_FILE_BYTES + 1)], 'huge.json'));
    expect(m.$('.panel-error')!.textContent).to.contain('at most 5 MB');
    expect(JSON.stringify({ ...localStorage })).to.equal(before);

    const there = new ProgressStore(null);
    recordReview(there, SET, SET.questions[0], createEmptyCard(new Date(T0)), {
      at: T0,
      rating: 3,
      state: 0,
    });
    const text = progressFileText(collectProgress(there, T0).file);
    clearMemoryFallback();
    await m.choose(file(text));
    expect(m.$('.preview')?.textContent).to.contain('1 new');
    (m.root.querySelectorAll('.preview button')[1] as HTMLButtonElement).click();
    await m.el.updateComplete;
    await waitUntil(() => m.root.activeElement === m.$('.import-choose'), 'focus', {
      timeout: 4000,
    });
    expect(JSON.stringify({ ...localStorage })).to.equal(before);
  });

  it('says when progress may not be kept: partitioned frame, private window, no storage', async () => {
    const cases: [StorageEnv, RegExp][] = [
      [
        { framed: true, hasStorageAccess: async () => false, storageManager: undefined },
        /may not be kept in this frame — export it/,
      ],
      [
        {
          storageManager: {
            persisted: async () => false,
            persist: async () => false,
            estimate: async () => ({ quota: 50e6 }),
          },
        },
        /private window/,
      ],
      [
        {
          localStorage: () => {
            throw new DOMException('no', 'SecurityError');
          },
        },
        /does not let the page save progress/,
      ],
      [
        {
          storageManager: {
            persisted: async () => true,
            persist: async () => true,
            estimate: async () => ({}),
          },
        },
        /keeps this progress/,
      ],
    ];
    for (const [env, text] of cases) {
      const m = await mount(env);
      await m.open();
      await waitUntil(() => text.test(m.$('.storage-status')?.textContent ?? ''), `no ${text}`, {
        timeout: 4000,
      });
      expect(m.$('.storage-status')!.getAttribute('role')).to.equal('note');
      m.el.progress.close();
    }
  });
});

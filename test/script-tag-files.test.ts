// Every script-tag file (scripts/script-tag-files.mjs), as a page author uses it: each in a page of its
// own (an iframe), as a classic <script src>, loaded twice and once more as a module. Each element it
// defines works (a question answered, a card turned); the others stay undefined; a file without the
// bundled set says so in the widget and fires `django-error`, and works with a `src`.
import { expect, waitUntil } from '@open-wc/testing';
import { SCRIPT_TAG_FILES } from '../scripts/script-tag-files.mjs';

interface Frame {
  win: Window & typeof globalThis;
  doc: Document;
  errors: string[];
  remove: () => void;
}

async function pageWith(file: string, body: string, from = ''): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:800px;height:900px;border:0';
  document.body.append(iframe);
  const win = iframe.contentWindow as Window & typeof globalThis;
  const doc = iframe.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html lang="en"><body>${body}</body></html>`);
  doc.close();
  const errors: string[] = [];
  win.addEventListener('error', (e) => errors.push(e.message));
  const load = (src: string, type?: string) =>
    new Promise<void>((resolve, reject) => {
      const script = doc.createElement('script');
      if (type) script.type = type;
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`failed to load ${src}`));
      doc.head.append(script);
    });
  const url = from ? `${from}/${file.replace(/^dist\//, '')}` : `/${file}`;
  await load(url);
  await load(`${url}?again`);
  await load(`${url}?module`, 'module');
  return { win, doc, errors, remove: () => iframe.remove() };
}

const root = (f: Frame, tag: string) => f.doc.querySelector(tag)?.shadowRoot ?? null;

async function answerOneQuestion(f: Frame): Promise<void> {
  await waitUntil(
    () => root(f, 'django-quiz')?.querySelector('label[part~="choice"]'),
    'no choices',
  );
  const r = root(f, 'django-quiz')!;
  r.querySelector<HTMLElement>('label[part~="choice"]')!.click();
  await waitUntil(() => r.querySelector('[part~="choice--selected"]'), 'choice not selected');
  r.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
  await waitUntil(() => r.querySelector('[part~="feedback"]'), 'no feedback after Check');
}

async function turnOneCard(f: Frame): Promise<void> {
  await waitUntil(() => root(f, 'django-flashcard')?.querySelector('[part~="card"]'), 'no card');
  const r = root(f, 'django-flashcard')!;
  const flipped = new Promise((resolve) =>
    f.doc.addEventListener('django-flip', resolve, { once: true }),
  );
  r.querySelector<HTMLButtonElement>('[part~="card"]')!.click();
  await flipped;
  await waitUntil(() => r.querySelector('[part~="grades"]'), 'no grades after turning');
}

const ALL = ['django-quiz', 'django-flashcard', 'django-question-set'];

for (const f of SCRIPT_TAG_FILES) {
  describe(`${f.file} (script tag${f.set ? '' : ', no bundled set'})`, () => {
    const src = f.set ? '' : ' src="/__test/fixture/small-set"';
    const body = [
      f.elements.includes('django-quiz') ? `<django-quiz no-persist${src}></django-quiz>` : '',
      f.elements.includes('django-flashcard')
        ? `<django-flashcard no-persist${src}></django-flashcard>`
        : '',
    ].join('');

    it(`defines ${f.elements.join(', ')} and nothing else; loading it three times is fine`, async () => {
      const page = await pageWith(f.file, body);
      try {
        for (const tag of ALL) {
          expect(!!page.win.customElements.get(tag), tag).to.equal(f.elements.includes(tag));
        }
        if (f.elements.includes('django-quiz')) await answerOneQuestion(page);
        if (f.elements.includes('django-flashcard')) await turnOneCard(page);
        expect(page.errors).to.deep.equal([]);
      } finally {
        page.remove();
      }
    });

    if (!f.set) {
      it('without a src says there is no set, in the widget and as django-error', async () => {
        const tag = f.elements.includes('django-quiz') ? 'django-quiz' : 'django-flashcard';
        const page = await pageWith(f.file, '');
        try {
          const el = page.doc.createElement(tag);
          el.setAttribute('no-persist', '');
          const error = new Promise<CustomEvent>((resolve) =>
            el.addEventListener('django-error', (e) => resolve(e as CustomEvent), { once: true }),
          );
          page.doc.body.append(el);
          const detail = (await error).detail;
          expect(detail.kind).to.equal('missing');
          await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no error shown');
          expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include(
            'No question set',
          );
          // The error state itself (role=alert, heading, retry) is checked with axe in quiz.test.ts
          // and flashcard.test.ts; axe cannot run on an element of another frame's realm.
        } finally {
          page.remove();
        }
      });
    }
  });
}

// The progress tools (panel exports and import, the quiz's mistakes-to-cards step) are a file of their
// own beside the script, dist/django-quiz-progress.js, fetched when wanted.
describe('the progress tools beside a script-tag file', () => {
  const FILE = 'dist/django-quiz-elements-quiz.no-set.js';
  const BODY = '<django-quiz src="/__test/fixture/small-set"></django-quiz>';
  const KEY = 'django-quiz-elements:cards:v1:small-set:q1';
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  async function answerWrong(r: ShadowRoot): Promise<void> {
    await waitUntil(() => r.querySelector('label[part~="choice"]'), 'no choices');
    const wrong = [...r.querySelectorAll<HTMLElement>('label[part~="choice"]')].find((l) =>
      l.textContent!.includes('{% secure %}'),
    )!;
    wrong.click();
    await waitUntil(() => r.querySelector('[part~="choice--selected"]'), 'choice not selected');
    r.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
    await waitUntil(() => r.querySelector('[part~="feedback"]'), 'no feedback after Check');
  }

  async function openPanel(r: ShadowRoot): Promise<HTMLDialogElement> {
    r.querySelector<HTMLButtonElement>('.progress-button')!.click();
    await waitUntil(() => r.querySelector('dialog')?.open, 'panel did not open');
    return r.querySelector('dialog')!;
  }

  it('are fetched from next to the script: a mistake becomes a card, the panel exports', async () => {
    const page = await pageWith(FILE, BODY);
    try {
      const r = root(page, 'django-quiz')!;
      await answerWrong(r);
      await waitUntil(() => localStorage.getItem(KEY), 'the mistake was not made a card');
      expect(JSON.parse(localStorage.getItem(KEY)!).log[0].via).to.equal('quiz');
      const dialog = await openPanel(r);
      expect(dialog.querySelector('.export-json')).to.not.equal(null);
      expect(dialog.querySelector('.stats')!.textContent).to.match(/Cards\s*1/);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });

  it('when that file is missing, the quiz still works and the panel says what is missing', async () => {
    const page = await pageWith(FILE, BODY, '/__test/alone');
    try {
      const r = root(page, 'django-quiz')!;
      await answerWrong(r);
      const dialog = await openPanel(r);
      const alert = dialog.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.include('could not be loaded (django-quiz-progress.js');
      expect(dialog.querySelector('.export-json')).to.equal(null);
      expect(dialog.querySelector('.storage-status')).to.not.equal(null);
      // Closing and opening again tries the file again (and says the same).
      dialog.close();
      await openPanel(r);
      expect(r.querySelector('dialog [role="alert"]')).to.not.equal(null);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });
});

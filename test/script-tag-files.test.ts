// Every script-tag file (scripts/script-tag-files.mjs), as a page author uses it: each in a page of its
// own (an iframe), as a classic <script src>, loaded twice and once more as a module. Each element it
// defines works (a question answered, a card turned); the others stay undefined; a file without the
// bundled set says so in the widget and fires `django-error`, and works with a `src`.
import { expect, waitUntil } from '@open-wc/testing';
import { SCRIPT_TAG_FILES } from '../scripts/script-tag-files.mjs';
import { firstRendered } from './support/first-render.js';
import { settled } from './support/quiz-harness.js';

interface Frame {
  win: Window & typeof globalThis;
  doc: Document;
  errors: string[];
  remove: () => void;
}

/** A page of its own (an iframe) with `body`, and a way to load a script into it. */
function frame(body: string): Frame & { load: (src: string, type?: string) => Promise<void> } {
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
  win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  const load = (src: string, type?: string) =>
    new Promise<void>((resolve, reject) => {
      const script = doc.createElement('script');
      if (type) script.type = type;
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`failed to load ${src}`));
      doc.head.append(script);
    });
  return { win, doc, errors, remove: () => iframe.remove(), load };
}

/** `file` loaded three times (twice as a classic script, once as a module), from `from` if given. */
async function pageWith(file: string, body: string, from = ''): Promise<Frame> {
  const page = frame(body);
  const url = from ? `${from}/${file.replace(/^dist\//, '')}` : `/${file}`;
  await page.load(url);
  await page.load(`${url}?again`);
  await page.load(`${url}?module`, 'module');
  return page;
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

/** A one-question set, inline in a quiz; `prompt` decides whether it has Markdown. */
function inlineQuiz(
  page: Frame,
  prompt: string,
): HTMLElement & { updateComplete: Promise<boolean> } {
  const set = {
    id: 'beside',
    title: 'Beside',
    questions: [
      {
        id: 'q',
        prompt,
        answer: 'A join',
        choices: [
          { id: 'a', text: 'A join', correct: true },
          { id: 'b', text: 'A second query' },
        ],
      },
    ],
  };
  const el = page.doc.createElement('django-quiz') as HTMLElement & {
    updateComplete: Promise<boolean>;
  };
  el.setAttribute('no-persist', '');
  el.innerHTML = `<script type="application/json">${JSON.stringify(set)}</script>`;
  page.doc.body.append(el);
  return el;
}

const MARKDOWN_PROMPT = 'What does `select_related()` do?';
const lexerRequests = (page: Frame) =>
  page.win.performance
    .getEntriesByType('resource')
    .filter((e) => e.name.endsWith('/django-quiz-markdown.js'));

describe('The Markdown lexer beside the script-tag file (dist/django-quiz-markdown.js)', function () {
  this.timeout(20_000);

  it('is fetched only for a set with Markdown, whose first question is then shown formatted', async () => {
    const page = frame('');
    try {
      await page.load('/dist/django-quiz-elements-quiz.no-set.js');
      const plain = inlineQuiz(page, 'Which method joins in SQL?');
      await settled(plain);
      expect(lexerRequests(page)).to.deep.equal([]);
      const quiz = inlineQuiz(page, MARKDOWN_PROMPT);
      const legend = await firstRendered(quiz, 'legend');
      expect(legend.querySelector('code.md-inline')?.textContent).to.equal('select_related()');
      expect(legend.textContent).not.to.include('`');
      expect(lexerRequests(page)).to.have.length(1);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });

  it('is never fetched for the bundled set, whose Markdown comes lexed in the file', async () => {
    const page = frame('');
    try {
      await page.load('/dist/django-quiz-elements.js');
      const quiz = page.doc.createElement('django-quiz') as HTMLElement & {
        updateComplete: Promise<boolean>;
      };
      quiz.setAttribute('no-persist', '');
      quiz.setAttribute('topics', 'orm');
      quiz.setAttribute('difficulty', 'hard');
      page.doc.body.append(quiz);
      const legend = await firstRendered(quiz, 'legend');
      expect(legend.querySelector('code.md-inline')?.textContent).to.equal(
        'Entry.objects.filter(published=True)',
      );
      expect(legend.textContent).not.to.include('`');
      await settled(quiz);
      expect(lexerRequests(page)).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });

  for (const file of ['django-quiz-elements.js', 'django-quiz-elements-quiz.no-set.js']) {
    it(`${file} without it shows Markdown as the text written, and no error`, async () => {
      const page = frame('');
      try {
        await page.load(`/__test/alone/${file}`);
        const quiz = inlineQuiz(page, MARKDOWN_PROMPT);
        const errors: unknown[] = [];
        quiz.addEventListener('django-error', (e) => errors.push((e as CustomEvent).detail));
        await settled(quiz);
        const legend = quiz.shadowRoot!.querySelector('legend')!;
        expect(legend.textContent).to.equal(MARKDOWN_PROMPT);
        expect(legend.querySelector('code')).to.equal(null);
        expect(quiz.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        expect(quiz.shadowRoot!.querySelectorAll('label[part~="choice"]')).to.have.length(2);
        expect(errors).to.deep.equal([]);
        expect(page.errors).to.deep.equal([]);
      } finally {
        page.remove();
      }
    });
  }
});

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

// The learner's progress across widgets, driven as a learner would: a quiz mistake becomes a due card
// in a <django-flashcard> on the same page (and in one opened later), "I guessed" does too, the end
// screen says how many; both widgets carry the "Your progress" panel; export → clear storage →
// import restores every entry exactly and the widgets show it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/quiz/django-quiz.js';
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import { clearMemoryFallback } from '../src/internal/storage.js';
import { mountFlashcard, type FlashcardHarness } from './support/flashcard-harness.js';
import { QuizHarness, settled } from './support/quiz-harness.js';
import small from './fixtures/small-set.json';
import tiny from './fixtures/tiny-set.json';

const SMALL = JSON.stringify(small);
const MIN = 60_000;
const T0 = new Date(2025, 0, 6, 9, 0, 0).getTime();
const KEY = 'django-quiz-elements:cards:v1:small-set';

async function mountQuiz(attrs = '', now = () => T0, set = SMALL): Promise<QuizHarness> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const holder = document.createElement('div');
  holder.innerHTML = `<django-quiz ${attrs}><script type="application/json"></script></django-quiz>`;
  const el = holder.firstElementChild as DjangoQuiz;
  el.querySelector('script')!.textContent = set;
  el.now = now; // before it connects: the run starts on the test's clock
  wrapper.append(el);
  await settled(el);
  return new QuizHarness(el);
}

/** Answer the question on screen with the choice whose text is `text`, then move on. */
async function answer(quiz: QuizHarness, text: string, guessed = false): Promise<void> {
  await quiz.chooseText(text);
  if (guessed) {
    const guess = quiz.$('.confidence input[value="guess"]') as HTMLInputElement;
    guess.click();
    await quiz.el.updateComplete;
  }
  await quiz.check();
  // A mistake is written once the progress tools are in (fetched when the page is idle).
  await (quiz.el as unknown as { reviewWrites: Promise<void> }).reviewWrites;
  await quiz.next();
}

function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i)!;
    out[k] = localStorage.getItem(k)!;
  }
  return out;
}

/** The panel's download hook, swapped so the test receives the file instead of a download. */
function captureDownloads(el: HTMLElement): string[] {
  const out: string[] = [];
  const panel = (el as unknown as { panel: { options: { download?: unknown } } }).panel;
  panel.options.download = (_name: string, _type: string, text: string) => out.push(text);
  return out;
}

async function openPanel(el: HTMLElement): Promise<ShadowRoot> {
  const root = el.shadowRoot!;
  (root.querySelector('.progress-button') as HTMLButtonElement).click();
  await waitUntil(() => root.querySelector('dialog')?.open, 'panel did not open', {
    timeout: 4000,
  });
  return root;
}

describe('progress across widgets', () => {
  beforeEach(() => {
    localStorage.clear();
    clearMemoryFallback();
  });

  it('a quiz mistake is due at once in a <django-flashcard> already on the page, and in one opened later', async () => {
    let t = T0;
    const fc = await mountFlashcard({ set: SMALL, now: () => t, attrs: 'new-per-day="0"' });
    expect(fc.hasCard).to.equal(false); // no new cards today, nothing due: "All caught up"
    const quiz = await mountQuiz('', () => t);
    await answer(quiz, '{% csrf_token %}'); // q1 right
    t += MIN;
    await answer(quiz, 'DjangoTemplates'); // q2 wrong (needs two)
    await fc.el.updateComplete;
    expect(fc.prompt).to.equal('Which of these are Django template engines shipped with Django?');
    expect(fc.counts).to.equal('0 new 1 learning 0 due');
    const stored = JSON.parse(localStorage.getItem(`${KEY}:q2`)!);
    expect(stored.log).to.deep.equal([{ at: T0 + MIN, rating: 1, state: 0, via: 'quiz' }]);
    expect(localStorage.getItem(`${KEY}:q1`)).to.equal(null);
    const later = await mountFlashcard({ set: SMALL, now: () => t, attrs: 'new-per-day="0"' });
    expect(later.prompt).to.equal(fc.prompt);
  });

  it('"I guessed" sends a right answer to the deck too; the end screen counts them; axe passes', async () => {
    const quiz = await mountQuiz('confidence');
    const legend = quiz.$('.confidence legend')!;
    expect(legend.textContent!.trim()).to.equal('How sure are you?');
    await expect(quiz.el).shadowDom.to.be.accessible();
    await answer(quiz, '{% csrf_token %}', true); // right, guessed
    await answer(quiz, 'DjangoTemplates'); // wrong
    const q3 = small.questions[2].choices.find((c) => c.correct)!.text;
    await answer(quiz, q3); // right and sure
    const note = quiz.$('.added-to-deck')!;
    expect(note.textContent!.trim()).to.equal('2 questions added to your review deck');
    expect(
      Object.keys(localStorage)
        .filter((k) => /:q\d$/.test(k))
        .sort(),
    ).to.deep.equal([`${KEY}:q1`, `${KEY}:q2`]);
    await expect(quiz.el).shadowDom.to.be.accessible();
    // The verdict survives a reload (the guess is part of the saved run).
    const again = await mountQuiz('confidence');
    expect(again.$('.added-to-deck')!.textContent!.trim()).to.equal(
      '2 questions added to your review deck',
    );
  });

  it('no-persist keeps the deck untouched and shows no panel', async () => {
    const quiz = await mountQuiz('no-persist');
    await answer(quiz, 'DjangoTemplates'.slice(0, 0) || '{% secure %}');
    expect(Object.keys(localStorage)).to.deep.equal([]);
    expect(quiz.$('.progress-button')).to.equal(null);
  });

  it('grades are logged with their duration; the panel opens from both widgets and passes axe', async () => {
    let t = T0;
    const fc = await mountFlashcard({ set: SMALL, now: () => t });
    t += 4200;
    await fc.grade('good');
    const log = JSON.parse(localStorage.getItem(`${KEY}:q1`)!).log;
    expect(log).to.deep.equal([{ at: T0 + 4200, rating: 3, state: 0, ms: 4200 }]);
    const root = await openPanel(fc.el);
    expect(root.activeElement?.id).to.equal('progress-title');
    await expect(fc.el).shadowDom.to.be.accessible();
    (root.querySelector('dialog') as HTMLDialogElement).close();
    await waitUntil(() => root.activeElement === root.querySelector('.progress-button'));
    const quiz = await mountQuiz();
    await openPanel(quiz.el);
    await expect(quiz.el).shadowDom.to.be.accessible();
  });

  it('export → clear storage → import restores every entry exactly, and the widgets show it', async () => {
    let t = T0;
    const fc: FlashcardHarness = await mountFlashcard({ set: SMALL, now: () => t });
    await fc.grade('good');
    t += MIN;
    await fc.grade('again');
    const quiz = await mountQuiz('', () => t);
    await answer(quiz, '{% secure %}'); // q1 wrong → lapses the card graded above
    const before = snapshot();
    expect(Object.keys(before).length).to.be.at.least(5);

    const downloads = captureDownloads(fc.el);
    const root = await openPanel(fc.el);
    (root.querySelector('.export-json') as HTMLButtonElement).click();
    const text = downloads[0];
    expect(JSON.parse(text).format).to.equal('django-quiz-elements/progress');

    localStorage.clear();
    clearMemoryFallback();
    const input = root.querySelector('input.import-choose') as HTMLInputElement;
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'backup.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => root.querySelector('.preview button.primary'), 'no preview', {
      timeout: 4000,
    }).catch(() => {
      throw new Error(
        `no preview: ${root.querySelector('dialog')!.textContent!.replace(/\s+/g, ' ')}`,
      );
    });
    expect(snapshot()).to.deep.equal({});
    (root.querySelector('.preview button.primary') as HTMLButtonElement).click();
    await waitUntil(() => /^Imported:/.test(root.querySelector('.panel-message')!.textContent!));
    expect(snapshot()).to.deep.equal(before);
    // A fresh quiz resumes the imported run where it was; a fresh deck has the cards' states.
    const resumed = await mountQuiz('', () => t);
    expect(resumed.text).to.contain('Question 2 of 3');
    expect(resumed.liveRegion).to.equal('Welcome back: you are on question 2 of 3.');
    const deck = await mountFlashcard({ set: SMALL, now: () => t });
    expect(deck.counts).to.equal(fc.counts);
  });

  it('all-sets: one deck reviews the due cards of every set met on the site, set after set', async () => {
    let t = T0;
    const quiz = await mountQuiz('', () => t);
    await answer(quiz, '{% secure %}'); // small-set q1 wrong
    await answer(quiz, 'DjangoTemplates'); // small-set q2 wrong
    const other = await mountQuiz('', () => t, JSON.stringify(tiny));
    await answer(other, 'Writes migrations'); // tiny-set migrate wrong
    t += MIN;
    // On a page that loads no set of its own (the bundled one, never met): the queue from storage.
    const fc = await mountFlashcard({ attrs: 'all-sets', now: () => t });
    expect(fc.$('.eyebrow')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'A small test set · set 1 of 2',
    );
    expect(fc.counts).to.equal('0 new 2 learning 0 due');
    expect(fc.prompt).to.equal(small.questions[0].prompt);
    await fc.grade('easy');
    expect(fc.prompt).to.equal(small.questions[1].prompt);
    await fc.grade('easy');
    expect(fc.hasCard).to.equal(false);
    const next = fc.$('button.next-set')!;
    expect(next.textContent!.trim()).to.equal('Next set: A tiny test set (1 due)');
    await expect(fc.el).shadowDom.to.be.accessible();
    next.click();
    await fc.el.updateComplete;
    await waitUntil(() => fc.hasCard, 'no card from the next set');
    expect(fc.prompt).to.equal(tiny.questions[0].prompt);
    expect(fc.$('.eyebrow')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'A tiny test set · set 2 of 2',
    );
    await waitUntil(() => fc.focused === fc.card, 'focus on the new card');
    await fc.grade('easy');
    expect(fc.$('button.next-set')).to.equal(null);
    // Its grades went to each set's own cards, with logs.
    expect(
      JSON.parse(localStorage.getItem('django-quiz-elements:cards:v1:tiny-set:migrate')!).log,
    ).to.have.length(2);
  });
});

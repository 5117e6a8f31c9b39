// Issue 8 for <django-flashcard>: the shared hardening suites (test/support/hardening-suites.ts),
// then what only a flashcard has: two faces, a schedule per card, two tabs on one deck.
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/flashcard/django-flashcard.js';
import type { DjangoFlashcard } from '../src/components/flashcard/flashcard.js';
import type { DjangoErrorDetail } from '../src/events/django-error.js';
import { clearMemoryFallback } from '../src/internal/storage.js';
import {
  badInputSuite,
  flush,
  hostSuite,
  hostileLook,
  narrowPage,
  networkSuite,
  smallTargets,
  still,
  storageSuite,
} from './support/hardening-suites.js';
import {
  CANARY,
  FaultyStorage,
  NOT_OURS,
  base,
  fixtureText,
  injectedElements,
  mount,
  overflowing,
  settled,
  unsafeLinks,
  visibleText,
} from './support/hardening.js';
import { FlashcardHarness } from './support/flashcard-harness.js';
import { guardEachTest } from './support/guard.js';

const small = () => fixtureText('small-set.json');

badInputSuite('django-flashcard');
networkSuite('django-flashcard');
storageSuite('django-flashcard', small);
// The first screen has no button but the card; its "Question" label sits at the inline start.
hostSuite('django-flashcard', small, {
  rtlProbe: { selector: '[part~="front"] .side', side: 'right' },
});

const MIN = 60_000;
const DAY = 86_400_000;
/** Monday 6 January 2025, 09:00 local time. */
const T0 = new Date(2025, 0, 6, 9, 0, 0).getTime();
const KEY = 'django-quiz-elements:cards:v1:small-set';
const NOTICE = 'Progress is kept only until this page is closed';
const FOREIGN_NOTICE = 'progress saved here earlier could not be read';
const CSRF = 'Which tag protects a POST form against CSRF?';
const ENGINES = 'Which of these are Django template engines shipped with Django?';
const SELECT_RELATED = 'What does select_related() do?';

interface Deck {
  fc: FlashcardHarness;
  errors: DjangoErrorDetail[];
}

interface DeckOptions {
  set?: string;
  now?: () => number;
  storage?: Storage;
  parent?: HTMLElement;
  attrs?: Record<string, string>;
}

/** A flashcard deck mounted the way a host page would, loaded, with its `django-error`s recorded. */
async function deckOf(options: DeckOptions = {}): Promise<Deck> {
  const props: Record<string, unknown> = { now: options.now ?? (() => T0) };
  if (options.storage) props.storage = options.storage;
  const { el, errors } = await mount('django-flashcard', {
    inline: options.set ?? (await small()),
    props,
    parent: options.parent,
    attrs: options.attrs,
  });
  await settled(el);
  return { fc: new FlashcardHarness(el as DjangoFlashcard), errors };
}

/** A page reload: the element goes, and so does the in-memory fallback. */
function reload(deck: Deck): void {
  deck.fc.el.remove();
  clearMemoryFallback();
}

/** A stored card as the flashcard writes it (a review card, due in two days), with `over` applied. */
function storedCard(over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    v: 1,
    due: T0 + 2 * DAY,
    stability: 3,
    difficulty: 5,
    elapsed_days: 1,
    scheduled_days: 3,
    learning_steps: 0,
    reps: 2,
    lapses: 0,
    state: 2,
    last_review: T0 - DAY,
    ...over,
  });
}

/** What another tab's write looks like to this one: a `storage` event on window. */
function otherTabWrote(
  key: string | null,
  newValue: string | null,
  oldValue: string | null = null,
) {
  window.dispatchEvent(
    new StorageEvent('storage', {
      key,
      newValue,
      oldValue,
      storageArea: localStorage,
      url: location.href,
    }),
  );
}

/** The tiles of the "all caught up" screen: new, learning, review. */
const tiles = (fc: FlashcardHarness) => fc.$$('.tiles dd').map((d) => d.textContent);

describe('<django-flashcard> with hostile but valid content', () => {
  guardEachTest({ canary: true });

  async function expectInert(fc: FlashcardHarness): Promise<void> {
    await flush();
    expect(injectedElements(fc.el).map((n) => n.outerHTML)).to.deep.equal([]);
    expect(unsafeLinks(fc.el)).to.deep.equal([]);
    expect(window.__canary).to.equal(CANARY);
  }

  it('shows payloads on both faces as literal text, through flip and grade', async () => {
    const text = await fixtureText('bad/html-payloads-valid.json');
    const set = JSON.parse(text);
    const [q1, q2] = set.questions;
    const { fc, errors } = await deckOf({ set: text });
    expect(fc.$('.eyebrow')!.textContent).to.equal(set.title);
    expect(base(fc.el).getAttribute('aria-label')).to.equal(`Flashcards: ${set.title}`);
    expect(fc.prompt).to.equal(q1.prompt);
    expect(fc.card.getAttribute('aria-label')).to.equal(`Question: ${q1.prompt} Show answer`);
    await expectInert(fc);

    await fc.flip();
    expect(fc.answer).to.equal(q1.answer);
    expect(fc.card.getAttribute('aria-label')).to.equal(`Answer: ${q1.answer} Show question`);
    expect(fc.liveRegion).to.equal(`Answer: ${q1.answer}`);
    const details = fc.$('details[part~="explanation"]') as HTMLDetailsElement;
    details.querySelector('summary')!.click();
    await fc.el.updateComplete;
    expect(details.querySelector('.more-body p')!.textContent).to.equal(q1.explanation);
    const link = details.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(q1.docs);
    expect(link.protocol).to.equal('https:');
    // The set's `note` is shown as literal text (never run, never parsed as markup).
    expect(details.querySelector('.note span')!.textContent).to.equal(q1.note);
    await expectInert(fc);
    await fc.motion();
    await expect(fc.el).shadowDom.to.be.accessible();

    const graded = oneEvent(fc.el, 'django-grade');
    fc.gradeButton('good').click();
    expect((await graded).detail.questionId).to.equal('q1');
    await fc.el.updateComplete;
    expect(fc.prompt).to.equal(q2.prompt);
    await fc.flip();
    expect(fc.answer).to.equal(q2.answer); // entities stay as typed: `&lt;b&gt;`, not `<b>`
    expect(fc.$('.more-body p')!.textContent).to.equal(q2.explanation);
    await expectInert(fc);
    await fc.grade('easy');
    await fc.grade('easy'); // q1 again (learning, within the learn-ahead window)
    expect(fc.summary).to.not.equal(null);
    expect(fc.summary!.querySelector('.eyebrow')!.textContent).to.equal(set.title);
    await expectInert(fc);
    expect(errors).to.deep.equal([]);
  });

  it('shows Arabic, emoji and combining text exactly on both faces and in its labels', async () => {
    const text = await fixtureText('bad/unicode-rtl-emoji-valid.json');
    const set = JSON.parse(text);
    const [rtl, emoji] = set.questions;
    const { fc } = await deckOf({ set: text });
    fc.el.strings = {
      cardFront: 'السؤال',
      cardBack: 'الجواب',
      flipHint: 'اقلب البطاقة',
      flipBackHint: 'اعرض السؤال',
    };
    await fc.el.updateComplete;
    expect(fc.$('.eyebrow')!.textContent).to.equal(set.title);
    expect(fc.prompt).to.equal(rtl.prompt);
    expect(fc.card.getAttribute('aria-label')).to.equal(`السؤال: ${rtl.prompt} اقلب البطاقة`);
    expect(fc.$('[part~="front"] .side')!.textContent).to.equal('السؤال');
    // The Arabic prompt runs right to left: it begins at the right (the ؟ ends it on the left).
    const prompt = fc.$('.prompt')!;
    expect(getComputedStyle(prompt).direction).to.equal('rtl');
    const range = document.createRange();
    const body = prompt.querySelector('.text-body')!; // the face centres this one child
    const words = [...body.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
    range.setStart(words, 0);
    range.setEnd(words, 3);
    const first = range.getBoundingClientRect();
    range.setStart(words, rtl.prompt.length - 1);
    range.setEnd(words, rtl.prompt.length);
    expect(first.left).to.be.above(range.getBoundingClientRect().right);
    // The widget's own text stays left to right in an English page.
    expect(getComputedStyle(fc.$('.instruction')!).direction).to.equal('ltr');

    await fc.flip();
    expect(fc.answer).to.equal(rtl.answer);
    expect(getComputedStyle(fc.$('.answer')!).direction).to.equal('rtl');
    expect(fc.card.getAttribute('aria-label')).to.equal(`الجواب: ${rtl.answer} اعرض السؤال`);
    const details = fc.$('details') as HTMLDetailsElement;
    details.open = true;
    await fc.el.updateComplete;
    // The explanation is a paragraph: right-aligned in its panel.
    const explanation = fc.$('.more-body p')!;
    expect(explanation.textContent).to.equal(rtl.explanation);
    range.selectNodeContents(explanation);
    expect(
      explanation.getBoundingClientRect().right - range.getBoundingClientRect().right,
    ).to.be.below(2);
    await fc.grade('good');
    expect(fc.prompt).to.equal(emoji.prompt);
    expect(getComputedStyle(fc.$('.prompt')!).direction).to.equal('ltr');
    await fc.flip();
    expect(fc.answer).to.equal(emoji.answer);
    await fc.motion();
    await expect(fc.el).shadowDom.to.be.accessible();
  });
});

describe('<django-flashcard> card ids that are Object.prototype members', () => {
  guardEachTest({ canary: true });

  const PROTO_IDS = ['constructor', 'tostring', 'valueof', 'hasownproperty'];
  const protoSet = JSON.stringify({
    id: 'proto-deck',
    title: 'Prototype ids',
    questions: ['constructor', 'toString', 'valueOf', 'hasOwnProperty'].map((name, i) => ({
      id: PROTO_IDS[i],
      prompt: `What is ${name}?`,
      answer: `A member of Object.prototype: ${name}`,
      choices: [
        { id: 'a', text: 'Yes', correct: true },
        { id: 'b', text: 'No' },
      ],
    })),
  });

  it('grades a card with id "constructor", and its schedule survives a reload', async () => {
    const first = await deckOf({ set: protoSet });
    expect(first.fc.counts).to.equal('4 new 0 learning 0 due');
    expect(first.fc.prompt).to.equal('What is constructor?');
    const graded = oneEvent(first.fc.el, 'django-grade');
    await first.fc.grade('easy');
    const due = (await graded).detail.due;
    expect(first.fc.prompt).to.equal('What is toString?');
    await first.fc.grade('easy');
    expect(first.fc.counts).to.equal('2 new 0 learning 0 due');
    reload(first);

    let started: CustomEvent | undefined;
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    page.addEventListener('django-start', (e) => (started = e));
    const second = await deckOf({ set: protoSet, now: () => T0 + MIN, parent: page });
    expect(second.fc.counts).to.equal('2 new 0 learning 0 due');
    expect(second.fc.prompt).to.equal('What is valueOf?');
    expect(started!.detail).to.include({ resumed: true });
    expect(started!.detail.questionIds).to.deep.equal(['valueof', 'hasownproperty']);
    const stored = JSON.parse(
      localStorage.getItem('django-quiz-elements:cards:v1:proto-deck:constructor')!,
    );
    expect(new Date(stored.due).toISOString()).to.equal(due);
    await second.fc.grade('easy');
    await second.fc.grade('easy');
    expect(tiles(second.fc)).to.deep.equal(['0', '0', '4']);
    reload(second);

    // On the day the "constructor" card is due, it comes back first.
    const later = await deckOf({ set: protoSet, now: () => Date.parse(due) + MIN });
    expect(later.fc.prompt).to.equal('What is constructor?');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(second.errors.concat(later.errors)).to.deep.equal([]);
  });
});

describe('<django-flashcard> in two tabs on one deck', () => {
  guardEachTest({ canary: true });

  it('tab A grades card 1, tab B grades card 2: both tabs and storage keep both', async () => {
    const a = await deckOf();
    const b = await deckOf();
    await a.fc.grade('good'); // q1
    expect(a.fc.prompt).to.equal(ENGINES);
    otherTabWrote(`${KEY}:q1`, localStorage.getItem(`${KEY}:q1`));
    await b.fc.el.updateComplete;
    // B had q1 on screen, unturned: graded elsewhere, it gives way to the next card.
    expect(b.fc.prompt).to.equal(ENGINES);
    expect(b.fc.counts).to.equal('2 new 1 learning 0 due');
    await b.fc.grade('good'); // q2
    otherTabWrote(`${KEY}:q2`, localStorage.getItem(`${KEY}:q2`));
    await a.fc.el.updateComplete;
    expect(a.fc.prompt).to.equal(SELECT_RELATED);
    expect(a.fc.counts).to.equal('1 new 2 learning 0 due');
    expect(b.fc.counts).to.equal('1 new 2 learning 0 due');
    expect(JSON.parse(localStorage.getItem(`${KEY}:q1`)!).reps).to.equal(1);
    expect(JSON.parse(localStorage.getItem(`${KEY}:q2`)!).reps).to.equal(1);
    a.fc.el.remove();
    reload(b);
    const c = await deckOf();
    expect(c.fc.counts).to.equal('1 new 2 learning 0 due');
    expect(c.fc.prompt).to.equal(SELECT_RELATED);
  });

  it('one card graded in both tabs: the later review wins in both and in storage', async () => {
    const a = await deckOf({ now: () => T0 + MIN });
    const b = await deckOf({ now: () => T0 + 2 * MIN });
    await a.fc.flip();
    await b.fc.flip();
    await a.fc.grade('again'); // q1 at +1 min: learning, back in a minute
    const early = localStorage.getItem(`${KEY}:q1`)!;
    // B grades before A's write reaches it (it never saw it).
    localStorage.removeItem(`${KEY}:q1`);
    clearMemoryFallback();
    const graded = oneEvent(b.fc.el, 'django-grade');
    await b.fc.grade('easy'); // q1 at +2 min: review, days away
    const due = (await graded).detail.due;
    const late = localStorage.getItem(`${KEY}:q1`)!;
    expect(a.fc.counts).to.equal('2 new 1 learning 0 due');
    expect(b.fc.counts).to.equal('2 new 0 learning 0 due');

    // The writes land out of order: A's earlier grade last.
    otherTabWrote(`${KEY}:q1`, late);
    localStorage.setItem(`${KEY}:q1`, early);
    otherTabWrote(`${KEY}:q1`, early, late);
    await a.fc.el.updateComplete;
    await b.fc.el.updateComplete;
    expect(a.fc.counts).to.equal('2 new 0 learning 0 due');
    expect(b.fc.counts).to.equal('2 new 0 learning 0 due');
    expect(new Date(JSON.parse(localStorage.getItem(`${KEY}:q1`)!).due).toISOString()).to.equal(
      due,
    );
    a.fc.el.remove();
    reload(b);
    const c = await deckOf({ now: () => T0 + 3 * MIN });
    expect(c.fc.counts).to.equal('2 new 0 learning 0 due');
  });

  it('ignores storage events with garbage, a newer version, a removal or clear(): nothing lost, nothing deleted', async () => {
    const a = await deckOf();
    await a.fc.grade('good'); // q1
    await a.fc.grade('good'); // q2
    const counts = a.fc.counts;
    expect(counts).to.equal('1 new 2 learning 0 due');
    const q2 = localStorage.getItem(`${KEY}:q2`)!;

    // Record every storage call the widget makes while the events arrive.
    const calls: string[] = [];
    const proto = Storage.prototype;
    const original = { setItem: proto.setItem, removeItem: proto.removeItem, clear: proto.clear };
    proto.setItem = function (key: string, value: string) {
      calls.push(`setItem ${key}`);
      return original.setItem.call(this, key, value);
    };
    proto.removeItem = function (key: string) {
      calls.push(`removeItem ${key}`);
      return original.removeItem.call(this, key);
    };
    proto.clear = function () {
      calls.push('clear');
      return original.clear.call(this);
    };
    const events: [string, () => void][] = [
      ['garbage', () => otherTabWrote(`${KEY}:q1`, '{"due": oops')],
      ['JSON of another shape', () => otherTabWrote(`${KEY}:q1`, '{"cards":{}}')],
      [
        'a newer version',
        () => otherTabWrote(`${KEY}:q2`, storedCard({ v: 2, last_review: T0 + DAY })),
      ],
      [
        "a newer version's key",
        () =>
          otherTabWrote(KEY.replace(':v1:', ':v2:') + ':q3', storedCard({ last_review: T0 + DAY })),
      ],
      [
        "another deck's card",
        () => otherTabWrote('django-quiz-elements:cards:v1:other:q3', storedCard()),
      ],
      ['a removal', () => otherTabWrote(`${KEY}:q2`, null, q2)],
      ['clear()', () => otherTabWrote(null, null)],
      [
        'sessionStorage',
        () =>
          window.dispatchEvent(
            new StorageEvent('storage', {
              key: `${KEY}:q3`,
              newValue: storedCard({ due: T0 - MIN }),
              storageArea: sessionStorage,
            }),
          ),
      ],
    ];
    try {
      for (const [what, fire] of events) {
        fire();
        await a.fc.el.updateComplete;
        expect(a.fc.counts, what).to.equal(counts);
        expect(a.fc.prompt, what).to.equal(SELECT_RELATED);
      }
    } finally {
      Object.assign(proto, original);
    }
    expect(calls).to.deep.equal([]);
    expect(localStorage.getItem(`${KEY}:q2`)).to.equal(q2);
    // The deck in memory goes on: q3, then q1 and q2 (learning, within the learn-ahead window).
    await a.fc.grade('easy');
    await a.fc.grade('easy');
    await a.fc.grade('easy');
    expect(tiles(a.fc)).to.deep.equal(['0', '0', '3']);
    expect(a.errors).to.deep.equal([]);
  });

  it('takes in what another tab graded while it was off the page, and stops listening when removed', async () => {
    const a = await deckOf();
    const parent = a.fc.el.parentElement!;
    a.fc.el.remove();
    // Heard by nobody: A is off the page (and the value is not in storage either).
    otherTabWrote(`${KEY}:q3`, storedCard({ due: T0 - MIN }));
    // Written while A was away.
    localStorage.setItem(`${KEY}:q2`, storedCard());
    parent.append(a.fc.el);
    await a.fc.el.updateComplete;
    expect(a.fc.counts).to.equal('2 new 0 learning 0 due');
    expect(a.fc.prompt).to.equal(CSRF);
  });
});

describe('<django-flashcard> progress under storage faults', () => {
  guardEachTest({ canary: true });

  it('quota runs out mid-session: grading goes on, the notice shows once, earlier grades survive', async () => {
    const storage = new FaultyStorage();
    const run = await deckOf({ storage });
    storage.writesLeft = 2; // q1 and today's counters fit; nothing after
    await run.fc.grade('easy');
    expect(run.fc.text).to.not.contain(NOTICE);
    const q1 = storage.data.get(`${KEY}:q1`);
    expect(JSON.parse(q1!).reps).to.equal(1);
    await run.fc.grade('easy'); // q2: the write fails
    expect(run.fc.text).to.contain(NOTICE);
    expect(run.fc.prompt).to.equal(SELECT_RELATED);
    await run.fc.grade('easy');
    expect(tiles(run.fc)).to.deep.equal(['0', '0', '3']);
    expect(run.fc.$$('.notice')).to.have.length(1);
    expect(run.errors.map((e) => e.kind)).to.deep.equal(['storage']);
    expect(storage.data.get(`${KEY}:q1`)).to.equal(q1);
    expect(storage.data.has(`${KEY}:q2`)).to.equal(false);
    expect(storage.removed).to.deep.equal([]);
    await run.fc.motion();
    await expect(run.fc.el).shadowDom.to.be.accessible();

    // After a reload with room again, q1's grade is there; q2 and q3 were kept only in that page.
    reload(run);
    storage.writesLeft = Infinity;
    const next = await deckOf({ storage, now: () => T0 + MIN });
    expect(next.fc.counts).to.equal('2 new 0 learning 0 due');
    expect(next.fc.prompt).to.equal(ENGINES);
  });

  it('reads that throw: starts afresh in memory and never overwrites saved progress', async () => {
    const storage = new FaultyStorage();
    const first = await deckOf({ storage });
    await first.fc.grade('easy');
    const saved = storage.snapshot();
    reload(first);

    storage.failReads = true;
    const blind = await deckOf({ storage });
    expect(blind.fc.counts).to.equal('3 new 0 learning 0 due');
    expect(blind.fc.text).to.contain(NOTICE);
    await blind.fc.grade('again');
    await blind.fc.grade('hard');
    expect(blind.errors.map((e) => e.kind)).to.deep.equal(['storage']);
    expect(storage.snapshot()).to.deep.equal(saved);
    reload(blind);

    storage.failReads = false;
    const back = await deckOf({ storage, now: () => T0 + MIN });
    expect(back.fc.counts).to.equal('2 new 0 learning 0 due');
    expect(back.errors).to.deep.equal([]);
  });

  it('writes that throw: goes on in memory (kept across SPA navigation), storage keeps what it had', async () => {
    const storage = new FaultyStorage();
    const first = await deckOf({ storage });
    await first.fc.grade('easy');
    const saved = storage.snapshot();
    reload(first);

    storage.writesLeft = 0;
    const run = await deckOf({ storage, now: () => T0 + MIN });
    expect(run.fc.counts).to.equal('2 new 0 learning 0 due'); // reads still work
    await run.fc.grade('easy');
    expect(run.fc.text).to.contain(NOTICE);
    expect(run.errors.map((e) => e.kind)).to.deep.equal(['storage']);
    expect(storage.snapshot()).to.deep.equal(saved);
    // Navigating away and back within the page: the grade in memory is kept.
    run.fc.el.remove();
    const again = await deckOf({ storage, now: () => T0 + MIN });
    expect(again.fc.counts).to.equal('1 new 0 learning 0 due');
    // After a real reload, what storage kept is there.
    reload(again);
    const later = await deckOf({ storage, now: () => T0 + MIN });
    expect(later.fc.counts).to.equal('2 new 0 learning 0 due');
  });

  const HAND_EDITED: Record<string, string> = {
    'a due date as a string': storedCard({ due: '2025-01-08T09:00:00.000Z' }),
    'an unknown state': storedCard({ state: 7 }),
    'a rating field we never write': storedCard({ rating: 'perfect' }),
    'a future version': storedCard({ v: 2 }),
    'NaN due (JSON writes null)': storedCard({ due: null }),
    'a due date no Date can hold': storedCard({ due: 1e300 }),
    'stability 0 in review (ts-fsrs would throw)': storedCard({ stability: 0 }),
    'negative reps': storedCard({ reps: -1 }),
    'an array': '[1,2]',
    'truncated JSON': storedCard().slice(0, 30),
    'prototype keys': '{"__proto__":{"polluted":true},"due":1}',
  };

  for (const [what, entry] of Object.entries(HAND_EDITED)) {
    it(`a card entry hand-edited to have ${what}: that card starts afresh, the entry stays`, async () => {
      const storage = new FaultyStorage({ [`${KEY}:q1`]: entry, [`${KEY}:q2`]: storedCard() });
      const run = await deckOf({ storage });
      // q1 is new again; q2 keeps its schedule (due in two days); q3 is new.
      expect(run.fc.counts).to.equal('2 new 0 learning 0 due');
      expect(run.fc.prompt).to.equal(CSRF);
      expect(run.fc.text).to.contain(FOREIGN_NOTICE);
      await run.fc.grade('easy');
      await run.fc.grade('easy');
      expect(tiles(run.fc)).to.deep.equal(['0', '0', '3']);
      expect(storage.data.get(`${KEY}:q1`)).to.equal(entry);
      expect(JSON.parse(storage.data.get(`${KEY}:q3`)!).reps).to.equal(1);
      expect(run.errors.map((e) => e.kind)).to.deep.equal(['storage']);
      expect(run.errors[0].message).to.contain(`${KEY}:q1`).and.contain('left untouched');
      expect(storage.removed).to.deep.equal([]);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }

  it('the control: the same entries unedited are resumed', async () => {
    const storage = new FaultyStorage({ [`${KEY}:q1`]: storedCard(), [`${KEY}:q2`]: storedCard() });
    const run = await deckOf({ storage });
    expect(run.fc.counts).to.equal('1 new 0 learning 0 due');
    expect(run.fc.text).to.not.contain(NOTICE);
    expect(run.errors).to.deep.equal([]);
  });

  it('a whole session leaves every entry that is not its own as it was', async () => {
    const storage = new FaultyStorage(NOT_OURS);
    const run = await deckOf({ storage });
    for (let i = 0; i < 5 && !run.fc.summary; i++) await run.fc.grade('easy');
    expect(run.fc.summary).to.not.equal(null);
    const after = storage.snapshot();
    for (const [key, value] of Object.entries(NOT_OURS)) expect(after[key], key).to.equal(value);
    expect(storage.removed).to.deep.equal([]);
  });
});

describe('<django-flashcard> with an injected clock and odd dates in storage', () => {
  guardEachTest({ canary: true });

  it('far-future, NaN and from-the-future review dates do not break the deck', async () => {
    const storage = new FaultyStorage({
      // Due at the last moment a Date can hold.
      [`${KEY}:q1`]: storedCard({ due: 8.64e15 }),
      // NaN, as JSON.stringify writes it.
      [`${KEY}:q2`]: storedCard({ due: null }),
      // Reviewed "in a month" (the clock was set back since): due now.
      [`${KEY}:q3`]: storedCard({ due: T0 - MIN, last_review: T0 + 30 * DAY }),
    });
    const run = await deckOf({ storage });
    expect(run.fc.counts).to.equal('1 new 0 learning 1 due');
    expect(run.fc.prompt).to.equal(SELECT_RELATED);
    await run.fc.flip();
    const intervals = run.fc.gradeButtons.map(
      (b) => b.querySelector('.grade-interval')!.textContent,
    );
    for (const interval of intervals) expect(interval).to.match(/^(<1m|\d+(\.\d)?(m|h|d|mo|y))$/);
    const graded = oneEvent(run.fc.el, 'django-grade');
    run.fc.gradeButton('good').click();
    const due = Date.parse((await graded).detail.due);
    expect(due)
      .to.be.above(T0)
      .and.below(T0 + 365 * DAY);
    await run.fc.el.updateComplete;
    expect(run.fc.prompt).to.equal(ENGINES); // q2 starts afresh
    await run.fc.grade('easy');
    expect(tiles(run.fc)).to.deep.equal(['0', '0', '3']);
    const summary = run.fc.summary!.innerText;
    expect(summary).to.match(/Next review in \d+d/);
    expect(summary).to.not.match(/NaN|Invalid/);
    expect(storage.data.get(`${KEY}:q2`)).to.equal(storedCard({ due: null }));

    // Years later, by the injected clock: everything graded is due, the far-future card is not.
    reload(run);
    const later = await deckOf({ storage, now: () => T0 + 20 * 365 * DAY });
    expect(later.fc.counts).to.equal('1 new 0 learning 1 due'); // q2's grade was never saved
    await later.fc.grade('good');
    await later.fc.grade('easy');
    expect(later.fc.summary!.innerText).to.not.match(/NaN|Invalid/);
    expect(run.errors.map((e) => e.kind)).to.deep.equal(['storage']); // q2's entry, once
  });
});

describe('<django-flashcard> removed and re-added', () => {
  guardEachTest({ canary: true });

  it('keeps a turned card through 20 removals; one event per action after, keys fire once', async () => {
    const { fc } = await deckOf();
    const counts = { 'django-start': 0, 'django-flip': 0, 'django-grade': 0 };
    for (const name of Object.keys(counts) as (keyof typeof counts)[])
      fc.el.addEventListener(name, () => counts[name]++);
    await fc.flip();
    const parent = fc.el.parentElement!;
    for (let i = 0; i < 20; i++) {
      fc.el.remove();
      await nextFrame();
      parent.append(fc.el);
      await fc.el.updateComplete;
    }
    expect(fc.flipped).to.equal(true);
    expect(fc.answer).to.equal('{% csrf_token %}');
    expect(fc.gradeButtons).to.have.length(4);
    expect(counts).to.deep.equal({ 'django-start': 0, 'django-flip': 1, 'django-grade': 0 });
    fc.card.focus();
    await sendKeys({ press: '3' });
    await fc.el.updateComplete;
    expect(fc.prompt).to.equal(ENGINES);
    await sendKeys({ press: 'Space' });
    await fc.el.updateComplete;
    expect(fc.flipped).to.equal(true);
    expect(counts).to.deep.equal({ 'django-start': 0, 'django-flip': 2, 'django-grade': 1 });
  });

  it('leaves no timer running after removal, loaded from src or inline', async () => {
    const pending = new Set<number>();
    const ours = () => new Error().stack!.includes(`${location.origin}/src/`);
    const { setTimeout: set, clearTimeout: clear, setInterval: every } = window;
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id: number = set(
        (...a: unknown[]) => {
          pending.delete(id);
          if (typeof fn === 'function') fn(...a);
        },
        ms,
        ...args,
      );
      // Only the widgets' own timers (the test helpers keep timeouts of their own).
      if (ours()) pending.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) pending.delete(id);
      clear(id);
    }) as typeof window.clearTimeout;
    window.setInterval = ((...a: Parameters<typeof every>) => {
      const id = every(...a);
      if (ours()) pending.add(id);
      return id;
    }) as typeof window.setInterval;
    try {
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const fromSrc = await mount('django-flashcard', {
        src: '/__test/fixture/small-set?delay=200',
        parent: page,
        props: { loadTimeout: 60_000 },
      });
      await fromSrc.el.updateComplete;
      expect(pending.size, 'a load timeout while loading').to.be.above(0);
      await settled(fromSrc.el);
      const inline = await deckOf({ parent: page });
      await inline.fc.flip();
      await inline.fc.grade('good');
      fromSrc.el.remove();
      inline.fc.el.remove();
      await nextFrame();
      expect([...pending]).to.deep.equal([]);
    } finally {
      Object.assign(window, { setTimeout: set, clearTimeout: clear, setInterval: every });
    }
  });
});

describe('<django-flashcard> 50 decks on one page', function () {
  this.timeout(20_000);
  guardEachTest({ canary: true });

  it('the 50th flips and grades promptly; the others stay put', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const text = await small();
    const decks: FlashcardHarness[] = [];
    for (let i = 0; i < 50; i++) {
      const { el } = await mount('django-flashcard', {
        inline: text.replace('"small-set"', `"deck-${i}"`),
        parent: page,
        props: { now: () => T0 },
      });
      decks.push(new FlashcardHarness(el as DjangoFlashcard));
    }
    for (const d of decks) await settled(d.el);
    const last = decks[49];
    last.el.scrollIntoView();
    const t0 = performance.now();
    const flipped = oneEvent(last.el, 'django-flip');
    await last.flip();
    await flipped;
    const flipMs = performance.now() - t0;
    const t1 = performance.now();
    const graded = oneEvent(last.el, 'django-grade');
    last.gradeButton('good').click();
    await graded;
    await last.el.updateComplete;
    const gradeMs = performance.now() - t1;
    expect(last.prompt).to.equal(ENGINES);
    expect(decks[48].prompt).to.equal(CSRF);
    expect(decks[48].flipped).to.equal(false);
    expect(decks.slice(0, 49).every((d) => d.counts === '3 new 0 learning 0 due')).to.equal(true);
    expect(flipMs, `flip ${Math.round(flipMs)} ms`).to.be.below(250);
    expect(gradeMs, `grade ${Math.round(gradeMs)} ms`).to.be.below(250);
  });
});

describe('<django-flashcard> screens in odd host pages', function () {
  this.timeout(20_000);
  guardEachTest({ canary: true });

  it('keeps its look on the front, the back and "all caught up" under aggressive host CSS', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
    const { fc } = await deckOf({ parent: page });
    const check = async (screen: string) => {
      const { changes, small: tiny } = await hostileLook(fc.el, page);
      expect(changes, screen).to.deep.equal([]);
      expect(tiny, screen).to.deep.equal([]);
    };
    await check('front');
    await fc.flip();
    (fc.$('details') as HTMLDetailsElement).open = true;
    await fc.el.updateComplete;
    await check('back');
    await fc.grade('easy');
    await fc.grade('easy');
    await fc.grade('easy');
    expect(fc.summary).to.not.equal(null);
    await check('all caught up');
  });

  it('mirrors the grade buttons in a right-to-left page; the turning card stays in bounds', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar" style="width:640px"></div>`,
    );
    const { fc } = await deckOf({ parent: page });
    const box = base(fc.el).getBoundingClientRect();
    fc.card.click();
    await fc.el.updateComplete;
    // Sample the turn from start to end: neither face leaves the widget.
    const turn = fc.root.getAnimations().filter((a) => a instanceof CSSTransition);
    expect(turn.length).to.be.above(0);
    for (const a of turn) a.pause();
    for (const t of [0, 60, 120, 200, 280, 360, 440, 560]) {
      for (const a of turn) a.currentTime = t;
      for (const face of fc.$$('.face')) {
        const r = face.getBoundingClientRect();
        expect(r.left, `${t} ms`).to.be.at.least(box.left);
        expect(r.right, `${t} ms`).to.be.at.most(box.right);
      }
    }
    for (const a of turn) a.finish();
    await still(fc.el);
    const [again, hard, good, easy] = fc.gradeButtons.map((b) => b.getBoundingClientRect());
    expect(again.left).to.be.above(hard.right - 1);
    expect(hard.left).to.be.above(good.right - 1);
    expect(good.left).to.be.above(easy.right - 1);
    expect(overflowing(fc.el)).to.deep.equal([]);
    await expect(fc.el).shadowDom.to.be.accessible();
  });

  for (const [what, zoom] of [
    ['a 280 px column', false],
    ['200 % zoom in a 640 px wide window', true],
  ] as const) {
    it(`fits ${what} on both faces: four grade buttons of at least 24 px, no sideways overflow`, async () => {
      const { fc } = await deckOf({ parent: await narrowPage(zoom) });
      const b = base(fc.el);
      for (const face of ['front', 'back']) {
        if (face === 'back') {
          await fc.flip();
          (fc.$('details') as HTMLDetailsElement).open = true;
          await fc.el.updateComplete;
        }
        await still(fc.el);
        expect(b.scrollWidth, face).to.be.at.most(b.clientWidth);
        expect(overflowing(fc.el), face).to.deep.equal([]);
        expect(smallTargets(fc.el), face).to.deep.equal([]);
      }
      const grades = fc.gradeButtons.map((g) => g.getBoundingClientRect());
      expect(grades).to.have.length(4);
      const box = b.getBoundingClientRect();
      for (const [i, r] of grades.entries()) {
        expect(r.width, `grade ${i}`).to.be.at.least(24);
        expect(r.height, `grade ${i}`).to.be.at.least(24);
        expect(r.left).to.be.at.least(box.left);
        expect(r.right).to.be.at.most(box.right);
        // No two overlap.
        for (const other of grades.slice(i + 1))
          expect(
            r.right <= other.left ||
              other.right <= r.left ||
              r.bottom <= other.top ||
              other.bottom <= r.top,
          ).to.equal(true);
      }
      const text = visibleText(fc.el);
      for (const name of ['Again', 'Hard', 'Good', 'Easy']) expect(text).to.contain(name);
    });
  }
});

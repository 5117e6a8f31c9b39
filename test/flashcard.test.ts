import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import type { DjangoFlashcard } from '../src/components/flashcard/flashcard.js';
import type { FlashcardCompleteDetail } from '../src/events/django-complete.js';
import { FlashcardHarness, mountFlashcard } from './support/flashcard-harness.js';
import { settled } from './support/quiz-harness.js';
import small from './fixtures/small-set.json';
import { guardEachTest } from './support/guard.js';
import { throwingStorage } from './support/hardening.js';

const SMALL = JSON.stringify(small);
const MIN = 60_000;
const DAY = 86_400_000;
/** Monday 6 January 2025, 09:00 local time. */
const T0 = new Date(2025, 0, 6, 9, 0, 0).getTime();
const KEY = 'django-quiz-elements:cards:v1:small-set';

/** A clock the test moves by hand. */
function clock(start = T0) {
  const c = { t: start, now: () => c.t };
  return c;
}

const small3 = (attrs = '', now = () => T0) => mountFlashcard({ attrs, set: SMALL, now });

describe('<django-flashcard>', () => {
  guardEachTest();

  it('runs the bundled Django set with no attributes', async () => {
    const el = await fixture<DjangoFlashcard>(html`<django-flashcard></django-flashcard>`);
    await settled(el);
    const fc = new FlashcardHarness(el);
    expect(fc.$('.eyebrow')!.textContent).to.equal('Django interview questions');
    expect(fc.counts).to.equal('10 new 0 learning 0 due');
    expect(fc.prompt).to.have.length.greaterThan(10);
    expect(fc.card.getAttribute('aria-label')).to.equal(`Question: ${fc.prompt} Show answer`);
    expect(fc.gradeButtons).to.have.length(0);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('flips by click: answer, live region, explanation and docs one step away, django-flip', async () => {
    const fc = await small3();
    expect(fc.prompt).to.equal('Which tag protects a POST form against CSRF?');
    expect(fc.$('[part~="front"]')!.getAttribute('aria-hidden')).to.equal('false');
    const flipped = oneEvent(fc.el, 'django-flip');
    await fc.flip();
    expect((await flipped).detail).to.deep.equal({
      setId: 'small-set',
      questionId: 'q1',
      side: 'back',
    });
    expect(fc.flipped).to.equal(true);
    expect(fc.answer).to.equal('{% csrf_token %}');
    expect(fc.card.getAttribute('aria-label')).to.equal('Answer: {% csrf_token %} Show question');
    expect(fc.$('[part~="back"]')!.getAttribute('aria-hidden')).to.equal('false');
    expect(fc.$('[part~="front"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(fc.liveRegion).to.equal('Answer: {% csrf_token %}');
    const details = fc.$('details[part~="explanation"]') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Explanation');
    details.querySelector('summary')!.click();
    await waitUntil(() => details.open);
    expect(details.innerText).to.contain('The tag adds a hidden token');
    const link = details.querySelector('a')!;
    expect(link.href).to.equal('https://docs.djangoproject.com/en/5.2/ref/csrf/');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    await fc.motion();
    await expect(fc.el).shadowDom.to.be.accessible();
    const back = oneEvent(fc.el, 'django-flip');
    await fc.flip();
    expect((await back).detail.side).to.equal('front');
    expect(fc.liveRegion).to.equal('Question: Which tag protects a POST form against CSRF?');
    expect(fc.$('details')).to.equal(null);
  });

  it('flips by Space and Enter on the focused card, and programmatically with flip()', async () => {
    const fc = await small3();
    fc.card.focus();
    await fc.press('Space');
    expect(fc.flipped).to.equal(true);
    expect(fc.focused).to.equal(fc.card);
    await fc.press('Enter');
    expect(fc.flipped).to.equal(false);
    const flipped = oneEvent(fc.el, 'django-flip');
    fc.el.flip();
    expect((await flipped).detail.side).to.equal('back');
    await fc.el.updateComplete;
    expect(fc.flipped).to.equal(true);
    expect(fc.gradeButtons).to.have.length(4);
  });

  it('turns in 3D, or cross-fades without turning under prefers-reduced-motion', async () => {
    const fc = await small3();
    const inner = () => getComputedStyle(fc.$('.inner')!).transform;
    await fc.flip();
    await fc.motion();
    expect(inner()).to.not.equal('none'); // rotateY(180deg)
    expect(getComputedStyle(fc.$('[part~="front"]')!).visibility).to.equal('hidden');
    await fc.flip();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      await fc.flip();
      await fc.motion();
      expect(inner()).to.equal('none');
      expect(getComputedStyle(fc.$('[part~="back"]')!).opacity).to.equal('1');
      expect(getComputedStyle(fc.$('[part~="front"]')!).opacity).to.equal('0');
      expect(getComputedStyle(fc.$('[part~="front"]')!).visibility).to.equal('hidden');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('labels each grade with the interval FSRS would give, and grades as ts-fsrs does', async () => {
    const fc = await small3();
    await fc.flip();
    expect(fc.gradeButtons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Again, 1m until the next review',
      'Hard, 6m until the next review',
      'Good, 10m until the next review',
      'Easy, 8d until the next review',
    ]);
    expect(fc.gradeButton('good').innerText).to.contain('Good').and.contain('10m');
    expect(fc.gradeButtons.map((b) => b.getAttribute('aria-keyshortcuts'))).to.deep.equal([
      '1',
      '2',
      '3',
      '4',
    ]);
    const graded = oneEvent(fc.el, 'django-grade');
    fc.gradeButton('easy').click();
    const { detail } = await graded;
    const reference = fsrs().next(createEmptyCard(new Date(T0)), new Date(T0), Rating.Easy);
    expect(detail).to.deep.equal({
      setId: 'small-set',
      questionId: 'q1',
      rating: 'easy',
      due: reference.card.due.toISOString(),
    });
    expect(new Date(detail.due).getTime() - T0).to.equal(8 * DAY);
  });

  it('grades with keys 1–4 after the flip; focus goes to the next card, never to <body>', async () => {
    const fc = await small3();
    fc.card.focus();
    await fc.press('3'); // nothing before the flip
    expect(fc.prompt).to.contain('CSRF');
    await fc.press('Space');
    const graded = oneEvent(fc.el, 'django-grade');
    await fc.press('3');
    expect((await graded).detail).to.include({ questionId: 'q1', rating: 'good' });
    await fc.el.updateComplete;
    expect(fc.prompt).to.contain('template engines');
    expect(fc.flipped).to.equal(false);
    expect(fc.focused).to.equal(fc.card);
    expect(fc.liveRegion).to.equal(
      'Good: next review in 10m. Question: Which of these are Django template engines shipped with Django?',
    );
    expect(fc.counts).to.equal('2 new 1 learning 0 due');
    // By mouse: focus moves from the grade button to the new card.
    await fc.flip();
    fc.gradeButton('hard').click();
    await fc.el.updateComplete;
    expect(fc.focused).to.equal(fc.card);
    expect(document.activeElement).to.equal(fc.el);
  });

  it('brings an Again card back in the same session, then completes with a summary', async () => {
    const c = clock();
    const fc = await small3('', c.now);
    await fc.grade('again'); // q1 → 1m, learning
    expect(fc.counts).to.equal('2 new 1 learning 0 due');
    await fc.grade('easy'); // q2
    c.t += 30_000;
    await fc.grade('easy'); // q3
    expect(fc.prompt).to.contain('CSRF'); // q1 again, shown before its minute is up (learn-ahead)
    expect(fc.counts).to.equal('0 new 1 learning 0 due');
    await fc.flip();
    expect(fc.gradeButton('good').getAttribute('aria-label')).to.equal(
      'Good, 10m until the next review',
    );
    await fc.grade('good'); // → 10m: still this session
    expect(fc.prompt).to.contain('CSRF');
    const completed = oneEvent(fc.el, 'django-complete');
    c.t += 10 * MIN;
    await fc.grade('good');
    const detail = (await completed).detail as FlashcardCompleteDetail;
    expect(detail).to.deep.include({
      widget: 'flashcard',
      setId: 'small-set',
      reviewed: 5,
      ratings: { again: 1, hard: 0, good: 2, easy: 2 },
      counts: { new: 0, learning: 0, review: 3 },
    });
    expect(new Date(detail.nextDue!).getTime()).to.be.greaterThan(c.t);
    await fc.el.updateComplete;
    expect(fc.hasCard).to.equal(false);
    const text = fc.summary!.innerText;
    expect(text).to.contain('All caught up').and.contain('Reviewed today: 5');
    expect(text).to.match(/Next review in \dd/);
    expect(fc.$$('.tiles dd').map((d) => d.textContent)).to.deep.equal(['0', '0', '3']);
    expect(fc.focused).to.equal(fc.$('.summary-title'));
    expect(fc.liveRegion).to.contain('All caught up. Reviewed today: 5.');
    expect(fc.button('Study more')).to.equal(undefined); // no new cards left
    await fc.motion();
    await expect(fc.el).shadowDom.to.be.accessible();
  });

  it('shows due cards before new ones, limits new cards per day, and "Study more" adds some', async () => {
    const c = clock();
    const first = await small3('new-per-day="1"', c.now);
    expect(first.counts).to.equal('1 new 0 learning 0 due');
    await first.grade('easy'); // q1, due in 8 days
    expect(first.summary).to.not.equal(null);
    expect(first.summary!.innerText).to.contain('Reviewed today: 1');
    first.el.remove();

    c.t += 8 * DAY; // q1 is due; one new card allowed today
    const fc = await small3('new-per-day="1"', c.now);
    expect(fc.counts).to.equal('1 new 0 learning 1 due');
    expect(fc.prompt).to.contain('CSRF'); // the due card first
    await fc.grade('good');
    expect(fc.prompt).to.contain('template engines'); // then today's new card
    await fc.grade('easy');
    const more = fc.button('Study more')!;
    expect(more).to.not.equal(undefined);
    more.focus();
    more.click();
    await fc.el.updateComplete;
    expect(fc.prompt).to.contain('select_related');
    expect(fc.focused).to.equal(fc.card);
    expect(fc.liveRegion).to.contain('New cards added: 1.');
  });

  it('keeps progress across a reload (new element, same storage), namespaced and versioned', async () => {
    const first = await small3();
    await first.grade('easy');
    await first.grade('hard');
    expect(Object.keys(localStorage).sort()).to.deep.equal([
      KEY,
      `${KEY}:q1`,
      `${KEY}:q2`,
      // The text of the graded questions, for the site-wide review queue.
      'django-quiz-elements:sets:v1:small-set',
    ]);
    expect(JSON.parse(localStorage.getItem(KEY)!).today).to.include({ reviewed: 2, newSeen: 2 });
    first.el.remove();

    let started: CustomEvent | undefined;
    const second = await mountFlashcard({
      set: SMALL,
      now: () => T0 + MIN,
      on: { 'django-start': (e) => (started = e as CustomEvent) },
    });
    expect(started!.detail).to.deep.equal({
      widget: 'flashcard',
      setId: 'small-set',
      questionIds: ['q3', 'q2'], // new q3, then q2 learning (due at +6m, within learn-ahead)
      resumed: true,
    });
    expect(second.prompt).to.contain('select_related');
    expect(second.counts).to.equal('1 new 1 learning 0 due');
    await second.flip();
    // q2 was graded Hard at T0: its next Good is what ts-fsrs says for that card now.
    await second.grade('easy');
    await second.flip();
    const f = fsrs();
    const q2 = f.next(createEmptyCard(new Date(T0)), new Date(T0), Rating.Hard).card;
    const expected = f.next(q2, new Date(T0 + MIN), Rating.Good).card;
    const graded = oneEvent(second.el, 'django-grade');
    second.gradeButton('good').click();
    expect((await graded).detail.due).to.equal(expected.due.toISOString());
  });

  it('resets only the card whose entry is corrupted, and leaves that entry as it is', async () => {
    const first = await small3();
    await first.grade('easy'); // q1
    await first.grade('easy'); // q2
    first.el.remove();
    localStorage.setItem(`${KEY}:q1`, '{"due": oops');
    const fc = await small3('', () => T0 + DAY);
    // q1 is new again (and comes first in the set's order); q2 keeps its 8-day schedule.
    expect(fc.counts).to.equal('2 new 0 learning 0 due');
    expect(fc.prompt).to.contain('CSRF');
    await fc.grade('easy');
    await fc.grade('easy'); // q3
    expect(fc.summary).to.not.equal(null);
    expect(fc.$$('.tiles dd').map((d) => d.textContent)).to.deep.equal(['0', '0', '3']);
    // Its new progress is kept in this page only; what was there stays for a reader who knows it.
    expect(localStorage.getItem(`${KEY}:q1`)).to.equal('{"due": oops');
    expect(fc.text).to.contain('progress saved here earlier could not be read');
    expect(JSON.parse(localStorage.getItem(`${KEY}:q3`)!).reps).to.equal(1);
  });

  it('keeps the progress of the questions that remain when the set changes', async () => {
    const first = await small3();
    await first.grade('easy'); // q1
    await first.grade('easy'); // q2
    first.el.remove();
    const changed = structuredClone(small);
    changed.version = '2';
    changed.questions = changed.questions.filter((q: { id: string }) => q.id !== 'q1');
    changed.questions.push({
      ...structuredClone(small.questions[0]),
      id: 'q4',
      prompt: 'New one?',
    });
    const fc = await mountFlashcard({ set: JSON.stringify(changed), now: () => T0 + MIN });
    // q2 kept (not due), q3 and q4 new.
    expect(fc.counts).to.equal('2 new 0 learning 0 due');
    expect(fc.prompt).to.contain('select_related');
    await fc.grade('easy');
    expect(fc.prompt).to.equal('New one?');
    await fc.grade('easy');
    expect(fc.$$('.tiles dd').map((d) => d.textContent)).to.deep.equal(['0', '0', '3']);
  });

  it('counts "reviewed today" per local day', async () => {
    const c = clock(new Date(2025, 0, 6, 23, 50).getTime());
    const first = await small3('', c.now);
    await first.grade('easy');
    await first.grade('easy');
    await first.grade('easy');
    expect(first.summary!.innerText).to.contain('Reviewed today: 3');
    first.el.remove();
    const same = await small3('', c.now);
    expect(same.summary!.innerText).to.contain('Reviewed today: 3');
    same.el.remove();
    c.t += 20 * MIN; // past midnight
    const next = await small3('', c.now);
    expect(next.summary!.innerText).to.contain('Reviewed today: 0');
  });

  it('still works in memory when storage throws, says so, and fires django-error', async () => {
    let error: CustomEvent | undefined;
    const fc = await mountFlashcard({
      set: SMALL,
      now: () => T0,
      storage: throwingStorage,
      on: { 'django-error': (e) => (error = e as CustomEvent) },
    });
    expect(error!.detail.kind).to.equal('storage');
    expect(fc.text).to.contain('Progress is kept only until this page is closed');
    await fc.grade('easy');
    expect(fc.prompt).to.contain('template engines');
    await fc.motion();
    await expect(fc.el).shadowDom.to.be.accessible();
  });

  it('keeps nothing with no-persist', async () => {
    const first = await small3('no-persist');
    await first.grade('easy');
    first.el.remove();
    expect(
      Object.keys(localStorage).filter((k) => k.startsWith('django-quiz-elements:')),
    ).to.deep.equal([]);
    const second = await small3('no-persist');
    expect(second.prompt).to.contain('CSRF');
  });

  it('fires bubbling, composed events a page can hear from outside', async () => {
    const heard: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(
      html`<div
        @django-start=${(e: Event) => heard.push(`${e.type}:${e.composed}`)}
        @django-flip=${(e: Event) => heard.push(`${e.type}:${e.composed}`)}
        @django-grade=${(e: Event) => heard.push(`${e.type}:${e.composed}`)}
      ></div>`,
    );
    const el = document.createElement('django-flashcard');
    el.now = () => T0;
    el.innerHTML = `<script type="application/json">${SMALL}</script>`;
    wrapper.append(el);
    await settled(el);
    const fc = new FlashcardHarness(el);
    await fc.grade('good');
    expect(heard).to.deep.equal(['django-start:true', 'django-flip:true', 'django-grade:true']);
  });

  describe('browse mode', () => {
    it('pages with arrow keys and buttons, shows "n / total", and is accessible', async () => {
      const fc = await small3('mode="browse"');
      expect(fc.position).to.equal('1 / 3');
      expect(fc.text).to.not.contain('new'); // no scheduling chips
      const prev = fc.button('Previous')!;
      const next = fc.button('Next')!;
      expect(prev.getAttribute('aria-disabled')).to.equal('true');
      await fc.motion();
      await expect(fc.el).shadowDom.to.be.accessible();
      fc.card.focus();
      await fc.press('ArrowRight');
      expect(fc.position).to.equal('2 / 3');
      expect(fc.prompt).to.contain('template engines');
      expect(fc.focused).to.equal(fc.card);
      expect(fc.liveRegion).to.contain('Card 2 of 3.');
      await fc.press('Space');
      expect(fc.flipped).to.equal(true);
      await fc.press('ArrowRight'); // the next card starts on its front
      expect(fc.position).to.equal('3 / 3');
      expect(fc.flipped).to.equal(false);
      expect(fc.button('Next')!.getAttribute('aria-disabled')).to.equal('true');
      await fc.press('ArrowRight'); // stays at the end
      expect(fc.position).to.equal('3 / 3');
      await fc.press('ArrowLeft');
      expect(fc.position).to.equal('2 / 3');
      prev.click();
      await fc.el.updateComplete;
      expect(fc.position).to.equal('1 / 3');
      next.click();
      await fc.el.updateComplete;
      expect(fc.position).to.equal('2 / 3');
      await fc.flip();
      expect(fc.gradeButtons).to.have.length(0);
      await fc.motion();
      await expect(fc.el).shadowDom.to.be.accessible();
    });

    it('follows a swipe (pointer events): left for next, right for previous; a short drag does nothing', async () => {
      const fc = await small3('mode="browse"');
      await fc.swipe(-120);
      expect(fc.position).to.equal('2 / 3');
      await fc.swipe(-120);
      expect(fc.position).to.equal('3 / 3');
      await fc.swipe(140);
      expect(fc.position).to.equal('2 / 3');
      await fc.swipe(-20); // too short
      expect(fc.position).to.equal('2 / 3');
      await fc.swipe(-70, 200); // mostly vertical: a scroll, not a swipe
      expect(fc.position).to.equal('2 / 3');
      expect(fc.flipped).to.equal(false);
    });

    it('mirrors arrows and swipes on a right-to-left page: ← and a swipe right go to the next card', async () => {
      const fc = await small3('mode="browse" dir="rtl"');
      fc.card.focus();
      await fc.press('ArrowLeft');
      expect(fc.position).to.equal('2 / 3');
      await fc.press('ArrowRight');
      expect(fc.position).to.equal('1 / 3');
      await fc.swipe(120);
      expect(fc.position).to.equal('2 / 3');
      await fc.swipe(-120);
      expect(fc.position).to.equal('1 / 3');
    });

    it('shuffles the deck and starts it over', async () => {
      const fc = await small3('mode="browse"');
      await fc.swipe(-120);
      fc.button('Shuffle')!.click();
      await fc.el.updateComplete;
      expect(fc.position).to.equal('1 / 3');
      expect(fc.liveRegion).to.match(/^Cards shuffled\./);
      const order: string[] = [];
      for (let i = 0; i < 3; i++) {
        order.push(fc.$('[part~="front"]')!.textContent!.includes('CSRF') ? 'q1' : fc.prompt);
        fc.el.next();
        await fc.el.updateComplete;
      }
      expect(new Set(order).size).to.equal(3);
      expect(order).to.not.deep.equal([
        'q1',
        'Which of these are Django template engines shipped with Django?',
        'What does select_related() do?',
      ]);
    });

    it('keeps a seeded order reproducible', async () => {
      const orderOf = async (attrs: string) => {
        const fc = await small3(`mode="browse" ${attrs}`);
        const order: string[] = [];
        for (let i = 0; i < 3; i++) {
          order.push(fc.prompt);
          fc.el.next();
          await fc.el.updateComplete;
        }
        fc.el.remove();
        return order.join('|');
      };
      const a = await orderOf('seed="7"');
      expect(await orderOf('seed="7"')).to.equal(a);
      const others = new Set([a]);
      for (const seed of ['1', '2', '3', '4', '5']) others.add(await orderOf(`seed="${seed}"`));
      expect(others.size).to.be.greaterThan(1);
    });
  });

  it('filters by topics, difficulty and count', async () => {
    const fc = await small3('topics="orm, templates" difficulty="hard" mode="browse"');
    expect(fc.position).to.equal('1 / 1');
    expect(fc.prompt).to.contain('select_related');
    const limited = await small3('count="2" mode="browse"');
    expect(limited.position).to.equal('1 / 2');
  });

  it('shows a friendly empty state for a filter that matches nothing', async () => {
    const fc = await small3('topics="no-such-topic"');
    expect(fc.text).to.contain('No questions match');
    expect(fc.hasCard).to.equal(false);
    await fc.motion();
    await expect(fc.el).shadowDom.to.be.accessible();
  });

  it('shows a bad src in the widget with django-error, accessibly', async () => {
    let error: CustomEvent | undefined;
    const fc = await mountFlashcard({
      attrs: 'src="/__test/status/500"',
      on: { 'django-error': (e) => (error = e as CustomEvent) },
    });
    await waitUntil(() => error, 'no django-error');
    expect(error!.detail.kind).to.equal('http');
    await fc.el.updateComplete;
    expect(fc.text).to.contain('This question set could not be loaded');
    expect(fc.$('[role="alert"]')).to.not.equal(null);
    await fc.motion();
    await expect(fc.el).shadowDom.to.be.accessible();
  });

  it('renders set content as text, never as HTML', async () => {
    const evil = structuredClone(small);
    evil.questions[0].prompt = '<img src=x onerror="window.__pwnedFc=1">Which?';
    evil.questions[0].answer = '<b>bold</b>';
    const fc = await mountFlashcard({ set: JSON.stringify(evil) });
    await fc.flip();
    expect(fc.prompt).to.equal('<img src=x onerror="window.__pwnedFc=1">Which?');
    expect(fc.answer).to.equal('<b>bold</b>');
    expect(fc.$('img')).to.equal(null);
    expect(fc.$('b')).to.equal(null);
    expect((window as unknown as { __pwnedFc?: number }).__pwnedFc).to.equal(undefined);
  });

  it('follows theme="dark", reads --django-accent, and is accessible in dark', async () => {
    const fc = await small3('theme="dark" style="--django-accent: rgb(255, 0, 128)"');
    expect(getComputedStyle(fc.$('[part~="base"]')!).backgroundColor).to.equal('rgb(18, 26, 22)');
    await fc.flip();
    expect(getComputedStyle(fc.$('[part~="back"]')!).borderTopColor).to.equal('rgb(255, 0, 128)');
    await fc.motion();
    await expect(fc.el).shadowDom.to.be.accessible();
  });

  it('has targets of at least 24×24 px', async () => {
    const fc = await small3();
    await fc.flip();
    // Every button on screen (the closed "Your progress" dialog's are not on screen).
    for (const button of fc.$$('button, summary').filter((b) => !b.closest('dialog:not([open])'))) {
      const box = button.getBoundingClientRect();
      expect(box.height, button.textContent!).to.be.at.least(24);
      expect(box.width, button.textContent!).to.be.at.least(24);
    }
  });

  it('moves focus to the card when the explanation it was in goes away', async () => {
    const fc = await small3();
    await fc.flip();
    const summary = fc.$('details summary')!;
    summary.focus();
    expect(fc.focused).to.equal(summary);
    fc.el.flip(); // back to the front: the explanation is removed
    await fc.el.updateComplete;
    expect(fc.$('details')).to.equal(null);
    expect(fc.focused).to.equal(fc.card);
  });

  it('uses 10 new cards a day when new-per-day is not a number', async () => {
    const el = await fixture<DjangoFlashcard>(
      html`<django-flashcard new-per-day="lots" no-persist></django-flashcard>`,
    );
    await settled(el);
    expect(new FlashcardHarness(el).counts).to.equal('10 new 0 learning 0 due');
  });

  it('never loses focus to <body> across a whole session by keyboard', async () => {
    const fc = await small3();
    fc.card.focus();
    for (const key of ['Space', '1', 'Space', '4', 'Space', '4', 'Space', '4']) {
      await sendKeys({ press: key });
      await fc.el.updateComplete;
      expect(document.activeElement, `after ${key}`).to.equal(fc.el);
      expect(fc.focused, `after ${key}`).to.not.equal(null);
    }
    expect(fc.summary).to.not.equal(null);
    expect(fc.focused).to.equal(fc.$('.summary-title'));
  });
});

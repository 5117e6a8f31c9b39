// Quiz → cards and the site-wide queue, at the storage level (the widgets' tests drive the same code
// through clicks): a mistake is an Again review due at once, logged with `via: 'quiz'`; a set met on
// the site keeps the text of its carded questions, so a queue on another page can show them.
import { expect } from '@open-wc/testing';
import { parseQuestionSet } from '../src/data/load.js';
import { clearMemoryFallback, ProgressStore } from '../src/internal/storage.js';
import { readCard, recordReview, scheduleFromQuiz } from '../src/progress/cards.js';
import { catalogKey } from '../src/progress/entries.js';
import { siteSets } from '../src/progress/site-queue.js';
import { createDeck, emptyDay, gradeCard, studyQueue } from '../src/state/flashcard-state.js';
import small from './fixtures/small-set.json';
import tiny from './fixtures/tiny-set.json';

const MIN = 60_000;
const DAY = 86_400_000;
const T0 = new Date(2025, 0, 6, 9, 0, 0).getTime();
const SMALL = parseQuestionSet(small);
const TINY = parseQuestionSet(tiny);

describe('quiz mistakes as cards', () => {
  let store: ProgressStore;
  beforeEach(() => {
    localStorage.clear();
    clearMemoryFallback();
    store = new ProgressStore(localStorage);
  });

  it('a new question becomes a learning card due now, in any deck of its set', () => {
    expect(scheduleFromQuiz(store, SMALL, SMALL.questions[1], T0)).to.equal('added');
    const read = readCard(store, 'small-set', 'q2');
    if (read.status !== 'ok') throw new Error(read.status);
    expect(read.card.state).to.equal(1);
    expect(read.card.due.getTime()).to.equal(T0);
    expect(read.log).to.deep.equal([{ at: T0, rating: 1, state: 0, via: 'quiz' }]);
    // A deck of the set that has q2 puts it first, before new cards, right away.
    const deck = createDeck(['q1', 'q2', 'q3'], { q2: read.card }, emptyDay(T0), 10);
    expect(studyQueue(deck, T0 + 1000)[0]).to.equal('q2');
    expect(
      JSON.parse(localStorage.getItem(catalogKey('small-set'))!).questions.map(
        (q: { id: string }) => q.id,
      ),
    ).to.deep.equal(['q2']);
  });

  it('a known card lapses into relearning, and its log keeps the flashcard reviews', () => {
    let deck = createDeck(['q1'], {}, emptyDay(T0), 10);
    deck = gradeCard(deck, 'q1', 'easy', T0).deck;
    recordReview(store, SMALL, SMALL.questions[0], deck.cards.q1, {
      at: T0,
      rating: 4,
      state: 0,
      ms: 3000,
    });
    expect(scheduleFromQuiz(store, SMALL, SMALL.questions[0], T0 + 3 * DAY)).to.equal(
      'rescheduled',
    );
    const read = readCard(store, 'small-set', 'q1');
    if (read.status !== 'ok') throw new Error(read.status);
    expect(read.card.state).to.equal(3);
    expect(read.card.lapses).to.equal(1);
    expect(read.log.map((r) => [r.rating, r.state, r.via])).to.deep.equal([
      [4, 0, undefined],
      [1, 2, 'quiz'],
    ]);
  });

  it('an entry not ours at the card key is left alone', () => {
    localStorage.setItem('django-quiz-elements:cards:v1:small-set:q1', '{"other":"app"}');
    expect(scheduleFromQuiz(store, SMALL, SMALL.questions[0], T0)).to.equal('skipped');
    expect(localStorage.getItem('django-quiz-elements:cards:v1:small-set:q1')).to.equal(
      '{"other":"app"}',
    );
  });

  it('the site queue lists every set with cards, by title, with its due count', () => {
    scheduleFromQuiz(store, SMALL, SMALL.questions[0], T0);
    scheduleFromQuiz(store, SMALL, SMALL.questions[2], T0);
    scheduleFromQuiz(store, TINY, TINY.questions[0], T0 - 2 * DAY);
    const sets = siteSets(store, T0 + 2 * MIN);
    expect(sets.map((s) => [s.set.title, s.set.questions.map((q) => q.id), s.due])).to.deep.equal(
      [
        ['A tiny test set', ['migrate'], 1],
        [SMALL.title, ['q1', 'q3'], 2],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(siteSets(new ProgressStore(localStorage), T0, undefined)).to.have.length(2);
  });
});

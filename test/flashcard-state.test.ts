// The deck logic alone: no DOM, a fixed clock, and ts-fsrs's own output as the reference.
import { expect } from '@open-wc/testing';
import { createEmptyCard, fsrs, Rating, State } from 'ts-fsrs';
import {
  LEARN_AHEAD_MS,
  cardAt,
  cardKind,
  createDeck,
  deckCounts,
  emptyDay,
  emptySession,
  gradeCard,
  intervalParts,
  laterCard,
  localDay,
  nextDue,
  previewDue,
  queueCounts,
  recordRating,
  rollDay,
  studyMore,
  studyQueue,
  unseenCount,
  type DeckState,
} from '../src/state/flashcard-state.js';
import { restoreCard, restoreDay, serializeCard } from '../src/state/stored-deck.js';

const MIN = 60_000;
const DAY = 86_400_000;
/** Monday 6 January 2025, 09:00 local time. */
const T0 = new Date(2025, 0, 6, 9, 0, 0).getTime();

function deck(ids: string[], newPerDay = 10): DeckState {
  return createDeck(ids, {}, emptyDay(T0), newPerDay);
}

describe('flashcard-state', () => {
  it('previews a new card as ts-fsrs does: 1m / 6m / 10m / 8d', () => {
    const d = deck(['a']);
    const due = previewDue(d, 'a', T0);
    const reference = fsrs().repeat(createEmptyCard(new Date(T0)), new Date(T0));
    expect(due.again.getTime()).to.equal(reference[Rating.Again].card.due.getTime());
    expect(due.hard.getTime()).to.equal(reference[Rating.Hard].card.due.getTime());
    expect(due.good.getTime()).to.equal(reference[Rating.Good].card.due.getTime());
    expect(due.easy.getTime()).to.equal(reference[Rating.Easy].card.due.getTime());
    expect(due.again.getTime() - T0).to.equal(1 * MIN);
    expect(due.hard.getTime() - T0).to.equal(6 * MIN);
    expect(due.good.getTime() - T0).to.equal(10 * MIN);
    expect(due.easy.getTime() - T0).to.equal(8 * DAY);
  });

  it('grades exactly as ts-fsrs schedules, step after step', () => {
    const f = fsrs();
    let reference = createEmptyCard(new Date(T0));
    let d = deck(['a']);
    const steps: [keyof typeof Rating & string, number][] = [
      ['Good', 0],
      ['Good', 10 * MIN],
      ['Again', 2 * DAY + 10 * MIN],
      ['Hard', 2 * DAY + 25 * MIN],
      ['Easy', 5 * DAY],
      ['Good', 30 * DAY],
    ];
    for (const [name, offset] of steps) {
      const now = T0 + offset;
      reference = f.next(reference, new Date(now), Rating[name] as 1 | 2 | 3 | 4).card;
      const result = gradeCard(d, 'a', name.toLowerCase() as 'good', now);
      d = result.deck;
      expect(serializeCard(result.card), `${name} at +${offset / MIN}m`).to.deep.equal(
        serializeCard(reference),
      );
    }
    expect(d.cards.a.lapses).to.equal(1);
    expect(d.cards.a.reps).to.equal(steps.length);
  });

  it('known intervals: Good then Good graduates to 2 days; Again on a review card relearns in 10m', () => {
    let d = deck(['a']);
    d = gradeCard(d, 'a', 'good', T0).deck;
    expect(d.cards.a.due.getTime() - T0).to.equal(10 * MIN);
    expect(cardKind(d.cards.a)).to.equal('learning');
    const t1 = T0 + 10 * MIN;
    expect(previewDue(d, 'a', t1).good.getTime() - t1).to.equal(2 * DAY);
    d = gradeCard(d, 'a', 'good', t1).deck;
    expect(d.cards.a.state).to.equal(State.Review);
    const t2 = d.cards.a.due.getTime();
    d = gradeCard(d, 'a', 'again', t2).deck;
    expect(d.cards.a.state).to.equal(State.Relearning);
    expect(d.cards.a.due.getTime() - t2).to.equal(10 * MIN);
  });

  it('queues due cards first (earliest first), then new cards up to the daily limit', () => {
    let d = deck(['n1', 'r1', 'n2', 'r2', 'n3', 'n4'], 2);
    d = gradeCard(d, 'r1', 'easy', T0 - 20 * DAY).deck; // due T0 - 12d
    d = gradeCard(d, 'r2', 'easy', T0 - 30 * DAY).deck; // due T0 - 22d
    d = { ...d, today: emptyDay(T0) };
    expect(studyQueue(d, T0)).to.deep.equal(['r2', 'r1', 'n1', 'n2']);
    expect(queueCounts(d, T0)).to.deep.equal({ new: 2, learning: 0, due: 2 });
  });

  it('brings an Again card back in the same session (learn-ahead), after the rest', () => {
    let d = deck(['a', 'b']);
    d = gradeCard(d, 'a', 'again', T0).deck;
    expect(studyQueue(d, T0)).to.deep.equal(['b', 'a']);
    expect(queueCounts(d, T0)).to.deep.equal({ new: 1, learning: 1, due: 0 });
    d = gradeCard(d, 'b', 'easy', T0).deck;
    expect(studyQueue(d, T0)).to.deep.equal(['a']);
    // Learning cards beyond the learn-ahead window wait.
    expect(studyQueue(d, T0 - LEARN_AHEAD_MS)).to.deep.equal([]);
    d = gradeCard(d, 'a', 'easy', T0).deck;
    expect(studyQueue(d, T0)).to.deep.equal([]);
  });

  it('counts new cards against the daily limit, resets it the next local day, and studies more', () => {
    let d = deck(['a', 'b', 'c', 'd'], 2);
    d = gradeCard(d, 'a', 'easy', T0).deck;
    d = gradeCard(d, 'b', 'easy', T0).deck;
    expect(d.today).to.deep.equal({ day: localDay(T0), reviewed: 2, newSeen: 2, extraNew: 0 });
    expect(studyQueue(d, T0)).to.deep.equal([]);
    expect(unseenCount(d)).to.equal(2);
    const more = studyMore(d, 2, T0);
    expect(studyQueue(more, T0)).to.deep.equal(['c', 'd']);
    const tomorrow = T0 + DAY;
    expect(rollDay(d, tomorrow).today).to.deep.equal(emptyDay(tomorrow));
    expect(studyQueue(d, tomorrow)).to.deep.equal(['c', 'd']);
  });

  it('counts cards by state and finds the next due time', () => {
    let d = deck(['a', 'b', 'c']);
    expect(deckCounts(d)).to.deep.equal({ new: 3, learning: 0, review: 0 });
    expect(nextDue(d)).to.equal(undefined);
    d = gradeCard(d, 'a', 'good', T0).deck;
    d = gradeCard(d, 'b', 'easy', T0).deck;
    expect(deckCounts(d)).to.deep.equal({ new: 1, learning: 1, review: 1 });
    expect(nextDue(d)!.getTime()).to.equal(T0 + 10 * MIN);
  });

  it('keeps only the cards of the deck (a question removed from the set drops out)', () => {
    let d = deck(['a', 'b']);
    d = gradeCard(d, 'a', 'easy', T0).deck;
    d = gradeCard(d, 'b', 'easy', T0).deck;
    const changed = createDeck(['b', 'c'], d.cards, d.today, 10);
    expect(Object.keys(changed.cards)).to.deep.equal(['b']);
    expect(changed.cards.b).to.deep.equal(d.cards.b);
  });

  it('round-trips a card through JSON and rejects damaged entries', () => {
    let d = deck(['a']);
    d = gradeCard(d, 'a', 'good', T0).deck;
    d = gradeCard(d, 'a', 'good', T0 + 10 * MIN).deck;
    const stored = JSON.parse(JSON.stringify(serializeCard(d.cards.a)));
    expect(restoreCard(stored)).to.deep.equal(d.cards.a);
    const bad = [
      null,
      'text',
      42,
      [],
      {},
      { ...stored, due: 'tomorrow' },
      { ...stored, stability: -1 },
      { ...stored, state: 7 },
      { ...stored, reps: 1.5 },
      { ...stored, lapses: -1 },
      { ...stored, last_review: 'x' },
      { ...stored, difficulty: null },
      { ...stored, due: 1e300 }, // no Date holds it
      { ...stored, last_review: -1e17 },
      { ...stored, stability: 0 }, // a memory state ts-fsrs rejects (it throws)
      { ...stored, stability: 0.0005 },
      { ...stored, difficulty: 0.5 },
    ];
    for (const entry of bad) expect(restoreCard(entry), JSON.stringify(entry)).to.equal(undefined);
  });

  it('looks cards up by own keys only: an id like "constructor" is a new card', () => {
    let d = deck(['constructor', 'tostring', 'valueof']);
    expect(cardAt(d, 'constructor')).to.equal(undefined);
    expect(queueCounts(d, T0)).to.deep.equal({ new: 3, learning: 0, due: 0 });
    expect(studyQueue(d, T0)).to.deep.equal(['constructor', 'tostring', 'valueof']);
    d = gradeCard(d, 'constructor', 'easy', T0).deck;
    expect(cardAt(d, 'constructor')!.state).to.equal(State.Review);
    expect(deckCounts(d)).to.deep.equal({ new: 2, learning: 0, review: 1 });
    const again = createDeck(d.order, d.cards, d.today, 10);
    expect(Object.keys(again.cards)).to.deep.equal(['constructor']);
    expect(nextDue(deck(['constructor']))).to.equal(undefined);
  });

  it('schedules a card last reviewed "in the future" (a clock set back) from now', () => {
    let d = deck(['a']);
    d = gradeCard(d, 'a', 'easy', T0 + 30 * DAY).deck;
    // ts-fsrs alone throws on the negative elapsed time.
    expect(() => fsrs().repeat(cardAt(d, 'a')!, new Date(T0))).to.throw();
    const due = previewDue(d, 'a', T0);
    expect(due.good.getTime()).to.be.above(T0);
    const graded = gradeCard(d, 'a', 'good', T0).card;
    expect(graded.last_review!.getTime()).to.equal(T0);
  });

  it('keeps the later review of a card, by last review time', () => {
    const a = gradeCard(deck(['a']), 'a', 'again', T0).card;
    const b = gradeCard(deck(['a']), 'a', 'easy', T0 + MIN).card;
    expect(laterCard(a, b)).to.equal(b);
    expect(laterCard(b, a)).to.equal(b);
    expect(laterCard(a, { ...a })).to.equal(a); // a tie keeps the first
    expect(laterCard(undefined, a)).to.equal(a);
    expect(laterCard(a, undefined)).to.equal(a);
  });

  it("restores today's counters only for today", () => {
    const today = { day: localDay(T0), reviewed: 3, newSeen: 2, extraNew: 5 };
    expect(restoreDay(today, T0 + MIN)).to.deep.equal(today);
    expect(restoreDay(today, T0 + DAY)).to.deep.equal(emptyDay(T0 + DAY));
    expect(restoreDay({ ...today, reviewed: -1 }, T0)).to.deep.equal(emptyDay(T0));
    expect(restoreDay(undefined, T0)).to.deep.equal(emptyDay(T0));
  });

  it('labels intervals in the largest unit that fits', () => {
    const cases: [number, string, number][] = [
      [20_000, 'lessThanMinute', 0],
      [MIN, 'minutes', 1],
      [10 * MIN, 'minutes', 10],
      [59 * MIN, 'minutes', 59],
      [60 * MIN, 'hours', 1],
      [5 * 60 * MIN, 'hours', 5],
      [DAY, 'days', 1],
      [8 * DAY, 'days', 8],
      [45 * DAY, 'months', 1.5],
      [300 * DAY, 'months', 9.9],
      [365 * DAY, 'years', 1],
      [4000 * DAY, 'years', 11],
    ];
    for (const [ms, unit, n] of cases) {
      expect(intervalParts(ms), `${ms}ms`).to.deep.equal({ unit, n });
    }
  });

  it('tallies a session', () => {
    let s = emptySession();
    s = recordRating(s, 'again');
    s = recordRating(s, 'good');
    s = recordRating(s, 'good');
    expect(s).to.deep.equal({ reviewed: 3, ratings: { again: 1, hard: 0, good: 2, easy: 0 } });
  });
});

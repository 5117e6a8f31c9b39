// The deck's queue and counts are kept up to date per graded card (src/state/deck-index.ts). These
// property tests (fast-check, fixed seed) check them, after any run of grades, merges and "Study
// more", against the same deck indexed from scratch and against a naive reference: the whole-deck
// scans the queue was computed with before it was incremental.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { State, type Card } from 'ts-fsrs';
import {
  LEARN_AHEAD_MS,
  RATINGS,
  cardAt,
  createDeck,
  deckCounts,
  emptyDay,
  gradeCard,
  mergeCards,
  nextCard,
  nextDue,
  queueCounts,
  rollDay,
  studyMore,
  studyQueue,
  unseenCount,
  type DeckState,
} from '../src/state/flashcard-state.js';

const MIN = 60_000;
const T0 = new Date(2025, 0, 6, 9, 0, 0).getTime();

/** The queue as it was computed before: scans of the whole deck on each call. */
function naiveQueue(deck: DeckState, now: number): string[] {
  const d = rollDay(deck, now);
  const isNew = (c?: Card) => !c || c.state === State.New;
  const learning = (c: Card) => c.state === State.Learning || c.state === State.Relearning;
  const byDue = (a: string, b: string) => cardAt(d, a)!.due.getTime() - cardAt(d, b)!.due.getTime();
  const seen = d.order.filter((id) => !isNew(cardAt(d, id)));
  const allowance = Math.max(0, d.newPerDay + d.today.extraNew - d.today.newSeen);
  const dueNow = seen.filter((id) => cardAt(d, id)!.due.getTime() <= now).sort(byDue);
  const fresh = d.order.filter((id) => isNew(cardAt(d, id))).slice(0, allowance);
  const ahead = seen
    .filter((id) => {
      const c = cardAt(d, id)!;
      return learning(c) && c.due.getTime() > now && c.due.getTime() <= now + LEARN_AHEAD_MS;
    })
    .sort(byDue);
  return [...dueNow, ...fresh, ...ahead];
}

type Step =
  | { kind: 'grade'; pick: number; rating: number; wait: number }
  | { kind: 'merge'; pick: number; rating: number; wait: number }
  | { kind: 'more'; extra: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('grade' as const),
    pick: fc.nat(40),
    rating: fc.nat(3),
    wait: fc.nat(3 * 24 * 60),
  }),
  fc.record({
    kind: fc.constant('merge' as const),
    pick: fc.nat(40),
    rating: fc.nat(3),
    wait: fc.nat(60),
  }),
  fc.record({ kind: fc.constant('more' as const), extra: fc.nat(5) }),
);

/** Everything the widget reads from a deck at `now`. */
function view(deck: DeckState, now: number) {
  return {
    queue: studyQueue(deck, now),
    next: nextCard(deck, now),
    counts: queueCounts(deck, now),
    deck: deckCounts(deck),
    nextDue: nextDue(deck)?.getTime(),
    unseen: unseenCount(deck),
  };
}

describe('deck index', () => {
  it('gives what indexing from scratch and the naive whole-deck scans give, after any steps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        fc.nat(8),
        fc.array(step, { maxLength: 40 }),
        (size, perDay, steps) => {
          const ids = Array.from({ length: size }, (_, i) => `q${i}`);
          let deck = createDeck(ids, {}, emptyDay(T0), perDay);
          let now = T0;
          for (const s of steps) {
            if (s.kind === 'more') deck = studyMore(deck, s.extra, now);
            else {
              now += s.wait * MIN;
              // Grade the card on screen when there is one (as a learner does), else any card.
              const id =
                s.pick % 2 ? (nextCard(deck, now) ?? ids[s.pick % size]) : ids[s.pick % size];
              const rating = RATINGS[s.rating];
              if (s.kind === 'grade') deck = gradeCard(deck, id, rating, now).deck;
              // Another tab graded the card a little later than now.
              else deck = mergeCards(deck, [[id, gradeCard(deck, id, rating, now + MIN).card]]);
            }
            const fresh = createDeck(deck.order, deck.cards, deck.today, deck.newPerDay);
            expect(view(deck, now)).to.deep.equal(view(fresh, now));
            expect(studyQueue(deck, now)).to.deep.equal(naiveQueue(deck, now));
            expect(nextCard(deck, now)).to.equal(naiveQueue(deck, now)[0]);
          }
        },
      ),
      { seed: 1605, numRuns: 300 },
    );
  });

  it('grades a card of a 50 000-card deck in a fraction of one whole-deck scan', () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `q${i}`);
    let deck = createDeck(ids, {}, emptyDay(T0), 10);
    queueCounts(deck, T0); // indexed once, when the deck is built
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
    const timed = (f: () => void) => {
      const t0 = performance.now();
      f();
      return performance.now() - t0;
    };
    // Medians, so that a moment the machine is busy elsewhere does not decide.
    const grades = Array.from({ length: 21 }, (_, i) =>
      timed(() => {
        const now = T0 + i * MIN;
        deck = gradeCard(deck, nextCard(deck, now)!, 'good', now).deck;
        queueCounts(deck, now);
        deckCounts(deck);
      }),
    );
    const scans = Array.from({ length: 5 }, () => timed(() => naiveQueue(deck, T0)));
    expect(median(grades)).to.be.below(median(scans) / 4);
    expect(deckCounts(deck).new).to.equal(50_000 - 10);
  });
});

/**
 * What the deck's queue and counts are read from, kept up to date one card at a time so that grading
 * a card costs the same in a deck of 100 and of 50 000: new cards in deck order, and learning and
 * review cards each sorted by when they are due (ties in deck order). Derived data only: built from
 * a deck's `order` and `cards` on first use, then carried from each snapshot to the next by the
 * functions that make it (see `withIndex` in flashcard-state.ts). Pure: no DOM, no clock.
 */
import type { Card } from 'ts-fsrs';

/** A learning or review card's place in its queue. */
export interface Due {
  /** When the card is due (epoch ms). */
  at: number;
  /** Its position in the deck's order (breaks ties). */
  pos: number;
  id: string;
}

export interface DeckIndex {
  /** How a card's kind is told (the scheduler's states; see `cardKind` in flashcard-state.ts). */
  readonly kindOf: (card: Card | undefined) => CardKind;
  /** Position of each card id in the deck's order (shared by every snapshot of one deck). */
  readonly pos: ReadonlyMap<string, number>;
  /** Ids of the cards never graded (or stored as new), in deck order. */
  readonly unseen: readonly string[];
  /** Learning and relearning cards, earliest due first. */
  readonly learning: readonly Due[];
  /** Review cards, earliest due first. */
  readonly review: readonly Due[];
}

/** Which queue a card is in: never graded (or stored as new), learning or relearning, review. */
export type CardKind = 'new' | 'learning' | 'review';

const byDue = (a: Due, b: Due): number => a.at - b.at || a.pos - b.pos;

/** The index of a deck, in O(n log n): once per deck built, never per grade. */
export function buildIndex(
  order: readonly string[],
  cardOf: (id: string) => Card | undefined,
  kindOf: (card: Card | undefined) => CardKind,
): DeckIndex {
  const pos = new Map<string, number>();
  const unseen: string[] = [];
  const learning: Due[] = [];
  const review: Due[] = [];
  order.forEach((id, i) => {
    if (pos.has(id)) return;
    pos.set(id, i);
    const card = cardOf(id);
    const kind = kindOf(card);
    if (kind === 'new') unseen.push(id);
    else (kind === 'learning' ? learning : review).push({ at: card!.due.getTime(), pos: i, id });
  });
  learning.sort(byDue);
  review.sort(byDue);
  return { kindOf, pos, unseen, learning, review };
}

/** The first index in `list` whose entry is not before `due` (binary search). */
function lowerBound(list: readonly Due[], due: Due): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byDue(list[mid], due) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many entries of `list` are due at or before `t` (binary search). */
export function countDueBy(list: readonly Due[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function without(list: readonly Due[], due: Due): readonly Due[] {
  const i = lowerBound(list, due);
  if (list[i]?.id !== due.id) return list;
  const out = list.slice();
  out.splice(i, 1);
  return out;
}

function withEntry(list: readonly Due[], due: Due): readonly Due[] {
  const out = list.slice();
  out.splice(lowerBound(out, due), 0, due);
  return out;
}

/** The unseen list with `id` taken out or put back in its deck position (binary search by position). */
function unseenWith(index: DeckIndex, id: string, present: boolean): readonly string[] {
  const p = index.pos.get(id)!;
  const list = index.unseen;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.pos.get(list[mid])! < p) lo = mid + 1;
    else hi = mid;
  }
  const there = list[lo] === id;
  if (there === present) return list;
  const out = list.slice();
  if (present) out.splice(lo, 0, id);
  else out.splice(lo, 1);
  return out;
}

/** The index after one card changed from `before` to `after`: O(log n) searches and one array copy. */
export function reindex(
  index: DeckIndex,
  id: string,
  before: Card | undefined,
  after: Card | undefined,
): DeckIndex {
  const p = index.pos.get(id);
  if (p === undefined || before === after) return index; // not in this deck: not in its queue
  let { unseen, learning, review } = index;
  const was = index.kindOf(before);
  if (was === 'new') unseen = unseenWith({ ...index, unseen }, id, false);
  else if (was === 'learning')
    learning = without(learning, { at: before!.due.getTime(), pos: p, id });
  else review = without(review, { at: before!.due.getTime(), pos: p, id });
  const is = index.kindOf(after);
  if (is === 'new') unseen = unseenWith({ ...index, unseen }, id, true);
  else if (is === 'learning')
    learning = withEntry(learning, { at: after!.due.getTime(), pos: p, id });
  else review = withEntry(review, { at: after!.due.getTime(), pos: p, id });
  return { ...index, unseen, learning, review };
}

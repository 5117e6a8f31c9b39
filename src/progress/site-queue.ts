/**
 * The site-wide review queue: every set the learner met on this origin (its catalog entry: title and
 * the questions that have cards), with how many of its cards are due, so one <django-flashcard
 * all-sets> can review them set after set.
 */
import type { ProgressStore } from '../internal/storage.js';
import type { QuestionSet } from '../data/schema.js';
import { LEARN_AHEAD_MS } from '../state/flashcard-state.js';
import { CATALOG_PREFIX, isCatalogEntry, parseKey } from './entries.js';
import { readCard } from './cards.js';

export interface SiteSet {
  set: QuestionSet;
  /** Cards due now (or learning cards due within the learn-ahead window). */
  due: number;
}

/** The sets with cards on this origin, by title; `extra` (the set the widget loaded) joins them. */
export function siteSets(store: ProgressStore, now: number, extra?: QuestionSet): SiteSet[] {
  const sets = new Map<string, QuestionSet>();
  for (const key of store.keys()) {
    if (!key.startsWith(CATALOG_PREFIX)) continue;
    const parsed = parseKey(key);
    if (parsed?.kind !== 'catalog') continue;
    const entry = store.readEntry(key, isCatalogEntry);
    if (entry.status !== 'ok') continue;
    sets.set(parsed.setId, {
      id: parsed.setId,
      title: entry.value.title,
      version: '1',
      questions: entry.value.questions,
    });
  }
  if (extra) {
    const cached = sets.get(extra.id);
    const ids = new Set(extra.questions.map((q) => q.id));
    // The loaded set's text wins; questions only the catalog still has (since removed) stay reviewable.
    sets.set(extra.id, {
      ...extra,
      questions: [...extra.questions, ...(cached?.questions ?? []).filter((q) => !ids.has(q.id))],
    });
  }
  const out: SiteSet[] = [];
  for (const set of sets.values()) {
    let due = 0;
    let cards = 0;
    for (const q of set.questions) {
      const c = readCard(store, set.id, q.id);
      if (c.status !== 'ok' || c.card.state === 0) continue;
      cards++;
      if (c.card.due.getTime() <= now + (c.card.state === 2 ? 0 : LEARN_AHEAD_MS)) due++;
    }
    if (cards)
      out.push({
        set: {
          ...set,
          questions: set.questions.filter((q) => readCard(store, set.id, q.id).status === 'ok'),
        },
        due,
      });
  }
  return out.sort(
    (a, b) => a.set.title.localeCompare(b.set.title) || a.set.id.localeCompare(b.set.id),
  );
}

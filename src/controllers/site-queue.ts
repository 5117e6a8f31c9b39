/**
 * The site-wide review queue of a `<django-flashcard all-sets>`: the sets with cards on this origin
 * (src/progress/site-queue.ts reads them), which one is on screen, and the way on to the next set
 * with cards due. The element asks `setFor()` which set to build its deck from.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QuestionSet } from '../data/schema.js';
import type { ProgressStore } from '../internal/storage.js';
import { siteSets, type SiteSet } from '../progress/site-queue.js';

export class SiteQueue implements ReactiveController {
  private site?: { loaded: QuestionSet; sets: SiteSet[]; index: number };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => ProgressStore,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the queue is on (the deck shows a set of the site's, not only the loaded one). */
  get active(): boolean {
    return this.site !== undefined;
  }

  /** Which set of the queue is on screen, when there are several. */
  get position(): { n: number; total: number } | undefined {
    const site = this.site;
    return site && site.sets.length > 1
      ? { n: site.index + 1, total: site.sets.length }
      : undefined;
  }

  /** The set to build the deck from: the first with cards due (the loaded set joins the queue). */
  setFor(loaded: QuestionSet, now: number): QuestionSet {
    if (this.site?.loaded !== loaded) {
      const sets = siteSets(this.store(), now, loaded);
      const first = sets.findIndex((s) => s.due > 0);
      this.site = { loaded, sets, index: Math.max(0, first) };
    }
    return this.site.sets[this.site.index]?.set ?? loaded;
  }

  /** Turn the queue off (the element is no longer `all-sets`). */
  clear(): void {
    this.site = undefined;
  }

  /** The next set with cards due, if any. */
  next(now: number): { index: number; entry: SiteSet } | undefined {
    const site = this.site;
    if (!site) return undefined;
    const fresh = siteSets(this.store(), now, site.loaded);
    for (let i = site.index + 1; i < fresh.length; i++) {
      if (fresh[i].due > 0) return { index: i, entry: fresh[i] };
    }
    return undefined;
  }

  /** Move on to the next set with cards due; false when there is none. */
  advance(now: number): boolean {
    const next = this.next(now);
    if (!next || !this.site) return false;
    this.site = {
      ...this.site,
      sets: siteSets(this.store(), now, this.site.loaded),
      index: next.index,
    };
    this.host.requestUpdate();
    return true;
  }
}

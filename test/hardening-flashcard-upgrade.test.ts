// <django-flashcard> elements that exist before the script defining them has loaded (a slow or
// deferred <script> on a host page). This file must not import the define module statically: it
// loads it mid-test.
import { expect, fixture, html } from '@open-wc/testing';
import type { DjangoFlashcard } from '../src/components/flashcard/flashcard.js';
import { clearMemoryFallback } from '../src/internal/storage.js';
import {
  FaultyStorage,
  fixtureText,
  settled,
  visibleText,
  watchUncaught,
  type Widget,
} from './support/hardening.js';

const T0 = new Date(2025, 0, 6, 9, 0, 0).getTime();

describe('<django-flashcard> upgrade', () => {
  beforeEach(() => {
    localStorage.clear();
    clearMemoryFallback();
  });

  it('upgrades decks made before the definition, keeping attributes, children and early properties', async () => {
    expect(customElements.get('django-flashcard'), 'defined too early').to.equal(undefined);
    const uncaught = watchUncaught();
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const events: string[] = [];
    page.addEventListener('django-start', (e) => events.push(`start ${e.detail.setId}`));
    page.addEventListener('django-error', (e) => events.push(`error ${e.detail.message}`));
    const small = await fixtureText('small-set.json');

    // Made by script, with an attribute and an inline set.
    const browse = document.createElement('django-flashcard');
    browse.setAttribute('mode', 'browse');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = small;
    browse.append(script);
    page.append(browse);
    // Properties set while it is still a plain HTMLElement must not be lost (or shadow the accessors).
    const early = document.createElement('django-flashcard') as unknown as DjangoFlashcard;
    const storage = new FaultyStorage();
    early.storage = storage;
    early.now = () => T0;
    early.loadTimeout = 5000;
    early.src = '/__test/fixture/tiny-set';
    page.append(early);
    // Parsed from markup.
    const parsed = document.createElement('div');
    parsed.innerHTML =
      '<django-flashcard topics="orm" new-per-day="1"><script type="application/json"></script></django-flashcard>';
    parsed.querySelector('script')!.textContent = small;
    page.append(parsed);
    expect(browse.shadowRoot).to.equal(null);

    await import('../src/components/flashcard/django-flashcard.js');
    await customElements.whenDefined('django-flashcard');
    const decks = [...page.querySelectorAll('django-flashcard')] as unknown as Widget[];
    for (const el of decks) await settled(el);

    expect(visibleText(decks[0])).to.contain('1 / 3'); // browse mode
    expect(visibleText(decks[1])).to.contain('What does manage.py migrate do?');
    expect((decks[1] as unknown as DjangoFlashcard).loadTimeout).to.equal(5000);
    expect(decks[1].getAttribute('load-timeout')).to.equal('5000');
    expect([...storage.data.keys()].some((k) => k.includes(':tiny-set'))).to.equal(true);
    expect(Object.keys(localStorage).some((k) => k.includes(':tiny-set'))).to.equal(false);
    expect(visibleText(decks[2])).to.contain('What does select_related() do?');
    expect(visibleText(decks[2])).to.contain('1 new');
    expect(events.sort()).to.deep.equal(['start small-set', 'start small-set', 'start tiny-set']);

    // Loading the definitions again (a second bundle on the page) changes nothing and throws nothing.
    await import('../src/define.js');
    const { DjangoFlashcard: Flashcard } = await import('../src/components/flashcard/flashcard.js');
    Flashcard.define('django-flashcard');
    expect(customElements.get('django-flashcard')).to.equal(Flashcard);
    expect(uncaught.errors).to.deep.equal([]);
    uncaught.stop();
    await expect(decks[1]).shadowDom.to.be.accessible();
  });
});

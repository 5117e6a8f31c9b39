// Elements that exist before the script defining them has loaded (a slow or deferred <script> on a
// host page), for any widget tag. This module must not import a define module statically: the test
// loads it mid-test (`define`), so each tag runs in its own test file (one registry per page).
import { expect, fixture, html } from '@open-wc/testing';
import { guardEachTest } from './guard.js';
import {
  FaultyStorage,
  fixtureText,
  settled,
  visibleText,
  type Widget,
  type WidgetTag,
} from './hardening.js';

export interface UpgradeCase {
  /** Attributes or properties of this element, and what it must show once upgraded. */
  check: (el: Widget, text: string) => void;
}

export interface UpgradeSuiteOptions {
  /** Imports the module that defines the tag. */
  define: () => Promise<unknown>;
  /** Imports the element's class (to define it a second time). */
  elementClass: () => Promise<{ define(tag: string): void }>;
  /** Made by script with `attrs` and an inline set (the small fixture set). */
  scripted: UpgradeCase & { attrs: Record<string, string> };
  /** Properties set while it is still a plain HTMLElement (besides `storage` and `src`). */
  early: UpgradeCase & { props?: Record<string, unknown> };
  /** Parsed from markup with these attributes and an inline set. */
  parsed: UpgradeCase & { attrs: string };
  /** Which of the three ends with an axe check (0, 1 or 2). */
  axe: 0 | 1 | 2;
}

export function upgradeSuite(tag: WidgetTag, o: UpgradeSuiteOptions): void {
  describe(`<${tag}> upgrade`, () => {
    guardEachTest();

    it('upgrades elements made before the definition, keeping attributes, children and early properties', async () => {
      expect(customElements.get(tag), 'defined too early').to.equal(undefined);
      const page = await fixture<HTMLDivElement>(html`<div></div>`);
      const events: string[] = [];
      page.addEventListener('django-start', (e) => events.push(`start ${e.detail.setId}`));
      page.addEventListener('django-error', (e) => events.push(`error ${e.detail.message}`));
      const small = await fixtureText('small-set.json');

      // Made by script, with an attribute and an inline set.
      const scripted = document.createElement(tag);
      for (const [name, value] of Object.entries(o.scripted.attrs))
        scripted.setAttribute(name, value);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = small;
      scripted.append(script);
      page.append(scripted);
      // Properties set while it is still a plain HTMLElement must not be lost (or shadow the accessors).
      const early = document.createElement(tag) as unknown as Widget;
      const storage = new FaultyStorage();
      early.storage = storage;
      Object.assign(early, o.early.props ?? {});
      early.src = '/__test/fixture/tiny-set';
      page.append(early);
      // Parsed from markup.
      const parsed = document.createElement('div');
      parsed.innerHTML = `<${tag} ${o.parsed.attrs}><script type="application/json"></script></${tag}>`;
      parsed.querySelector('script')!.textContent = small;
      page.append(parsed);
      expect(scripted.shadowRoot).to.equal(null);

      await o.define();
      await customElements.whenDefined(tag);
      const els = [...page.querySelectorAll(tag)] as unknown as Widget[];
      for (const el of els) await settled(el);

      [o.scripted, o.early, o.parsed].forEach((c, i) => c.check(els[i], visibleText(els[i])));
      expect([...storage.data.keys()].some((k) => k.includes(':tiny-set'))).to.equal(true);
      expect(Object.keys(localStorage).some((k) => k.includes(':tiny-set'))).to.equal(false);
      expect(events.sort()).to.deep.equal(['start small-set', 'start small-set', 'start tiny-set']);

      // Loading the definitions again (a second bundle on the page) changes nothing and throws nothing.
      await import('../../src/define.js');
      const Element = await o.elementClass();
      Element.define(tag);
      expect(customElements.get(tag)).to.equal(Element);
      await expect(els[o.axe]).shadowDom.to.be.accessible();
    });
  });
}

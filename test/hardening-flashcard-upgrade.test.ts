// <django-flashcard> elements made before the script defining them has loaded. This file must not
// import the define module statically: the suite loads it mid-test.
import { expect } from '@open-wc/testing';
import { upgradeSuite } from './support/upgrade-suite.js';

const T0 = new Date(2025, 0, 6, 9, 0, 0).getTime();

upgradeSuite('django-flashcard', {
  define: () => import('../src/components/flashcard/django-flashcard.js'),
  elementClass: async () =>
    (await import('../src/components/flashcard/flashcard.js')).DjangoFlashcard,
  scripted: { attrs: { mode: 'browse' }, check: (_el, text) => expect(text).to.contain('1 / 3') },
  early: {
    props: { now: () => T0, loadTimeout: 5000 },
    check: (el, text) => {
      expect(text).to.contain('What does manage.py migrate do?');
      expect(el.loadTimeout).to.equal(5000);
      expect(el.getAttribute('load-timeout')).to.equal('5000');
    },
  },
  parsed: {
    attrs: 'topics="orm" new-per-day="1"',
    check: (_el, text) =>
      expect(text).to.contain('What does select_related() do?').and.contain('1 new'),
  },
  axe: 1,
});

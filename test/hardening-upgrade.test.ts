// <django-quiz> elements made before the script defining them has loaded. This file must not import
// the define module statically: the suite loads it mid-test.
import { expect } from '@open-wc/testing';
import { upgradeSuite } from './support/upgrade-suite.js';

upgradeSuite('django-quiz', {
  define: () => import('../src/components/quiz/django-quiz.js'),
  elementClass: async () => (await import('../src/components/quiz/quiz.js')).DjangoQuiz,
  scripted: {
    attrs: { mode: 'exam' },
    check: (el, text) => {
      expect(text).to.contain('Question 1 of 3');
      expect(el.shadowRoot!.querySelector('.actions button')!.textContent!.trim()).to.equal('Next');
    },
  },
  early: { check: (_el, text) => expect(text).to.contain('What does manage.py migrate do?') },
  parsed: {
    attrs: 'topics="orm"',
    check: (_el, text) => expect(text).to.contain('Question 1 of 1'),
  },
  axe: 0,
});

// `src` network faults against <django-quiz> (the checks are shared: test/support/hardening-suites.ts).
import '../src/components/quiz/django-quiz.js';
import { networkSuite } from './support/hardening-suites.js';

networkSuite('django-quiz');

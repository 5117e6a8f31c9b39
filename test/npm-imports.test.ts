// What npm users get from the built package: class modules that define nothing, and define modules that
// do. Imports the built ESM from dist/ (`npm test` builds first), the way a bundler would.
import { expect } from '@open-wc/testing';

/** Import a built module by URL (kept out of TypeScript's module resolution on purpose). */
const load = (path: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ path);

const TAGS = ['django-quiz', 'django-flashcard', 'django-question-set'];
const defined = () => TAGS.filter((t) => customElements.get(t));

describe('the npm package (dist/ ESM)', () => {
  it('gives the classes without defining any tag, then defines them from define.js', async () => {
    const quiz = await load('/dist/components/quiz/quiz.js');
    const set = await load('/dist/components/question-set/question-set.js');
    const card = await load('/dist/components/flashcard/flashcard.js');
    const index = await load('/dist/index.js');
    await load('/dist/xapi/index.js');
    await load('/dist/data/load.js');
    expect(quiz.DjangoQuiz).to.be.a('function');
    expect(set.DjangoQuestionSet).to.be.a('function');
    expect(card.DjangoFlashcard).to.be.a('function');
    expect(index.DjangoQuiz).to.equal(quiz.DjangoQuiz);
    expect(index.MESSAGE_PREFIX).to.equal('django-quiz-elements:');
    expect(defined()).to.deep.equal([]); // nothing registered by importing classes

    await load('/dist/define.js');
    expect(defined()).to.deep.equal(TAGS);
    expect(customElements.get('django-quiz')).to.equal(quiz.DjangoQuiz);
    expect(customElements.get('django-question-set')).to.equal(set.DjangoQuestionSet);
    expect(customElements.get('django-flashcard')).to.equal(card.DjangoFlashcard);
  });

  it('lets a host register a class under its own tag name', async () => {
    const { DjangoQuiz } = (await load('/dist/components/quiz/quiz.js')) as {
      DjangoQuiz: typeof import('../src/components/quiz/quiz.js').DjangoQuiz;
    };
    class MyQuiz extends DjangoQuiz {}
    MyQuiz.define('my-own-quiz');
    expect(customElements.get('my-own-quiz')).to.equal(MyQuiz);
    MyQuiz.define('my-own-quiz'); // defining twice is a no-op, not an error
  });
});

// The script-tag file, as a page author uses it: a classic <script src>, loaded twice.
import { expect, waitUntil } from '@open-wc/testing';

function loadScript(src: string, type?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (type) script.type = type;
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`failed to load ${src}`));
    document.head.append(script);
  });
}

describe('dist/django-quiz-elements.js (script tag)', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('defines the elements from a classic script, and loading it twice does not throw', async () => {
    const quiz = document.createElement('django-quiz');
    document.body.append(quiz); // created before the script loads: upgraded later
    await loadScript('/dist/django-quiz-elements.js');
    await loadScript('/dist/django-quiz-elements.js?again');
    await loadScript('/dist/django-quiz-elements.js?module', 'module');
    expect(errors).to.deep.equal([]);
    expect(customElements.get('django-quiz')).to.be.a('function');
    await waitUntil(
      () => quiz.shadowRoot?.textContent?.includes('Question 1 of 62'),
      'bundled quiz did not render',
    );
    quiz.remove();
  });

  it('defines <django-flashcard> too, and it renders the bundled set', async () => {
    await loadScript('/dist/django-quiz-elements.js?flashcard');
    expect(customElements.get('django-flashcard')).to.be.a('function');
    const card = document.createElement('django-flashcard');
    card.setAttribute('no-persist', '');
    document.body.append(card);
    await waitUntil(
      () => card.shadowRoot?.querySelector('[part~="card"]'),
      'bundled flashcard did not render',
    );
    expect(errors).to.deep.equal([]);
    card.remove();
  });
});

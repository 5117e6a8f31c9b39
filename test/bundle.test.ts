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
      () => quiz.shadowRoot?.textContent?.includes('Question 1 of 30'),
      'bundled quiz did not render',
    );
    quiz.remove();
  });
});

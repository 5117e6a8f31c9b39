// A script-tag file loaded in <head> defines the elements before the body is parsed, so a widget is
// connected before the inline set written inside it exists. The widget must still show that set
// (not the bundled one, not a "no question set" error) once the page is parsed.
import { expect, waitUntil } from '@open-wc/testing';
import small from './fixtures/small-set.json';

const PROMPT = 'Which tag protects a POST form against CSRF?';

async function pageWith(
  body: string,
): Promise<{ doc: Document; errors: string[]; done: () => void }> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:800px;height:900px;border:0';
  const errors: string[] = [];
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  // The classic script in <head>: it runs (and defines the tags) before the parser reaches <body>.
  iframe.srcdoc = `<!doctype html><html><head><script src="/dist/django-quiz-elements.no-set.js"></script>
<script>addEventListener('django-error', (e) => parent.postMessage({ inlineHeadError: e.detail.message }, '*'));</script>
</head><body>${body}</body></html>`;
  const onMessage = (e: MessageEvent) => {
    if (e.data?.inlineHeadError) errors.push(e.data.inlineHeadError);
  };
  window.addEventListener('message', onMessage);
  document.body.append(iframe);
  await loaded;
  return {
    doc: iframe.contentDocument!,
    errors,
    done: () => {
      window.removeEventListener('message', onMessage);
      iframe.remove();
    },
  };
}

const json = JSON.stringify(small).replace(/</g, '\\u003c');

describe('an inline set with the script-tag file in <head>', () => {
  for (const tag of ['django-quiz', 'django-flashcard']) {
    it(`<${tag}> shows its own inline JSON set`, async () => {
      const { doc, errors, done } = await pageWith(
        `<${tag} no-persist><script type="application/json">${json}</script></${tag}>`,
      );
      try {
        const el = doc.querySelector(tag)!;
        await waitUntil(
          () => (el.shadowRoot?.textContent ?? '').includes(PROMPT),
          'the inline set',
        );
        expect(errors).to.deep.equal([]);
      } finally {
        done();
      }
    });
  }

  it('<django-question-set> shares its inline set with the quiz inside', async () => {
    const { doc, errors, done } = await pageWith(
      `<django-question-set><script type="application/json">${json}</script><django-quiz no-persist></django-quiz></django-question-set>`,
    );
    try {
      const quiz = doc.querySelector('django-quiz')!;
      await waitUntil(() => (quiz.shadowRoot?.textContent ?? '').includes(PROMPT), 'the set');
      expect(errors).to.deep.equal([]);
    } finally {
      done();
    }
  });

  it('a widget early in the page shows its inline set while the rest of the page is still loading', async () => {
    // After the widget, a classic script the server holds for 10 s blocks the parser (and so
    // DOMContentLoaded): the widget must not wait for it, only for its own end tag.
    const iframe = document.createElement('iframe');
    iframe.srcdoc = `<!doctype html><html><head><script src="/dist/django-quiz-elements.no-set.js"></script></head>
<body><div><django-quiz no-persist><script type="application/json">${json}</script></django-quiz></div>
<script src="/__test/status/200?delay=10000"></script><p>The rest of the post.</p></body></html>`;
    document.body.append(iframe);
    try {
      await waitUntil(
        () =>
          (
            iframe.contentDocument?.querySelector('django-quiz')?.shadowRoot?.textContent ?? ''
          ).includes(PROMPT),
        'the inline set, before the page finished loading',
        { timeout: 5000 },
      );
      expect(iframe.contentDocument!.readyState).to.equal('loading');
    } finally {
      iframe.remove();
    }
  });
});

// In a page of its own (the lexer starts unloaded): a field with Markdown rendered before the lexer is
// in (no set loading path waited for it) shows as plain text, and its element renders again, formatted,
// once the lexer arrives.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { DjangoElement } from '../src/internal/django-element.js';
import { lexerLoaded, loadLexer } from '../src/markdown/index.js';

/** The smallest element that renders a text field the way the widgets do (`md()`). */
class MarkdownProbe extends DjangoElement {
  static override properties = { text: {} };
  declare text: string;

  override render() {
    return html`${this.md(this.text)}`;
  }
}
customElements.define('markdown-probe', MarkdownProbe);

describe('A Markdown field rendered before the lexer is in', () => {
  it('shows plain text, then renders formatted once the lexer arrives', async () => {
    expect(lexerLoaded(), 'this test needs the lexer not loaded yet').to.equal(false);
    const el = document.createElement('markdown-probe') as MarkdownProbe;
    el.text = 'Use `select_related()`.';
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('code')).to.equal(null);
      expect(el.shadowRoot!.textContent).to.include('Use `select_related()`.');
      // The render asked for the lexer; the element's own request to render again is queued first.
      expect(await loadLexer()).to.equal(true);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('code.md-inline')?.textContent).to.equal(
        'select_related()',
      );
    } finally {
      el.remove();
    }
  });
});

// The bare-Lit floor: the smallest useful Lit element (one paragraph of text), bundled and minified
// with the same tooling as our pages. Our first render is reported as a multiple of this one's.
import { LitElement, html } from 'lit';

class BareLit extends LitElement {
  static properties = { text: {} };

  constructor() {
    super();
    this.text = '';
  }

  render() {
    return html`<p part="prompt">${this.text}</p>`;
  }
}

customElements.define('bare-lit', BareLit);

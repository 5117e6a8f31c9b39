// The build minifies our css`` and html`` templates (scripts/template-minifier.mjs). Here the
// browser itself checks that nothing changes: the minified CSS of every element parses to the same
// rules and gives every node of a rendered element the same computed style, and minified markup
// renders the same.
import { expect, fixture } from '@open-wc/testing';
import { LitElement, type CSSResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { minifyCss, minifyHtml } from '../scripts/template-minifier.mjs';
import { clearMemoryFallback } from '../src/internal/storage.js';
import * as api from '../src/index.js';
import '../src/define.js';
import { settled } from './support/quiz-harness.js';

/**
 * Chromium keeps a value that uses var(), and a custom property's value, as written. Whitespace in
 * them that CSS ignores (runs, after `(` and before `)`, around commas) is folded before comparing; a
 * space before `(` is kept, as it can matter.
 */
const fold = (text: string): string =>
  text.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').replace(/ ?, ?/g, ',').trim();

/** The rules as the browser serializes them. */
const rules = (text: string): string[] => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((r) => fold(r.cssText));
};

const sheetOf = (text: string): CSSStyleSheet => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
};

/** Every computed property of every node in a shadow root (and of its ::before/::after). */
function computed(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('*')].flatMap((node) =>
    [null, '::before', '::after'].map((pseudo) => {
      const style = getComputedStyle(node, pseudo);
      return [...style]
        .map(
          (p) =>
            `${p}:${p.startsWith('--') ? fold(style.getPropertyValue(p)) : style.getPropertyValue(p)}`,
        )
        .join(';');
    }),
  );
}

const elements = (Object.entries(api) as [string, unknown][]).filter(
  (entry): entry is [string, typeof LitElement] =>
    typeof entry[1] === 'function' &&
    entry[1].prototype instanceof LitElement &&
    (entry[1] as typeof LitElement).elementStyles.length > 0,
);

describe('template minifier', () => {
  it('finds the styled elements to check', () => {
    expect(elements.map(([name]) => name)).to.include('DjangoQuiz');
    expect(elements.map(([, element]) => customElements.getName(element))).to.include(
      'django-quiz',
    );
  });

  for (const [name, element] of elements) {
    it(`keeps the CSSOM of ${name}'s styles identical, and smaller`, () => {
      for (const style of element.elementStyles as CSSResult[]) {
        const original = style.cssText;
        const [minified] = minifyCss([original]);
        expect(minified.length).to.be.below(original.length);
        expect(rules(minified)).to.deep.equal(rules(original));
        expect(rules(original).length).to.be.greaterThan(0);
      }
    });
  }

  // Every exported element that define.js registers (the flashcard is checked once it is there).
  // (<django-question-set> renders only a slot: its one `:host` rule is covered by the CSSOM check above.)
  const tags = elements
    .map(([, element]) => customElements.getName(element))
    .filter((tag) => tag && tag !== 'django-question-set');
  for (const tag of tags as string[]) {
    for (const theme of ['light', 'dark']) {
      it(`gives every node of <${tag} theme="${theme}"> the same computed style`, async function () {
        // getComputedStyle of every node, three times over: seconds on a loaded 2-core machine.
        this.timeout(20_000);
        localStorage.clear();
        clearMemoryFallback();
        const el = await fixture<LitElement>(
          staticHtml`<${unsafeStatic(tag)} theme=${theme} no-persist></${unsafeStatic(tag)}>`,
        );
        await settled(el);
        const root = el.shadowRoot!;
        const styles = (el.constructor as typeof LitElement).elementStyles as CSSResult[];
        // Swapping sheets would start the elements' CSS transitions and restart their animations
        // (sampled mid-way, a style depends on the moment): keep both off in every run.
        const still = sheetOf(
          '*,*::before,*::after{transition:none!important;animation:none!important}',
        );
        root.adoptedStyleSheets = [...styles.map((s) => sheetOf(s.cssText)), still];
        const original = computed(root);
        root.adoptedStyleSheets = [still];
        expect(computed(root)).not.to.deep.equal(original); // the check can fail
        root.adoptedStyleSheets = [...styles.map((s) => sheetOf(minifyCss([s.cssText])[0])), still];
        expect(computed(root)).to.deep.equal(original);
      });
    }
  }

  it('keeps what markup renders: text, spacing between inline elements, <pre>, attribute values', () => {
    const source = `<section title="two
      lines">
        <p>
          <span>One</span>
          <b>two</b>   three
        </p>
        <pre>  keep
    this </pre>
        <input value="a  b">
      </section>`;
    const [minified] = minifyHtml([source]);
    expect(minified.length).to.be.below(source.length);
    const render = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      document.body.append(host);
      const out = {
        text: host.innerText,
        title: host.querySelector('section')!.title,
        value: host.querySelector('input')!.value,
        pre: host.querySelector('pre')!.textContent,
      };
      host.remove();
      return out;
    };
    expect(render(minified)).to.deep.equal(render(source));
  });
});

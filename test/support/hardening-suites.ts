// Hardening checks that hold for every widget, written once and run per tag:
// test/hardening-*.test.ts call them for `django-quiz`; test/hardening-flashcard.test.ts will call
// them for `django-flashcard`. Each check asserts what a reader (or the host page) would see.
import { expect, nextFrame } from '@open-wc/testing';
import manifest from '../fixtures/bad/index.json';
import {
  CANARY,
  base,
  blobUrl,
  findButton,
  fixtureText,
  injectedElements,
  mount,
  resetCanary,
  settled,
  unsafeLinks,
  visibleText,
  watchUncaught,
  type Mounted,
  type WidgetTag,
} from './hardening.js';
import { clearMemoryFallback } from '../../src/internal/storage.js';

export interface BadEntry {
  file: string;
  problem: string;
  kind: 'parse' | 'schema';
  expect: string;
}
export const BAD_INPUTS: BadEntry[] = manifest.invalid as BadEntry[];
export const HOSTILE_VALID: { file: string; problem: string }[] = manifest.valid;

const MB10 = 10 * 1024 * 1024;

/** Give anything a payload might have started (image loads, error handlers) time to run. */
export async function flush(): Promise<void> {
  await fetch('/__test/count/flush'); // one network round trip: a broken <img> would have errored by now
  await nextFrame();
}

/**
 * The widget shows `fragment` in its error state, fired exactly one `django-error` of `kind` carrying
 * the same message, offers "Try again", and nothing reached the page or ran.
 */
export async function expectNamedError(
  { el, errors }: Mounted,
  fragment: string,
  kind: string,
  uncaught: { errors: string[] },
): Promise<void> {
  await settled(el, 15_000);
  const alert = base(el).querySelector<HTMLElement>('[role="alert"]');
  expect(alert, 'an error alert is shown').to.not.equal(null);
  const text = visibleText(el);
  expect(text).to.contain('This question set could not be loaded');
  expect(text).to.contain(fragment);
  expect(findButton(el, 'Try again'), 'a Try again button').to.not.equal(undefined);
  expect(errors).to.have.length(1);
  expect(errors[0].kind).to.equal(kind);
  expect(errors[0].message).to.contain(fragment);
  // A message quoting the input stays short, whatever the input's size.
  expect(alert!.innerText.length).to.be.below(600);
  await flush();
  expect(injectedElements(el).map((n) => n.outerHTML)).to.deep.equal([]);
  expect(window.__canary).to.equal(CANARY);
  expect(uncaught.errors).to.deep.equal([]);
}

function deliver(delivery: 'inline' | 'src', text: string, srcUrl?: string) {
  return delivery === 'inline' ? { inline: text } : { src: srcUrl ?? blobUrl(text) };
}

export function badInputSuite(tag: WidgetTag): void {
  describe(`<${tag}> with bad question sets`, function () {
    this.timeout(20_000);
    let uncaught: ReturnType<typeof watchUncaught>;
    beforeEach(() => {
      localStorage.clear();
      clearMemoryFallback();
      resetCanary();
      uncaught = watchUncaught();
    });
    afterEach(() => uncaught.stop());

    it('has a corpus of at least 25 bad inputs, each with an expected message', () => {
      expect(BAD_INPUTS.length).to.be.at.least(25);
      for (const entry of BAD_INPUTS) expect(entry.expect, entry.file).to.have.length.above(5);
    });

    for (const entry of BAD_INPUTS) {
      for (const delivery of ['inline', 'src'] as const) {
        it(`${entry.file} (${entry.problem}) via ${delivery}: says "${entry.expect}"`, async () => {
          const text = await fixtureText(`bad/${entry.file}`);
          const mounted = await mount(
            tag,
            deliver(delivery, text, `/__test/raw/bad/${entry.file}`),
          );
          await expectNamedError(mounted, entry.expect, entry.kind, uncaught);
          expect(unsafeLinks(mounted.el)).to.deep.equal([]);
        });
      }
    }

    for (const delivery of ['inline', 'src'] as const) {
      it(`a 10 MB prompt via ${delivery}: names the field, stays responsive`, async () => {
        const set = JSON.parse(await fixtureText('small-set.json'));
        set.questions[0].prompt = 'x'.repeat(MB10);
        const started = performance.now();
        const mounted = await mount(tag, deliver(delivery, JSON.stringify(set)));
        await expectNamedError(
          mounted,
          'questions[0].prompt: expected prompt to be at most 2000 characters',
          'schema',
          uncaught,
        );
        expect(performance.now() - started).to.be.below(10_000);
      });

      it(`a 10 MB string where a question belongs via ${delivery}: quoted briefly`, async () => {
        const text = `{"id":"big","title":"Big","questions":["${'<'.repeat(MB10)}"]}`;
        const mounted = await mount(tag, deliver(delivery, text));
        await expectNamedError(
          mounted,
          'questions[0]: expected an object, got "<<<<',
          'schema',
          uncaught,
        );
      });

      it(`10 MB of text that is not JSON via ${delivery}`, async () => {
        const mounted = await mount(tag, deliver(delivery, `{"id": ${'9'.repeat(MB10)}x`));
        await expectNamedError(mounted, 'is not valid JSON', 'parse', uncaught);
      });

      it(`arrays nested 100 000 deep at the root via ${delivery}`, async () => {
        const n = 100_000;
        const mounted = await mount(tag, deliver(delivery, '['.repeat(n) + ']'.repeat(n)));
        await expectNamedError(
          mounted,
          '(root): expected an object, got a list',
          'schema',
          uncaught,
        );
      });

      it(`an object nested 100 000 deep where choice text belongs via ${delivery}`, async () => {
        const n = 100_000;
        const deep = '{"a":'.repeat(n) + '1' + '}'.repeat(n);
        const text = `{"id":"deep","title":"Deep","questions":[{"id":"q1","prompt":"P","answer":"A",
          "choices":[{"id":"a","text":${deep},"correct":true},{"id":"b","text":"B"}]}]}`;
        const mounted = await mount(tag, deliver(delivery, text));
        await expectNamedError(
          mounted,
          'questions[0].choices[0].text: expected choice text to be a string',
          'schema',
          uncaught,
        );
      });
    }

    it('ignores 100 000-deep junk and a 1 MB key in fields it does not know', async () => {
      const set = JSON.parse(await fixtureText('small-set.json'));
      const n = 100_000;
      const text = JSON.stringify(set).replace(
        '{',
        `{"junk":${'['.repeat(n)}${']'.repeat(n)},"${'k'.repeat(1024 * 1024)}":1,`,
      );
      const { el, errors } = await mount(tag, { inline: text });
      await settled(el);
      expect(errors).to.deep.equal([]);
      expect(visibleText(el).toLowerCase()).to.contain(set.title.toLowerCase());
      expect(visibleText(el)).to.contain(set.questions[0].prompt);
      expect(uncaught.errors).to.deep.equal([]);
    });

    for (const entry of HOSTILE_VALID) {
      it(`${entry.file} (${entry.problem}): renders its first screen as literal text`, async () => {
        const text = await fixtureText(`bad/${entry.file}`);
        const set = JSON.parse(text);
        const { el, errors } = await mount(tag, { inline: text });
        await settled(el);
        expect(errors).to.deep.equal([]);
        const shown = visibleText(el);
        // (A title may be shown in capitals.)
        expect(shown.toLowerCase()).to.contain(set.title.replace(/\s+/g, ' ').toLowerCase());
        expect(shown).to.contain(set.questions[0].prompt.replace(/\s+/g, ' '));
        await flush();
        expect(injectedElements(el).map((n) => n.outerHTML)).to.deep.equal([]);
        expect(unsafeLinks(el)).to.deep.equal([]);
        expect(window.__canary).to.equal(CANARY);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        expect(uncaught.errors).to.deep.equal([]);
        await expect(el).shadowDom.to.be.accessible();
      });
    }
  });
}

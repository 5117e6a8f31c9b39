// Every Storybook story, rendered in Chromium without Storybook: each stories module under stories/
// (listed by the test server, so a new file is picked up by itself) is imported, each story's
// `render(args)` (meta args merged with the story's) goes into a fixture, its `play` runs, and the
// element must then show its intended state, with content, no overflow, no axe violation, and
// nothing thrown. A provider (an element with no `base` part in the manifest, such as
// <django-question-set>) shows nothing itself: the widgets inside it are checked instead.
import { expect, fixture, html } from '@open-wc/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { clearMemoryFallback } from '../src/internal/storage.js';
import { declarationFor } from '../stories/manifest-args.js';
import { loaded, type StoryTestParameters } from '../stories/story-helpers.js';

type Element = HTMLElement & { updateComplete: Promise<boolean> };
type StoryModule = { default: Meta } & Record<string, StoryObj | Meta | unknown>;

const files: string[] = await (await fetch('/__test/stories')).json();
const modules: [string, StoryModule][] = await Promise.all(
  files.map(
    async (f) => [f, (await import(`/stories/${f}`)) as StoryModule] as [string, StoryModule],
  ),
);

/** Visible text of the element's shadow root, whitespace folded. */
function textOf(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether `tag` draws anything itself (has a `base` part), or only provides for widgets inside it. */
function rendersItself(tag: string): boolean {
  return (declarationFor(tag).cssParts ?? []).some((p) => p.name === 'base');
}

/** What a story shows: the element, or for a provider the widgets inside it. */
function shownBy(el: Element): Element[] {
  if (rendersItself(el.localName)) return [el];
  return [...el.querySelectorAll<Element>('*')].filter(
    (child) => child.localName.startsWith('django-') && rendersItself(child.localName),
  );
}

/** CSF: every named export is a story, except `default` and what `excludeStories` names. */
function storiesOf(mod: StoryModule): [string, StoryObj][] {
  const exclude = mod.default.excludeStories;
  return Object.entries(mod).filter(
    ([name, value]) =>
      name !== 'default' &&
      typeof value === 'object' &&
      value !== null &&
      !(Array.isArray(exclude) && exclude.includes(name)),
  ) as [string, StoryObj][];
}

describe('stories', () => {
  const thrown: string[] = [];
  const onError = (e: ErrorEvent) => thrown.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => thrown.push(`unhandled rejection: ${e.reason}`);
  const realConsoleError = console.error;

  beforeEach(() => {
    localStorage.clear();
    clearMemoryFallback();
    thrown.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.error = (...args: unknown[]) => {
      thrown.push(`console.error: ${args.join(' ')}`);
      realConsoleError(...args);
    };
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = realConsoleError;
  });

  it('finds the stories modules', () => {
    expect(files).to.include.members([
      'quiz.stories.ts',
      'flashcard.stories.ts',
      'question-set.stories.ts',
    ]);
  });

  for (const [file, mod] of modules) {
    const meta = mod.default;
    const tag = meta.component!;

    describe(`${file} (${meta.title})`, () => {
      it('documents a registered element and has autodocs', () => {
        expect(customElements.get(tag), tag).to.not.equal(undefined);
        expect(meta.tags).to.include('autodocs');
        expect(storiesOf(mod).length).to.be.greaterThan(0);
      });

      for (const [name, story] of storiesOf(mod)) {
        it(name, async () => {
          const args = { ...meta.args, ...story.args };
          const render = (story.render ?? meta.render)!;
          const context = { args, id: name, name, parameters: story.parameters ?? {} };
          const node = render(args, context as never) as Node;
          const canvasElement = await fixture<HTMLDivElement>(html`<div></div>`);
          canvasElement.append(node);
          if (story.play) await story.play({ ...context, canvasElement } as never);

          const el = canvasElement.querySelector<Element>(tag);
          expect(el, `<${tag}> in the story`).to.not.equal(null);
          const widgets = shownBy(el!);
          expect(widgets.length, `widgets shown by <${tag}>`).to.be.greaterThan(0);
          const checks: StoryTestParameters = story.parameters?.storyTest ?? {};
          const state = checks.state ?? 'ready';
          for (const widget of widgets) {
            if (state === 'loading') await widget.updateComplete;
            else await loaded(widget);

            const root = widget.shadowRoot!;
            const base = root.querySelector<HTMLElement>('[part~="base"]')!;
            const what = `<${widget.localName}>`;
            expect(textOf(widget), `text in the shadow root of ${what}`).to.not.equal('');
            expect(base.getAttribute('aria-busy'), what).to.equal(
              state === 'loading' ? 'true' : 'false',
            );
            const error = root.querySelector('.state.error');
            if (state === 'error') expect(error, `error state of ${what}`).to.not.equal(null);
            else expect(error, `error state of ${what}: ${error?.textContent}`).to.equal(null);
            expect(base.scrollWidth, `horizontal overflow of ${what}`).to.be.at.most(
              base.clientWidth + 1,
            );
            await expect(widget).shadowDom.to.be.accessible();
          }
          const shown = widgets.map(textOf).join(' ');
          for (const text of checks.shows ?? []) expect(shown).to.contain(text);

          expect(thrown).to.deep.equal([]);
        });
      }
    });
  }
});

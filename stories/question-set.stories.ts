/**
 * <django-question-set>: one set, loaded once, shared with the quiz and the flashcards inside it,
 * with shared settings (`theme`, `no-persist`, `lang`, `strings`). The provider shows nothing itself;
 * its stories show the widgets it feeds. Controls (from custom-elements.json) set the provider's
 * attributes, so changing `theme` or `topics` here changes both widgets at once.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import { argsFor, renderElement, type Args } from './manifest-args.js';
import { checks, frame } from './story-helpers.js';
import { httpSet } from './story-sets.js';

const { argTypes, args } = argsFor('django-question-set');

/**
 * The provider around a quiz and a flashcard deck, side by side where there is room (the provider is
 * `display: contents`, so the grid is an ordinary `<div>` inside it).
 */
function provider(a: Args, options: Parameters<typeof renderElement>[2] = {}): HTMLElement {
  const el = renderElement('django-question-set', a, options);
  const grid = document.createElement('div');
  grid.style.cssText =
    'display:grid;gap:24px;grid-template-columns:repeat(auto-fit,minmax(min(100%,320px),1fr));align-items:start';
  const quiz = document.createElement('django-quiz');
  quiz.setAttribute('seed', 'storybook');
  const cards = document.createElement('django-flashcard');
  cards.setAttribute('seed', 'storybook');
  grid.append(quiz, cards);
  el.append(grid);
  return el;
}

const meta = {
  title: 'Elements/Question set (provider)',
  component: 'django-question-set',
  tags: ['autodocs'],
  argTypes,
  args: { ...args, 'no-persist': true },
  render: (a) => provider(a),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * The bundled set, narrowed by the provider to two topics (`topics="orm,security"`) and themed
 * once (`theme="light"`): both widgets show the same questions.
 */
export const QuizAndFlashcards: Story = {
  parameters: checks({ shows: ['Question 1 of 23', '10 new'] }),
  args: { topics: 'orm,security', theme: 'light' },
};

/** Your own set, given once inline to the provider, with `theme="dark"` for both, on a dark page. */
export const SharedInlineSetDark: Story = {
  parameters: checks({ shows: ['HTTP basics', 'Question 1 of 2', '2 new'] }),
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  render: (a) =>
    frame(provider(a, { inlineJson: JSON.stringify(httpSet) }), {
      background: '#0b110e',
      color: '#e7efe9',
    }),
};

/** The shared set fails to load: each widget shows the error, and either "Try again" reloads both. */
export const SharedError: Story = {
  parameters: checks({ state: 'error', shows: ['/no-such-question-set (HTTP 404'] }),
  args: { src: '/no-such-question-set' },
};

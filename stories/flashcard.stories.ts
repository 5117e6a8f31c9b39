/**
 * <django-flashcard> in every state a learner can meet. Controls come from custom-elements.json (see
 * manifest-args.ts). Scheduled states are reached by driving the element in `play` (see
 * flashcard-driver.ts) with a fixed clock, a fixed `seed` and `no-persist`, so every run shows the
 * same cards and the same intervals.
 *
 * Turning a card does not move focus, so stories that only turn it stay on the docs page. Grading
 * moves focus to the next card (or the summary), which would carry the reader of the docs page
 * along: stories that grade are left off it (`!autodocs`); they are in the sidebar.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import { argsFor, renderElement, type Args } from './manifest-args.js';
import { browseNext, grade, gradeAll, settle, showAnswer } from './flashcard-driver.js';
import {
  PENDING_URL,
  checks,
  frame,
  holdPendingRequests,
  inCanvas,
  loaded,
} from './story-helpers.js';
import { hebrewSet, httpSet } from './story-sets.js';

const { argTypes, args } = argsFor('django-flashcard');

/** Monday 3 March 2025, 09:30 UTC: the clock of every scheduled story, so intervals never drift. */
const FIXED = Date.UTC(2025, 2, 3, 9, 30);
const fixedClock = { now: () => FIXED };

const flashcard = (a: Args, options: Parameters<typeof renderElement>[2] = {}) =>
  renderElement('django-flashcard', a, {
    ...options,
    properties: { ...fixedClock, ...options.properties },
  });

/** A short, shuffled, non-persistent deck: the same five cards every time. */
const driven = { seed: 'storybook', count: 5, 'no-persist': true };

const meta = {
  title: 'Elements/Flashcard',
  component: 'django-flashcard',
  tags: ['autodocs'],
  argTypes,
  args,
  render: (a) => flashcard(a),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Turns the first card over: the answer side and the grade buttons. */
const turned: Story['play'] = async ({ canvasElement }) => {
  await showAnswer(inCanvas(canvasElement, 'django-flashcard'));
};

// ----- review mode -----

/** What a learner sees first with no attributes: the bundled set, 10 new cards for today. */
export const Front: Story = {
  parameters: checks({ shows: ['10 new', 'Question', 'Show answer'] }),
};

/** The card turned (a click, a tap, Space or Enter), with its explanation and docs link opened. */
export const Back: Story = {
  parameters: checks({ shows: ['Answer', 'Show question', 'Django docs'] }),
  args: { ...driven },
  play: async ({ canvasElement }) => {
    const el = inCanvas(canvasElement, 'django-flashcard');
    await showAnswer(el);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="explanation"] summary')?.click();
    await settle(el);
  },
};

/**
 * Mid-session: of three new cards one was graded Again, one Good, one Easy; the Again card is back
 * (learning), turned, and each grade button shows the interval FSRS would give it (1m, 6m, 10m, 1d).
 */
export const GradingWithIntervals: Story = {
  tags: ['!autodocs'],
  parameters: checks({
    shows: ['0 new', '2 learning', 'How well did you know it?', '6m', '10m', '1d'],
  }),
  args: { ...driven, count: 3 },
  play: async ({ canvasElement }) => {
    const el = inCanvas(canvasElement, 'django-flashcard');
    await loaded(el);
    await grade(el, 'again');
    await grade(el, 'good');
    await grade(el, 'easy');
    await showAnswer(el);
  },
};

/**
 * Three new cards a day (`new-per-day="3"`), all graded Easy: nothing is due. Today's reviews, the
 * next review (in 8 days), the deck's counts, and "Study more" for new cards beyond today's three.
 */
export const SummaryNothingDue: Story = {
  tags: ['!autodocs'],
  parameters: checks({
    shows: ['All caught up', 'Reviewed today: 3', 'Next review in 8d', 'Study more'],
  }),
  args: { seed: 'storybook', 'new-per-day': 3, 'no-persist': true },
  play: async ({ canvasElement }) => {
    await gradeAll(inCanvas(canvasElement, 'django-flashcard'), 'easy');
  },
};

// ----- browse mode -----

/** `mode="browse"`: a plain deck with previous / next (arrow keys, buttons, swipe) and Shuffle. */
export const BrowseMode: Story = {
  parameters: checks({ shows: ['3 / 62', 'Previous', 'Next', 'Shuffle'] }),
  args: { mode: 'browse', seed: 'storybook' },
  play: async ({ canvasElement }) => {
    await browseNext(inCanvas(canvasElement, 'django-flashcard'), 2);
  },
};

// ----- loading, empty, errors -----

/** The browser refuses storage (Safari private mode, a sandboxed iframe): it says so and goes on. */
export const StorageUnavailable: Story = {
  parameters: checks({
    shows: ['Progress is kept only until this page is closed', '10 new'],
  }),
  render: (a) => {
    const denied = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    return flashcard(a, {
      properties: { storage: { getItem: denied, setItem: denied, removeItem: denied } },
    });
  },
};

/** No card matches the filter (`topics="graphql"`). */
export const EmptyFilter: Story = {
  parameters: checks({ shows: ['No questions match'] }),
  args: { topics: 'graphql' },
};

/** Waiting for `src`: the request here never answers, as on a stalled network. */
export const Loading: Story = {
  args: { src: PENDING_URL },
  parameters: checks({ state: 'loading', shows: ['Loading questions…'] }),
  render: (a) => {
    holdPendingRequests();
    return flashcard(a);
  },
};

/** `src` answers 404: the message names the URL and the status; "Try again" reloads. */
export const ErrorNotFound: Story = {
  args: { src: '/no-such-question-set' },
  parameters: checks({ state: 'error', shows: ['/no-such-question-set (HTTP 404'] }),
};

// ----- themes and layout -----

/** `theme="light"`, turned: the answer side in the accent colour, the four grade colours. */
export const ThemeLight: Story = {
  parameters: checks({ shows: ['How well did you know it?'] }),
  args: { ...driven, theme: 'light' },
  play: turned,
};

/** `theme="dark"` on a dark page, turned. */
export const ThemeDark: Story = {
  parameters: checks({ shows: ['How well did you know it?'] }),
  args: { ...driven, theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  render: (a) => frame(flashcard(a), { background: '#0b110e', color: '#e7efe9' }),
  play: turned,
};

/** A brand of your own through `--django-*` custom properties only, turned. */
export const CustomBrand: Story = {
  parameters: checks({ shows: ['How well did you know it?'] }),
  args: {
    ...driven,
    theme: 'light',
    '--django-accent': '#4338ca',
    '--django-accent-fg': '#ffffff',
    '--django-surface': '#f5f5ff',
    '--django-border': '#c7c9ef',
    '--django-focus': '#c026d3',
    '--django-easy': '#0e7490',
    '--django-radius': '4px',
    '--django-font': 'Georgia, "Times New Roman", serif',
    '--django-shadow': 'none',
    '--django-card-shadow': '0 0 0 1px #c7c9ef',
  },
  play: turned,
};

/** The flashcard's strings in Hebrew (the set is in story-sets.ts). */
const hebrewStrings = {
  deckLabel: 'כרטיסיות: {title}',
  cardFront: 'שאלה',
  cardBack: 'תשובה',
  flipHint: 'הצגת התשובה',
  flipBackHint: 'הצגת השאלה',
  flipInstruction: 'לחצו על הכרטיס או על מקש הרווח כדי לראות את התשובה.',
  flipInstructionTouch: 'הקישו על הכרטיס כדי לראות את התשובה.',
  moreDetail: 'הסבר',
  gradePrompt: 'כמה טוב ידעתם?',
  again: 'שוב',
  hard: 'קשה',
  good: 'טוב',
  easy: 'קל',
  gradeLabel: '{rating}, {interval} עד החזרה הבאה',
  graded: '{rating}: החזרה הבאה בעוד {interval}.',
  sessionCounts: 'כרטיסים שנותרו בסבב הזה',
  dueCount: '{count} לחזרה',
  newCount: '{count} חדשים',
  learningCount: '{count} בלמידה',
  flippedToAnswer: 'תשובה: {answer}',
  flippedToQuestion: 'שאלה: {prompt}',
  docsLink: 'התיעוד של Django',
  newTab: '(נפתח בלשונית חדשה)',
  lessThanMinute: '<1 דק׳',
  minutes: '{n} דק׳',
  hours: '{n} שע׳',
  days: '{n} ימים',
  months: '{n} חודשים',
  years: '{n} שנים',
};

/**
 * `dir="rtl"`, turned: a Hebrew deck with English code inside on a right-to-left page; the layout
 * and the grade row mirror, and each piece of the set's text keeps its own direction.
 */
export const RightToLeft: Story = {
  parameters: checks({ shows: ['כמה טוב ידעתם?', 'transaction.on_commit()'] }),
  args: { 'no-persist': true },
  render: (a) =>
    frame(
      flashcard(a, {
        inlineJson: JSON.stringify(hebrewSet),
        properties: { strings: hebrewStrings },
      }),
      { dir: 'rtl', lang: 'he' },
    ),
  play: turned,
};

/** A 280 px sidebar column, turned: the grade buttons wrap, nothing overflows. */
export const NarrowColumn: Story = {
  parameters: checks({ shows: ['How well did you know it?'] }),
  args: { ...driven },
  render: (a) => frame(flashcard(a), { width: '280px' }),
  play: turned,
};

/** Your own cards, given inline in a `<script type="application/json">` child. */
export const InlineQuestionSet: Story = {
  parameters: checks({ shows: ['HTTP basics', '2 new'] }),
  render: (a) => flashcard(a, { inlineJson: JSON.stringify(httpSet, null, 2) }),
};

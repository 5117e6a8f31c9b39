/**
 * <django-quiz> in every state a learner can meet. Controls come from custom-elements.json (see
 * manifest-args.ts). States that need answers are reached by driving the element in `play`, with a
 * fixed `seed` and `no-persist`, so every run shows the same thing.
 *
 * The docs page does not run play functions (it would have every quiz on the page move focus, and
 * the reader with it), so stories that only exist through their play are left off it
 * (`!autodocs`); they are in the sidebar.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import type { QuestionSet } from '../src/data/schema.js';
import bundledJson from '../data/django-questions.json';
import { argsFor, renderElement, type Args } from './manifest-args.js';
import { answer, answerAll, chooseAt, primary } from './quiz-driver.js';
import { hebrewSet, httpSet } from './story-sets.js';
import {
  PENDING_URL,
  checks,
  frame,
  holdPendingRequests,
  inCanvas,
  loaded,
} from './story-helpers.js';

const bundled = bundledJson as unknown as QuestionSet;
const { argTypes, args } = argsFor('django-quiz');

const quiz = (a: Args, options?: Parameters<typeof renderElement>[2]) =>
  renderElement('django-quiz', a, options);

/** A short, shuffled, non-persistent run: the same five questions every time. */
const driven = { seed: 'storybook', count: 5, 'no-persist': true };

const meta = {
  title: 'Elements/Quiz',
  component: 'django-quiz',
  tags: ['autodocs'],
  argTypes,
  args,
  render: (a) => quiz(a),
} satisfies Meta;

export default meta;
type Story = StoryObj;

// ----- questions -----

/** What a learner sees first with no attributes: the bundled set, question 1 of 62. */
export const FirstQuestion: Story = {
  parameters: checks({ shows: ['Question 1 of 62', 'Choose one answer'] }),
};

/** A one-answer question (radio buttons), with a choice picked and not yet checked. */
export const SingleAnswer: Story = {
  parameters: checks({ shows: ['Choose one answer', 'Check'] }),
  args: { topics: 'urls' },
  play: async ({ canvasElement }) => {
    const el = inCanvas(canvasElement, 'django-quiz');
    await loaded(el);
    await chooseAt(el, 1);
  },
};

/** A "select all that apply" question (checkboxes), with two choices picked. */
export const MultiAnswer: Story = {
  parameters: checks({ shows: ['Select all that apply'] }),
  args: { topics: 'security' },
  play: async ({ canvasElement }) => {
    const el = inCanvas(canvasElement, 'django-quiz');
    await loaded(el);
    await chooseAt(el, 0);
    await chooseAt(el, 2);
  },
};

/** Check pressed with nothing chosen: the hint asks for an answer. */
export const NothingChosen: Story = {
  tags: ['!autodocs'],
  parameters: checks({ shows: ['Choose an answer first.'] }),
  args: { ...driven },
  play: async ({ canvasElement }) => {
    const el = inCanvas(canvasElement, 'django-quiz');
    await loaded(el);
    await primary(el);
  },
};

// ----- feedback -----

/** Practice mode after a right answer: verdict, explanation, docs link. */
export const FeedbackRight: Story = {
  tags: ['!autodocs'],
  parameters: checks({ shows: ['✓ Correct', 'Django docs'] }),
  args: { ...driven },
  play: async ({ canvasElement }) => {
    const el = inCanvas(canvasElement, 'django-quiz');
    await loaded(el);
    await answer(el, bundled, true);
  },
};

/** Practice mode after a wrong answer: the right answer, why the pick was wrong, explanation. */
export const FeedbackWrong: Story = {
  tags: ['!autodocs'],
  parameters: checks({ shows: ['✗ Incorrect', 'Correct answer:'] }),
  args: { ...driven },
  play: async ({ canvasElement }) => {
    const el = inCanvas(canvasElement, 'django-quiz');
    await loaded(el);
    await answer(el, bundled, false);
  },
};

/** Exam mode: no feedback until the end; its canvas answers question 1 and picks a choice on 2. */
export const ExamMode: Story = {
  parameters: checks({ shows: ['Question 2 of 5', 'Next'] }),
  args: { ...driven, mode: 'exam' },
  play: async ({ canvasElement }) => {
    const el = inCanvas(canvasElement, 'django-quiz');
    await answerAll(el, bundled, [true]);
    await chooseAt(el, 0);
  },
};

// ----- end screen -----

/** Three of four right (75 %, pass mark 70 %): passed, with "Retry missed (1)". */
export const EndScreenPassed: Story = {
  tags: ['!autodocs'],
  parameters: checks({ shows: ['3 of 4 correct', 'Passed', 'Retry missed (1)'] }),
  args: { ...driven, count: 4 },
  play: async ({ canvasElement }) => {
    const el = inCanvas(canvasElement, 'django-quiz');
    await answerAll(el, bundled, [true, true, true, false]);
  },
};

/** One of four right (25 %): not passed yet. */
export const EndScreenFailed: Story = {
  tags: ['!autodocs'],
  parameters: checks({ shows: ['1 of 4 correct', 'Not passed yet', 'Retry missed (3)'] }),
  args: { ...driven, count: 4 },
  play: async ({ canvasElement }) => {
    const el = inCanvas(canvasElement, 'django-quiz');
    await answerAll(el, bundled, [true, false, false, false]);
  },
};

/** The review list after an exam: each question, your answer, the right one, the explanation. */
export const Review: Story = {
  tags: ['!autodocs'],
  parameters: checks({ shows: ['3 of 5 correct', 'Review', 'Your answer:', 'Correct answer'] }),
  args: { ...driven, mode: 'exam' },
  play: async ({ canvasElement, viewMode }) => {
    const el = inCanvas(canvasElement, 'django-quiz');
    await answerAll(el, bundled, [true, false, true, false, true]);
    if (viewMode !== 'docs') {
      el.shadowRoot!.querySelector('[part~="review"]')?.scrollIntoView({ block: 'start' });
    }
  },
};

// ----- loading, empty, errors -----

/** No question matches the filter (`topics="graphql"`). */
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
    return quiz(a);
  },
};

/** `src` answers 404: the message names the URL and the status; "Try again" reloads. */
export const ErrorNotFound: Story = {
  args: { src: '/no-such-question-set' },
  parameters: checks({ state: 'error', shows: ['/no-such-question-set (HTTP 404'] }),
};

/** An inline set that breaks the schema: the message names the place. */
export const ErrorInvalidSet: Story = {
  parameters: checks({
    state: 'error',
    shows: ['questions[0].choices: expected at least one choice with "correct": true'],
  }),
  render: (a) =>
    quiz(a, {
      inlineJson: JSON.stringify({
        id: 'broken',
        title: 'A broken set',
        questions: [
          {
            id: 'q1',
            prompt: 'Which choice is right?',
            answer: 'None is marked right.',
            choices: [
              { id: 'a', text: 'This one' },
              { id: 'b', text: 'That one' },
            ],
          },
        ],
      }),
    }),
};

/** The browser refuses storage (Safari private mode, a sandboxed iframe): the quiz says so and goes on. */
export const StorageUnavailable: Story = {
  parameters: checks({
    shows: ['Progress is kept only until this page is closed', 'Question 1 of 62'],
  }),
  render: (a) =>
    quiz(a, {
      properties: {
        storage: {
          getItem: () => {
            throw new DOMException('denied', 'SecurityError');
          },
          setItem: () => {
            throw new DOMException('denied', 'SecurityError');
          },
          removeItem: () => {
            throw new DOMException('denied', 'SecurityError');
          },
        },
      },
    }),
};

// ----- themes and layout -----

/** `theme="light"`; its canvas plays a wrong answer, to show the right and the wrong colours. */
export const ThemeLight: Story = {
  parameters: checks({ shows: ['✗ Incorrect'] }),
  args: { ...driven, theme: 'light' },
  play: FeedbackWrong.play,
};

/** `theme="dark"` on a dark page; its canvas plays a wrong answer. */
export const ThemeDark: Story = {
  args: { ...driven, theme: 'dark' },
  parameters: checks({ shows: ['✗ Incorrect'] }),
  globals: { backgrounds: { value: 'dark' } },
  render: (a) => frame(quiz(a), { background: '#0b110e', color: '#e7efe9' }),
  play: FeedbackWrong.play,
};

/** A brand of your own through `--django-*` custom properties only; its canvas plays a wrong answer. */
export const CustomBrand: Story = {
  parameters: checks({ shows: ['✗ Incorrect'] }),
  args: {
    ...driven,
    theme: 'light',
    '--django-accent': '#4338ca',
    '--django-accent-fg': '#ffffff',
    '--django-surface': '#f5f5ff',
    '--django-border': '#c7c9ef',
    '--django-focus': '#c026d3',
    '--django-radius': '4px',
    '--django-font': 'Georgia, "Times New Roman", serif',
    '--django-shadow': 'none',
  },
  play: FeedbackWrong.play,
};

/** The quiz's strings in Hebrew (the set is in story-sets.ts). */
const hebrewStrings = {
  quizLabel: 'בוחן: {title}',
  questionOf: 'שאלה {n} מתוך {total}',
  selectOne: 'בחרו תשובה אחת',
  selectAll: 'סמנו את כל התשובות הנכונות',
  check: 'בדיקה',
  next: 'הבא',
  finish: 'לתוצאות',
  correct: 'נכון',
  incorrect: 'לא נכון',
  correctAnswerIs: 'התשובה הנכונה: {answer}',
  correctAnswersAre: 'התשובות הנכונות: {answer}',
  chooseFirst: 'בחרו קודם תשובה.',
  docsLink: 'התיעוד של Django',
  newTab: '(נפתח בלשונית חדשה)',
  announceCorrect: 'נכון. {explanation}',
  announceIncorrect: 'לא נכון. {answer}. {explanation}',
};

/**
 * `dir="rtl"` (its canvas plays a wrong answer): the layout mirrors, and each piece of the set's text is isolated (`<bdi>`), so a
 * choice that is English code keeps its order. Inside a Hebrew sentence, the author marks where code
 * ends with U+200E (as in any bidirectional text). The UI strings come through `strings`.
 */
export const RightToLeft: Story = {
  parameters: checks({
    shows: ['לא נכון', 'התשובה הנכונה: transaction.on_commit(lambda: task.delay(order.pk))'],
  }),
  args: { 'no-persist': true },
  render: (a) =>
    frame(
      quiz(a, { inlineJson: JSON.stringify(hebrewSet), properties: { strings: hebrewStrings } }),
      { dir: 'rtl', lang: 'he' },
    ),
  play: async ({ canvasElement }) => {
    const el = inCanvas(canvasElement, 'django-quiz');
    await loaded(el);
    await answer(el, hebrewSet, false);
  },
};

/** A 280 px sidebar column: buttons stack, nothing overflows; its canvas plays a wrong answer. */
export const NarrowColumn: Story = {
  parameters: checks({ shows: ['✗ Incorrect'] }),
  args: { ...driven },
  render: (a) => frame(quiz(a), { width: '280px' }),
  play: FeedbackWrong.play,
};

/** Your own questions, given inline in a `<script type="application/json">` child. */
export const InlineQuestionSet: Story = {
  parameters: checks({ shows: ['HTTP basics', 'Question 1 of 2'] }),
  render: (a) =>
    quiz(a, {
      inlineJson: JSON.stringify(httpSet, null, 2),
    }),
};

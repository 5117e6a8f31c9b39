/**
 * Drives a `<django-quiz>` through its shadow DOM the way a learner does (click a choice, click
 * Check / Next), so stories can reach feedback and end screens deterministically. Which choice is
 * right is looked up in the question set the story gave the element, by the prompt on screen.
 */
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import type { QuestionSet } from '../src/data/schema.js';
import { html, render } from 'lit';
import { renderText } from '../src/markdown/render.js';
import { loaded } from './story-helpers.js';

/** The words an element shows, without code blocks' language labels and Copy buttons. */
function wordsOf(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.md-code-bar, .md-lang').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The words a set's field shows once rendered (it may hold Markdown). */
function shown(field: string): string {
  const div = document.createElement('div');
  render(html`${renderText(field)}`, div);
  return wordsOf(div);
}

function labels(el: DjangoQuiz): HTMLLabelElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('label[part~="choice"]')];
}

function currentQuestion(el: DjangoQuiz, set: QuestionSet) {
  const legend = el.shadowRoot!.querySelector('[part~="prompt"]');
  const prompt = legend ? wordsOf(legend) : '';
  const q = set.questions.find((x) => shown(x.prompt) === prompt);
  if (!q) throw new Error(`the question on screen is not in "${set.id}": ${prompt}`);
  return q;
}

/**
 * Clicks a choice's native control. (A click on the label would also focus it, and that scrolls the
 * page: on the docs page, where every story plays, the reader would be carried off.)
 */
async function click(el: DjangoQuiz, label: HTMLLabelElement): Promise<void> {
  label.querySelector('input')!.click();
  await el.updateComplete;
}

/** Clicks the choices whose text is in `texts`, in display order. */
export async function choose(el: DjangoQuiz, texts: string[]): Promise<void> {
  for (const label of labels(el)) {
    const text = wordsOf(label.querySelector('.text')!);
    if (texts.some((t) => shown(t) === text)) await click(el, label);
  }
}

/** Clicks the choice at `index` in display order. */
export async function chooseAt(el: DjangoQuiz, index: number): Promise<void> {
  await click(el, labels(el)[index]);
}

/** Clicks the primary button: Check, Next, Finish or See results. */
export async function primary(el: DjangoQuiz): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button.primary')!.click();
  await el.updateComplete;
}

/** Picks the right answer (or one wrong choice) for the question on screen and presses Check. */
export async function answer(el: DjangoQuiz, set: QuestionSet, correct: boolean): Promise<void> {
  const q = currentQuestion(el, set);
  const texts = correct
    ? q.choices.filter((c) => c.correct).map((c) => c.text)
    : [q.choices.find((c) => !c.correct)!.text];
  await choose(el, texts);
  await primary(el);
}

/**
 * Answers one question per entry of `pattern` (true: right, false: wrong), moving on after each
 * (in practice mode Next, in exam mode the answer button itself moves on).
 */
export async function answerAll(
  el: DjangoQuiz,
  set: QuestionSet,
  pattern: boolean[],
): Promise<void> {
  await loaded(el);
  for (const correct of pattern) {
    await answer(el, set, correct);
    if (el.mode !== 'exam') await primary(el);
  }
}

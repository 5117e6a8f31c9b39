/**
 * Drives a `<django-quiz>` through its shadow DOM the way a learner does (click a choice, click
 * Check / Next), so stories can reach feedback and end screens deterministically, and tests extend
 * it (test/support/quiz-harness.ts). Which choice is right is looked up in the question set the
 * element was given, by the prompt on screen.
 */
import type { DjangoQuiz } from '../src/components/quiz/quiz.js';
import type { QuestionSet } from '../src/data/schema.js';
import { html, render } from 'lit';
import { renderText } from '../src/markdown/render.js';
import { WidgetDriver } from './widget-driver.js';

/** The words an element shows, without code blocks' language labels and Copy buttons. */
function wordsOf(node: Element | null): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.md-code-bar, .md-lang').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The words a set's field shows once rendered (it may hold Markdown). */
export function shown(field: string): string {
  const div = document.createElement('div');
  render(html`${renderText(field)}`, div);
  return wordsOf(div);
}

export class QuizDriver extends WidgetDriver<DjangoQuiz> {
  get prompt(): string {
    return wordsOf(this.$('[part~="prompt"]'));
  }
  get choiceLabels(): HTMLLabelElement[] {
    return this.$$('label[part~="choice"]') as HTMLLabelElement[];
  }
  get inputs(): HTMLInputElement[] {
    return this.$$('input[name="choice"]') as HTMLInputElement[];
  }
  choiceText(i: number): string {
    return wordsOf(this.choiceLabels[i].querySelector('.text'));
  }
  /** The index (in display order) of the choice whose text is `text`. */
  indexOf(text: string): number {
    return this.choiceLabels.findIndex((l) => wordsOf(l.querySelector('.text')) === shown(text));
  }
  /** Check, Next, Finish or See results. */
  get primaryButton(): HTMLButtonElement {
    return this.$('.actions button.primary') as HTMLButtonElement;
  }
  get feedback(): HTMLElement | null {
    return this.$('[part~="feedback"]');
  }

  /** Clicks the label of the choice at `i` (display order), as a learner does. */
  choose(i: number): Promise<void> {
    return this.click(this.choiceLabels[i]);
  }
  /**
   * Clicks the native control of the choice at `i`. (A click on the label would also focus it, and
   * that scrolls the page: on the docs page, where every story plays, the reader would be carried off.)
   */
  chooseInput(i: number): Promise<void> {
    return this.click(this.choiceLabels[i].querySelector('input')!);
  }
  async chooseText(text: string): Promise<void> {
    const i = this.indexOf(text);
    if (i < 0) {
      const all = this.choiceLabels.map((l) => l.textContent).join(' | ');
      throw new Error(`no choice "${text}" in: ${all}`);
    }
    await this.choose(i);
  }
  /** Clicks the primary button (Check; in exam mode Next). */
  check(): Promise<void> {
    return this.click(this.primaryButton);
  }
  /** Clicks the primary button (Next or See results). */
  next(): Promise<void> {
    return this.click(this.primaryButton);
  }

  /** Picks the right answer (or one wrong choice) for the question on screen and presses Check. */
  async answer(set: QuestionSet, correct: boolean): Promise<void> {
    const q = set.questions.find((x) => shown(x.prompt) === this.prompt);
    if (!q) throw new Error(`the question on screen is not in "${set.id}": ${this.prompt}`);
    const texts = correct
      ? q.choices.filter((c) => c.correct).map((c) => c.text)
      : [q.choices.find((c) => !c.correct)!.text];
    for (let i = 0; i < this.choiceLabels.length; i++) {
      if (texts.some((t) => shown(t) === this.choiceText(i))) await this.chooseInput(i);
    }
    await this.check();
  }
  /**
   * Answers one question per entry of `pattern` (true: right, false: wrong), moving on after each
   * (in practice mode Next, in exam mode the answer button itself moves on).
   */
  async answerAll(set: QuestionSet, pattern: boolean[]): Promise<void> {
    await this.loaded();
    for (const correct of pattern) {
      await this.answer(set, correct);
      if (this.el.mode !== 'exam') await this.next();
    }
  }
}

// What the stories' play functions call.
export const chooseAt = (el: DjangoQuiz, index: number) => new QuizDriver(el).chooseInput(index);
export const primary = (el: DjangoQuiz) => new QuizDriver(el).next();
export const answer = (el: DjangoQuiz, set: QuestionSet, correct: boolean) =>
  new QuizDriver(el).answer(set, correct);
export const answerAll = (el: DjangoQuiz, set: QuestionSet, pattern: boolean[]) =>
  new QuizDriver(el).answerAll(set, pattern);

import { html, nothing, type TemplateResult } from 'lit';
import { plainText } from '../../markdown/render.js';
import { markdownStyles } from '../../markdown/markdown.styles.js';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { ChoiceKeys } from '../../controllers/choice-keys.js';
import { FocusRestore } from '../../controllers/focus-restore.js';
import { QuizProgress } from '../../controllers/quiz-progress.js';
import type { Choice, Question, QuestionSet } from '../../data/schema.js';
import { selectQuestions } from '../../data/select.js';
import { randomSeed, shuffled } from '../../internal/random.js';
import { SetWidget } from '../../internal/set-widget.js';
import { whenIdle } from '../../internal/when-idle.js';
import { progressPanelStyles } from '../../internal/progress-panel.js';
import {
  renderAddedToDeck,
  renderConfidence,
  renderMark,
  renderQuizHeader,
  renderScore,
} from './quiz-parts.js';
import { renderFeedback, renderReviewItem } from './answer-parts.js';
import {
  advance,
  answerOf,
  correctIds,
  correctTexts,
  isMultiAnswer,
  missedIds,
  needsReview,
  reviewIds,
  quizResult,
  restoreQuiz,
  startQuiz,
  submitAnswer,
  toggleChoice,
  type QuizState,
} from '../../state/quiz-state.js';
import { tokens } from '../../styles/shared.styles.js';
import { styles } from './quiz.styles.js';
import '../../events/index.js';

const LETTERS = 'ABCDEFGHI';

/**
 * A multiple-choice quiz over a question set: one question at a time, instant feedback with
 * explanations and Django docs links (practice mode) or none until the end (exam mode), a score and
 * review screen, retry all or retry missed. Progress is resumed after a reload.
 *
 * The set comes from, in order: `src`; an inline `<script type="application/json">` child (read as
 * data, never rendered: the element has no slots); a surrounding `<django-question-set>`; the bundled
 * Django set.
 *
 * Keyboard: Tab to the choices, arrow keys move between them, Space picks, keys 1–9 pick by position,
 * Enter checks the answer and then moves on.
 *
 * @tagname django-quiz
 * @summary Multiple-choice quiz over the bundled Django questions or your own set.
 *
 * @fires django-start - A run begins, resumes or is retried. Detail: `{ widget: 'quiz', setId, questionIds, resumed }`.
 * @fires django-answer - The learner checked an answer (in exam mode: moved on with one). Detail: `{ setId, questionId, selected, correct, index, total }`.
 * @fires django-complete - The last question was answered. Detail: `{ widget: 'quiz', setId, score, total, percent, passed, durationMs, answers }`.
 * @fires django-error - The set could not be loaded (`kind`: `network`, `http`, `parse`, `schema`) or progress cannot be saved (`storage`). Detail: `{ message, kind }`.
 *
 * @csspart base - The card that wraps everything.
 * @csspart header - Set title, position and progress bar.
 * @csspart progress - The progress bar track (`role="progressbar"`).
 * @csspart prompt - The question text.
 * @csspart choices - The list of choices.
 * @csspart choice - One choice (a `<label>` around its native radio or checkbox).
 * @csspart choice--selected - A choice the learner picked.
 * @csspart choice--correct - A right choice, after Check.
 * @csspart choice--incorrect - A picked wrong choice, after Check.
 * @csspart feedback - The verdict, explanation and docs link after Check.
 * @csspart summary - The end screen.
 * @csspart review - The review list on the end screen.
 * @csspart button - Every button.
 * @csspart confidence - The "I'm sure / I guessed" toggle (`confidence`).
 * @csspart progress-button - The "Your progress" button.
 * @csspart progress-panel - The "Your progress" dialog: storage status, export, import.
 *
 * @cssproperty [--django-accent=#0c4b33] - Brand colour: buttons, progress, selection, links (dark default `#44b78b`).
 * @cssproperty [--django-accent-fg=#ffffff] - Text on the accent colour.
 * @cssproperty [--django-accent-soft=color-mix(in srgb, var(--django-accent) 10%, var(--django-bg))] - Background of a selected choice.
 * @cssproperty [--django-bg=#ffffff] - Background of the card (dark default `#121a16`).
 * @cssproperty [--django-fg=#17221c] - Text colour (dark default `#e7efe9`).
 * @cssproperty [--django-muted=#4f5f56] - Secondary text.
 * @cssproperty [--django-surface=#f4f7f5] - Background of panels, chips and the progress track.
 * @cssproperty [--django-border=#ccd8d1] - Borders.
 * @cssproperty [--django-correct=#17733a] - Marks right answers (always with an icon and text).
 * @cssproperty [--django-incorrect=#b3261e] - Marks wrong answers (always with an icon and text).
 * @cssproperty [--django-focus=#2563eb] - Focus ring.
 * @cssproperty [--django-radius=14px] - Corner radius of the card (controls use a smaller one).
 * @cssproperty [--django-font=system-ui] - Font stack.
 * @cssproperty [--django-font-mono=ui-monospace] - Monospace font stack (error messages).
 * @cssproperty [--django-font-size=16px] - Base text size; everything else scales with it.
 * @cssproperty [--django-shadow=0 1px 2px rgb(0 0 0 / 0.06), 0 6px 24px rgb(0 0 0 / 0.06)] - Shadow of the card.
 */
export class DjangoQuiz extends SetWidget {
  static override styles = [tokens, styles, markdownStyles, progressPanelStyles];

  @state() private quiz?: QuizState;
  @state() private hint = '';

  /** `practice` shows feedback after each answer; `exam` only at the end. */
  @property({ reflect: true }) mode: 'practice' | 'exam' = 'practice';
  /** Percentage needed to pass. */
  @property({ type: Number, attribute: 'pass-mark', reflect: true }) passMark = 70;
  /** Ask "I'm sure / I guessed" with each answer: a guess goes to the review deck even when right. */
  @property({ type: Boolean, reflect: true }) confidence = false;
  /** The learner's answer to "How sure are you?" for the question on screen. */
  @state() private guessing = false;

  protected readonly progress = new QuizProgress(this, {
    storage: () => this.storage,
    persist: () => this.persist,
  });
  protected readonly labelKey = 'quizLabel';
  private readonly focusAfter = new FocusRestore(this, {
    targets: { prompt: 'legend', feedback: '[part~="feedback"]', summary: '.summary-title' },
  });
  private readonly keys = new ChoiceKeys(this, {
    phase: () => this.quiz?.phase,
    choices: () => (this.current ? this.choicesOf(this.current).map((c) => c.id) : []),
    multi: () => !!this.current && isMultiAnswer(this.current),
    pick: (id) => this.pick(id),
    check: () => this.check(),
    next: () => this.next(),
  });
  private choiceSeed = '';
  /** Set while the run on screen is a preview (see `SetWidget.previewing`): was Check pressed? */
  private preview?: { checked: boolean };

  // ----- setup -----

  protected runKey(set: QuestionSet): string {
    return this.progress.keyOf({
      set,
      selection: this.selection(),
      seed: this.seed,
      shuffle: this.shuffle,
      mode: this.mode,
      providerKey: this.source.providerKey,
    });
  }

  /** A preview's first question is the whole set's when the order is the set's and nothing resumes. */
  protected override canPreview(_set: QuestionSet, key: string): boolean {
    return !this.shuffling && this.progress.load(key) === undefined;
  }

  /** (Re)build the run for a set and selection: resume the stored one when it still fits. */
  protected build(set: QuestionSet, rebuilt: boolean): void {
    const preview = this.preview && { ...this.preview, quiz: this.quiz! };
    this.preview = undefined;
    if (this.previewing) {
      // Shown, not started: no storage, no `django-start` until the whole set is there.
      this.quiz = startQuiz(
        selectQuestions(set.questions, this.selection()).map((q) => q.id),
        this.at,
      );
      this.preview = { checked: this.carry(preview) && preview!.checked };
      this.announcement = '';
      return;
    }
    const key = this.builtFor!.key;
    const stored = this.progress.load(key);
    const restored = stored ? restoreQuiz(stored.state, this.questionsById) : undefined;
    const seed = this.seed || (this.shuffling ? (restored && stored?.seed) || randomSeed() : '');
    this.choiceSeed = seed;
    if (restored) {
      this.quiz = restored;
      this.announcement =
        restored.phase === 'done'
          ? this.announcement
          : this.t('resumed', { n: restored.index + 1, total: restored.order.length });
    } else {
      const questions = selectQuestions(
        set.questions,
        this.selection(this.shuffling ? seed : undefined),
      );
      this.quiz = startQuiz(
        questions.map((q) => q.id),
        this.at,
      );
      this.announcement = '';
    }
    this.hint = '';
    const carried = !restored && this.carry(preview);
    this.save();
    if (this.persist) whenIdle(() => void this.panel.loadTools());
    if (rebuilt) this.focusAfter.clear();
    if (this.quiz.order.length) {
      this.emit('django-start', {
        widget: 'quiz',
        setId: set.id,
        questionIds: this.quiz.order,
        resumed: !!restored,
      });
    }
    if (carried && preview!.checked) this.check();
  }

  /**
   * Keep the choices picked on a preview's first question when it is the new run's first too (a
   * later preview with more questions, or the whole set). Whether they were kept.
   */
  private carry(preview?: { quiz: QuizState }): boolean {
    if (!preview || preview.quiz.order[0] !== this.quiz?.order[0]) return false;
    this.quiz = { ...this.quiz, selected: preview.quiz.selected };
    return true;
  }

  protected hasContent(): boolean {
    return !!this.quiz && this.quiz.order.length > 0;
  }

  private save(): void {
    if (this.quiz && this.builtFor && !this.previewing) {
      this.progress.save(this.builtFor.key, this.quiz, this.choiceSeed);
    }
  }

  private get current(): Question | undefined {
    const q = this.quiz;
    return q && q.phase !== 'done' ? this.questionsById.get(q.order[q.index]) : undefined;
  }

  private choicesOf(q: Question): Choice[] {
    return this.choiceSeed ? shuffled(q.choices, `${this.choiceSeed}:${q.id}`) : q.choices;
  }

  private setQuiz(next: QuizState): void {
    this.quiz = next;
    this.save();
  }

  protected onKeyDown(e: KeyboardEvent): void {
    this.keys.onKeyDown(e);
  }

  private pick(choiceId: string): void {
    const q = this.current;
    if (!q || !this.quiz) return;
    this.hint = '';
    this.setQuiz(toggleChoice(this.quiz, q, choiceId));
  }

  private afterMove(): void {
    const quiz = this.quiz!;
    if (quiz.phase === 'done') {
      const result = quizResult(quiz, this.passMark);
      this.announcement = this.t('announceResult', {
        score: result.score,
        total: result.total,
        percent: result.percent,
        verdict: this.t(result.passed ? 'passed' : 'failed'),
      });
      this.focusAfter.request('summary');
      this.emit('django-complete', { widget: 'quiz', setId: this.setId, ...result });
    } else {
      this.announcement = '';
      this.focusAfter.request('prompt');
    }
  }

  /** "Correct answer: …" as plain text (for the live region). */
  private correctAnswerText(q: Question): string {
    const texts = correctTexts(q);
    const key = texts.length > 1 ? 'correctAnswersAre' : 'correctAnswerIs';
    return this.t(key, { answer: texts.map(plainText).join('; ') });
  }

  /** "1m 5s" or "42s", from the strings table. */
  private duration(ms: number): string {
    const seconds = Math.round(ms / 1000);
    return seconds >= 60
      ? this.t('durationMinutes', { m: Math.floor(seconds / 60), s: seconds % 60 })
      : this.t('durationSeconds', { s: seconds });
  }

  /** Mistakes waiting for the progress tools, written in the order they were made. */
  private reviewWrites: Promise<void> = Promise.resolve();

  /**
   * A mistake or a guess becomes an Again review of its card. The FSRS step is in the progress
   * tools, fetched when the page is next idle after a run is built (see `build`), so this is normally
   * immediate; before they are in, it waits for them.
   */
  private toReview(set: QuestionSet, q: Question, now: number): void {
    const write = (tools: NonNullable<typeof this.panel.tools>) => {
      if (tools.scheduleFromQuiz(this.progress.store, set, q, now) !== 'skipped') {
        tools.announceChange([tools.cardKey(set.id, q.id)]);
      }
    };
    const tools = this.panel.tools;
    if (tools) write(tools);
    else
      this.reviewWrites = this.reviewWrites
        .then(() => this.panel.loadTools())
        .then((loaded) => loaded && write(loaded));
  }

  /** Check the picked answer (in exam mode: record it and move on). Asks for a pick when none is. */
  check(): void {
    const q = this.current;
    const before = this.quiz;
    if (!q || !before || before.phase !== 'question') return;
    if (before.selected.length === 0) {
      this.hint = this.t('chooseFirst');
      return;
    }
    if (this.previewing && this.preview) {
      // The answer is checked once the whole set is validated (and never, if it turns out broken).
      this.preview.checked = true;
      return;
    }
    const now = this.now();
    const after = submitAnswer(before, q, this.mode, now, this.confidence && this.guessing);
    this.guessing = false;
    this.setQuiz(after);
    const answer = after.answers[q.id];
    if (this.persist && this.builtFor && needsReview(answer)) {
      // A mistake or a guess: due at once in every <django-flashcard> of this set on the site.
      this.toReview(this.builtFor.set, q, now);
    }
    this.emit('django-answer', {
      setId: this.setId,
      questionId: q.id,
      selected: answer.selected,
      correct: answer.correct,
      index: before.index,
      total: before.order.length,
    });
    if (this.mode === 'exam') {
      this.afterMove();
      return;
    }
    this.announcement = answer.correct
      ? this.t('announceCorrect', { explanation: plainText(q.explanation) })
      : this.t('announceIncorrect', {
          answer: this.correctAnswerText(q),
          explanation: plainText(q.explanation),
        });
    this.focusAfter.request('feedback');
  }

  /** Move on from a checked question: to the next one, or to the results after the last. */
  next(): void {
    if (!this.quiz || this.quiz.phase !== 'feedback') return;
    this.setQuiz(advance(this.quiz, this.now()));
    this.afterMove();
  }

  /** Start again over all of this run's questions, or only the missed ones. */
  restart(which: 'all' | 'missed' = 'all'): void {
    if (!this.quiz || !this.builtFor) return;
    const order = which === 'missed' ? missedIds(this.quiz) : this.quiz.order;
    if (!order.length) return;
    this.setQuiz(startQuiz(order, this.now()));
    this.announcement = '';
    this.focusAfter.request('prompt');
    this.emit('django-start', {
      widget: 'quiz',
      setId: this.setId,
      questionIds: order,
      resumed: false,
    });
  }

  // ----- render -----

  protected renderBody(set: QuestionSet): TemplateResult {
    const quiz = this.quiz!;
    return quiz.phase === 'done' ? this.renderSummary(set, quiz) : this.renderQuestion(set, quiz);
  }

  private renderQuestion(set: QuestionSet, quiz: QuizState): TemplateResult {
    const q = this.current!;
    const multi = isMultiAnswer(q);
    const answer = answerOf(quiz, q.id);
    const checked = quiz.phase === 'feedback' && answer !== undefined;
    const choices = this.choicesOf(q);
    const right = new Set(correctIds(q));
    const picked = checked ? answer.selected : quiz.selected;
    const last = quiz.index === quiz.order.length - 1;
    return html`${renderQuizHeader({
        t: this.t.bind(this),
        title: set.title,
        n: quiz.index + 1,
        // A preview has only the first questions: how many the run will have is not known yet.
        total: this.previewing ? undefined : quiz.order.length,
        done: Object.keys(quiz.answers).length,
      })}
      <fieldset class="question" aria-describedby="hint">
        <legend part="prompt" class="prompt" tabindex="-1" dir="auto">${this.md(q.prompt)}</legend>
        <p class="meta" id="hint">
          <span class="instruction">${this.t(multi ? 'selectAll' : 'selectOne')}</span>
          <span class="chip">${q.difficulty}</span>
          ${q.topics.map((t) => html`<span class="chip">${t}</span>`)}
        </p>
        <div part="choices" class="choices">
          ${repeat(
            choices,
            (c) => c.id,
            (c, i) => {
              const isPicked = picked.includes(c.id);
              const isRight = right.has(c.id);
              const parts = ['choice'];
              if (isPicked) parts.push('choice--selected');
              if (checked && isRight) parts.push('choice--correct');
              if (checked && isPicked && !isRight) parts.push('choice--incorrect');
              return html`<label
                part=${parts.join(' ')}
                class=${classMap({
                  choice: true,
                  selected: isPicked,
                  correct: checked && isRight,
                  incorrect: checked && isPicked && !isRight,
                })}
              >
                <input
                  type=${multi ? 'checkbox' : 'radio'}
                  name="choice"
                  data-id=${c.id}
                  .checked=${isPicked}
                  ?disabled=${checked}
                  @change=${() => this.pick(c.id)}
                />
                <span class="key" aria-hidden="true">${LETTERS[i]}</span>
                <span class="text" dir="auto">${this.md(c.text, { interactive: false })}</span>
                ${checked && (isRight || isPicked) ? renderMark(this.t.bind(this), isRight) : nothing}
              </label>`;
            },
          )}
        </div>
      </fieldset>
      ${checked ? renderFeedback(this.t.bind(this), q, answer.correct, answer.selected) : nothing}
      ${
        checked && this.persist && needsReview(answer)
          ? html`<p class="added-one">${this.t('addedThisOne')}</p>`
          : nothing
      }
      ${
        !checked && this.confidence
          ? renderConfidence(this.t.bind(this), this.guessing, (guess) => (this.guessing = guess))
          : nothing
      }
      <div class="actions">
        ${this.hint ? html`<p class="hint" role="alert">${this.hint}</p>` : nothing}
        ${
          checked
            ? html`<button part="button" class="primary" @click=${this.next}>
                ${this.t(last ? 'finish' : 'next')} <span class="flip" aria-hidden="true">→</span>
              </button>`
            : html`<button part="button" class="primary" @click=${this.check}>
                ${this.mode === 'exam' ? this.t(last ? 'finish' : 'next') : this.t('check')}
              </button>`
        }
      </div>`;
  }

  private renderSummary(set: QuestionSet, quiz: QuizState): TemplateResult {
    const r = quizResult(quiz, this.passMark);
    const missed = missedIds(quiz).length;
    return html`<section part="summary" class="summary">
      <p class="eyebrow" dir="auto">${set.title}</p>
      <h2 class="summary-title" tabindex="-1">${this.t('resultsTitle')}</h2>
      ${renderScore({
        t: this.t.bind(this),
        result: r,
        passMark: this.passMark,
        time: this.duration(r.durationMs),
        missed,
        onRetry: (which) => this.restart(which),
        afterScore: renderAddedToDeck(this.t.bind(this), this.persist ? reviewIds(quiz).length : 0),
      })}
      <h3 class="review-title">${this.t('review')}</h3>
      <ol part="review" class="review">
        ${repeat(
          quiz.order,
          (id) => id,
          (id) =>
            renderReviewItem(this.t.bind(this), this.questionsById.get(id)!, answerOf(quiz, id)),
        )}
      </ol>
    </section>`;
  }
}

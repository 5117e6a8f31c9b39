// The progress file: export of every entry, import with preview and merge, the hostile corpus, and
// the FSRS-optimizer CSV and Anki text exports read back with a real CSV parser (csv-parse).
import { expect } from '@open-wc/testing';
import { parse as parseCsv } from 'csv-parse/browser/esm/sync';
import * as v from 'valibot';
import { clearMemoryFallback, ProgressStore } from '../src/internal/storage.js';
import {
  ankiDeckText,
  applyImport,
  collectProgress,
  CSV_COLUMNS,
  MAX_FILE_BYTES,
  parseProgressFile,
  planImport,
  planTotals,
  PROGRESS_IMPORTED,
  ProgressFileSchema,
  progressFileText,
  reviewLogCsv,
  type ProgressFile,
} from '../src/progress/index.js';
import { cardEntryText, CARDS_PREFIX, QUIZ_PREFIX } from '../src/progress/entries.js';
import { createDeck, emptyDay, gradeCard } from '../src/state/flashcard-state.js';
import { serializeCard } from '../src/state/stored-deck.js';
import { appendLog, mergeLogs, restoreLog, MAX_LOG } from '../src/state/review-log.js';
import { startQuiz, submitAnswer, toggleChoice } from '../src/state/quiz-state.js';
import { parseQuestionSet } from '../src/data/load.js';
import small from './fixtures/small-set.json';

const MIN = 60_000;
const DAY = 86_400_000;
/** Monday 6 January 2025, 09:00 local time. */
const T0 = new Date(2025, 0, 6, 9, 0, 0).getTime();
const NOW = T0 + 2 * DAY;
const SET = parseQuestionSet(small);
const QUIZ_KEY = 'small-set:1:*|*|*|o:ordered:practice';

/** Every key and value of localStorage, for byte-identical comparisons. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i)!;
    out[k] = localStorage.getItem(k)!;
  }
  return out;
}

/** Progress as the elements write it: a deck, two graded cards with logs, a quiz run half-way. */
function seed(store = new ProgressStore(localStorage)) {
  let deck = createDeck(['q1', 'q2', 'q3'], {}, emptyDay(T0), 10);
  const write = (id: string, rating: 'again' | 'good' | 'easy', at: number) => {
    const before = deck.cards[id]?.state ?? 0;
    const r = gradeCard(deck, id, rating, at);
    deck = r.deck;
    const old = store.readJson<{ log?: unknown }>(CARDS_PREFIX + `small-set:${id}`);
    const log = appendLog(restoreLog(old?.log), {
      at,
      rating: ({ again: 1, good: 3, easy: 4 } as const)[rating],
      state: before as 0 | 1 | 2 | 3,
      ms: 4200,
    });
    store.writeJson(CARDS_PREFIX + `small-set:${id}`, { v: 1, ...serializeCard(r.card), log });
  };
  write('q1', 'good', T0);
  write('q1', 'good', T0 + 10 * MIN);
  write('q2', 'again', T0 + MIN);
  store.writeJson(CARDS_PREFIX + 'small-set', { today: deck.today, seed: 'abc', v: 1 });
  let quiz = startQuiz(['q1', 'q2', 'q3'], T0);
  quiz = toggleChoice(quiz, SET.questions[0], 'a');
  quiz = submitAnswer(quiz, SET.questions[0], 'practice', T0 + MIN);
  store.writeJson(QUIZ_PREFIX + QUIZ_KEY, { v: 1, state: quiz });
  return store;
}

const exported = (store = new ProgressStore(localStorage)) =>
  progressFileText(collectProgress(store, NOW).file);

describe('progress file', () => {
  beforeEach(() => {
    localStorage.clear();
    clearMemoryFallback();
  });

  it('exports every set: quiz runs, deck, FSRS cards and the full review log; valid by the schema', () => {
    seed();
    localStorage.setItem('django-quiz-elements:cards:v2:small-set:q1', '{"from":"the future"}');
    localStorage.setItem('django-quiz-elements:cards:v1:small-set:q3', 'not json');
    localStorage.setItem('unrelated-app', 'x');
    const { file, skipped } = collectProgress(new ProgressStore(localStorage), NOW);
    expect(v.is(ProgressFileSchema, file)).to.equal(true);
    expect(file.format).to.equal('django-quiz-elements/progress');
    expect(file.version).to.equal(1);
    expect(file.exportedAt).to.equal(new Date(NOW).toISOString());
    expect(file.sets.map((s) => s.id)).to.deep.equal(['small-set']);
    const [set] = file.sets;
    expect(set.cards.map((c) => c.id)).to.deep.equal(['q1', 'q2']);
    expect(set.cards[0].log.map((r) => [r.at, r.rating, r.state, r.ms])).to.deep.equal([
      [T0, 3, 0, 4200],
      [T0 + 10 * MIN, 3, 1, 4200],
    ]);
    expect(set.cards[0].state).to.equal(2); // Good twice: graduated to review
    expect(set.deck).to.deep.equal({ today: set.deck!.today, seed: 'abc' });
    expect(set.quizzes).to.have.length(1);
    expect(set.quizzes[0].key).to.equal(QUIZ_KEY);
    expect(set.quizzes[0].state.answers.q1.correct).to.equal(true);
    expect(skipped).to.deep.equal([
      'django-quiz-elements:cards:v1:small-set:q3',
      'django-quiz-elements:cards:v2:small-set:q1',
    ]);
    // What the export writes parses back as it was.
    const again = parseProgressFile(progressFileText(file), NOW);
    expect(again).to.deep.equal({ ok: true, file });
  });

  it('export → clear storage → import restores every entry byte for byte', () => {
    seed();
    const before = snapshot();
    const text = exported();
    localStorage.clear();
    clearMemoryFallback();
    const parsed = parseProgressFile(text, NOW);
    if (!parsed.ok) throw new Error(parsed.error);
    const store = new ProgressStore(localStorage);
    const plan = planImport(store, parsed.file);
    expect(plan.sets).to.deep.equal([
      {
        id: 'small-set',
        cards: { added: 2, updated: 0, kept: 0 },
        reviewsAdded: 3,
        quizzes: { added: 1, updated: 0, kept: 0 },
        deck: 'added',
        blocked: 0,
      },
    ]);
    let fired = 0;
    const count = () => fired++;
    window.addEventListener(PROGRESS_IMPORTED, count);
    expect(applyImport(store, plan)).to.deep.equal({ ok: true, persisted: true, written: 4 });
    window.removeEventListener(PROGRESS_IMPORTED, count);
    expect(fired).to.equal(1);
    expect(snapshot()).to.deep.equal(before);
    // Importing the same file again changes nothing and says so.
    const replan = planImport(store, parsed.file);
    expect(replan.writes).to.deep.equal([]);
    expect(planTotals(replan)).to.deep.equal({
      added: 0,
      updated: 0,
      kept: 4,
      reviews: 0,
      blocked: 0,
    });
  });

  it('exports what lives only in memory when storage is unavailable', () => {
    const throwing = {
      getItem() {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem() {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem() {},
    } as unknown as Storage;
    const store = new ProgressStore(throwing);
    seed(store);
    expect(store.persistent).to.equal(false);
    const { file } = collectProgress(store, NOW);
    expect(file.sets[0].cards).to.have.length(2);
    expect(file.sets[0].quizzes).to.have.length(1);
  });

  describe('merge', () => {
    const card = (over: Partial<ProgressFile['sets'][number]['cards'][number]>) => ({
      id: 'q1',
      due: T0 + DAY,
      stability: 3,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 1,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 2 as const,
      last_review: T0,
      log: [{ at: T0, rating: 3 as const, state: 0 as const }],
      ...over,
    });
    const fileWith = (
      cards: ReturnType<typeof card>[],
      quizzes: ProgressFile['sets'][number]['quizzes'] = [],
    ): ProgressFile => ({
      format: 'django-quiz-elements/progress',
      version: 1,
      exportedAt: new Date(NOW).toISOString(),
      sets: [{ id: 'small-set', cards, quizzes }],
    });
    const put = (c: ReturnType<typeof card>) =>
      localStorage.setItem(`${CARDS_PREFIX}small-set:${c.id}`, cardEntryText(c));
    const stored = (id: string) =>
      JSON.parse(localStorage.getItem(`${CARDS_PREFIX}small-set:${id}`)!);

    it('the later review of each card wins, and both review logs are kept', () => {
      put(card({ id: 'q1', last_review: T0, due: T0 + DAY }));
      put(
        card({
          id: 'q2',
          last_review: T0 + DAY,
          due: T0 + 5 * DAY,
          log: [{ at: T0 + DAY, rating: 4, state: 2 }],
        }),
      );
      const incoming = fileWith([
        // q1: graded later elsewhere → theirs wins
        card({
          id: 'q1',
          last_review: T0 + 3 * MIN,
          due: T0 + 9 * DAY,
          log: [{ at: T0 + 3 * MIN, rating: 4, state: 2 }],
        }),
        // q2: ours is later → kept, their older review still joins the log
        card({
          id: 'q2',
          last_review: T0 + 2 * MIN,
          due: T0 + 2 * DAY,
          log: [{ at: T0 + 2 * MIN, rating: 2, state: 1 }],
        }),
        // q3: new here → added
        card({ id: 'q3' }),
      ]);
      const store = new ProgressStore(localStorage);
      const plan = planImport(store, incoming);
      expect(plan.sets[0].cards).to.deep.equal({ added: 1, updated: 1, kept: 1 });
      expect(plan.sets[0].reviewsAdded).to.equal(3);
      expect(applyImport(store, plan).ok).to.equal(true);
      expect(stored('q1').due).to.equal(T0 + 9 * DAY);
      expect(stored('q1').log.map((r: { at: number }) => r.at)).to.deep.equal([T0, T0 + 3 * MIN]);
      expect(stored('q2').due).to.equal(T0 + 5 * DAY);
      expect(stored('q2').log.map((r: { at: number }) => r.at)).to.deep.equal([
        T0 + 2 * MIN,
        T0 + DAY,
      ]);
      expect(stored('q3').last_review).to.equal(T0);
    });

    it('a tie keeps ours; a quiz run started later wins; an entry not ours is never overwritten', () => {
      put(card({ id: 'q1', due: T0 + 4 * DAY }));
      localStorage.setItem(`${CARDS_PREFIX}small-set:q2`, '{"written":"by someone else"}');
      const oldRun = startQuiz(['q1', 'q2'], T0);
      localStorage.setItem(QUIZ_PREFIX + QUIZ_KEY, JSON.stringify({ v: 1, state: oldRun }));
      const newRun = { ...startQuiz(['q2', 'q1'], T0 + DAY) };
      const store = new ProgressStore(localStorage);
      const plan = planImport(
        store,
        fileWith(
          [card({ id: 'q1', due: T0 + 7 * DAY }), card({ id: 'q2' })],
          [{ key: QUIZ_KEY, state: newRun }],
        ),
      );
      expect(plan.sets[0]).to.deep.include({
        cards: { added: 0, updated: 0, kept: 1 },
        quizzes: { added: 0, updated: 1, kept: 0 },
        blocked: 1,
      });
      applyImport(store, plan);
      expect(stored('q1').due).to.equal(T0 + 4 * DAY);
      expect(localStorage.getItem(`${CARDS_PREFIX}small-set:q2`)).to.equal(
        '{"written":"by someone else"}',
      );
      expect(JSON.parse(localStorage.getItem(QUIZ_PREFIX + QUIZ_KEY)!).state.order).to.deep.equal([
        'q2',
        'q1',
      ]);
    });

    it('storage that fills up part-way changes nothing at all', () => {
      seed();
      const text = exported();
      localStorage.clear();
      clearMemoryFallback();
      put(card({ id: 'q1', last_review: T0 - DAY }));
      const before = snapshot();
      let writes = 0;
      const real = localStorage;
      const filling = {
        getItem: (k: string) => real.getItem(k),
        removeItem: (k: string) => real.removeItem(k),
        setItem: (k: string, val: string) => {
          if (++writes === 3) throw new DOMException('full', 'QuotaExceededError');
          real.setItem(k, val);
        },
        key: (i: number) => real.key(i),
        get length() {
          return real.length;
        },
      } as unknown as Storage;
      const store = new ProgressStore(filling);
      const parsed = parseProgressFile(text, NOW);
      if (!parsed.ok) throw new Error(parsed.error);
      const result = applyImport(store, planImport(store, parsed.file));
      expect(result.ok).to.equal(false);
      expect(!result.ok && result.error).to.match(/Nothing was changed/);
      expect(snapshot()).to.deep.equal(before);
      expect(new ProgressStore(localStorage).read(`${CARDS_PREFIX}small-set:q2`)).to.equal(null);
    });

    it('review logs: union without duplicates, oldest first, bounded', () => {
      const a = [{ at: 2, rating: 3 as const, state: 1 as const }];
      const b = [
        { at: 1, rating: 1 as const, state: 0 as const },
        { at: 2, rating: 3 as const, state: 1 as const },
      ];
      expect(mergeLogs(a, b)).to.deep.equal(b);
      expect(mergeLogs(b, b)).to.deep.equal(b);
      const many = Array.from({ length: MAX_LOG + 5 }, (_, i) => ({
        at: i,
        rating: 3 as const,
        state: 2 as const,
      }));
      const merged = mergeLogs([], many);
      expect(merged).to.have.length(MAX_LOG);
      expect(merged[0].at).to.equal(5);
    });
  });

  describe('hostile imports: a clear error, and storage byte-identical after', () => {
    const good = () => JSON.parse(exported()) as Record<string, unknown>;
    const cases: [string, () => string, RegExp][] = [
      ['an empty file', () => '', /empty/],
      ['garbage bytes', () => '\u0000\u00ff{{{ not json', /not valid JSON/],
      ['a JSON array', () => '[1,2,3]', /no JSON object/],
      [
        'a question set instead',
        () => JSON.stringify(small),
        /not a django-quiz-elements progress file/,
      ],
      [
        'a newer version',
        () => JSON.stringify({ ...good(), version: 2 }),
        /newer version \(format 2\)/,
      ],
      [
        'an unknown version',
        () => JSON.stringify({ ...good(), version: '1' }),
        /unknown format version \("1"\)/,
      ],
      [
        'a file over the size bound',
        () => JSON.stringify({ ...good(), pad: 'x'.repeat(MAX_FILE_BYTES) }),
        /at most 5 MB/,
      ],
      [
        'multibyte text over the bound',
        () => '"' + '€'.repeat(MAX_FILE_BYTES / 3 + 10) + '"',
        /at most 5 MB/,
      ],
      [
        'a __proto__ key',
        () => exported().replace('"format"', '"__proto__": {"polluted": true}, "format"'),
        /"__proto__"/,
      ],
      [
        'a constructor key',
        () => exported().replace('"cards": [', '"constructor": 1, "cards": ['),
        /"constructor"/,
      ],
      ['an unknown top-level key', () => JSON.stringify({ ...good(), extra: 1 }), /damaged/],
      [
        'a wrong type deep inside',
        () => exported().replace(/"stability": [\d.]+/, '"stability": "high"'),
        /sets\.0\.cards\.0\.stability.*number/,
      ],
      [
        'a rating out of range',
        () => exported().replace('"rating": 3', '"rating": 7'),
        /sets\.0\.cards\.0\.log\.0\.rating/,
      ],
      [
        'a set id that is not a slug',
        () => exported().replace('"id": "small-set"', '"id": "../../etc"'),
        /sets\.0\.id.*slug/,
      ],
      [
        'a review in the future',
        () => exported().replace(`"at": ${T0}`, `"at": ${NOW + 30 * DAY}`),
        /in the future/,
      ],
      [
        'a last review in the future',
        () =>
          exported().replace(
            `"last_review": ${T0 + 10 * MIN}`,
            `"last_review": ${NOW + 400 * DAY}`,
          ),
        /last reviewed on .* in the future/,
      ],
      [
        'an export date in the future',
        () => JSON.stringify({ ...good(), exportedAt: '2999-01-01T00:00:00.000Z' }),
        /in the future/,
      ],
      [
        'an unschedulable card',
        () => exported().replace(/"difficulty": [\d.]+/, '"difficulty": 0.5'),
        /FSRS cannot use/,
      ],
      [
        'a duplicate card',
        () => {
          const f = good() as unknown as ProgressFile;
          f.sets[0].cards.push(f.sets[0].cards[0]);
          return JSON.stringify(f);
        },
        /appears twice/,
      ],
      [
        'an inconsistent quiz run',
        () => exported().replace('"index": 0', '"index": 3'),
        /inconsistent/,
      ],
      [
        'a quiz filed under another set',
        () => exported().replace(`"key": "small-set:`, '"key": "other-set:'),
        /another set/,
      ],
      ['a huge number', () => exported().replace(/"reps": \d+/, '"reps": 1e308'), /reps/],
      ['NaN smuggled as a string', () => exported().replace(/"due": \d+/, '"due": "NaN"'), /due/],
    ];
    for (const [name, make, message] of cases) {
      it(name, () => {
        seed();
        const text = make();
        const before = snapshot();
        const result = parseProgressFile(text, NOW);
        expect(result.ok, name).to.equal(false);
        const error = result.ok ? '' : result.error;
        expect(error).to.match(message);
        expect(error.length).to.be.below(300);
        expect(snapshot()).to.deep.equal(before);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      });
    }
  });

  describe('other tools', () => {
    it('the review log is the CSV the FSRS optimizer reads', () => {
      seed();
      const csv = reviewLogCsv(collectProgress(new ProgressStore(localStorage), NOW).file);
      const rows = parseCsv(csv, { columns: true, skip_empty_lines: true }) as Record<
        string,
        string
      >[];
      expect(Object.keys(rows[0])).to.deep.equal([...CSV_COLUMNS]);
      expect(
        rows.map((r) => [
          r.card_id,
          Number(r.review_time),
          Number(r.review_rating),
          Number(r.review_state),
          Number(r.review_duration),
        ]),
      ).to.deep.equal([
        ['small-set/q1', T0, 3, 0, 4200],
        ['small-set/q2', T0 + MIN, 1, 0, 4200],
        ['small-set/q1', T0 + 10 * MIN, 3, 1, 4200],
      ]);
    });

    it('the deck is an Anki text file: headers, then front, back and tags, tabs and quotes escaped', () => {
      const tricky = parseQuestionSet({
        ...small,
        questions: [
          {
            ...small.questions[0],
            prompt: 'Tab\there, "quoted", and\na new line?',
            topics: ['forms', 'csrf'],
          },
          ...small.questions.slice(1),
        ],
      });
      const text = ankiDeckText(tricky);
      const lines = text.split('\n');
      expect(lines.slice(0, 3)).to.deep.equal(['#separator:tab', '#html:false', '#tags column:3']);
      const body = lines.slice(3).join('\n');
      const rows = parseCsv(body, {
        delimiter: '\t',
        quote: '"',
        relax_column_count: false,
        skip_empty_lines: true,
      }) as string[][];
      expect(rows).to.have.length(3);
      expect(rows[0]).to.deep.equal([
        'Tab\there, "quoted", and\na new line?',
        [tricky.questions[0].answer, tricky.questions[0].explanation, tricky.questions[0].docs]
          .filter(Boolean)
          .join('\n\n'),
        `small-set forms csrf ${tricky.questions[0].difficulty}`,
      ]);
      for (const row of rows) expect(row).to.have.length(3);
    });
  });
});

import { expect } from '@open-wc/testing';
import {
  QuestionSetError,
  fetchQuestionSet,
  loadBundledSet,
  parseQuestionSet,
  parseQuestionSetInSlices,
  parseQuestionSetJson,
  readInlineSource,
} from '../src/data/load.js';
import small from './fixtures/small-set.json';

function schemaError(value: unknown): QuestionSetError {
  try {
    parseQuestionSet(value);
  } catch (e) {
    expect(e).to.be.instanceOf(QuestionSetError);
    return e as QuestionSetError;
  }
  throw new Error('expected a schema error');
}

const clone = () => structuredClone(small) as typeof small & Record<string, unknown>;

describe('question set loader', () => {
  it('loads the bundled set', async () => {
    const set = await loadBundledSet();
    expect(set.id).to.equal('django-interview');
    expect(set.questions).to.have.length(62);
  });

  it('parses inline JSON from a child script', () => {
    const host = document.createElement('div');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(small);
    host.append(document.createElement('p'), script);
    const inline = readInlineSource(host);
    expect(inline?.format).to.equal('json');
    const set = parseQuestionSetJson(inline!.text);
    expect(set.questions.map((q) => q.id)).to.deep.equal(['q1', 'q2', 'q3']);
  });

  it('finds no inline JSON where there is none', () => {
    const host = document.createElement('div');
    host.innerHTML = '<script type="module">1</script>';
    expect(readInlineSource(host)).to.equal(null);
  });

  it('applies defaults: topics [] and difficulty medium', () => {
    const value = clone();
    delete (value.questions[2] as Partial<(typeof value.questions)[2]>).topics;
    delete (value.questions[2] as Partial<(typeof value.questions)[2]>).difficulty;
    const set = parseQuestionSet(value);
    expect(set.questions[2].topics).to.deep.equal([]);
    expect(set.questions[2].difficulty).to.equal('medium');
  });

  it('fetches a set from a served URL', async () => {
    const set = await fetchQuestionSet('/__test/fixture/small-set');
    expect(set.title).to.equal('A small test set');
  });

  it('gives no preview of a set whose question list arrives in one piece', async () => {
    let previews = 0;
    const set = await fetchQuestionSet('/__test/fixture/small-set', {
      onPreview: () => previews++,
    });
    expect(set.title).to.equal('A small test set');
    expect(previews).to.equal(0);
  });

  it('names a 404 with the URL and status', async () => {
    const error = await fetchQuestionSet('/test/fixtures/does-not-exist.json').catch((e) => e);
    expect(error).to.be.instanceOf(QuestionSetError);
    expect(error.kind).to.equal('http');
    expect(error.message).to.contain('/test/fixtures/does-not-exist.json').and.contain('404');
  });

  it('names a 500', async () => {
    const error = await fetchQuestionSet('/__test/status/500').catch((e) => e);
    expect(error.kind).to.equal('http');
    expect(error.message).to.contain('HTTP 500');
  });

  it('says when a response is not JSON', async () => {
    const error = await fetchQuestionSet('/__test/text').catch((e) => e);
    expect(error.kind).to.equal('parse');
    expect(error.message).to.match(/^The question set at \/__test\/text is not valid JSON/);
  });

  it('reports a network failure', async () => {
    const error = await fetchQuestionSet('http://127.0.0.1:1/set.json').catch((e) => e);
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('network error');
  });

  it('rethrows an abort as an AbortError, not a load error', async () => {
    const controller = new AbortController();
    const pending = fetchQuestionSet('/__test/status/200?delay=2000', {
      signal: controller.signal,
    });
    controller.abort();
    const error = await pending.catch((e) => e);
    expect(error).to.be.instanceOf(DOMException);
    expect(error.name).to.equal('AbortError');
  });

  it('says malformed JSON is malformed', () => {
    expect(() => parseQuestionSetJson('{"id": "x", ', 'The inline question set'))
      .to.throw(QuestionSetError)
      .with.property('message')
      .that.matches(/^The inline question set is not valid JSON/);
  });

  it('names the place of a question without a correct choice', () => {
    const value = clone();
    value.questions[1].choices.forEach((c: { correct?: boolean }) => delete c.correct);
    const error = schemaError(value);
    expect(error.message).to.equal(
      'questions[1].choices: expected at least one choice with "correct": true',
    );
    expect(error.path).to.equal('questions[1].choices');
  });

  it('names a missing required field', () => {
    const value = clone();
    delete (value.questions[0] as Partial<(typeof value.questions)[0]>).prompt;
    expect(schemaError(value).message).to.equal('questions[0]: missing required field "prompt"');
  });

  it('names a wrong type', () => {
    const value = clone();
    (value.questions[2] as unknown as { difficulty: number }).difficulty = 3;
    expect(schemaError(value).message).to.equal(
      'questions[2].difficulty: expected "easy", "medium" or "hard"',
    );
  });

  it('names duplicate question ids', () => {
    const value = clone();
    value.questions[2].id = 'q1';
    expect(schemaError(value).message).to.equal(
      'questions: expected question ids to be unique ("q1" appears twice)',
    );
  });

  it('refuses a docs link that is not http(s)', () => {
    const value = clone();
    value.questions[0].docs = 'javascript:alert(1)';
    expect(schemaError(value).message).to.equal('questions[0].docs: expected an http(s) URL');
  });

  it('refuses a value that is not an object', () => {
    expect(schemaError([1, 2]).message).to.match(/^\(root\): /);
    expect(schemaError(null).message).to.match(/^\(root\): /);
  });

  it('lists at most three problems and counts the rest', () => {
    const value = clone();
    value.questions.forEach((q: { prompt?: string; answer?: string }) => {
      delete q.prompt;
      delete q.answer;
    });
    expect(schemaError(value).message).to.match(/\(and 3 more\)$/);
  });

  describe('large sets, validated in slices', () => {
    /** A set of `n` valid questions (the small fixture's first question, renumbered). */
    const big = (n: number) => {
      const value = clone();
      value.questions = Array.from({ length: n }, (_, i) => ({
        ...small.questions[0],
        id: `q${i}`,
      }));
      return value;
    };
    /** The message of the error `parseQuestionSetInSlices` rejects with. */
    const sliceError = async (value: unknown) => {
      try {
        await parseQuestionSetInSlices(value);
      } catch (e) {
        expect(e).to.be.instanceOf(QuestionSetError);
        return e as QuestionSetError;
      }
      throw new Error('expected a schema error');
    };

    it('gives the same set as one-go validation, defaults applied', async () => {
      const value = big(3000);
      delete (value.questions[2999] as { difficulty?: string }).difficulty;
      const set = await parseQuestionSetInSlices(value);
      expect(set).to.deep.equal(parseQuestionSet(value));
      expect(set.questions).to.have.length(3000);
      expect(set.questions[2999].difficulty).to.equal('medium');
    });

    it('gives the page its turn while it validates 20,000 questions', async () => {
      // Count the yields (scheduler.yield where there is one): deterministic, where counting
      // animation frames would depend on the machine's load.
      const value = big(20_000);
      const g = globalThis as { scheduler?: unknown };
      const saved = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
      let yields = 0;
      Object.defineProperty(globalThis, 'scheduler', {
        configurable: true,
        value: { yield: () => (yields++, new Promise((r) => setTimeout(r, 0))) },
      });
      try {
        expect(await parseQuestionSetInSlices(value))
          .to.have.property('questions')
          .with.length(20_000);
      } finally {
        if (saved) Object.defineProperty(globalThis, 'scheduler', saved);
        else delete g.scheduler;
      }
      expect(yields).to.be.greaterThan(0);
    });

    it('names the same places as one-go validation', async () => {
      const cases: [string, (v: ReturnType<typeof big>) => void][] = [
        ['a bad docs link deep in the list', (v) => (v.questions[2500].docs = 'ftp://x')],
        ['a question that is a list', (v) => ((v.questions as unknown[])[1700] = [])],
        [
          'a missing prompt and a bad title',
          (v) => {
            delete (v.questions[1200] as { prompt?: string }).prompt;
            v.title = '';
          },
        ],
        ['a repeated id', (v) => (v.questions[2999].id = 'q7')],
      ];
      for (const [what, spoil] of cases) {
        const value = big(3000);
        spoil(value);
        const one = schemaError(value);
        const sliced = await sliceError(value);
        expect(sliced.message, what).to.equal(one.message);
        expect(sliced.path, what).to.equal(one.path);
      }
      const value = big(3000);
      value.questions[2500].docs = 'ftp://x';
      expect((await sliceError(value)).message).to.equal(
        'questions[2500].docs: expected an http(s) URL',
      );
    });

    it('stops when its signal is aborted', async () => {
      const controller = new AbortController();
      const done = parseQuestionSetInSlices(big(20_000), controller.signal);
      controller.abort();
      let error: unknown;
      await done.catch((e) => (error = e));
      expect((error as DOMException)?.name).to.equal('AbortError');
    });
  });
});

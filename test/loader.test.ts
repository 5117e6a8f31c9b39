import { expect } from '@open-wc/testing';
import {
  QuestionSetError,
  fetchQuestionSet,
  loadBundledSet,
  parseQuestionSet,
  parseQuestionSetJson,
  readInlineJson,
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
    const text = readInlineJson(host);
    expect(text).to.be.a('string');
    const set = parseQuestionSetJson(text!);
    expect(set.questions.map((q) => q.id)).to.deep.equal(['q1', 'q2', 'q3']);
  });

  it('finds no inline JSON where there is none', () => {
    const host = document.createElement('div');
    host.innerHTML = '<script type="module">1</script>';
    expect(readInlineJson(host)).to.equal(null);
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
});

import { expect } from '@open-wc/testing';
import { loadBundledSet, parseQuestionSet } from '../src/data/load.js';
import raw from '../data/django-questions.json';
import schema from '../data/question-set.schema.json';
import vocabulary from '../data/topics.json';

// The fixed topic vocabulary lives in data/topics.json (test/node/question-cues.test.mjs checks it too).
const TOPICS = new Set(Object.keys(vocabulary.topics));

describe('the bundled Django question set', () => {
  const set = parseQuestionSet(raw);

  it('ships pre-validated: the generated module is exactly what the schema makes of the JSON', async () => {
    expect(await loadBundledSet()).to.deep.equal(set);
  });

  it('validates against the schema', () => {
    expect(set.id).to.equal('django-interview');
    expect(set.questions).to.have.length(62);
  });

  it('has unique question ids and unique choice ids per question', () => {
    expect(new Set(set.questions.map((q) => q.id)).size).to.equal(set.questions.length);
    for (const q of set.questions) {
      expect(new Set(q.choices.map((c) => c.id)).size, q.id).to.equal(q.choices.length);
    }
  });

  it('gives every question at least one correct choice and never all of them', () => {
    for (const q of set.questions) {
      const right = q.choices.filter((c) => c.correct).length;
      expect(right, q.id).to.be.within(1, q.choices.length - 1);
    }
  });

  it('has some "select all that apply" questions', () => {
    const multi = set.questions.filter((q) => q.choices.filter((c) => c.correct).length > 1);
    expect(multi.length).to.be.within(4, 10);
  });

  it('fills every field the widgets show: 4 or 5 choices each with a why, explanation, docs', () => {
    for (const q of set.questions) {
      expect(q.choices.length, q.id).to.be.within(4, 5);
      expect(
        q.choices.every((c) => c.why),
        q.id,
      ).to.equal(true);
      expect(q.explanation, q.id).to.be.a('string');
      expect(q.docs, q.id).to.match(/^https:\/\/docs\.djangoproject\.com\/en\/\d\.\d\//);
      expect(q.answer.length, q.id).to.be.within(20, 600);
    }
  });

  it('uses only the fixed topic vocabulary and all three difficulties', () => {
    for (const q of set.questions) {
      expect(q.topics.length, q.id).to.be.within(1, 3);
      for (const t of q.topics) expect(TOPICS.has(t), `${q.id}: ${t}`).to.equal(true);
    }
    expect(new Set(set.questions.map((q) => q.difficulty))).to.have.keys('easy', 'medium', 'hard');
    const used = new Set(set.questions.flatMap((q) => q.topics));
    expect(
      used.has('sessions') && used.has('transactions'),
      'sessions and transactions are covered',
    ).to.equal(true);
  });

  it('does not put every correct answer in the same position', () => {
    const firstCorrect = set.questions.map((q) => q.choices.findIndex((c) => c.correct));
    expect(new Set(firstCorrect).size).to.be.greaterThan(2);
  });

  it('ships a generated JSON Schema that describes the format', () => {
    expect(schema.title).to.equal('django-quiz-elements question set');
    expect(schema.required).to.include.members(['id', 'title', 'questions']);
    expect(JSON.stringify(schema)).to.contain('select all that apply');
  });
});

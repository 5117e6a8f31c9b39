// Loaded by the scale breakdown page: times fetch, JSON.parse, validation and filtering of a set in
// the browser with the same code the elements use (the npm ESM in dist/).
import { parseQuestionSet } from '../../dist/data/load.js';
import { selectQuestions } from '../../dist/data/select.js';

window.__scaleTools = {
  async breakdown(url, selection) {
    const t0 = performance.now();
    const text = await (await fetch(url, { cache: 'no-store' })).text();
    const t1 = performance.now();
    const value = JSON.parse(text);
    const t2 = performance.now();
    const set = parseQuestionSet(value);
    const t3 = performance.now();
    const shown = selectQuestions(set.questions, selection);
    const t4 = performance.now();
    return {
      bytes: text.length,
      questions: set.questions.length,
      shown: shown.length,
      fetchMs: t1 - t0,
      jsonParseMs: t2 - t1,
      validateMs: t3 - t2,
      filterMs: t4 - t3,
    };
  },
};

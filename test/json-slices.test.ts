// JSON.parse in slices for large sets: the same value as JSON.parse, the same errors, and yields.
import { expect } from '@open-wc/testing';
import { SLICED_JSON_FROM, parseJsonInSlices, parseJsonPrefix } from '../src/data/json-slices.js';

/** A set text over the slicing threshold, with strings that look like structure. */
function bigText(space?: number, n = 4000): string {
  const questions = Array.from({ length: n }, (_, i) => ({
    id: `q${i}`,
    prompt: `Tricky ${i}: "quoted", back\\slash, brackets ] [ } {, a colon: and "questions": [1,2]`,
    answer: `Unicode ✓ é 中文 \u2028 and an escaped quote \" — ${'x'.repeat(i % 50)}`,
    choices: [
      { id: 'a', text: 'A', correct: true },
      { id: 'b', text: 'B', questions: [] },
    ],
    n: i,
    nested: { questions: [i, { questions: 'no' }] },
    flag: i % 2 === 0,
    none: null,
  }));
  return JSON.stringify(
    { id: 'big', title: 'A "questions" title', questions, after: [1, 2] },
    null,
    space,
  );
}

async function parseError(text: string): Promise<string> {
  try {
    await parseJsonInSlices(text);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}

function nativeError(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}

describe('parseJsonInSlices', () => {
  it('gives what JSON.parse gives, compact or pretty-printed', async () => {
    for (const space of [undefined, 2]) {
      const text = bigText(space);
      expect(text.length).to.be.greaterThan(SLICED_JSON_FROM);
      expect(await parseJsonInSlices(text)).to.deep.equal(JSON.parse(text));
    }
  });

  it('throws what JSON.parse throws for broken texts', async () => {
    const text = bigText();
    const cut = text.indexOf('"q2000"');
    const broken = [
      text.slice(0, -10), // truncated
      text.replace('"q2000"', '"q2000",'), // a stray comma inside an item
      text.slice(0, cut - 7) + text.slice(cut - 6), // a comma between items missing
      text.replace(']},{"id":"q3999"', ']},,{"id":"q3999"'), // two commas
      text.replace('],"after"', ',],"after"'), // a trailing comma in the list
    ];
    for (const b of broken) expect(await parseError(b)).to.equal(nativeError(b));
  });

  it('takes the last of two "questions" keys, as JSON.parse does', async () => {
    const text = bigText().replace(/}$/, ',"questions":[{"id":"last"}]}');
    expect(await parseJsonInSlices(text)).to.deep.equal(JSON.parse(text));
    const escaped = bigText().replace(/}$/, ',"quest\\u0069ons":[]}');
    expect(await parseJsonInSlices(escaped)).to.deep.equal(JSON.parse(escaped));
  });

  it('gives the page its turn between slices', async () => {
    // Count the yields (the parser uses scheduler.yield where there is one): deterministic, where
    // counting animation frames would depend on the machine's load.
    const text = bigText(undefined, 20_000);
    const g = globalThis as { scheduler?: unknown };
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    let yields = 0;
    Object.defineProperty(globalThis, 'scheduler', {
      configurable: true,
      value: { yield: () => (yields++, new Promise((r) => setTimeout(r, 0))) },
    });
    try {
      expect(await parseJsonInSlices(text)).to.deep.equal(JSON.parse(text));
    } finally {
      if (saved) Object.defineProperty(globalThis, 'scheduler', saved);
      else delete g.scheduler;
    }
    expect(yields, 'yields while parsing 20,000 items').to.be.greaterThan(0);
  });
});

describe('parseJsonPrefix', () => {
  it('gives the fields before the list and the items complete so far, at any cut', async () => {
    const text = bigText(undefined, 50);
    const whole = JSON.parse(text) as { id: string; title: string; questions: unknown[] };
    const listStart = text.indexOf('[');
    for (let cut = listStart; cut < text.length - 20; cut += 97) {
      const value = (await parseJsonPrefix(text.slice(0, cut))) as typeof whole | null;
      if (value === null) continue; // no item complete yet
      expect(value.id).to.equal(whole.id);
      expect(value.title).to.equal(whole.title);
      expect(value.questions).to.deep.equal(whole.questions.slice(0, value.questions.length));
      expect(value.questions.length).to.be.lessThan(whole.questions.length);
    }
    const late = (await parseJsonPrefix(text.slice(0, text.length - 30))) as typeof whole;
    expect(late.questions.length).to.equal(whole.questions.length - 1);
  });

  it('gives nothing for a whole list or a broken start', async () => {
    expect(await parseJsonPrefix(bigText(undefined, 50))).to.equal(null);
    expect(await parseJsonPrefix('{"id": x, "questions": [{"id":"a"},{"id":')).to.equal(null);
  });

  it('gives no fields written after the list (the preview then fails validation)', async () => {
    const after = JSON.stringify({ questions: [{ id: 'a' }, { id: 'b' }], id: 'x' });
    expect(await parseJsonPrefix(after.slice(0, 30))).to.deep.equal({ questions: [{ id: 'a' }] });
  });
});

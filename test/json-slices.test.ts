// JSON.parse in slices for large sets: the same value as JSON.parse, the same errors, and yields.
import { expect } from '@open-wc/testing';
import { SLICED_JSON_FROM, parseJsonInSlices } from '../src/data/json-slices.js';

/** A set text over the slicing threshold, with strings that look like structure. */
function bigText(space?: number): string {
  const questions = Array.from({ length: 4000 }, (_, i) => ({
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

  it('lets the page render while it parses', async () => {
    const text = bigText();
    let frames = 0;
    let running = true;
    const tick = () => {
      frames++;
      if (running) requestAnimationFrame(tick);
    };
    await new Promise((r) => requestAnimationFrame(r));
    requestAnimationFrame(tick);
    const t0 = performance.now();
    await parseJsonInSlices(text);
    const ms = performance.now() - t0;
    running = false;
    if (ms > 50) expect(frames, `frames in ${Math.round(ms)} ms`).to.be.greaterThan(0);
  });
});

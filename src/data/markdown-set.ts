/**
 * A question set written as Markdown, close to quizdown's format, and back:
 *
 * ```markdown
 * ---
 * id: django-orm
 * title: Django ORM
 * ---
 *
 * # What does `select_related()` do? {#select-related}
 *
 * - [x] Follows foreign keys in the same query, with a JOIN
 *   > why: one query instead of one per row
 * - [ ] Runs a second query per relation {#prefetch}
 *   > That is `prefetch_related()`.
 *
 * answer: It joins the related table into the same query.
 * explanation: Use it for ForeignKey and OneToOne relations.
 * docs: https://docs.djangoproject.com/en/5.2/ref/models/querysets/#select-related
 * topics: orm, performance
 * difficulty: medium
 * ```
 *
 * Every error names the line, e.g. `orm.md:14: question "What does…" has no correct choice`. The
 * parser is line-based and linear (no regex backtracks over more than one line), so a 10 MB file
 * is read in one pass and then refused by the schema's length limits.
 */
import { QuestionSetError, parseQuestionSet } from './load.js';
import type { QuestionSet, QuestionSetInput } from './schema.js';

type QuestionInput = QuestionSetInput['questions'][number];
type ChoiceInput = QuestionInput['choices'][number];

const FRONT_KEYS = ['id', 'title', 'version', 'description'] as const;
type FieldKey = 'answer' | 'explanation' | 'note' | 'docs' | 'topics' | 'difficulty';

const HEADING = /^#{1,2}[ \t]+(.*)$/;
const CHOICE = /^[-*+][ \t]+\[([ xX])\][ \t]+(.*)$/;
const FIELD = /^(answer|explanation|note|docs|topics|difficulty):(?:[ \t](.*)|)$/;
const FENCE = /^[ \t]{0,12}(`{3,}|~{3,})/;
const ID_SUFFIX = /[ \t]+\{#([^\s{}]{1,120})\}[ \t]*$/;

interface Lines {
  [path: string]: number;
}

/** `Text {#id}` → ['Text', 'id']. */
function splitId(text: string): [string, string | undefined] {
  const m = ID_SUFFIX.exec(text);
  return m ? [text.slice(0, m.index), m[1]] : [text.trimEnd(), undefined];
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v[0] === '"' && v.endsWith('"')) || (v[0] === "'" && v.endsWith("'")))) {
    return v[0] === '"' ? v.slice(1, -1).replace(/\\(["\\])/g, '$1') : v.slice(1, -1);
  }
  return v;
}

/** Remove the indentation every non-blank line shares. */
export function dedent(text: string): string {
  const lines = text.split('\n');
  let min = Infinity;
  for (const line of lines) {
    if (!line.trim()) continue;
    min = Math.min(min, line.length - line.trimStart().length);
  }
  if (!Number.isFinite(min) || min === 0) return text;
  return lines
    .map((line) => line.slice(Math.min(min, line.length - line.trimStart().length)))
    .join('\n');
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && !lines[start].trim()) start++;
  while (end > start && !lines[end - 1].trim()) end--;
  return lines.slice(start, end);
}

const short = (text: string) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
};

/** Parse a Markdown question set. `origin` names it in errors (`orm.md`, a URL, `inline Markdown`). */
export function parseMarkdownSet(source: string, origin = 'inline Markdown'): QuestionSet {
  const text = (source.charCodeAt(0) === 0xfeff ? source.slice(1) : source).replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const fail = (line: number, message: string): never => {
    throw new QuestionSetError('parse', `${origin}:${line}: ${message}`);
  };
  const where: Lines = {};
  const set: Record<string, unknown> = {};
  let i = 0;
  while (i < lines.length && !lines[i].trim()) i++;
  if (lines[i]?.trim() !== '---') {
    fail(
      i + 1,
      'expected front matter at the top: a "---" line, "id: …" and "title: …", then "---"',
    );
  }
  const opened = i + 1;
  i++;
  for (; ; i++) {
    if (i >= lines.length) fail(opened, 'front matter opened with "---" is never closed');
    const line = lines[i];
    if (line.trim() === '---') break;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const m = /^([A-Za-z$][\w$-]*)[ \t]*:(.*)$/.exec(line);
    if (!m) fail(i + 1, `expected "key: value" in the front matter, got "${short(line)}"`);
    const key = m![1];
    if (!(FRONT_KEYS as readonly string[]).includes(key)) {
      fail(i + 1, `unknown front matter key "${key}" (expected id, title, version or description)`);
    }
    set[key] = unquote(m![2]);
    where[key] = i + 1;
  }
  for (const key of ['id', 'title'] as const) {
    if (!set[key]) fail(opened, `front matter has no "${key}: …"`);
  }
  i++;

  const questions: QuestionInput[] = [];
  const usedIds = new Map<string, number>();
  type Buffer = string[];
  interface Draft {
    line: number;
    heading: string;
    id?: string;
    prompt: Buffer;
    choices: { line: number; id?: string; correct: boolean; text: Buffer; why: Buffer }[];
    fields: Partial<Record<FieldKey, { line: number; value: Buffer }>>;
  }
  let q: Draft | undefined;
  let target: Buffer | undefined;
  /** Where text goes now: the prompt, a choice's text or why, or a field. */
  let state: 'prompt' | 'choice' | 'field' = 'prompt';
  let fence: { marker: string; line: number } | undefined;

  const finish = () => {
    if (!q) return;
    const d = q;
    const title = short(d.heading);
    // The heading, then the lines under it as written (a blank line after the heading is kept).
    const body = [...d.prompt];
    while (body.length && !body[body.length - 1].trim()) body.pop();
    const prompt = body.length ? `${d.heading}\n${body.join('\n')}` : d.heading;
    const at = (line: number, message: string) => fail(line, `question "${title}" ${message}`);
    if (d.choices.length === 0) {
      at(d.line, 'has no choices (write them as "- [x] a right answer" and "- [ ] a wrong one")');
    }
    if (d.choices.length === 1) at(d.choices[0].line, 'has only one choice (it needs at least 2)');
    if (d.choices.length > 9) at(d.choices[9].line, 'has more than 9 choices');
    if (!d.choices.some((c) => c.correct)) at(d.line, 'has no correct choice (mark one "- [x]")');
    const index = questions.length;
    const base = `questions[${index}]`;
    let id = d.id ?? (slugify(d.heading) || `q${index + 1}`);
    if (d.id === undefined) {
      for (let n = 2; usedIds.has(id); n++) id = `${slugify(d.heading) || 'q'}-${n}`;
    } else if (usedIds.has(id)) {
      at(d.line, `has the id "${id}", already used on line ${usedIds.get(id)}`);
    }
    usedIds.set(id, d.line);
    where[base] = d.line;
    where[`${base}.id`] = d.line;
    where[`${base}.prompt`] = d.line;
    where[`${base}.choices`] = d.line;
    const choiceIds = new Set<string>();
    const choices: ChoiceInput[] = d.choices.map((c, n) => {
      let cid = c.id ?? 'abcdefghi'[n];
      if (c.id === undefined)
        for (let k = 2; choiceIds.has(cid); k++) cid = `${'abcdefghi'[n]}${k}`;
      else if (choiceIds.has(cid)) at(c.line, `has two choices with the id "${cid}"`);
      choiceIds.add(cid);
      where[`${base}.choices[${n}]`] = c.line;
      where[`${base}.choices[${n}].text`] = c.line;
      where[`${base}.choices[${n}].id`] = c.line;
      const [first, ...rest] = c.text;
      while (rest.length && !rest[rest.length - 1].trim()) rest.pop();
      const more = dedent(rest.join('\n'));
      const choice: ChoiceInput = { id: cid, text: more ? `${first}\n${more}` : first };
      if (c.correct) choice.correct = true;
      const why = trimBlankLines(c.why).join('\n');
      if (why) {
        choice.why = why;
        where[`${base}.choices[${n}].why`] = c.line;
      }
      return choice;
    });
    const field = (key: FieldKey): string | undefined => {
      const f = d.fields[key];
      if (!f) return undefined;
      where[`${base}.${key}`] = f.line;
      const value = trimBlankLines(f.value).join('\n');
      if (!value) fail(f.line, `question "${title}": "${key}:" is empty`);
      return value;
    };
    const answer =
      field('answer') ??
      choices
        .filter((c) => c.correct)
        .map((c) => c.text)
        .join('; ');
    const out: QuestionInput = { id, prompt, answer, choices };
    const explanation = field('explanation');
    if (explanation !== undefined) out.explanation = explanation;
    const note = field('note');
    if (note !== undefined) out.note = note;
    const docs = field('docs');
    if (docs !== undefined) out.docs = docs;
    const topics = field('topics');
    if (topics !== undefined) {
      out.topics = topics
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
    }
    const difficulty = field('difficulty');
    if (difficulty !== undefined) out.difficulty = difficulty as QuestionInput['difficulty'];
    questions.push(out);
  };

  for (; i < lines.length; i++) {
    const line = lines[i];
    const n = i + 1;
    if (fence) {
      target?.push(line);
      const m = FENCE.exec(line);
      if (
        m &&
        m[1][0] === fence.marker[0] &&
        m[1].length >= fence.marker.length &&
        !line.slice(m[0].length).trim()
      ) {
        fence = undefined;
      }
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      finish();
      const [title, id] = splitId(heading[1]);
      if (!title.trim()) fail(n, 'a question heading "#" needs the question after it');
      q = { line: n, heading: title.trim(), id, prompt: [], choices: [], fields: {} };
      state = 'prompt';
      target = q.prompt;
      continue;
    }
    if (!q) {
      if (line.trim()) fail(n, 'text before the first question (start each question with "# ")');
      continue;
    }
    const choice = CHOICE.exec(line);
    if (choice && state !== 'field') {
      const [textFirst, id] = splitId(choice[2]);
      q.choices.push({ line: n, id, correct: choice[1] !== ' ', text: [textFirst], why: [] });
      state = 'choice';
      target = q.choices[q.choices.length - 1].text;
      continue;
    }
    const field = FIELD.exec(line);
    if (field) {
      const key = field[1] as FieldKey;
      if (q.fields[key])
        fail(
          n,
          `question "${short(q.heading)}" has a second "${key}:" (the first is on line ${q.fields[key]!.line})`,
        );
      q.fields[key] = { line: n, value: field[2] ? [field[2]] : [] };
      state = 'field';
      target = q.fields[key]!.value;
      continue;
    }
    if (state === 'choice') {
      const c = q.choices[q.choices.length - 1];
      const indented = /^[ \t]{2,}/.test(line);
      if (!line.trim()) {
        target?.push('');
        continue;
      }
      if (!indented) {
        fail(
          n,
          `question "${short(q.heading)}": expected a choice ("- [ ] …"), an indented line under one, or a field such as "answer:"`,
        );
      }
      const quote = /^[ \t]+>[ \t]?(.*)$/.exec(line);
      if (quote) {
        c.why.push(c.why.length ? quote[1] : quote[1].replace(/^why:[ \t]*/i, ''));
        target = c.why;
        continue;
      }
      target = c.text;
    }
    target?.push(line);
    const open = FENCE.exec(line);
    if (open) fence = { marker: open[1], line: n };
  }
  if (fence) fail(fence.line, `code block opened with ${fence.marker} is never closed`);
  finish();

  try {
    return parseQuestionSet({ ...set, questions });
  } catch (e) {
    if (!(e instanceof QuestionSetError) || e.path === undefined) throw e;
    let path = e.path;
    while (path && where[path] === undefined) path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    const line = where[path] ?? 1;
    // `questions[3].docs: …` → `question "What does…": docs: …`, the way an author knows it.
    const message = e.message.replace(
      /^questions\[(\d+)\]\.?/,
      (_, n: string) =>
        `question "${short(String(questions[Number(n)]?.prompt.split('\n')[0]))}": `,
    );
    throw new QuestionSetError(
      'schema',
      `${origin}:${line}: ${message.replace(/: : /, ': ')}`,
      e.path,
    );
  }
}

function quoteIfNeeded(value: string): string {
  return /^\s|\s$|^["'#]|:\s|\n/.test(value) ? JSON.stringify(value) : value;
}

/** Lines of a field written at column 0 that the parser would read as structure. */
const STRUCTURE =
  /^(#{1,2}[ \t]|(answer|explanation|note|docs|topics|difficulty):|[-*+][ \t]+\[[ xX]\][ \t])/;

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => (l ? `  ${l}` : ''))
    .join('\n');
}

/**
 * Write a set as Markdown. Ids are written out (`{#id}`), so progress saved against the JSON set
 * carries over. Throws when a text would read back as something else (e.g. an explanation line
 * starting with "# "); the CLI checks that the Markdown reads back to the same set.
 */
export function questionSetToMarkdown(set: QuestionSet | QuestionSetInput): string {
  const out: string[] = ['---', `id: ${set.id}`, `title: ${quoteIfNeeded(set.title)}`];
  if (set.version !== undefined && set.version !== '1')
    out.push(`version: ${quoteIfNeeded(set.version)}`);
  if (set.description) {
    if (set.description.includes('\n'))
      throw new Error("description: a Markdown set's description is one line");
    out.push(`description: ${quoteIfNeeded(set.description)}`);
  }
  out.push('---');
  for (const q of set.questions) {
    const check = (what: string, text: string) => {
      let inFence = false;
      for (const line of text.split('\n')) {
        if (FENCE.test(line)) inFence = !inFence;
        else if (!inFence && STRUCTURE.test(line)) {
          throw new Error(
            `question "${q.id}": a line of its ${what} would read as Markdown structure: "${short(line)}"`,
          );
        }
      }
    };
    const nl = q.prompt.indexOf('\n');
    const heading = nl < 0 ? q.prompt : q.prompt.slice(0, nl);
    const rest = nl < 0 ? '' : q.prompt.slice(nl + 1);
    check('prompt', rest);
    out.push('', `# ${heading} {#${q.id}}`);
    if (rest) out.push(rest);
    out.push('');
    for (const c of q.choices) {
      const [first, ...more] = c.text.split('\n');
      out.push(`- [${c.correct ? 'x' : ' '}] ${first} {#${c.id}}`);
      if (more.length) out.push(indent(more.join('\n')));
      if (c.why) out.push(...c.why.split('\n').map((l) => (l ? `  > ${l}` : '  >')));
    }
    out.push('');
    const fields: [FieldKey, string | undefined][] = [
      ['answer', q.answer],
      ['explanation', q.explanation],
      ['note', q.note],
      ['docs', q.docs],
      ['topics', q.topics?.length ? q.topics.join(', ') : undefined],
      ['difficulty', q.difficulty && q.difficulty !== 'medium' ? q.difficulty : undefined],
    ];
    for (const [key, value] of fields) {
      if (value === undefined) continue;
      check(key, value);
      out.push(`${key}: ${value}`);
    }
  }
  return `${out.join('\n')}\n`;
}

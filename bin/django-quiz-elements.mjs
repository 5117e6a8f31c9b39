#!/usr/bin/env node
// npx django-quiz-elements scorm --standard 1.2|2004 [--topics orm,security] [--difficulty easy,medium]
//   [--count 10] [--pass-mark 70] [--src my-set.json] [--title "…"] [--element quiz|flashcard]
//   [--mode practice|exam] [--shuffle] [--lang en] -o quiz.zip
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildPackage, PackageError } from './scorm-package.mjs';

const HELP = `Usage: django-quiz-elements scorm [options] -o quiz.zip

Writes a SCORM package (one SCO) an LMS takes as an upload: Canvas, Moodle, Blackboard, D2L, …

  --standard 1.2|2004   SCORM 1.2 (default; every LMS) or SCORM 2004 4th edition
  --element quiz|flashcard
                        quiz (default): score, pass/fail and each answer go to the LMS;
                        flashcard: the LMS gets "completed" when the due cards are done
  --src FILE            your own question set (JSON, data/question-set.schema.json);
                        default: the bundled Django set
  --topics LIST         keep questions with one of these topics (comma-separated)
  --difficulty LIST     keep these difficulties: easy, medium, hard
  --count N             at most N questions (the first N after filtering, or a random N with --shuffle)
  --shuffle             shuffle questions and choices per learner
  --pass-mark P         percentage needed to pass (default 70)
  --mode practice|exam  practice (default): feedback after each answer; exam: only at the end
  --title TEXT          the title the LMS shows (default: the set's title)
  --lang TAG            the page's language (default: en)
  -o, --out FILE        where to write the zip (default: <set id>-scorm<standard>.zip)
`;

async function scorm(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      standard: { type: 'string', default: '1.2' },
      element: { type: 'string', default: 'quiz' },
      src: { type: 'string' },
      topics: { type: 'string' },
      difficulty: { type: 'string' },
      count: { type: 'string' },
      shuffle: { type: 'boolean', default: false },
      'pass-mark': { type: 'string', default: '70' },
      mode: { type: 'string' },
      title: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return void process.stdout.write(HELP);
  if (values.mode && !['practice', 'exam'].includes(values.mode)) {
    throw new PackageError(`--mode must be practice or exam, not "${values.mode}"`);
  }
  const count = values.count === undefined ? 0 : Number(values.count);
  if (!Number.isInteger(count) || count < 0) {
    throw new PackageError(`--count must be a whole number, not "${values.count}"`);
  }
  // The built library (dist/): the same parser and selection the widgets use.
  const built = (path) =>
    import(path).catch((e) => {
      if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
      throw new PackageError(
        'dist/ is missing: run `npm run build` first (the npm package ships it).',
      );
    });
  const { parseQuestionSetJson, QuestionSetError } = await built('../dist/data/load.js');
  const { selectQuestions, parseList, parseDifficulties } = await built('../dist/data/select.js');
  const srcPath = values.src ?? new URL('../data/django-questions.json', import.meta.url);
  let set;
  try {
    set = parseQuestionSetJson(
      await readFile(srcPath, 'utf8'),
      String(values.src ?? 'the bundled set'),
    );
  } catch (e) {
    if (e instanceof QuestionSetError || e.code === 'ENOENT') throw new PackageError(e.message);
    throw e;
  }
  const questions = selectQuestions(set.questions, {
    topics: parseList(values.topics),
    difficulty: parseDifficulties(values.difficulty),
    // With --shuffle every learner gets a random `count` of the narrowed set (the widget picks them).
    count: values.shuffle ? 0 : count,
  });
  const narrowed = { ...set, questions };
  const { zip, files, warnings } = await buildPackage({
    set: narrowed,
    standard: values.standard,
    element: values.element,
    passMark: Number(values['pass-mark']),
    title: values.title,
    mode: values.mode,
    shuffle: values.shuffle,
    count: values.shuffle ? count : 0,
    lang: values.lang,
  });
  const out = values.out ?? `${set.id}-scorm${values.standard}.zip`;
  await writeFile(out, zip);
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  process.stdout.write(
    `${out}: SCORM ${values.standard} ${values.element}, ${questions.length} questions, ` +
      `${Object.keys(files).length} files, ${zip.length} bytes\n`,
  );
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'scorm') await scorm(rest);
  else if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
  } else {
    throw new PackageError(`Unknown command "${command}". Try: django-quiz-elements scorm --help`);
  }
} catch (e) {
  if (e instanceof PackageError || String(e?.code).startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`django-quiz-elements: ${e.message}\n`);
    process.exitCode = 2;
  } else throw e;
}

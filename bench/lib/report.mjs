// Prints the results as Markdown tables (the README's "Benchmarks" section is pasted from this).
const kB = (b) => (b == null ? 'n/a' : `${(b / 1000).toFixed(1)} kB`);
const ms = (x) => (x == null ? 'n/a' : x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`);
const mb = (b) => (b == null ? 'n/a' : `${(b / 1e6).toFixed(1)} MB`);
const num = (n) => n.toLocaleString('en-US');

function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The targets of issue 7, checked against the results: [target, measured, met]. */
export function targets(r) {
  const s = r.sizes;
  const both = r.elements.flashcard?.scriptTag ? '' : ' (quiz only: no flashcard in the build yet)';
  const out = [
    [
      'Script-tag bundle, both elements + set ≤ 36 kB gzip',
      `${kB(s.scriptTag.gzip)}${both}`,
      s.scriptTag.gzip <= 36000,
    ],
    [
      '… of which everything but the set ≤ 20 kB gzip',
      kB(s.scriptTagCodeOnly.gzip),
      s.scriptTagCodeOnly.gzip <= 20000,
    ],
  ];
  const quiz = s.pages.quiz;
  if (quiz) {
    out.push([
      'Quiz-only npm page ≤ 2/3 of that: with set ≤ 24 kB, code only ≤ 13.3 kB gzip',
      `${kB(quiz.withSet.gzip)} / ${kB(quiz.codeOnly.gzip)}`,
      quiz.withSet.gzip <= 24000 && quiz.codeOnly.gzip <= 13333,
    ]);
  }
  for (const id of ['quiz', 'flashcard']) {
    const f = r.firstRender[id];
    if (!f || f.na) continue;
    out.push([
      `First ${id === 'quiz' ? 'question' : 'card'} visible ≤ 1.3× bare Lit (median)`,
      `${f.ratioToLit.toFixed(2)}×`,
      f.ratioToLit <= 1.3,
    ]);
  }
  const ten = r.scale.find((x) => x.n === 10000);
  if (ten?.quiz) {
    out.push([
      '10,000-question set to first question < 150 ms (navigation start → painted, median)',
      ms(ten.quiz.firstRender.median),
      ten.quiz.firstRender.median < 150,
    ]);
  }
  const withQuiz = r.scale.filter((x) => x.quiz?.answer);
  if (withQuiz.length > 1) {
    const a = withQuiz[0];
    const z = withQuiz[withQuiz.length - 1];
    const ratio = z.quiz.answer.median / a.quiz.answer.median;
    out.push([
      'No per-interaction cost that grows with the set (quiz: choice + Check + Next, largest vs smallest set, ≤ 1.5×)',
      `${ms(a.quiz.answer.median)} at ${num(a.n)} → ${ms(z.quiz.answer.median)} at ${num(z.n)} (${ratio.toFixed(2)}×)`,
      ratio <= 1.5,
    ]);
  }
  const withCards = r.scale.filter((x) => x.flashcard?.grade);
  if (withCards.length > 1) {
    const a = withCards[0];
    const z = withCards[withCards.length - 1];
    const ratio = z.flashcard.grade.median / a.flashcard.grade.median;
    out.push([
      'No per-interaction cost that grows with the set (flashcard grade, largest vs smallest, ≤ 1.5×)',
      `${ms(a.flashcard.grade.median)} at ${num(a.n)} → ${ms(z.flashcard.grade.median)} at ${num(z.n)} (${ratio.toFixed(2)}×)`,
      ratio <= 1.5,
    ]);
  }
  const lt =
    ['quiz', 'flashcard'].reduce((a, id) => a + (r.firstRender[id]?.longTasks ?? 0), 0) +
    Object.values(r.interaction).reduce((a, i) => a + i.longTasks, 0);
  out.push(['Zero long tasks (> 50 ms) in load and answering (bundled set)', String(lt), lt === 0]);
  return out;
}

export function printReport(r, pkg) {
  const s = r.sizes;
  const row = (label, x) => [label, x ? num(x.raw) : 'n/a', kB(x?.gzip), kB(x?.brotli)];
  const na = (label) => [label, 'n/a', 'n/a', 'n/a'];
  const out = [];
  out.push(
    `Measured ${r.date.slice(0, 10)} on ${r.machine.cpus} × ${r.machine.cpu}, Chromium ${r.machine.chromium}, Node ${r.machine.node}; ${r.runs} cold loads per page; load average ${r.machine.loadBefore.toFixed(1)} before, ${r.machine.loadAfter.toFixed(1)} after (times are only comparable within one run).`,
  );
  out.push('', '### Size (kB = 1000 bytes)', '');
  out.push(
    table(
      ['JavaScript', 'raw bytes', 'gzip', 'brotli'],
      [
        row('Script-tag bundle `dist/django-quiz-elements.js`', s.scriptTag),
        row('… everything but the question set', s.scriptTagCodeOnly),
        row('The bundled question set alone (minified chunk)', s.set),
        ...['quiz', 'flashcard'].flatMap((k) =>
          s.pages[k]
            ? [
                row(`${k}-only page from the npm ESM, with set`, s.pages[k].withSet),
                row(`${k}-only page from the npm ESM, code only`, s.pages[k].codeOnly),
              ]
            : [na(`${k}-only page from the npm ESM`)],
        ),
        row('Bare Lit element (the floor)', s.bareLit),
      ],
    ),
  );
  const budget = pkg.sizeBudget?.['dist/django-quiz-elements.js'];
  if (budget)
    out.push(
      '',
      `Budget (package.json \`sizeBudget\`): ${kB(budget)} gzip for the script-tag bundle.`,
    );

  out.push('', '### Largest contributors (page importing every element from the npm ESM)', '');
  out.push(
    table(
      ['module or package', 'minified bytes in bundle', 'gzip of it alone'],
      r.contributors.slice(0, 10).map((c) => [`\`${c.name}\``, num(c.minified), kB(c.gzipAlone)]),
    ),
  );

  out.push('', '### First render (navigation start → first question painted)', '');
  out.push(
    table(
      ['page', 'min', 'median', 'max', '× bare Lit', 'long tasks', 'JS heap'],
      Object.values(r.firstRender).map((f) =>
        f.na
          ? [f.label, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a']
          : [
              f.label,
              ms(f.ms.min),
              ms(f.ms.median),
              ms(f.ms.max),
              `${f.ratioToLit.toFixed(2)}×`,
              `${f.longTasks} in ${f.loads} loads`,
              mb(f.heap?.median),
            ],
      ),
    ),
  );

  out.push('', '### Interaction (click → result painted, median / max)', '');
  const q = r.interaction.quiz;
  const c = r.interaction.flashcard;
  const pair = (x) => (x ? `${ms(x.median)} / ${ms(x.max)}` : 'n/a');
  out.push(
    table(
      ['element', 'action', 'median / max', 'long tasks'],
      [
        [
          '<django-quiz>',
          'click a choice → selection painted',
          pair(q?.choose),
          q ? String(q.longTasks) : 'n/a',
        ],
        ['<django-quiz>', 'Check → feedback painted', pair(q?.check), ''],
        ['<django-quiz>', 'Next → next question painted', pair(q?.next), ''],
        [
          '<django-flashcard>',
          'flip → back painted',
          pair(c?.flip),
          c ? String(c.longTasks) : 'n/a',
        ],
        ['<django-flashcard>', 'grade → next card painted', pair(c?.grade), ''],
      ],
    ),
  );

  out.push('', '### Scale (synthetic sets via `src`, filtered to easy+medium; medians)', '');
  out.push(
    table(
      [
        'questions',
        'JSON',
        'fetch',
        'JSON.parse',
        'validate',
        'filter',
        'quiz: first question',
        'quiz: JS heap',
        'quiz: choice / Check / Next',
        'quiz: long tasks load / answering',
        'flashcard: first card',
        'flashcard: flip + grade 100 cards (sum); one grade',
      ],
      r.scale.map((x) => [
        num(x.n),
        mb(x.jsonBytes),
        ms(x.fetchMs?.median),
        ms(x.jsonParseMs?.median),
        ms(x.validateMs?.median),
        ms(x.filterMs?.median),
        x.quiz ? ms(x.quiz.firstRender.median) : 'n/a',
        x.quiz ? mb(x.quiz.heap.median) : 'n/a',
        x.quiz
          ? `${ms(x.quiz.choose.median)} / ${ms(x.quiz.check.median)} / ${ms(x.quiz.next.median)}`
          : 'n/a',
        x.quiz ? `${x.quiz.longTasksLoad} / ${x.quiz.longTasksAnswering}` : 'n/a',
        x.flashcard ? ms(x.flashcard.firstRender.median) : 'n/a',
        x.flashcard
          ? `${ms(x.flashcard.grade100Ms?.median)}; grade ${ms(x.flashcard.grade?.median)}${x.flashcard.graded < 100 ? ` (${x.flashcard.graded} graded: ${x.flashcard.stopped})` : ''}`
          : 'n/a',
      ]),
    ),
  );

  out.push('', '### Targets', '');
  out.push(
    table(
      ['target', 'measured', 'met'],
      targets(r).map(([t, m, ok]) => [t, m, ok ? 'yes' : '**no**']),
    ),
  );
  console.log(out.join('\n'));
}

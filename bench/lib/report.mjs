// Prints the results as Markdown tables (the README's "Benchmarks" section is pasted from this).
const kB = (b) => (b == null ? 'n/a' : `${(b / 1000).toFixed(1)} kB`);
const ms = (x) => (x == null ? 'n/a' : x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`);
const mb = (b) => (b == null ? 'n/a' : `${(b / 1e6).toFixed(1)} MB`);
const num = (n) => n.toLocaleString('en-US');

function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const fileSize = (r, file) => r.sizes.files?.find((f) => f.file === `dist/${file}`);

/**
 * The targets of issue 14 (and the ones of issue 7 still open), checked against the results: rows of
 * [target, measured, ratio, met]. `ratio` is measured ÷ target (≤ 1 meets an upper bound).
 */
export function targets(r) {
  const out = [];
  const upTo = (label, measured, limit, shown) =>
    out.push([label, shown ?? String(measured), measured / limit, measured <= limit]);

  // Sizes: each script-tag file, gzip -9. A "with set" file is shown with its code part (the same
  // file without the set), since the bundled set grows with the questions in it.
  const sizeTargets = [
    [
      'django-quiz-elements-quiz.js',
      'django-quiz-elements-quiz.no-set.js',
      30000,
      16000,
      'Quiz only',
    ],
    [
      'django-quiz-elements-flashcard.js',
      'django-quiz-elements-flashcard.no-set.js',
      34000,
      20000,
      'Flashcard only',
    ],
    ['django-quiz-elements.js', 'django-quiz-elements.no-set.js', 40000, null, 'Everything'],
  ];
  for (const [withSet, noSet, limitWith, limitWithout, label] of sizeTargets) {
    const a = fileSize(r, withSet);
    const b = fileSize(r, noSet);
    if (a?.gzip) {
      upTo(
        `${label}, with the set (\`${withSet}\`) ≤ ${kB(limitWith)} gzip`,
        a.gzip,
        limitWith,
        b?.gzip ? `${kB(a.gzip)} = code ${kB(b.gzip)} + set ${kB(a.gzip - b.gzip)}` : kB(a.gzip),
      );
    }
    if (b?.gzip && limitWithout) {
      upTo(
        `${label}, without the set (\`${noSet}\`) ≤ ${kB(limitWithout)} gzip`,
        b.gzip,
        limitWithout,
        kB(b.gzip),
      );
    }
  }

  // First render, as a multiple of the bare-Lit floor and against the peer, in the same run.
  const groups = [
    [r.firstRender, ''],
    [r.firstRenderThrottled ?? {}, ` at ${r.throttle ?? 4}× CPU throttling`],
  ];
  for (const [g, how] of groups) {
    for (const [id, what] of [
      ['quiz', 'question'],
      ['flashcard', 'card'],
    ]) {
      const f = g[id];
      if (!f?.ms || !f.ratioToLit) continue;
      out.push([
        `First ${what} visible ≤ 1.3× bare Lit${how} (median, per-element file)`,
        `${ms(f.ms.median)} vs ${ms(g.lit.ms.median)}: ${f.ratioToLit.toFixed(2)}×`,
        f.ratioToLit / 1.3,
        f.ratioToLit <= 1.3,
      ]);
    }
    const card = g.flashcard;
    const hax = g.hax;
    if (card?.ms && hax?.ms) {
      out.push([
        `First card visible ahead of the HAX <flash-card>${how} (median)`,
        `${ms(card.ms.median)} vs ${ms(hax.ms.median)}`,
        card.ms.median / hax.ms.median,
        card.ms.median < hax.ms.median,
      ]);
    }
  }

  // Big sets.
  const ten = r.scale.find((x) => x.n === 10000);
  if (ten?.quiz) {
    upTo(
      '10,000-question `src` set: first question < 300 ms (navigation start → painted, median)',
      ten.quiz.firstRender.median,
      300,
      ms(ten.quiz.firstRender.median),
    );
    out.push([
      '10,000-question `src` set: no long task (> 50 ms) while it loads',
      `${ten.quiz.longTasksLoad} in ${ten.quiz.loads} loads (longest ${ms(ten.quiz.longestTask)})`,
      null,
      ten.quiz.longTasksLoad === 0,
    ]);
  }
  const withCards = r.scale.filter((x) => x.flashcard?.grade);
  if (withCards.length > 1) {
    const a = withCards[0];
    const z = withCards[withCards.length - 1];
    const ratio = z.flashcard.grade.median / a.flashcard.grade.median;
    out.push([
      `Grading in a ${num(z.n)}-card deck ≤ 1.2× a ${num(a.n)}-card deck (median grade → next card painted)`,
      `${ms(a.flashcard.grade.median)} → ${ms(z.flashcard.grade.median)} (${ratio.toFixed(2)}×)`,
      ratio / 1.2,
      ratio <= 1.2,
    ]);
  }
  const lt =
    ['quiz', 'flashcard'].reduce((a, id) => a + (r.firstRender[id]?.longTasks ?? 0), 0) +
    Object.values(r.interaction).reduce((a, i) => a + i.longTasks, 0);
  out.push([
    'Zero long tasks (> 50 ms) in load and answering (bundled set, unthrottled)',
    String(lt),
    null,
    lt === 0,
  ]);
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
      ['JavaScript', 'raw bytes', 'gzip', 'brotli', 'budget (gzip)'],
      [
        ...(s.files ?? []).map((f) => [
          ...row(`\`${f.file}\`: ${f.elements.join(', ')}${f.set ? ', with the set' : ''}`, f),
          kB(pkg.sizeBudget?.[f.file]),
        ]),
        [...row('The bundled question set alone (minified chunk)', s.set), ''],
        ...['quiz', 'flashcard'].flatMap((k) =>
          s.pages[k]
            ? [
                [...row(`${k}-only page from the npm ESM, with set`, s.pages[k].withSet), ''],
                [...row(`${k}-only page from the npm ESM, code only`, s.pages[k].codeOnly), ''],
                ...(s.pages[k].onDemand
                  ? [
                      [
                        ...row(
                          `${k}-only page from the npm ESM: its chunks loaded on demand (lexer, highlighter, progress tools)`,
                          s.pages[k].onDemand,
                        ),
                        '',
                      ],
                    ]
                  : []),
              ]
            : [[...na(`${k}-only page from the npm ESM`), '']],
        ),
        [...row('Bare Lit element (the floor)', s.bareLit), ''],
        s.hax
          ? [...row(`HAX \`@haxtheweb/flash-card\` ${s.hax.version} (peer), bundled`, s.hax), '']
          : [...na('HAX `@haxtheweb/flash-card` (peer): not installed'), ''],
      ],
    ),
  );

  out.push('', '### Largest contributors (page importing every element from the npm ESM)', '');
  out.push(
    table(
      ['module or package', 'minified bytes in bundle', 'gzip of it alone'],
      r.contributors
        .slice(0, 12)
        .map((c) => [
          `\`${c.name}\`${c.onDemand ? ' (loaded on demand)' : ''}`,
          num(c.minified),
          kB(c.gzipAlone),
        ]),
    ),
  );

  const renderTable = (group) =>
    table(
      ['page', 'min', 'median', 'max', '× bare Lit', 'long tasks', 'JS heap'],
      Object.values(group).map((f) =>
        f.na
          ? [f.label, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a']
          : [
              f.label,
              ms(f.ms.min),
              ms(f.ms.median),
              ms(f.ms.max),
              f.ratioToLit ? `${f.ratioToLit.toFixed(2)}×` : 'n/a',
              `${f.longTasks} in ${f.loads} loads`,
              mb(f.heap?.median),
            ],
      ),
    );
  out.push('', '### First render (navigation start → first question or card painted)', '');
  out.push(renderTable(r.firstRender));
  if (r.firstRenderThrottled && Object.keys(r.firstRenderThrottled).length) {
    out.push('', `### First render at ${r.throttle}× CPU throttling`, '');
    out.push(renderTable(r.firstRenderThrottled));
  }

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
        'flashcard: flip + grade up to 100 cards (sum of click → painted); one grade (median)',
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
      ['target', 'measured', 'ratio to target', 'pass'],
      targets(r).map(([t, m, ratio, ok]) => [
        t,
        m,
        ratio == null ? '' : `${ratio.toFixed(2)}`,
        ok ? 'pass' : '**FAIL**',
      ]),
    ),
  );
  console.log(out.join('\n'));
}
